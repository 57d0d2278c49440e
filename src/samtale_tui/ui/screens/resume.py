"""Offer to resume a conversation left unfinished (after a crash or a lost link)."""

from __future__ import annotations

from typing import Any

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from samtale_tui.practice import PracticeSession
from samtale_tui.storage import SessionRow, StorageError
from samtale_tui.ui.widgets.footer import SteadyFooter
from samtale_tui.ui.wording import count


def offer_resume(app: App[Any], row: SessionRow) -> None:
    """Ask whether to resume ``row``; open the session if the answer is yes."""

    def done(session: PracticeSession | None) -> None:
        if session is not None:
            app.open_session(session)  # type: ignore[attr-defined]

    app.push_screen(ResumeScreen(row), done)


class ResumeScreen(ModalScreen["PracticeSession | None"]):
    """«You have an unfinished conversation: carry on?»"""

    CSS_PATH = "resume.tcss"
    HELP = (
        "En samtale ble ikke fullført sist, for eksempel fordi forbindelsen brøt. "
        "Enter fortsetter der du slapp. L legger den bort (den er fortsatt lagret). "
        "Escape venter til neste gang."
    )
    BINDINGS = [
        Binding("enter,f", "resume", "Fortsett", key_display="Enter", id="resume-go"),
        Binding("l", "abandon", "Legg bort", id="resume-abandon"),
        Binding("escape", "later", "Ikke nå", id="resume-later"),
    ]

    def __init__(self, row: SessionRow) -> None:
        super().__init__()
        self.row = row

    def compose(self) -> ComposeResult:
        row = self.row
        with Vertical(id="resume-box"):
            yield Static("Vil du fortsette der du slapp?", id="resume-title")
            yield Static(
                f"«{row.scenario_title}», startet {row.started:%d.%m.%Y kl. %H:%M}, "
                f"{count(row.turns, 'replikk', 'replikker')}. Alt til og med siste replikk er lagret.",
                id="resume-text",
            )
            yield Static(
                "Enter: fortsett   L: legg bort (blir lagret)   Esc: ikke nå",
                id="resume-keys",
            )
        yield SteadyFooter()

    def action_resume(self) -> None:
        """Reopen the session where it stood."""
        app = self.app
        store = app.config.store  # type: ignore[attr-defined]
        scenario = app.config.library.get(self.row.scenario_id)  # type: ignore[attr-defined]
        if scenario is None:
            self.notify(
                f"Scenarioet «{self.row.scenario_title}» finnes ikke lenger. "
                "Økten kan eksporteres med «samtale export».",
                severity="error",
            )
            self.dismiss(None)
            return
        try:
            session = store.resume(self.row.id, scenario)
        except StorageError as exc:
            self.notify(str(exc), title="Kunne ikke fortsette", severity="error", timeout=10)
            self.dismiss(None)
            return
        self.dismiss(session)

    def action_abandon(self) -> None:
        """Do not offer this session again (it stays saved)."""
        try:
            self.app.config.store.abandon(self.row.id)  # type: ignore[attr-defined]
        except StorageError as exc:
            self.notify(str(exc), severity="error")
        self.dismiss(None)

    def action_later(self) -> None:
        """Ask again next time."""
        self.dismiss(None)
