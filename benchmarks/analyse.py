"""Benchmark the reply analyser: replies per second and p50/p99 latency.

Run: ``.venv/bin/python benchmarks/analyse.py [--seconds S]``

Three sizes: short (about 60 characters), typical (about 300) and huge (1 MB).
The replies are built from a pool of realistic sentences in shuffled orders,
so no two timed replies are the same string. One core, one process.
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import sys
import time

from samtale_tui.analysis import analyse

POOL = [
    "Takk for at du kom i dag.",
    "Hvordan har du det nå?",
    "Hvorfor sa du ikke fra tidligere?",
    "Jeg skjønner at det har vært en tung tid.",
    "Vi setter opp et nytt møte om to uker.",
    "Kan du jobbe halv dag?",
    "Det høres ut som du har stått i mye alene.",
    "Du må bare komme deg tilbake.",
    "Hva tenker du om å prøve andre oppgaver en periode?",
    "Er det virkelig så ille?",
    "Så du kjenner at kapasiteten varierer fra dag til dag.",
    "Fortell litt om hvordan en vanlig dag ser ut for deg 🙂",
    "How are things for you at the moment?",
    "Planen er at du jobber 40 prosent de første tre ukene.",
    "Hva sa legen om diagnosen?",
    "Det er jo bare litt stress, det går over.",
    "Du er vel enig i at det er best å jobbe litt?",
    "hva trenger du fra meg fremover",
]


def make(rng: random.Random, size: int) -> str:
    """Join random pool sentences until the reply is about ``size`` characters."""
    parts: list[str] = []
    length = 0
    while length < size:
        s = rng.choice(POOL)
        if rng.random() < 0.3:
            s = s.lower()
        parts.append(s)
        length += len(s) + 1
    text = " ".join(parts)
    return text[: size + 40]


def bench(name: str, texts: list[str], seconds: float) -> dict[str, float]:
    """Time ``analyse`` on each text, cycling until ``seconds`` have passed."""
    lat: list[float] = []
    start = time.perf_counter()
    i = 0
    n = len(texts)
    while True:
        t = texts[i % n]
        t0 = time.perf_counter_ns()
        analyse(t)
        lat.append((time.perf_counter_ns() - t0) / 1e6)
        i += 1
        if i >= n and time.perf_counter() - start > seconds:
            break
    total = sum(lat) / 1000
    lat.sort()
    p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))]  # noqa: E731
    avg = statistics.fmean(len(t) for t in texts)
    row = {
        "replies": len(lat),
        "per_s": len(lat) / total,
        "p50": p(0.50),
        "p99": p(0.99),
        "max": lat[-1],
        "avg_chars": avg,
    }
    print(
        f"{name:<8} {row['avg_chars']:>10.0f} chars  {row['per_s']:>10.0f} replies/s  "
        f"p50 {row['p50']:.3f} ms  p99 {row['p99']:.3f} ms  max {row['max']:.3f} ms  "
        f"({row['replies']} replies)"
    )
    return row


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seconds", type=float, default=2.0, help="time per size (default 2)")
    a = ap.parse_args()
    rng = random.Random(20261125)
    short = [make(rng, 60)[:70] for _ in range(5000)]
    typical = [make(rng, 300)[:320] for _ in range(5000)]
    huge = [make(rng, 1_000_000)[:1_000_000] for _ in range(3)]
    print(f"Python {platform.python_version()} on {platform.machine()}, one core")
    for text in short[:200] + typical[:200]:
        analyse(text)  # warm up
    bench("short", short, a.seconds)
    bench("typical", typical, a.seconds)
    bench("huge", huge, 0.0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
