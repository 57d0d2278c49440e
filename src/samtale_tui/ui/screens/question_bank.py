"""The question bank as a search dialog.

Type to filter; Enter returns the highlighted question, Escape returns None.
The conversation screen opens it and puts the result in the reply box::

    self.app.push_screen(QuestionBankScreen(), callback=insert_into_reply)
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static

from samtale_tui.prep import questions
from samtale_tui.ui.screens.prep_list import MarkedOptionList, Row


class QuestionBankScreen(ModalScreen[str | None]):
    """Search the bank of open questions and pick one."""

    HELP = (
        "Skriv ett eller flere ord for å finne spørsmål; æ, ø og å kan skrives som ae, o og "
        "a. Enter tar med spørsmålet som er merket med ›, Esc lukker uten å velge."
    )

    CSS_PATH = "question_bank.tcss"

    BINDINGS = [
        Binding("escape", "cancel", "Avbryt", id="bank-cancel"),
        Binding("down", "move(1)", "Neste", show=False),
        Binding("up", "move(-1)", "Forrige", show=False),
        Binding("pagedown", "page(1)", "Side ned", show=False),
        Binding("pageup", "page(-1)", "Side opp", show=False),
    ]

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self._initial = query

    def compose(self) -> ComposeResult:
        with Vertical(id="bank"):
            yield Static("Spørsmålsbank: åpne spørsmål", id="bank-title")
            yield Input(
                value=self._initial,
                placeholder="Skriv for å søke, for eksempel «kontakt» eller «tiltak»",
                id="bank-search",
            )
            yield MarkedOptionList(id="bank-list")
            yield Static("", id="bank-count")
            yield Static("Enter: sett inn   ↑↓: velg   Esc: avbryt", id="bank-keys")

    def on_mount(self) -> None:
        self.option_list.can_focus = False
        self._refresh(self._initial)
        self.query_one("#bank-search", Input).focus()

    @property
    def option_list(self) -> MarkedOptionList:
        """The list of matching questions."""
        return self.query_one("#bank-list", MarkedOptionList)

    def _refresh(self, query: str) -> None:
        hits = questions.search(query)
        rows: list[Row] = []
        for purpose, items in questions.by_purpose(hits):
            rows.append(Row(Content.styled(purpose.label.upper(), "bold"), heading=True))
            rows.extend(Row(q.text, q.id) for q in items)
        self.option_list.set_rows(rows)
        count = self.query_one("#bank-count", Static)
        if hits:
            count.update(f"{len(hits)} av {len(questions.QUESTIONS)} spørsmål")
        else:
            count.update("Ingen treff. Prøv et annet ord.")

    @on(Input.Changed, "#bank-search")
    def _search(self, event: Input.Changed) -> None:
        self._refresh(event.value)

    @on(Input.Submitted, "#bank-search")
    def _submit(self, event: Input.Submitted) -> None:
        event.stop()
        self._choose()

    @on(OptionList.OptionSelected, "#bank-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose()

    def _choose(self) -> None:
        option = self.option_list.highlighted_option
        if option is None or option.id is None:
            self.app.bell()
            return
        chosen = next(q for q in questions.QUESTIONS if q.id == option.id)
        self.dismiss(chosen.text)

    def action_move(self, step: int) -> None:
        """Move the highlight, skipping group headings."""
        if step > 0:
            self.option_list.action_cursor_down()
        else:
            self.option_list.action_cursor_up()

    def action_page(self, step: int) -> None:
        """Move a page up or down."""
        if step > 0:
            self.option_list.action_page_down()
        else:
            self.option_list.action_page_up()

    def action_cancel(self) -> None:
        """Close without choosing."""
        self.dismiss(None)
