"""Benchmark the reply analyser: replies per second and p50/p99 latency.

Run: ``.venv/bin/python benchmarks/analyse.py [--seconds S]``

Three sizes: short (about 60 characters), typical (about 300) and huge (1 MB),
each measured two ways:

* ``cold``: every sentence is new to the analyser (a random name and number is
  woven into each one), so the per-sentence cache never helps. The worst case.
* ``warm``: replies are new strings, but built from sentences seen before, as
  when a reply is edited or re-scored. The per-sentence cache answers.

``keystroke`` types typical replies one character at a time and analyses every
prefix, as the practice screen does: all sentences but the one being typed are
known. One core, one process. Latency is the CPU time of the calling thread
(``time.thread_time_ns``), so a busy machine that preempts the process does not
inflate it; replies per second is replies divided by that CPU time.
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


NAMES = ["Kari", "Ola", "Sara", "Jonas", "Ali", "Mette", "Per", "Line", "Amir", "Eva"]


def make(rng: random.Random, size: int, cold: bool = False) -> str:
    """Join random pool sentences until the reply is about ``size`` characters.

    With ``cold``, each sentence gets a random name and number, so it is new.
    """
    parts: list[str] = []
    length = 0
    while length < size:
        s = rng.choice(POOL)
        if cold:
            s = f"{rng.choice(NAMES)} {rng.randrange(10**6)}, {s[0].lower()}{s[1:]}"
        if rng.random() < 0.3:
            s = s.lower()
        parts.append(s)
        length += len(s) + 1
    return " ".join(parts)


def cut(text: str, size: int) -> str:
    """Cut ``text`` after the last sentence that ends before ``size`` + 40."""
    end = max(text.rfind(". ", 0, size + 40), text.rfind("? ", 0, size + 40))
    return text[: end + 1] if end > 0 else text[:size]


def bench(name: str, texts: list[str], seconds: float, cycle: bool = True) -> dict[str, float]:
    """Time ``analyse`` on each text, cycling until ``seconds`` have passed.

    Without ``cycle`` every text is analysed exactly once (so a cold row stays cold).
    """
    lat: list[float] = []
    start = time.perf_counter()
    i = 0
    n = len(texts)
    while True:
        t = texts[i % n]
        t0 = time.thread_time_ns()
        analyse(t)
        lat.append((time.thread_time_ns() - t0) / 1e6)
        i += 1
        if i >= n and (not cycle or time.perf_counter() - start > seconds):
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
        f"{name:<14} {row['avg_chars']:>10.0f} chars  {row['per_s']:>10.0f} replies/s  "
        f"p50 {row['p50']:.3f} ms  p99 {row['p99']:.3f} ms  max {row['max']:.3f} ms  "
        f"({row['replies']} replies)"
    )
    return row


def keystrokes(texts: list[str], seconds: float) -> None:
    """Analyse every prefix of each text, as when typing."""
    lat: list[float] = []
    start = time.perf_counter()
    for text in texts:
        for k in range(1, len(text) + 1):
            t0 = time.thread_time_ns()
            analyse(text[:k])
            lat.append((time.thread_time_ns() - t0) / 1e6)
        if time.perf_counter() - start > seconds:
            break
    total = sum(lat) / 1000
    lat.sort()
    print(
        f"{'keystroke':<14} {'':>10}        {len(lat) / total:>10.0f} calls/s    "
        f"p50 {lat[len(lat) // 2]:.3f} ms  p99 {lat[int(0.99 * len(lat))]:.3f} ms  "
        f"max {lat[-1]:.3f} ms  ({len(lat)} keystrokes)"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seconds", type=float, default=2.0, help="time per row (default 2)")
    a = ap.parse_args()
    rng = random.Random(20261125)
    print(f"Python {platform.python_version()} on {platform.machine()}, one core")
    for cold in (True, False):
        mode = "cold" if cold else "warm"
        short = [cut(make(rng, 60, cold), 60) for _ in range(20000)]
        typical = [cut(make(rng, 300, cold), 300) for _ in range(20000)]
        huge = [make(rng, 1_000_000, cold)[:1_000_000] for _ in range(2)]
        if not cold:
            for text in short[:300] + typical[:300]:
                analyse(text)  # warm the sentence cache
        bench(f"short {mode}", short, a.seconds, cycle=not cold)
        bench(f"typical {mode}", typical, a.seconds, cycle=not cold)
        bench(f"huge {mode}", huge, 0.0, cycle=False)
    typing = [cut(make(rng, 300, True), 300) for _ in range(50)]
    keystrokes(typing, a.seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
