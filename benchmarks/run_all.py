"""Run every benchmark and print one table of figures beside their aims.

Usage: ``.venv/bin/python benchmarks/run_all.py``

Each benchmark is its own script in this folder (run them one by one for the
details); this one runs them in turn on this machine and sums them up. Nothing
here is asserted: the figures are for reading, and for ``benchmarks/README.md``.
"""

from __future__ import annotations

import json
import platform
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(script: str, *args: str) -> str:
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, str(HERE / script), *args],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    took = time.perf_counter() - started
    print(f"# {script} {' '.join(args)} ({took:.0f} s, exit {out.returncode})", file=sys.stderr)
    if out.returncode != 0:
        print(out.stderr[-2000:], file=sys.stderr)
    return out.stdout


RATE = r"(\d+) replies/s"
P99 = r"p99 ([\d.]+) ms"
WARM = r"progress, warm +([\d.]+ s)"
COLD = r"progress, cold +([\d.]+ s)"


def grab(pattern: str, text: str) -> str:
    m = re.search(pattern, text, re.M)
    return m.group(1) if m else "?"


def main() -> int:
    rows: list[tuple[str, str, str]] = []

    startup = json.loads(run("startup.py", "--json") or "{}")
    if startup:
        term = startup["terminal"]
        rows.append(
            (
                "Start to home screen, real terminal",
                f"{term['samtale_s'] * 1000:.0f} ms "
                f"(empty Textual app {term['empty_app_s'] * 1000:.0f} ms, "
                f"{term['ratio_median']:.2f}x; same widgets without Samtale "
                f"{term['same_widgets_ratio']:.2f}x)",
                "≤ 1.2x the empty app",
            )
        )
        rows.append(
            (
                "Start to home screen drawn, headless",
                f"{startup['samtale_s']['median'] * 1000:.0f} ms "
                f"(empty Textual app {startup['empty_app_s']['median'] * 1000:.0f} ms, "
                f"{startup['ratio_median']:.2f}x)",
                "≤ 1.2x the empty app",
            )
        )
        hint = startup["hint_ms"]
        rows.append(
            (
                "Keystroke to coach hint",
                f"median {hint['median']:.1f} ms, p95 {hint['p95']:.1f} ms, max {hint['max']:.1f} ms",
                "≤ 16 ms (one frame)",
            )
        )

    analyse = run("analyse.py")
    for label, key in (("short", "short cold"), ("typical", "typical cold"), ("1 MB", "huge cold")):
        line = grab(rf"^({re.escape(key)}.*)$", analyse)
        rate = grab(RATE, line)
        p99 = grab(P99, line)
        aim = "≥ 50,000/s, p99 < 0.5 ms" if label == "typical" else "linear, bounded"
        rows.append((f"Analyser, {label} replies (uncached)", f"{rate}/s, p99 {p99} ms", aim))
    warm = grab(r"^(typical warm.*)$", analyse)
    rows.append(
        (
            "Analyser, typical replies (repeat, cached)",
            f"{grab(RATE, warm)}/s, p99 {grab(P99, warm)} ms",
            "",
        )
    )
    keys = grab(r"^(keystroke.*)$", analyse)
    rows.append(("Analyser, one keystroke", f"p99 {grab(P99, keys)} ms", "< 0.5 ms"))

    progress = run("progress.py")
    rows.append(
        (
            "Progress view, 1,000 sessions",
            f"warm {grab(WARM, progress)}, cold {grab(COLD, progress)}",
            "< 0.5 s",
        )
    )

    terminal = json.loads(run("terminal.py", "--json") or "{}")
    if terminal:
        rows.append(
            (
                "Peak memory at the home screen",
                f"{terminal['samtale_peak_kib'] / 1024:.0f} MiB "
                f"(empty Textual app {terminal['empty_app_peak_kib'] / 1024:.0f} MiB)",
                "",
            )
        )
        for mode in ("coach", "realistic"):
            rows.append(
                (
                    f"Bytes to the terminal per keystroke ({mode})",
                    f"median {terminal[f'bytes_per_key_{mode}_median']}, "
                    f"max {terminal[f'bytes_per_key_{mode}_max']}",
                    "",
                )
            )

    print(
        f"Machine: {platform.machine()}, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}"
    )
    width = max(len(r[0]) for r in rows)
    fig = max(len(r[1]) for r in rows)
    print(f"{'benchmark':<{width}}  {'figure':<{fig}}  aim")
    print(f"{'-' * width}  {'-' * fig}  ---")
    for name, figure, aim in rows:
        print(f"{name:<{width}}  {figure:<{fig}}  {aim}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
