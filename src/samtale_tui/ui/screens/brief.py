"""Brief: who the manager is about to meet, the goal, tips, and the mode."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from samtale_tui.scenarios.model import Scenario
from samtale_tui.ui.widgets.footer import SteadyFooter
from samtale_tui.ui.wording import MODES, RUBRIC, count, difficulty_label, mid_sentence

if TYPE_CHECKING:
    from samtale_tui.ui.screens.preparation import Preparation

TIPS_SHOWN = 3


def tips_for(scenario: Scenario) -> list[str]:
    """The case's own tips, topped up from the rubric to three."""
    tips = list(scenario.brief.tips[:TIPS_SHOWN])
    for heading, explanation in RUBRIC:
        if len(tips) >= TIPS_SHOWN:
            break
        tips.append(f"{heading}: {explanation}")
    return tips


def brief_text(scenario: Scenario) -> Text:
    """The brief as one readable block (labels in bold, no colour needed)."""
    persona = scenario.persona
    age = f", {persona.age} år" if persona.age else ""
    text = Text()

    def section(title: str) -> None:
        text.append(f"\n{title}\n", style="bold underline")

    text.append(f"{scenario.title}\n", style="bold")
    text.append(f"{difficulty_label(scenario.difficulty)}\n")
    section("Hvem du møter")
    text.append(
        f"{persona.name}{age}, {persona.role.lower()}, {mid_sentence(persona.workplace)}.\n"
    )
    text.append("Fravær: ", style="bold")
    text.append(f"{persona.absence}\n")
    text.append("Ønsker: ", style="bold")
    text.append(f"{persona.wants}\n")
    text.append("Frykter: ", style="bold")
    text.append(f"{persona.fears}\n")
    section("Situasjonen")
    text.append(f"{scenario.brief.situation}\n")
    section("Målet ditt")
    text.append(f"{scenario.brief.goal}\n")
    section("Du øver på")
    for goal in scenario.brief.learning_goals:
        text.append(f"  • {goal}\n")
    section("Tips")
    for tip in tips_for(scenario):
        text.append(f"  • {tip}\n")
    return text


class BriefScreen(Screen[None]):
    """Read the case, then choose how to practise."""

    CSS_PATH = "brief.tcss"
    HELP = (
        "Les hvem du skal møte og hva målet er. Velg så modus med pil opp/ned og Enter, "
        "eller trykk 1, 2 eller 3. F åpner forberedelsen (huskeliste, jobbhjul, "
        "spørsmålsbank og drill); det du velger der, lagres med samtalen og kommer med "
        "i eksporten. Esc går tilbake til biblioteket."
    )
    BINDINGS = [
        Binding("1", "start('coach')", "Coach", id="mode-coach"),
        Binding("2", "start('realistic')", "Realistisk", id="mode-realistic"),
        Binding("3", "start('menu')", "Meny", id="mode-menu"),
        Binding("f", "prepare", "Forbered", id="prepare"),
        Binding("escape", "back", "Tilbake", id="back"),
        Binding("pagedown", "scroll_brief(1)", "Bla ned", show=False, priority=True),
        Binding("pageup", "scroll_brief(-1)", "Bla opp", show=False, priority=True),
    ]

    def __init__(self, scenario: Scenario) -> None:
        super().__init__()
        self.scenario = scenario
        self.preparation: Preparation | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="brief-body"):
            yield Static(brief_text(self.scenario), id="brief-text")
        yield OptionList(
            *[
                Option(Text.assemble((f"{i}  {label:<11}", "bold"), description), id=mode)
                for i, (mode, label, description) in enumerate(MODES, start=1)
            ],
            id="modes",
        )
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.sub_title = f"Før samtalen · {self.scenario.title}"
        body = self.query_one("#brief-body")
        body.border_title = "Før samtalen"
        body.border_subtitle = "PgUp/PgDn blar"
        modes = self.query_one("#modes", OptionList)
        modes.border_title = "Velg modus og trykk Enter"
        modes.highlighted = 0
        modes.focus()

    @on(OptionList.OptionSelected, "#modes")
    def _mode_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.action_start(event.option.id)

    def action_start(self, mode: str) -> None:
        """Start the conversation in ``mode``."""
        self.app.start_session(self.scenario, mode, self.preparation)  # type: ignore[attr-defined]

    def action_prepare(self) -> None:
        """Open the preparation tools for this case; keep what was prepared."""
        from samtale_tui.ui.screens.preparation import PreparationScreen

        prepared = self.preparation
        screen = PreparationScreen(
            self.scenario,
            checklist=prepared.checklist if prepared else (),
            job_wheel=prepared.job_wheel if prepared else None,
        )
        self.app.push_screen(screen, self._prepared)

    def _prepared(self, preparation: Preparation | None) -> None:
        if preparation is None:
            return
        self.preparation = preparation
        ticked = len(preparation.checklist)
        rated = len(preparation.job_wheel or {})
        modes = self.query_one("#modes", OptionList)
        parts = [count(ticked, "tema", "temaer")] if ticked else []
        if rated and not self.scenario.job_wheel:
            parts.append("jobbhjul")
        # Shown until the talk starts: what was prepared goes with the session.
        modes.border_subtitle = f"Forberedt: {', '.join(parts)}" if parts else ""

    def action_back(self) -> None:
        """Back to the library."""
        self.app.show_home()  # type: ignore[attr-defined]

    def action_scroll_brief(self, direction: int) -> None:
        """Scroll the brief while the mode list keeps focus."""
        body = self.query_one("#brief-body", VerticalScroll)
        if direction > 0:
            body.scroll_page_down()
        else:
            body.scroll_page_up()
