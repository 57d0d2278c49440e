"""The saved follow-up agreements: list, reopen, start a new one, export.

A new plan started here is empty: for a real conversation, outside any case.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from samtale_tui.agreement import Agreement
from samtale_tui.storage import StorageError
from samtale_tui.ui.widgets.footer import SteadyFooter


class AgreementsScreen(Screen[None]):
    """Every saved agreement, most recently changed first."""

    CSS_PATH = "agreements.tcss"
    HELP = (
        "Oppfølgingsplanene du har laget. Enter åpner planen, N starter en tom plan for "
        "en ekte samtale, E eksporterer planen som Markdown."
    )
    BINDINGS = [
        Binding("n", "new", "Ny plan", id="agreements-new"),
        Binding("e", "export", "Eksporter", id="agreements-export"),
        Binding("escape", "back", "Tilbake", id="agreements-back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.agreements: list[Agreement] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Oppfølgingsplaner", id="agreements-title")
        yield OptionList(id="agreements-list")
        yield Static("", id="agreements-empty")
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.sub_title = "Oppfølgingsplaner"
        self.reload()
        self.query_one(OptionList).focus()

    def on_screen_resume(self) -> None:
        self.sub_title = "Oppfølgingsplaner"
        self.reload()

    def reload(self) -> None:
        """Read the saved agreements again."""
        store = self.app.config.store  # type: ignore[attr-defined]
        self.agreements = store.list_agreements()
        for problem in store.take_problems():
            self.notify(str(problem), title="En fil ble satt til side", severity="warning")
        options = self.query_one(OptionList)
        highlighted = options.highlighted
        options.clear_options()
        options.add_options(
            Option(f"{a.title}  ·  endret {a.updated:%d.%m.%Y %H:%M}", id=a.id)
            for a in self.agreements
        )
        if self.agreements:
            options.highlighted = min(highlighted or 0, len(self.agreements) - 1)
        empty = self.query_one("#agreements-empty", Static)
        if self.agreements:
            empty.update("")
        elif getattr(store, "guest", False):
            empty.update(
                "Gjestemodus: planer lagres ikke. Trykk N for å lage en og eksportere den."
            )
        else:
            empty.update("Ingen planer ennå. Trykk N for en ny, eller lag en fra en oppsummering.")

    def _current(self) -> Agreement | None:
        index = self.query_one(OptionList).highlighted
        if index is None or not 0 <= index < len(self.agreements):
            return None
        return self.agreements[index]

    @on(OptionList.OptionSelected)
    def _open(self, event: OptionList.OptionSelected) -> None:
        from samtale_tui.ui.screens.agreement import AgreementScreen

        store = self.app.config.store  # type: ignore[attr-defined]
        try:
            agreement = store.load_agreement(event.option.id or "")
        except StorageError as exc:
            self.notify(str(exc), title="Kunne ikke åpne", severity="error")
            self.reload()
            return
        self.app.push_screen(AgreementScreen(agreement=agreement))

    def action_new(self) -> None:
        """Start an empty agreement, for a real conversation."""
        from samtale_tui.ui.screens.agreement import AgreementScreen

        self.app.push_screen(AgreementScreen())

    def action_export(self) -> None:
        """Export the highlighted agreement as Markdown."""
        from samtale_tui.ui.export_action import export_agreement

        agreement = self._current()
        if agreement is None:
            self.notify("Velg en plan først.")
            return
        export_agreement(self.app, agreement)

    def action_back(self) -> None:
        """Back to the library."""
        self.app.pop_screen()
