"""Start-up time and hint latency of the Samtale app.

Prints three figures:

* **Launch to home on screen, in a real terminal**: ``python -m samtale_tui``
  is started as a user starts it (the command line, the real store in a data
  folder whose caches an earlier start filled) on a pseudo-terminal of 80x24,
  and the clock stops when the home screen's footer (its last line) has been
  written to the terminal. Beside it, an empty Textual app (Header, Static,
  Footer) started the same way and stopped the same way (its footer's
  "palette"), and a bare Textual app with the home screen's widgets and no
  Samtale code (its footer's last key). Alternating runs, medians. This is
  what a user waits for.
* **Launch to home drawn, headless**: a fresh Python process builds the app (built-in
  scenarios, the real store in a data folder whose caches an earlier start
  filled, as on every start but the first) and runs it headless until the home screen has been
  painted; beside it, an empty Textual app (Header, Static, Footer) measured
  the same way, in the same run, alternating. Aim: at most 1.2x the empty app.
* **Keystroke to hint**: in coach mode, the time from a key press being sent to
  the coach line under the reply box holding the new verdict (real analyser),
  per key over a typed reply. Aim: within one frame (16 ms).

Usage: ``.venv/bin/python benchmarks/startup.py [--runs N] [--json]``
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any

CHILD_SAMTALE = """
import os
from samtale_tui import collection
from samtale_tui.cli import app_only_arguments

# As the command line does it (samtale_tui.commands.app.launch): the cyclic
# collector paused, the real store in a data folder (with its caches, filled
# by an earlier start), no scenario chosen.
collection.pause()
from samtale_tui.ui.app import AppConfig, build_app
args = app_only_arguments(["--data-dir", os.environ["BENCH_DATA_DIR"]])
app = build_app(AppConfig.from_args(args))
"""

CHILD_EMPTY = """
from textual.app import App
from textual.widgets import Footer, Header, Static

class Empty(App):
    def compose(self):
        yield Header()
        yield Static("Hei")
        yield Footer()

app = Empty()
"""

CHILD_RUN = """
async def drawn(pilot):
    for _ in range(200):
        if type(pilot.app.screen).__name__ in {"HomeScreen", "Screen"}:
            break
        await pilot.pause(0.001)
    await pilot.pause()
    print("DRAWN", flush=True)
    pilot.app.exit()

app.run(headless=True, size=(80, 24), auto_pilot=drawn)
"""

EMPTY_PROGRAM = CHILD_EMPTY + "\napp.run()\n"

SAME_WIDGETS_PROGRAM = """
from textual.app import App
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Footer, Header, Input, OptionList, Static

class SameWidgets(App):
    BINDINGS = [Binding(f"f{n}", f"notify('{n}')", f"Punkt {n}") for n in range(1, 6)]

    def compose(self):
        yield Header()
        with Horizontal():
            with Vertical():
                yield Input(placeholder="Skriv for å filtrere …", compact=True)
                yield OptionList(*[f"Case nummer {n}\\nLett · ny" for n in range(12)])
            with VerticalScroll():
                yield Static("Om casen. " * 60)
        yield Footer()

SameWidgets().run()
"""
"""A bare Textual app with the home screen's widgets and no Samtale code: the
floor any home screen built from these widgets starts from."""


def child_environment(**extra: str) -> dict[str, str]:
    """The environment of a launched app: this one, with Python's bytecode cache on.

    A normal installation has its modules compiled (pip does it at install
    time, and Python caches what it compiles). A shell with
    ``PYTHONDONTWRITEBYTECODE`` set would make every launch of Samtale compile
    its modules from source while Textual's stay compiled, which no user sees;
    the first launch of each app below fills the cache.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, **extra}


DATA_DIR = tempfile.mkdtemp(prefix="samtale-bench-")
"""A data folder for the launched apps; the first launch fills its caches."""

REPLY = "Hvorfor har du ikke sagt fra? Hva tenker du selv om arbeidsdagen"


def launch(kind: str) -> float:
    """Seconds from starting a Python process to the first screen drawn."""
    code = (CHILD_SAMTALE if kind == "samtale" else CHILD_EMPTY) + CHILD_RUN
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_environment(BENCH_DATA_DIR=DATA_DIR),
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("DRAWN"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise SystemExit(f"{kind}: never drawn:\n{proc.stderr.read() if proc.stderr else ''}")
    proc.wait(timeout=30)
    return elapsed


def launch_in_terminal(command: list[str], marker: bytes) -> float:
    """Seconds from starting ``command`` on an 80x24 pseudo-terminal until
    ``marker`` has been written to it (the process is then killed)."""
    import fcntl
    import pty
    import select
    import signal
    import struct
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    start = time.perf_counter()
    proc = subprocess.Popen(
        command,
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env=child_environment(TERM="xterm-256color", BENCH_DATA_DIR=DATA_DIR),
        start_new_session=True,
    )
    os.close(follower)
    seen = b""
    elapsed: float | None = None
    try:
        while time.perf_counter() - start < 20:
            ready, _, _ = select.select([leader], [], [], 0.5)
            if not ready:
                continue
            try:
                seen += os.read(leader, 65536)
            except OSError:
                break
            if marker in seen:
                elapsed = time.perf_counter() - start
                break
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        os.close(leader)
    if elapsed is None:
        raise SystemExit(f"{command}: {marker!r} never appeared on the terminal")
    return elapsed


def terminal_launches(runs: int) -> tuple[list[float], list[float], list[float]]:
    """Alternating launches in a terminal: the empty app, ``samtale``, and a bare
    app with the home screen's widgets."""
    samtale = [sys.executable, "-m", "samtale_tui", "--data-dir", DATA_DIR]
    empty = [sys.executable, "-c", EMPTY_PROGRAM]
    same = [sys.executable, "-c", SAME_WIDGETS_PROGRAM]
    launch_in_terminal(samtale, b"Kommandoer")  # fills the data folder's caches
    launch_in_terminal(empty, b"palette")
    times: tuple[list[float], list[float], list[float]] = ([], [], [])
    for _ in range(runs):
        times[0].append(launch_in_terminal(empty, b"palette"))
        times[1].append(launch_in_terminal(samtale, b"Kommandoer"))
        times[2].append(launch_in_terminal(same, b"Punkt 5"))
    return times


async def hint_latency() -> list[float]:
    """Per-keystroke latency from key sent to the coach line updated, in seconds."""
    from samtale_tui.scenarios.library import load_library
    from samtale_tui.storage import NullStore
    from samtale_tui.ui.app import AppConfig, build_app
    from samtale_tui.ui.widgets.coach_line import CoachLine

    library = load_library()
    if not library.scenarios:
        raise SystemExit("no scenarios installed")
    app = build_app(AppConfig(library=library, store=NullStore(), save=False))
    timings: list[float] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("1")
        await pilot.pause()
        coach = app.screen.query_one(CoachLine)
        for char in REPLY:
            before = coach.updated_at
            sent = time.perf_counter()
            await pilot.press(char)
            while coach.updated_at == before:
                await asyncio.sleep(0)
            timings.append(coach.updated_at - sent)
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="launches of each app (default 7)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    launch("empty")  # warm the file cache for both
    launch("samtale")
    empty: list[float] = []
    samtale: list[float] = []
    for _ in range(args.runs):
        empty.append(launch("empty"))
        samtale.append(launch("samtale"))
    hints = asyncio.run(hint_latency())
    term_empty, term_samtale, term_same = terminal_launches(args.runs)

    empty_median, samtale_median = statistics.median(empty), statistics.median(samtale)
    hints_ms = sorted(h * 1000 for h in hints)
    figures: dict[str, Any] = {
        "runs": args.runs,
        "empty_app_s": {"median": empty_median, "min": min(empty)},
        "samtale_s": {"median": samtale_median, "min": min(samtale)},
        "ratio_median": samtale_median / empty_median,
        "terminal": {
            "empty_app_s": statistics.median(term_empty),
            "samtale_s": statistics.median(term_samtale),
            "ratio_median": statistics.median(term_samtale) / statistics.median(term_empty),
            "same_widgets_s": statistics.median(term_same),
            "same_widgets_ratio": statistics.median(term_same) / statistics.median(term_empty),
        },
        "hint_ms": {
            "keys": len(hints_ms),
            "median": statistics.median(hints_ms),
            "p95": hints_ms[int(0.95 * (len(hints_ms) - 1))],
            "max": hints_ms[-1],
        },
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    term = figures["terminal"]
    print(f"Launch to home on screen (real terminal, 80x24), median of {args.runs}:")
    print(f"  empty Textual app  {term['empty_app_s'] * 1000:7.1f} ms")
    print(f"  samtale            {term['samtale_s'] * 1000:7.1f} ms")
    print(f"  ratio              {term['ratio_median']:7.2f} x   (aim: <= 1.2)")
    print(
        f"  for reference: a bare Textual app with the home screen's widgets "
        f"{term['same_widgets_s'] * 1000:.1f} ms ({term['same_widgets_ratio']:.2f} x)"
    )
    print(f"Launch to first screen drawn (headless, 80x24), median of {args.runs}:")
    print(f"  empty Textual app  {empty_median * 1000:7.1f} ms  (min {min(empty) * 1000:.1f})")
    print(f"  Samtale home       {samtale_median * 1000:7.1f} ms  (min {min(samtale) * 1000:.1f})")
    print(f"  ratio              {figures['ratio_median']:7.2f} x   (aim: <= 1.2)")
    hint = figures["hint_ms"]
    print(f"Keystroke to coach hint, {hint['keys']} keys (real analyser):")
    print(
        f"  median {hint['median']:.2f} ms, p95 {hint['p95']:.2f} ms, max {hint['max']:.2f} ms"
        "  (aim: within a 16 ms frame)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
