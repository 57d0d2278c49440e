"""The team-routines workshop, step two: the timed agenda and the proposals.

The agenda is on the left; the current step, its timer and, in the step where
proposals are collected, the eight questions one at a time, with the
proposals typed in as the room gives them. Everything is saved as it is typed.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Input, Static

from samtale_tui.ui.widgets.countdown_clock import CountdownClock
from samtale_tui.ui.widgets.footer import SteadyFooter
from samtale_tui.workshop.model import WorkshopRecord
from samtale_tui.workshop.plan import QUESTIONS, agenda_for


class WorkshopRunScreen(Screen[None]):
    """Run the workshop step by step."""

    CSS_PATH = "workshop.tcss"
    HELP = (
        "PgDn og PgUp går til neste og forrige punkt på dagsordenen. Der forslagene "
        "samles, viser pil opp og ned forrige og neste spørsmål; skriv et forslag og "
        "trykk Enter. Ctrl+G bytter gruppe. Ctrl+T starter og pauser klokka, Ctrl+R "
        "nullstiller den. Ctrl+S viser alle forslag og utkastet til rutiner."
    )
    BINDINGS = [
        # Priority: the proposal input must not swallow the agenda and question keys.
        Binding(
            "pagedown",
            "step(1)",
            "Neste punkt",
            key_display="PgDn",
            priority=True,
            id="ws-next-step",
        ),
        Binding(
            "pageup",
            "step(-1)",
            "Forrige punkt",
            key_display="PgUp",
            show=False,
            priority=True,
            id="ws-prev-step",
        ),
        Binding("down", "question(1)", "Neste spørsmål", show=False, priority=True, id="ws-next-q"),
        Binding(
            "up", "question(-1)", "Forrige spørsmål", show=False, priority=True, id="ws-prev-q"
        ),
        Binding("ctrl+g", "next_group", "Gruppe", id="ws-group"),
        Binding("ctrl+t", "timer", "Klokke", id="ws-timer"),
        Binding("ctrl+r", "timer_reset", "Nullstill klokka", show=False, id="ws-timer-reset"),
        Binding(
            "ctrl+s",
            "summary",
            "Forslag",
            tooltip="alle forslag og utkastet til rutiner",
            id="ws-summary",
        ),
        Binding("escape", "back", "Tilbake", id="ws-run-back"),
    ]

    AUTO_FOCUS = None
    """Nothing focused until a step collects proposals: the step keys stay the screen's."""

    def __init__(self, record: WorkshopRecord, clock: Callable[[], float] | None = None) -> None:
        super().__init__()
        self.record = record
        self.clock = clock or time.monotonic
        self.steps = agenda_for(record.size)
        self.question = 0
        self.group = 0

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="ws-main"):
            # Not focusable: a focused agenda would take PgUp/PgDn/arrows from the
            # screen's step and question keys (and hide them from the footer).
            agenda = VerticalScroll(id="ws-agenda")
            agenda.can_focus = False
            with agenda:
                yield Static(id="ws-agenda-text")
            with Vertical(id="ws-step-pane"):
                with Horizontal(id="ws-step-top"):
                    yield Static(id="ws-step")
                    minutes = self.steps[min(self.record.step, len(self.steps) - 1)].minutes
                    yield CountdownClock(minutes * 60, lambda: self.clock(), id="ws-clock")
                yield Static(id="ws-question")
                proposals = VerticalScroll(Static(id="ws-proposal-list"), id="ws-proposals")
                proposals.can_focus = False  # follows the newest; Ctrl+S shows them all
                yield proposals
                yield Input(
                    placeholder="Skriv et forslag og trykk Enter", id="ws-input", max_length=2000
                )
        yield SteadyFooter()

    def on_mount(self) -> None:
        if getattr(self.app.config, "monotonic", None) is not None:  # type: ignore[attr-defined]
            self.clock = self.app.config.monotonic  # type: ignore[attr-defined]
        self.query_one("#ws-agenda").border_title = "Dagsorden"
        self._draw()

    # -- drawing -------------------------------------------------------------
    @property
    def step(self):
        return self.steps[self.record.step]

    def _draw(self) -> None:
        agenda = Text()
        for index, step in enumerate(self.steps):
            marker = "▶ " if index == self.record.step else "  "
            style = "bold" if index == self.record.step else ""
            phase = f"{step.phase}: " if step.phase else ""
            agenda.append(f"{marker}{index + 1}. {phase}{step.title}\n", style=style)
            agenda.append(f"     {step.minutes} min\n", style="dim")
        self.query_one("#ws-agenda-text", Static).update(agenda)

        step = self.step
        head = Text(f"Punkt {self.record.step + 1} av {len(self.steps)}: ", style="bold")
        head.append(step.title, style="bold")
        head.append(f"\n{step.guidance}")
        self.query_one("#ws-step", Static).update(head)

        collecting = step.collects
        for selector in ("#ws-question", "#ws-proposals", "#ws-input"):
            self.query_one(selector).display = collecting
        if collecting:
            self._draw_question()
            self.query_one("#ws-input", Input).focus()
        self.refresh_bindings()

    def _current_group(self) -> str:
        return self.record.groups[self.group] if self.record.groups else ""

    def _draw_question(self) -> None:
        question = Text(f"Spørsmål {self.question + 1} av {len(QUESTIONS)}\n", style="bold")
        question.append(QUESTIONS[self.question])
        group = self._current_group()
        if group:
            question.append(f"\nGruppe: {group}", style="italic")
        self.query_one("#ws-question", Static).update(question)
        proposals = self.record.for_question(self.question)
        pane = self.query_one("#ws-proposals")
        pane.border_title = f"Forslag ({len(proposals)})"
        listing = Text()
        for proposal in proposals:
            listing.append(f"• {proposal.text}")
            if proposal.group:
                listing.append(f"  ({proposal.group})", style="dim")
            listing.append("\n")
        if not proposals:
            listing.append("Ingen forslag ennå.", style="italic")
        self.query_one("#ws-proposal-list", Static).update(listing)
        pane.call_after_refresh(pane.scroll_end, animate=False)

    # -- saving --------------------------------------------------------------
    def _save(self) -> None:
        store = getattr(self.app.config, "store", None)  # type: ignore[attr-defined]
        if store is not None and hasattr(store, "save_workshop"):
            self._save_in_thread(store, self.record.model_copy(deep=True))

    @work(thread=True, exclusive=True, group="save-workshop", exit_on_error=False)
    def _save_in_thread(self, store: object, record: WorkshopRecord) -> None:
        from samtale_tui.storage import StorageError

        try:
            store.save_workshop(record)  # type: ignore[attr-defined]
        except StorageError as exc:
            self.app.call_from_thread(
                self.notify,
                f"{exc}\nForslagene er fortsatt her.",
                title="Kunne ikke lagre",
                severity="error",
            )

    # -- actions -------------------------------------------------------------
    @on(Input.Submitted, "#ws-input")
    def _add(self, event: Input.Submitted) -> None:
        event.stop()
        if self.record.add(self.question, event.value, group=self._current_group()) is None:
            return
        event.input.value = ""
        self._draw_question()
        self._save()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Group keys only with groups; question keys only where proposals are collected."""
        if action == "next_group":
            return bool(self.record.groups)
        if action == "question":
            return self.step.collects
        return True

    def action_step(self, delta: int) -> None:
        """Go to the next or previous agenda step (the timer takes its time)."""
        new = max(0, min(len(self.steps) - 1, self.record.step + delta))
        if new == self.record.step:
            if delta > 0:
                self.action_summary()
            return
        self.record.step = new
        self.query_one(CountdownClock).reset(self.step.minutes * 60)
        self._draw()
        self._save()

    def action_question(self, delta: int) -> None:
        """Show the next or previous of the eight questions."""
        if not self.step.collects:
            return
        self.question = max(0, min(len(QUESTIONS) - 1, self.question + delta))
        self._draw_question()

    def action_next_group(self) -> None:
        """Label the next proposals with the next group."""
        if not self.record.groups:
            self.notify("Ingen grupper er satt opp.")
            return
        self.group = (self.group + 1) % len(self.record.groups)
        self._draw_question()

    def action_timer(self) -> None:
        """Start or pause the step's timer."""
        self.query_one(CountdownClock).toggle()

    def action_timer_reset(self) -> None:
        """Back to the step's full time."""
        self.query_one(CountdownClock).reset()

    def action_summary(self) -> None:
        """Show every proposal and the draft of routines."""
        from samtale_tui.ui.screens.workshop_summary import WorkshopSummaryScreen

        self._save()
        self.app.push_screen(WorkshopSummaryScreen(self.record))

    def action_back(self) -> None:
        """Back to the set-up (proposals are kept in the saved workshop)."""
        self._save()
        self.app.pop_screen()
