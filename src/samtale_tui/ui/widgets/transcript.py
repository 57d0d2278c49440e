"""The conversation so far: employee and manager told apart by label and indent."""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from samtale_tui.engine import Conversation, Turn
from samtale_tui.ui.widgets.trust_meter import change_text
from samtale_tui.ui.wording import describe


def _said(label: str, words: str, *, pause: bool = False) -> Text:
    text = Text()
    text.append(f"{label}:", style="bold")
    text.append("\n")
    if pause:
        text.append("(bevisst pause — du lar det være stille)", style="italic")
    else:
        text.append(words)
    return text


def _without_repeated_verdict(verdict: str, note: str) -> str:
    """``note`` without an opening sentence that only repeats the verdict.

    Scenario notes often open with «Et åpent spørsmål.», which would read
    «Åpent spørsmål. Et åpent spørsmål. …» after the analyser's verdict.
    """
    first, dot, rest = note.partition(". ")
    if not dot:
        first, rest = note.rstrip("."), ""
    words = first.split()
    if words and words[0].lower() in {"et", "en", "ei"}:
        words = words[1:]
    kind = verdict.split(" · ")[0].strip().lower()
    if kind and " ".join(words).lower() == kind:
        return rest.strip()
    return note


def turn_note(turn: Turn) -> Text:
    """The coach's short note on a turn: the verdict, why, and the trust change."""
    text = Text()
    text.append("↳ Coach: ", style="bold")
    verdict = describe(turn.analysis)
    text.append(verdict)
    note = _without_repeated_verdict(verdict, turn.note) if turn.note else ""
    if note:
        text.append(f". {note}")
    change = change_text(turn.trust_after - turn.trust_before)
    if change:
        text.append(f"  (tillit {change})")
    return text


class Transcript(VerticalScroll, can_focus=True):
    """A scrolling list of what was said."""

    DEFAULT_CSS = """
    Transcript {
        height: 1fr;
        padding: 0 1;
        scrollbar-size-vertical: 1;
        & > .said {
            height: auto;
            padding: 0 1;
            margin-top: 1;
        }
        & > .employee {
            margin: 1 10 0 0;
            border-left: thick $secondary;
        }
        & > .manager {
            margin: 1 0 0 10;
            border-left: thick $primary;
            background: $boost;
        }
        & > .note {
            height: auto;
            margin: 0 0 0 12;
            padding: 0 1;
            color: $text-muted;
        }
        & > .ending {
            height: auto;
            margin-top: 1;
            padding: 0 1;
            text-style: bold;
            border: heavy $accent;
        }
    }
    """

    def show(self, conversation: Conversation, name: str, *, notes: bool) -> None:
        """Draw the whole conversation (cheap: a few dozen lines at most)."""
        widgets: list[Static] = []
        for turn in conversation.turns:
            widgets.append(Static(_said(name, turn.employee), classes="said employee"))
            widgets.append(
                Static(_said("Du", turn.reply, pause=turn.silence), classes="said manager")
            )
            if notes:
                widgets.append(Static(turn_note(turn), classes="note"))
        ending = conversation.ending
        if not conversation.over or ending is not None:
            widgets.append(
                Static(_said(name, conversation.employee_line()), classes="said employee")
            )
        if ending is not None:
            widgets.append(Static(f"Slutt: {ending.title}", classes="ending", markup=False))
        elif conversation.over:
            widgets.append(Static("Du avsluttet samtalen.", classes="ending"))
        with self.app.batch_update():
            self.remove_children()
            self.mount_all(widgets)
        self.call_after_refresh(self.scroll_end, animate=False)
