"""The job wheel: eight areas rated 0 to 8, drawn as bars, with where to start.

``JobWheelScreen(ratings, readonly=False)`` dismisses with the ratings
(``dict[str, int]``, rated areas only). In a scenario the ratings come from
``Scenario.job_wheel`` and are shown read-only; standalone, the manager fills
them in with the employee, a digit per area.
"""

from __future__ import annotations

from collections.abc import Mapping

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import OptionList, Static

from samtale_tui.prep import jobwheel
from samtale_tui.ui.screens.prep_list import MarkedOptionList, Row
from samtale_tui.ui.widgets.footer import SteadyFooter


def _digit_bindings() -> list[Binding]:
    shown = Binding("0", "rate(0)", "Vurder", key_display="0–8", id="wheel-rate")
    return [shown] + [Binding(str(n), f"rate({n})", "", show=False) for n in range(1, 9)]


class JobWheelScreen(Screen[dict[str, int]]):
    """Rate or read the eight areas of the job."""

    HELP = (
        "Jobbhjulet viser åtte sider ved jobben. Den ansatte gir hvert område et tall fra 0 "
        "til 8, der 8 er best. De lavest vurderte områdene foreslås som et sted å begynne, "
        "med et åpent spørsmål til hvert. I en case er tallene den ansattes egne og kan ikke "
        "endres."
    )

    CSS_PATH = "jobwheel.tcss"

    BINDINGS = [
        *_digit_bindings(),
        Binding("right,plus", "step(1)", "Høyere", key_display="→", show=False),
        Binding("left,minus", "step(-1)", "Lavere", key_display="←", show=False),
        Binding("backspace,delete", "unrate", "Fjern", show=False, id="wheel-unrate"),
        Binding("escape", "done", "Ferdig", id="wheel-done"),
    ]

    def __init__(
        self,
        ratings: Mapping[str, int] | None = None,
        readonly: bool = False,
        who: str | None = None,
    ) -> None:
        """Build the screen.

        Args:
            ratings: ratings to start with (validated; bad ones are dropped).
            readonly: True in a scenario: the ratings are the employee's own.
            who: the employee's name, shown in the title.
        """
        super().__init__()
        self.ratings: dict[str, int] = {}
        for area, rating in (ratings or {}).items():
            try:
                self.ratings.update(jobwheel.validate({area: rating}))
            except ValueError:
                continue
        self.readonly = readonly
        self.who = who

    def compose(self) -> ComposeResult:
        yield Static("", id="wheel-title")
        yield MarkedOptionList(id="wheel-bars")
        yield Static("", id="wheel-area")
        yield Static("", id="wheel-focus")
        yield SteadyFooter()

    def on_mount(self) -> None:
        title = "Jobbhjulet"
        if self.readonly:
            title += f": slik {self.who or 'den ansatte'} vurderer jobben (0–8, 8 er best)"
        else:
            title += f": hvor fornøyd er {self.who or 'den ansatte'}? (0–8, 8 er best)"
        self.query_one("#wheel-title", Static).update(title)
        self.bars.set_rows(Row(self._line(a.id), a.id) for a in jobwheel.AREAS)
        self.bars.focus()
        self._show_area()
        self._show_focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide the editing keys when the ratings are read-only."""
        return not (self.readonly and action in {"rate", "step", "unrate"})

    @property
    def bars(self) -> MarkedOptionList:
        """The eight bars."""
        return self.query_one("#wheel-bars", MarkedOptionList)

    def _line(self, area_id: str) -> str:
        return jobwheel.bar_line(jobwheel.AREA_BY_ID[area_id], self.ratings.get(area_id))

    def _current(self) -> jobwheel.WheelArea | None:
        index = self.bars.highlighted
        return None if index is None else jobwheel.AREAS[index]

    def _show_area(self) -> None:
        area = self._current()
        panel = self.query_one("#wheel-area", Static)
        if area is None:
            panel.update("")
            return
        panel.update(
            Content.assemble(
                (area.label, "bold"), ": ", area.explanation, "\n", (f"«{area.question}»", "italic")
            )
        )

    def _show_focus(self) -> None:
        panel = self.query_one("#wheel-focus", Static)
        focus = jobwheel.suggested_focus(self.ratings)
        if not self.ratings:
            hint = "Velg et område med ↑↓ og trykk et tall fra 0 til 8.\n\n"
            panel.update(Content.assemble(("Ikke vurdert ennå. ", "bold"), hint, jobwheel.HOW_TO))
            return
        if not focus:
            panel.update(
                Content.assemble(("Alt er vurdert til 8. ", "bold"), "Spør hva som gir energi.")
            )
            return
        parts: list[Content | str | tuple[str, str]] = [("Start her (lavest vurdert):", "bold")]
        for area in focus:
            parts += ["\n", (f"{area.label} ({self.ratings[area.id]}): ", "bold"), area.question]
        parts += ["\n", ("Til slutt: ", "bold"), " ".join(jobwheel.CLOSING_QUESTIONS)]
        panel.update(Content.assemble(*parts))

    def _refresh_area(self, area_id: str) -> None:
        index = jobwheel.AREAS.index(jobwheel.AREA_BY_ID[area_id])
        self.bars.update_row(index, self._line(area_id))
        self._show_focus()

    @on(OptionList.OptionHighlighted, "#wheel-bars")
    def _highlighted(self) -> None:
        self._show_area()

    @on(OptionList.OptionSelected, "#wheel-bars")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()

    def action_rate(self, rating: int) -> None:
        """Give the highlighted area a rating and move to the next area."""
        area = self._current()
        if area is None:
            return
        self.ratings[area.id] = rating
        self._refresh_area(area.id)
        self.bars.action_cursor_down()

    def action_step(self, step: int) -> None:
        """Raise or lower the highlighted area's rating by one."""
        area = self._current()
        if area is None:
            return
        start = self.ratings.get(area.id, 4 if step > 0 else 5)
        self.ratings[area.id] = max(0, min(jobwheel.MAX_RATING, start + step))
        self._refresh_area(area.id)

    def action_unrate(self) -> None:
        """Remove the highlighted area's rating."""
        area = self._current()
        if area is None or area.id not in self.ratings:
            return
        del self.ratings[area.id]
        self._refresh_area(area.id)

    @property
    def result(self) -> dict[str, int]:
        """The ratings in wheel order."""
        return jobwheel.validate(self.ratings)

    def action_done(self) -> None:
        """Close and hand the ratings to the caller."""
        self.dismiss(self.result)
