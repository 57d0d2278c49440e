"""Guidance on the three kinds of contact during sick leave (source 004).

Pushed from the preparation hub, and usable from the agreement's contact
section: ``app.push_screen(ContactScreen())``.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from samtale_tui.prep import contact
from samtale_tui.ui.widgets.footer import SteadyFooter


def guidance_content() -> Content:
    """The three kinds of contact as styled text (no colour needed)."""
    parts: list[Content | str | tuple[str, str]] = [contact.INTRO]
    for kind in contact.KINDS:
        parts += ["\n\n", (kind.title.upper(), "bold"), "\n", (kind.purpose, "italic")]
        parts += [f"\n- {tip}" for tip in kind.guidance]
        parts += ["\n", ("Spør for eksempel: ", "bold"), f"«{kind.example}»"]
    return Content.assemble(*parts)


class ContactScreen(Screen[None]):
    """Read about caring, keeping-operations and problem-solving contact."""

    HELP = (
        "Tre typer kontakt under sykefravær: å vise omsorg, å holde driften i gang og å løse "
        "problemer på arbeidsplassen. Avtal sammen med den ansatte hvilken kontakt dere skal "
        "ha."
    )

    CSS_PATH = "contact.tcss"

    BINDINGS = [
        Binding("escape", "back", "Tilbake", id="contact-back"),
        Binding("down", "scroll(1)", "Ned", show=False),
        Binding("up", "scroll(-1)", "Opp", show=False),
    ]

    def compose(self) -> ComposeResult:
        yield Static("Tre typer kontakt under sykefraværet", id="contact-title")
        with VerticalScroll(id="contact-body"):
            yield Static(guidance_content(), id="contact-text")
        yield SteadyFooter()

    def action_scroll(self, step: int) -> None:
        """Scroll the text by a line."""
        body = self.query_one("#contact-body", VerticalScroll)
        if step > 0:
            body.scroll_down(animate=False)
        else:
            body.scroll_up(animate=False)

    def action_back(self) -> None:
        """Close the guidance."""
        self.dismiss(None)
