"""Home: the scenario library (placeholder until the practice-loop issue)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList


class HomeScreen(Screen[None]):
    """The library of cases."""

    BINDINGS = [("q", "app.quit", "Avslutt")]

    def compose(self) -> ComposeResult:
        yield Header()
        library = self.app.config.library  # type: ignore[attr-defined]
        yield OptionList(*[s.title for s in library.scenarios])
        yield Footer()
