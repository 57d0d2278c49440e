"""The team-routines workshop, step one: who takes part.

``samtale workshop`` opens this screen. The number of participants decides the
agenda: up to 12 work together; more than 12 work in groups of four to six
with group leaders, then meet in plenary.
"""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Header, Input, Static

from samtale_tui.practice import new_session_id
from samtale_tui.trainer import parse_teams
from samtale_tui.ui.widgets.footer import SteadyFooter
from samtale_tui.workshop.model import WorkshopRecord
from samtale_tui.workshop.plan import PURPOSE, agenda_for, group_size, total_minutes


class WorkshopScreen(Screen[None]):
    """Set up a workshop: participants, unit and (for large groups) the groups."""

    CSS_PATH = "workshop.tcss"
    HELP = (
        "Workshop om felles rutiner for sykefraværsoppfølging. Skriv inn antall "
        "deltakere (inntil 12 gir én gruppe, flere gir grupper på fire til seks), "
        "eventuelt enhetens navn og gruppenes navn. Enter går til neste felt; Enter i "
        "siste felt eller Ctrl+S starter workshopen."
    )
    BINDINGS = [
        Binding("ctrl+s", "start", "Start", id="workshop-start"),
        Binding("escape", "back", "Tilbake", id="workshop-back"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="ws-setup"):
            yield Static(
                Text("Workshop: felles rutiner for oppfølging av sykefravær", style="bold")
            )
            yield Static(PURPOSE, id="ws-purpose")
            yield Static("Antall deltakere:", classes="label")
            yield Input("8", id="ws-participants", type="integer", max_length=3)
            yield Static("Enhet (valgfritt):", classes="label")
            yield Input(placeholder="For eksempel: Seksjon for drift", id="ws-unit", max_length=120)
            yield Static("Grupper (ved mer enn 12 deltakere), skilt med komma:", classes="label")
            yield Input(placeholder="For eksempel: Gruppe 1, Gruppe 2, Gruppe 3", id="ws-groups")
            yield Static(id="ws-plan")
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.query_one("#ws-participants", Input).focus()
        self._show_plan()

    def _participants(self) -> int | None:
        raw = self.query_one("#ws-participants", Input).value.strip()
        try:
            value = int(raw)
        except ValueError:
            return None
        return value if 1 <= value <= 500 else None

    @on(Input.Changed, "#ws-participants")
    def _show_plan(self) -> None:
        plan = self.query_one("#ws-plan", Static)
        count = self._participants()
        if count is None:
            plan.update("Skriv et antall deltakere mellom 1 og 500.")
            return
        size = group_size(count)
        text = Text()
        heading = "Inntil 12 deltakere" if size == "small" else "Mer enn 12 deltakere: grupper"
        text.append(f"\n{heading} – om lag {total_minutes(size)} minutter\n", style="bold")
        for number, step in enumerate(agenda_for(size), start=1):
            phase = f"{step.phase}: " if step.phase else ""
            text.append(f"  {number}. {phase}{step.title} ({step.minutes} min)\n")
        text.append("\nCtrl+S eller Enter i siste felt starter.", style="italic")
        plan.update(text)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "ws-groups":
            self.action_start()
        else:
            self.focus_next()

    def action_start(self) -> None:
        """Start the workshop with what was typed."""
        from samtale_tui.ui.screens.workshop_run import WorkshopRunScreen

        count = self._participants()
        if count is None:
            self.notify("Antall deltakere må være et tall mellom 1 og 500.", severity="warning")
            self.query_one("#ws-participants", Input).focus()
            return
        clock = getattr(self.app.config, "clock", datetime.now)  # type: ignore[attr-defined]
        now = clock()
        groups = parse_teams(self.query_one("#ws-groups", Input).value)
        if group_size(count) == "small":
            groups = []
        record = WorkshopRecord(
            id=new_session_id(now),
            date=now.date(),
            participants=count,
            unit=" ".join(self.query_one("#ws-unit", Input).value.split()),
            groups=groups,
        )
        self.app.push_screen(WorkshopRunScreen(record))

    def action_back(self) -> None:
        """Leave the workshop."""
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
        else:
            self.app.exit()
