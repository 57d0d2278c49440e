"""Trainer mode, step one: choose the case and (optionally) the teams.

``samtale present [SCENARIO_ID]`` and the home screen's «Kursleder» entry open
this screen. It switches to the high-contrast theme, which suits a projector.
"""

from __future__ import annotations

import time
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from samtale_tui.engine import Conversation
from samtale_tui.trainer import GroupPlay, parse_teams
from samtale_tui.ui.widgets.footer import SteadyFooter
from samtale_tui.ui.widgets.plain_checkbox import PlainCheckbox
from samtale_tui.ui.wording import difficulty_label

PRESENT_THEME = "samtale-kontrast"


class PresentScreen(Screen[None]):
    """Set up a group session: which case, which teams, whether turns rotate."""

    CSS_PATH = "present.tcss"
    HELP = (
        "Kursledermodus for storskjerm. Velg casen med piltastene, skriv eventuelt inn "
        "lag eller deltakere (skilt med komma), og trykk Enter for å starte."
    )
    BINDINGS = [
        Binding("enter", "start", "Start", id="present-start"),
        Binding("escape", "back", "Tilbake", id="present-back"),
        Binding("down", "move(1)", "Neste case", show=False),
        Binding("up", "move(-1)", "Forrige case", show=False),
    ]

    def __init__(self, scenario_id: str | None = None) -> None:
        super().__init__()
        self.scenario_id = scenario_id
        self._previous_theme: str | None = None

    @property
    def library(self) -> Any:
        return self.app.config.library  # type: ignore[attr-defined]

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="present-setup"):
            yield Static("Kursleder: gruppespill på storskjerm", id="present-heading")
            yield OptionList(id="present-cases")
            yield Static("Lag eller deltakere (valgfritt, skilt med komma):", classes="label")
            yield Input(placeholder="For eksempel: Bord 1, Bord 2, Bord 3", id="present-teams")
            yield PlainCheckbox("La turen gå på rundgang mellom lagene", id="present-rotate")
            yield Static(
                "Stemmer og poeng er skjult til du viser dem. Enter starter.",
                id="present-note",
            )
        yield SteadyFooter()

    def on_mount(self) -> None:
        self._previous_theme = self.app.theme
        self.app.theme = PRESENT_THEME
        cases = self.query_one("#present-cases", OptionList)
        cases.border_title = "Case"
        for scenario in self.library.scenarios:
            row = Text(scenario.title, style="bold")
            row.append(f"   {difficulty_label(scenario.difficulty)}", style="dim")
            cases.add_option(Option(row, id=scenario.id))
        ids = [s.id for s in self.library.scenarios]
        if self.scenario_id in ids:
            cases.highlighted = ids.index(self.scenario_id)
        elif ids:
            cases.highlighted = 0
        self.query_one("#present-teams", Input).focus()

    def on_unmount(self) -> None:
        if self._previous_theme is not None:
            self.app.theme = self._previous_theme

    def action_move(self, step: int) -> None:
        """Move the case highlight, also while typing team names."""
        cases = self.query_one("#present-cases", OptionList)
        if cases.option_count:
            current = cases.highlighted or 0
            cases.highlighted = max(0, min(cases.option_count - 1, current + step))

    @on(Input.Submitted, "#present-teams")
    @on(OptionList.OptionSelected, "#present-cases")
    def _submitted(self) -> None:
        self.action_start()

    def action_start(self) -> None:
        """Start the group session with the highlighted case."""
        from samtale_tui.ui.screens.present_talk import PresentTalkScreen

        cases = self.query_one("#present-cases", OptionList)
        if cases.highlighted is None:
            self.notify("Ingen case er valgt.", severity="warning")
            return
        option_id = cases.get_option_at_index(cases.highlighted).id
        scenario = self.library.get(option_id)
        if scenario is None:
            return
        teams = parse_teams(self.query_one("#present-teams", Input).value)
        rotate = self.query_one("#present-rotate", PlainCheckbox).value and bool(teams)
        play = GroupPlay(Conversation(scenario), teams=teams, rotate=rotate)
        clock = getattr(self.app.config, "monotonic", time.monotonic)  # type: ignore[attr-defined]
        self.app.push_screen(PresentTalkScreen(play, clock=clock))

    def action_back(self) -> None:
        """Leave trainer mode."""
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
        else:
            self.app.exit()
