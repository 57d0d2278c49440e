"""The reply box: an input that takes any paste, however long, and says when it cuts.

Textual's ``Input`` keeps only the first line of a paste and silently drops a
paste that would pass ``max_length``. A manager who pastes a long text should
get the beginning of it, with its lines joined, and be told that the rest was
left out.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input

MAX_REPLY = 4000


class ReplyInput(Input):
    """A one-line reply box with a friendly paste."""

    def __init__(self, *args: object, max_length: int = MAX_REPLY, **kwargs: object) -> None:
        super().__init__(*args, max_length=max_length, **kwargs)  # type: ignore[arg-type]

    def _on_paste(self, event: events.Paste) -> None:
        event.stop()
        if not event.text:
            return
        limit = self.max_length or MAX_REPLY
        start, end = sorted(self.selection)
        room = max(0, limit - (len(self.value) - (end - start)))
        # Join lines, dropping control characters, without ever scanning past what fits.
        text = " ".join(event.text[: room * 2 + 64].split())
        cut = len(text) > room or len(event.text) > room * 2 + 64
        text = text[:room]
        if text:
            self.replace(text, start, end)
        if cut:
            self.notify(
                f"Teksten var for lang. Bare de første {limit} tegnene ble tatt med.",
                title="Kuttet",
                severity="warning",
            )
