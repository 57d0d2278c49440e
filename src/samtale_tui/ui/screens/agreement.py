"""The follow-up agreement (oppfølgingsplan): a plain keyboard form that saves as you go.

``AgreementScreen(session)`` drafts a plan from a finished practice session
(the debrief's «Lag avtale»); ``AgreementScreen(agreement=...)`` reopens a
saved one; ``AgreementScreen()`` starts an empty plan for a real conversation.
Tab and Enter move through the fields; every change is saved shortly after.
"""

from __future__ import annotations

import contextlib
import re
import threading
from datetime import date, datetime
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Header, Input, Label, Static, TextArea

from samtale_tui.agreement import Agreement, AgreementMeasure, ContactPlan
from samtale_tui.agreement.model import CONTACT_FIELDS, contact_kind
from samtale_tui.agreement.prefill import draft_from_session, new_agreement
from samtale_tui.practice import PracticeSession
from samtale_tui.storage import StorageError
from samtale_tui.ui.widgets.footer import SteadyFooter

SAVE_DELAY = 0.6
"""Seconds after the last keystroke before the plan is saved."""

MEASURE_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("what", "Hva", "hva som skal gjøres"),
    ("why", "Hvorfor", "hva det skal hjelpe med"),
    ("who", "Hvem gjør hva", "medarbeider, leder, andre"),
    ("how_long", "Hvor lenge", "for eksempel fire uker"),
    ("evaluate", "Evalueres", "når og hvordan"),
    ("if_not_working", "Hvis det ikke virker", "hva gjør vi da"),
)

LIST_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("goals", "Mål", "Ett mål per linje: hva skal være nådd, og når?"),
    ("tasks", "Arbeidsoppgaver", "Oppgaver medarbeideren gjør i perioden, én per linje."),
)

LATER_LISTS: tuple[tuple[str, str, str], ...] = (
    ("success_criteria", "Suksesskriterier", "Hvordan ser vi at det virker? Ett per linje."),
    (
        "individual_needs",
        "Individuelle behov",
        "Det medarbeideren trenger, uten helseopplysninger.",
    ),
    ("competence", "Kompetanseutvikling", "Kurs, opplæring eller faglig utvikling."),
)

_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{2,4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_date(text: str) -> date | None:
    """Read ``25.11.2026`` (or ``2026-11-25``); empty gives None.

    Raises:
        ValueError: with a Norwegian message when the date is not understood.
    """
    if not text.strip():
        return None
    match = _DATE.match(text)
    try:
        if match:
            day, month, year = (int(g) for g in match.groups())
            return date(year + 2000 if year < 100 else year, month, day)
        match = _ISO.match(text)
        if match:
            year, month, day = (int(g) for g in match.groups())
            return date(year, month, day)
    except ValueError:
        pass
    raise ValueError(f"Datoen «{text.strip()}» forstås ikke: skriv dd.mm.åååå.")


def parse_dates(text: str) -> list[date]:
    """Read dates separated by commas or spaces."""
    return [d for part in re.split(r"[,;\s]+", text) if (d := parse_date(part)) is not None]


def show_date(day: date | None) -> str:
    """A date as ``25.11.2026`` (empty for None)."""
    return day.strftime("%d.%m.%Y") if day else ""


def split_lines(text: str) -> list[str]:
    """One item per non-empty line, without a typed bullet in front."""
    items = []
    for line in text.splitlines():
        line = line.strip()
        for bullet in ("- ", "* ", "• "):
            if line.startswith(bullet):
                line = line[len(bullet) :].strip()
        if line:
            items.append(line)
    return items


class MeasureForm(Vertical):
    """One measure: what, why, who, how long, evaluation, and if it does not work."""

    def __init__(self, measure: AgreementMeasure, number: int) -> None:
        super().__init__(classes="measure")
        self.measure = measure
        self.border_title = f"Tiltak {number}"

    def compose(self) -> ComposeResult:
        for name, label, placeholder in MEASURE_FIELDS:
            with Horizontal(classes="field"):
                yield Label(label, classes="label")
                yield Input(
                    getattr(self.measure, name),
                    placeholder=placeholder,
                    name=name,
                    classes="measure-input",
                    compact=True,
                    select_on_focus=False,
                )

    def value(self) -> AgreementMeasure:
        """The measure as typed."""
        values = {i.name: i.value.strip() for i in self.query(Input) if i.name}
        return AgreementMeasure(**values)


def _area(text: str, name: str) -> TextArea:
    area = TextArea(text, name=name, soft_wrap=True, show_line_numbers=False, tab_behavior="focus")
    area.add_class("list-area")
    return area


class AgreementScreen(Screen[None]):
    """Write the follow-up agreement; it is saved as you type."""

    CSS_PATH = "agreement.tcss"
    HELP = (
        "Oppfølgingsplanen lagres mens du skriver. Tab og Enter flytter til neste felt. "
        "Lister skrives med ett punkt per linje. Tiltak bør være konkrete og tidsavgrensede: "
        "hva, hvorfor, hvem, hvor lenge, når det evalueres og hva dere gjør om det ikke virker. "
        "F5 åpner huskelisten, F8 jobbhjulet, Ctrl+O mer om de tre typene kontakt."
    )
    BINDINGS = [
        Binding(
            "f2", "add_measure", "Nytt tiltak", key_display="F2", priority=True, id="agreement-add"
        ),
        Binding(
            "f3",
            "remove_measure",
            "Fjern",
            key_display="F3",
            tooltip="fjern tiltaket du står i",
            priority=True,
            id="agreement-remove",
        ),
        Binding(
            "f4", "export", "Eksporter", key_display="F4", priority=True, id="agreement-export"
        ),
        Binding(
            "f5",
            "checklist",
            "Huskeliste",
            key_display="F5",
            priority=True,
            show=False,
            id="agreement-checklist",
        ),
        Binding(
            "f8",
            "job_wheel",
            "Jobbhjul",
            key_display="F8",
            priority=True,
            show=False,
            id="agreement-wheel",
        ),
        Binding(
            "ctrl+o",
            "contact_help",
            "Om kontakt",
            key_display="^o",
            show=False,
            id="agreement-contact",
        ),
        Binding("escape", "back", "Tilbake", id="agreement-back"),
    ]

    def __init__(
        self, session: PracticeSession | None = None, agreement: Agreement | None = None
    ) -> None:
        """Build the form.

        Args:
            session: draft a new plan from this practice session.
            agreement: reopen this saved plan (wins over ``session``).
        """
        super().__init__()
        self._session = session
        self._given = agreement
        self.agreement: Agreement | None = agreement
        self._timer: Timer | None = None
        self._write_lock = threading.Lock()
        self._ready = False
        self._measure_count = 0
        self.problem: str | None = None

    # -- building ----------------------------------------------------------
    def _now(self) -> datetime:
        return self.app.config.clock()  # type: ignore[attr-defined]

    def _draft(self) -> Agreement:
        if self._given is None and self._session is not None:
            # the plan for this session already exists: reopen it rather than start over
            store = self.app.config.store  # type: ignore[attr-defined]
            existing = [a for a in store.list_agreements() if a.session_id == self._session.id]
            if existing:
                self._given = existing[0]
        if self._given is not None:
            return self._given
        if self._session is not None:
            from samtale_tui.storage.convert import session_record

            record = session_record(self._session)
            return draft_from_session(record, self._session.scenario, self._now())
        return new_agreement(self._now())

    def compose(self) -> ComposeResult:
        if self.agreement is None:
            self.agreement = self._draft()
        a = self.agreement
        yield Header()
        with VerticalScroll(id="agreement-form"):
            yield Static("Om samtalen", classes="section-title")
            for name, label, value, placeholder in (
                ("employee", "Medarbeider", a.employee, "navn (valgfritt)"),
                ("manager", "Leder", a.manager, "navn (valgfritt)"),
                ("meeting_date", "Dato for samtalen", show_date(a.meeting_date), "dd.mm.åååå"),
                (
                    "next_meetings",
                    "Neste samtaler",
                    ", ".join(show_date(d) for d in a.next_meetings),
                    "dd.mm.åååå, dd.mm.åååå",
                ),
            ):
                with Horizontal(classes="field"):
                    yield Label(label, classes="label")
                    yield Input(
                        value,
                        placeholder=placeholder,
                        name=name,
                        id=f"field-{name}",
                        compact=True,
                        select_on_focus=False,
                    )
            yield Static("Mål og arbeidsoppgaver", classes="section-title")
            for name, label, hint in LIST_FIELDS:
                yield Label(f"{label}: {hint}", classes="hint")
                yield _area("\n".join(getattr(a, name)), name)
            yield Static(
                "Tiltak: konkrete og tidsavgrensede. F2 legger til, F3 fjerner det du står i.",
                classes="section-title",
            )
            with Vertical(id="measures"):
                for measure in a.measures:
                    self._measure_count += 1
                    yield MeasureForm(measure, self._measure_count)
            for name, label, hint in LATER_LISTS:
                yield Static(label, classes="section-title")
                yield Label(hint, classes="hint")
                yield _area("\n".join(getattr(a, name)), name)
            yield Static(
                "Kontakt under fraværet (Ctrl+O: mer om de tre typene kontakt)",
                classes="section-title",
            )
            yield Label("Hvordan og hvor ofte har dere avtalt å ha kontakt?", classes="hint")
            yield _area(a.contact.agreed, "contact.agreed")
            for field in CONTACT_FIELDS:
                kind = contact_kind(field)
                yield Label(f"{kind.title}: {kind.purpose}", classes="hint")
                yield _area(getattr(a.contact, field), f"contact.{field}")
            yield Static("Annet", classes="section-title")
            yield _area(a.other, "other")
            yield Static("Forberedelse", classes="section-title")
            yield Static(self._prep_text(), id="agreement-prep")
        yield Static("", id="agreement-status")
        yield SteadyFooter()

    def _set_ready(self) -> None:
        self._ready = True

    def on_mount(self) -> None:
        self.sub_title = "Oppfølgingsplan"
        self.call_after_refresh(self._set_ready)
        self.query_one("#field-employee", Input).focus()
        if self._given is None:
            self.call_after_refresh(self.save_now)  # a new draft is kept at once
        elif getattr(self.app.config.store, "guest", False):  # type: ignore[attr-defined]
            self._status("Gjestemodus: planen lagres ikke. Eksporter den med F4.")

    def _prep_text(self) -> str:
        a = self.agreement
        assert a is not None
        ticked = len(a.checklist)
        wheel = f"{len(a.job_wheel)} områder vurdert" if a.job_wheel else "ikke fylt ut"
        return (
            f"Huskeliste: {ticked} tema valgt (F5). Jobbhjulet: {wheel} (F8). "
            "Begge tas med i eksporten."
        )

    # -- reading the form ------------------------------------------------------
    def collect(self) -> Agreement:
        """The agreement as it stands in the form.

        A date that cannot be read keeps its last good value and is reported.
        """
        a = self.agreement
        assert a is not None
        values: dict[str, Any] = {}
        problems: list[str] = []
        for widget in self.query(Input):
            if widget.has_class("measure-input") or not widget.name:
                continue
            if widget.name == "meeting_date":
                try:
                    values["meeting_date"] = parse_date(widget.value)
                except ValueError as exc:
                    problems.append(str(exc))
            elif widget.name == "next_meetings":
                try:
                    values["next_meetings"] = parse_dates(widget.value)
                except ValueError as exc:
                    problems.append(str(exc))
            else:
                values[widget.name] = widget.value.strip()
        contact: dict[str, str] = {}
        for area in self.query(TextArea):
            name = area.name or ""
            if name.startswith("contact."):
                contact[name.removeprefix("contact.")] = area.text.strip()
            elif name == "other":
                values["other"] = area.text.strip()
            elif name:
                values[name] = split_lines(area.text)
        values["contact"] = ContactPlan(**contact)
        values["measures"] = [m.value() for m in self.query(MeasureForm)]
        values["updated"] = self._now()
        self.problem = " ".join(problems) or None
        return a.model_copy(update=values)

    # -- saving as you go ------------------------------------------------------
    @on(Input.Changed)
    @on(TextArea.Changed)
    def _changed(self) -> None:
        if not self._ready:
            return  # the form is still being built
        self.agreement = self.collect()  # cheap; keeps the newest state at hand
        self._schedule(SAVE_DELAY)

    @on(Input.Submitted)
    def _next_field(self, event: Input.Submitted) -> None:
        event.stop()
        self.focus_next()

    def _schedule(self, delay: float) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(max(delay, 0.05), self.save_now)

    def save_now(self) -> None:
        """Read the form and save it in the background."""
        self._timer = None
        self.agreement = self.collect()
        self._save(self.agreement)

    @work(thread=True, group="agreement-save", exit_on_error=False)
    def _save(self, agreement: Agreement) -> None:
        store = self.app.config.store  # type: ignore[attr-defined]
        with self._write_lock:
            agreement = self.agreement or agreement  # always the newest state
            try:
                store.save_agreement(agreement)
            except StorageError as exc:
                self.app.call_from_thread(self._status, f"Ikke lagret: {exc}", True)
                return
        self._saved_status(store, agreement)

    def _saved_status(self, store: Any, agreement: Agreement) -> None:
        """Say (from the worker thread) that the plan was saved."""
        if getattr(store, "guest", False):
            text = "Gjestemodus: planen lagres ikke. Eksporter den med F4."
        else:
            text = f"Lagret kl. {agreement.updated:%H:%M:%S}."
        if self.problem:
            text = f"{self.problem} {text}"
        self.app.call_from_thread(self._status, text, bool(self.problem))

    def on_unmount(self) -> None:
        """Keep the last keystrokes when the app quits with a save still pending."""
        if self._timer is None or self.agreement is None:
            return
        self._timer.stop()
        self._timer = None
        # the app is closing: a failure can no longer be shown
        with self._write_lock, contextlib.suppress(StorageError):
            self.app.config.store.save_agreement(self.agreement)  # type: ignore[attr-defined]

    def _status(self, text: str, error: bool = False) -> None:
        status = self.query_one("#agreement-status", Static)
        status.update(text)
        status.set_class(error, "error")

    # -- actions -----------------------------------------------------------
    async def action_add_measure(self) -> None:
        """Add an empty measure and put the cursor in it."""
        self._measure_count += 1
        form = MeasureForm(AgreementMeasure(), self._measure_count)
        await self.query_one("#measures", Vertical).mount(form)
        form.query_one(Input).focus()
        form.scroll_visible()
        self._schedule(SAVE_DELAY)

    async def action_remove_measure(self) -> None:
        """Remove the measure the cursor is in."""
        focused = self.focused
        form = next(
            (n for n in (focused.ancestors if focused else []) if isinstance(n, MeasureForm)),
            None,
        )
        if form is None:
            self.notify("Flytt markøren til tiltaket som skal fjernes, og trykk F3 igjen.")
            return
        await form.remove()
        for number, other in enumerate(self.query(MeasureForm), start=1):
            other.border_title = f"Tiltak {number}"
        self._measure_count = len(self.query(MeasureForm))
        self._schedule(0)

    def action_export(self) -> None:
        """Write the plan to a Markdown file and say where."""
        from samtale_tui.ui.export_action import export_agreement

        self.agreement = self.collect()
        self._save(self.agreement)
        export_agreement(self.app, self.agreement)

    def action_checklist(self) -> None:
        """Pick the topics from the preparation checklist."""
        from samtale_tui.ui.screens.checklist import ChecklistScreen

        def done(selection: list[str] | None) -> None:
            if selection is not None:
                self.agreement = self.collect().model_copy(update={"checklist": list(selection)})
                self.query_one("#agreement-prep", Static).update(self._prep_text())
                self._schedule(0)

        self.app.push_screen(ChecklistScreen(self.collect().checklist), done)

    def action_job_wheel(self) -> None:
        """Fill in the job wheel with the employee."""
        from samtale_tui.ui.screens.jobwheel import JobWheelScreen

        current = self.collect()

        def done(ratings: dict[str, int] | None) -> None:
            if ratings is not None:
                self.agreement = self.collect().model_copy(
                    update={"job_wheel": dict(ratings) or None}
                )
                self.query_one("#agreement-prep", Static).update(self._prep_text())
                self._schedule(0)

        self.app.push_screen(JobWheelScreen(current.job_wheel, who=current.employee or None), done)

    def action_contact_help(self) -> None:
        """Read about the three kinds of contact."""
        from samtale_tui.ui.screens.contact import ContactScreen

        self.app.push_screen(ContactScreen())

    def action_back(self) -> None:
        """Save and go back."""
        if self._timer is not None:
            self._timer.stop()
        self.save_now()
        self.app.pop_screen()
