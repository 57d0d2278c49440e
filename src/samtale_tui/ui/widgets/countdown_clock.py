"""A big countdown clock (Digits) that the trainer starts, pauses, resets and adjusts.

The time is kept by ``samtale_tui.trainer.Countdown``; the clock function is
passed in (tests pass a fake one), and the display is refreshed four times a
second only when the shown value changes.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Digits

from samtale_tui.trainer import Countdown

MIN_SECONDS = 60.0


class CountdownClock(Digits):
    """``MM:SS`` in large digits."""

    def __init__(self, seconds: float, clock: Callable[[], float], **kwargs: object) -> None:
        self.timer = Countdown(duration=seconds)
        self.clock = clock
        super().__init__(self.timer.display(clock()), **kwargs)  # type: ignore[arg-type]

    def on_mount(self) -> None:
        self.set_interval(0.25, self.tick)

    def tick(self) -> None:
        """Show the time left, if it changed."""
        shown = self.timer.display(self.clock())
        if self.value != shown:
            self.update(shown)

    def toggle(self) -> None:
        """Start when paused, pause when running."""
        self.timer.toggle(self.clock())
        self.tick()

    def reset(self, seconds: float | None = None) -> None:
        """Back to the full time (or a new one), paused."""
        self.timer.reset(seconds)
        self.tick()

    def adjust(self, seconds: float) -> None:
        """Change the full time by ``seconds`` (never below a minute), paused."""
        self.reset(max(MIN_SECONDS, self.timer.duration + seconds))
