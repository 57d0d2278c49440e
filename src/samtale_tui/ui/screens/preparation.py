"""The preparation hub: checklist, job wheel, question bank, drill, kinds of contact.

Opened from the home screen (no arguments: a standalone preparation for a
real conversation) or by the brief with a scenario, the session's checklist
and job wheel. It dismisses with a ``Preparation`` so the caller can store
the checklist and job wheel on the session or the agreement; ``e`` exports
the preparation to Markdown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import OptionList, Static

from samtale_tui import prep
from samtale_tui.practice import PracticeSession
from samtale_tui.prep import checklist, jobwheel
from samtale_tui.scenarios.model import Scenario
from samtale_tui.ui.screens.prep_list import MarkedOptionList, Row
from samtale_tui.ui.widgets.footer import SteadyFooter


@dataclass
class Preparation:
    """What the manager prepared: store it on the session or the agreement.

    Attributes:
        checklist: ticked checklist item ids (``PracticeSession.checklist``).
        job_wheel: job-wheel ratings (``PracticeSession.job_wheel``), or None.
        questions: questions picked from the bank.
    """

    checklist: list[str] = field(default_factory=list)
    job_wheel: dict[str, int] | None = None
    questions: list[str] = field(default_factory=list)

    def apply_to(self, session: PracticeSession) -> None:
        """Store the checklist and job wheel on a practice session."""
        session.checklist = list(self.checklist)
        session.job_wheel = dict(self.job_wheel) if self.job_wheel else None


TOOLS: tuple[tuple[str, str, str], ...] = (
    ("checklist", "Huskeliste", "Velg temaene du vil ta opp i samtalen."),
    ("jobwheel", "Jobbhjulet", "Åtte sider ved jobben, vurdert fra 0 til 8."),
    ("bank", "Spørsmålsbank", "Finn gode, åpne spørsmål å ha klare."),
    ("drill", "Omskrivingsdrill", "Ti spørsmål å skrive om til åpne spørsmål."),
    ("contact", "Typer kontakt", "Omsorg, drift og problemløsning under fraværet."),
)


class PreparationScreen(Screen[Preparation]):
    """Ten minutes of preparation before the conversation."""

    HELP = (
        "Forbered deg på ti minutter: velg temaer fra huskelisten, se hvordan den ansatte "
        "vurderer jobben i jobbhjulet, finn noen gode åpne spørsmål og øv på å skrive om "
        "hvorfor- og ja/nei-spørsmål. E lagrer forberedelsen som en Markdown-fil."
    )

    CSS_PATH = "preparation.tcss"

    BINDINGS = [
        Binding("enter", "open", "Åpne", id="prep-open", show=False),
        Binding("e", "export", "Eksporter", id="prep-export"),
        Binding("escape", "back", "Tilbake", id="prep-back"),
    ]

    def __init__(
        self,
        scenario: Scenario | None = None,
        checklist: Iterable[str] = (),
        job_wheel: Mapping[str, int] | None = None,
    ) -> None:
        """Build the hub.

        Args:
            scenario: the case being prepared for, if any; its ``job_wheel``
                (the simulated employee's ratings) is shown read-only.
            checklist: checklist ids already ticked.
            job_wheel: ratings already given (standalone).
        """
        super().__init__()
        self.scenario = scenario
        self.result = Preparation(checklist=list(checklist))
        wheel = job_wheel if job_wheel is not None else (scenario.job_wheel if scenario else None)
        self.result.job_wheel = dict(wheel) if wheel else None
        self._kept = self._state()
        self._warned = False

    @property
    def wheel_readonly(self) -> bool:
        """True when the ratings are the scenario employee's own."""
        return bool(self.scenario and self.scenario.job_wheel)

    # -- layout --------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Static("", id="prep-title")
        yield MarkedOptionList(id="prep-tools")
        yield Static("", id="prep-detail")
        yield SteadyFooter()

    def on_mount(self) -> None:
        title = "Forberedelse"
        if self.scenario is not None:
            title += f": {self.scenario.title}"
        else:
            title += " til en ekte samtale"
        self.query_one("#prep-title", Static).update(Content(title))
        self.tools.set_rows(self._rows())
        self.tools.focus()
        self._show_detail()

    @property
    def tools(self) -> MarkedOptionList:
        """The list of tools."""
        return self.query_one("#prep-tools", MarkedOptionList)

    def _status(self, tool: str) -> str:
        if tool == "checklist":
            n = len(checklist.normalise(self.result.checklist))
            return "ingen valgt" if not n else f"{n} valgt"
        if tool == "jobwheel":
            n = len(self.result.job_wheel or {})
            return "ikke fylt ut" if not n else f"{n} av 8 vurdert"
        if tool == "bank":
            n = len(self.result.questions)
            return "" if not n else f"{n} valgt"
        return ""

    def _rows(self) -> list[Row]:
        rows = []
        for tool, label, _ in TOOLS:
            status = self._status(tool)
            rows.append(Row(f"{label:<18}{status}", tool))
        return rows

    def _refresh(self) -> None:
        for index, row in enumerate(self._rows()):
            self.tools.update_row(index, row.text)
        self._show_detail()

    def _current_tool(self) -> str:
        index = self.tools.highlighted or 0
        return TOOLS[index][0]

    def _show_detail(self) -> None:
        tool = self._current_tool()
        label, description = next((lab, d) for t, lab, d in TOOLS if t == tool)
        parts: list[Content | str | tuple[str, str]] = [(label, "bold"), "\n", description]
        if tool == "checklist":
            for group, items in checklist.selected_by_group(self.result.checklist)[:4]:
                parts += ["\n", (f"{group.title}: ", "bold"), ", ".join(i.label for i in items)]
        elif tool == "jobwheel" and self.result.job_wheel:
            focus = jobwheel.suggested_focus(self.result.job_wheel)
            if focus:
                parts += ["\n", ("Start med: ", "bold")]
                parts.append(", ".join(f"{a.label} ({self.result.job_wheel[a.id]})" for a in focus))
        elif tool == "bank":
            parts += ["\n", "Valgte spørsmål kopieres og tas med når du eksporterer."]
            parts += [f"\n- {q}" for q in self.result.questions[-3:]]
        elif tool == "drill":
            parts += ["\n", "Hvorfor-, ja/nei- og ledende spørsmål blir åpne. Runden lagres."]
        parts += ["\n\n", ("Enter: åpne   E: eksporter til Markdown   Esc: tilbake", "italic")]
        self.query_one("#prep-detail", Static).update(Content.assemble(*parts))

    @on(OptionList.OptionHighlighted, "#prep-tools")
    def _highlighted(self) -> None:
        self._show_detail()

    @on(OptionList.OptionSelected, "#prep-tools")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_open()

    # -- opening the tools ---------------------------------------------------
    def action_open(self, tool: str | None = None) -> None:
        """Open the highlighted tool (or the one named)."""
        tool = tool or self._current_tool()
        if tool == "checklist":
            from samtale_tui.ui.screens.checklist import ChecklistScreen

            self.app.push_screen(ChecklistScreen(self.result.checklist), self._got_checklist)
        elif tool == "jobwheel":
            from samtale_tui.ui.screens.jobwheel import JobWheelScreen

            who = self.scenario.persona.name if self.scenario else None
            screen = JobWheelScreen(self.result.job_wheel, readonly=self.wheel_readonly, who=who)
            self.app.push_screen(screen, self._got_wheel)
        elif tool == "bank":
            from samtale_tui.ui.screens.question_bank import QuestionBankScreen

            self.app.push_screen(QuestionBankScreen(), self._got_question)
        elif tool == "drill":
            from samtale_tui.ui.screens.drill import DrillScreen

            self.app.push_screen(DrillScreen())
        elif tool == "contact":
            from samtale_tui.ui.screens.contact import ContactScreen

            self.app.push_screen(ContactScreen())

    def _got_checklist(self, selection: list[str] | None) -> None:
        if selection is not None:
            self.result.checklist = selection
        self._refresh()

    def _got_wheel(self, ratings: dict[str, int] | None) -> None:
        if ratings is not None:
            self.result.job_wheel = ratings or None
        self._refresh()

    def _got_question(self, question: str | None) -> None:
        if question is None:
            return
        if question not in self.result.questions:
            self.result.questions.append(question)
        self.app.copy_to_clipboard(question)
        self.notify(f"«{question}»", title="Kopiert", timeout=4)
        self._refresh()

    # -- export and leaving --------------------------------------------------
    @property
    def _config(self) -> Any:
        return getattr(self.app, "config", None)

    def action_export(self) -> None:
        """Write the preparation to a Markdown file in the export folder."""
        clock = getattr(self._config, "clock", None)
        now = clock() if callable(clock) else datetime.now()
        title = "Forberedelse til samtalen"
        if self.scenario is not None:
            title += f": {self.scenario.title}"
        lines = prep.to_markdown_lines(
            self.result.checklist, self.result.job_wheel, title, self.result.questions
        )
        self._export(
            getattr(self._config, "store", None), f"forberedelse-{now:%Y%m%d-%H%M%S}.md", lines
        )

    @work(thread=True, exclusive=True, group="prep-export", exit_on_error=False)
    def _export(self, store: Any, name: str, lines: list[str]) -> None:
        from samtale_tui.storage import StorageError
        from samtale_tui.storage.files import atomic_write_bytes

        try:
            if store is None:
                raise StorageError("Fant ikke et sted å lagre filen.")
            path = store.export_path(name)
            atomic_write_bytes(path, ("\n".join(lines).rstrip() + "\n").encode("utf-8"))
        except (StorageError, OSError) as exc:
            self.app.call_from_thread(
                self.notify, str(exc), title="Ikke eksportert", severity="warning", timeout=8
            )
            return
        self.app.call_from_thread(self._exported, str(path))

    def _exported(self, path: str) -> None:
        self._kept = self._state()
        self._warned = False
        self.notify(path, title="Eksportert", timeout=8)

    def _state(self) -> tuple[object, ...]:
        wheel = sorted((self.result.job_wheel or {}).items())
        return (tuple(self.result.checklist), tuple(wheel), tuple(self.result.questions))

    def action_back(self) -> None:
        """Close the hub and hand what was prepared to the caller.

        Standalone (no case), nothing keeps the preparation but the export: the
        first Esc after a change says so, the second leaves.
        """
        unsaved = self.scenario is None and self._state() != self._kept
        if unsaved and not self._warned:
            self._warned = True
            self.notify(
                "Forberedelsen lagres bare når du eksporterer. Trykk E for å eksportere, "
                "eller Esc en gang til for å gå uten å lagre.",
                title="Ikke lagret",
                severity="warning",
                timeout=8,
            )
            return
        self.dismiss(self.result)
