"""Shown instead of a broken layout when the terminal is below 80x24."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Center, Middle
from textual.screen import ModalScreen
from textual.widgets import Static


class TooSmallScreen(ModalScreen[None]):
    """Asks for a larger window; the app removes it once there is room."""

    CSS_PATH = "too_small.tcss"

    def compose(self) -> ComposeResult:
        with Middle(), Center():
            yield Static(id="too-small-message")

    def on_mount(self) -> None:
        self._show()

    def on_resize(self, event: events.Resize) -> None:
        self._show(event.size.width, event.size.height)

    def _show(self, width: int | None = None, height: int | None = None) -> None:
        if width is None or height is None:
            width, height = self.app.size
        self.query_one("#too-small-message", Static).update(
            "Gjør vinduet større\n\n"
            f"Samtale trenger minst 80 x 24 tegn.\nNå: {width} x {height}.\n\n"
            "Ctrl+Q avslutter."
        )
