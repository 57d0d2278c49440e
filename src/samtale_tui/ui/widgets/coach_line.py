"""The quiet coach line under the reply box that follows the typing."""

from __future__ import annotations

import time

from rich.text import Text
from textual.widgets import Static


class CoachLine(Static):
    """One or two lines: what kind of reply this is becoming."""

    DEFAULT_CSS = """
    CoachLine {
        height: auto;
        max-height: 2;
        padding: 0 1;
        color: $text-muted;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id)
        self.text = ""
        self.updated_at = 0.0
        """``time.perf_counter()`` of the last change (for the latency benchmark)."""

    def show(self, text: str) -> None:
        """Show ``text`` after the «Coach:» label (skipped when unchanged)."""
        self.updated_at = time.perf_counter()
        if text == self.text:
            return
        self.text = text
        self.update(Text.assemble(("Coach: ", "bold"), text) if text else "")
