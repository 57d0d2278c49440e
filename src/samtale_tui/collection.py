"""Python's cyclic garbage collector, held back while the app starts.

Starting the app creates tens of thousands of objects that live as long as the
app does (Textual's modules and classes, style sheets, widgets, the scenario
catalogue). The collector, run on its default thresholds, scans them several
times over before the first screen is drawn: about 60 ms of a 350 ms start on
the development machine (``benchmarks/startup.py``). So the app launch pauses
it, and once the first screen is drawn and the background loading is done,
moves everything alive into the permanent generation (``gc.freeze``, never
scanned again) and turns the collector back on. Reference counting frees
everything else as usual the whole time; only cycles wait.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Hold back cyclic collection until :func:`resume` (used at app launch)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Freeze what is alive now and collect again; does nothing unless paused."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
