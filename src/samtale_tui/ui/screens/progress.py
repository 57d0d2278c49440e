"""Progress: per-skill trends as sparklines, per-scenario results, and the history.

The history is a list you can open: a finished session shows its debrief, an
unfinished one is resumed, and one whose scenario is gone is shown as its
Markdown export. Loading runs in a thread worker.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Markdown, OptionList, Static
from textual.widgets.option_list import Option

from samtale_tui.progress import Progress, format_value, load_progress, skill_sparkline
from samtale_tui.storage import SessionRecord, SessionRow, StorageError
from samtale_tui.ui.widgets.footer import SteadyFooter
from samtale_tui.ui.wording import count

DIRECTION_MARKS = {"bedre": "↑ bedre", "svakere": "↓ svakere", "uendret": "→ uendret"}


def skills_table(progress: Progress, width: int = 16) -> Table:
    """One row per skill: the trend, the latest value, the average and the direction."""
    table = Table(box=None, expand=True, padding=(0, 1, 0, 0), show_edge=False)
    table.add_column("Ferdighet", style="bold", no_wrap=True)
    table.add_column("Utvikling", no_wrap=True)
    table.add_column("Siste", justify="right", no_wrap=True)
    table.add_column("Snitt", justify="right", no_wrap=True)
    table.add_column("Retning", no_wrap=True)
    for trend in progress.skills:
        if not trend.points:
            continue
        table.add_row(
            trend.skill.label,
            skill_sparkline(trend, width),
            format_value(trend.skill, trend.latest),
            format_value(trend.skill, trend.average),
            DIRECTION_MARKS.get(trend.direction(), trend.direction()),
        )
    return table


def scenarios_table(progress: Progress) -> Table:
    """One row per scenario: attempts, best and last score."""
    table = Table(box=None, expand=True, padding=(0, 1, 0, 0), show_edge=False)
    table.add_column("Case", ratio=1, no_wrap=True, overflow="ellipsis")
    table.add_column("Forsøk", justify="right", no_wrap=True)
    table.add_column("Best", justify="right", no_wrap=True)
    table.add_column("Sist", justify="right", no_wrap=True)
    for s in progress.scenarios:
        table.add_row(
            s.title,
            str(s.attempts),
            "–" if s.best is None else str(s.best),
            "–" if s.last is None else str(s.last),
        )
    return table


def history_label(row: SessionRow) -> str:
    """One line of the history list."""
    status = f"{row.summary.score:>3} poeng" if row.finished else "uferdig"
    return f"{row.started:%d.%m.%Y %H:%M}  {row.scenario_title[:40]:<40}  {status}"


class SavedSessionScreen(Screen[None]):
    """A saved session shown as its Markdown export (when it cannot be replayed)."""

    BINDINGS = [
        Binding("e", "export", "Eksporter", id="saved-export"),
        Binding("escape", "back", "Tilbake", id="saved-back"),
    ]
    CSS_PATH = "progress.tcss"

    def __init__(self, record: SessionRecord) -> None:
        super().__init__()
        self.record = record

    def compose(self) -> ComposeResult:
        from samtale_tui.export import session_markdown

        yield Header()
        with VerticalScroll(id="saved-body"):
            yield Markdown(session_markdown(self.record))
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.query_one("#saved-body", VerticalScroll).focus()

    def action_export(self) -> None:
        """Write the session to a Markdown file."""
        from samtale_tui.export import session_markdown
        from samtale_tui.ui.export_action import run_export

        run_export(
            self.app, f"samtale-{self.record.id}.md", session_markdown(self.record), "Samtalen"
        )

    def action_back(self) -> None:
        """Back to progress."""
        self.app.pop_screen()


class ProgressScreen(Screen[None]):
    """How the skills develop over time, and every saved session."""

    CSS_PATH = "progress.tcss"
    HELP = (
        "Fremgangen din: hver ferdighet over tid (eldst til venstre i kurven), "
        "hvert case med forsøk, beste og siste poeng, og historikken. Enter på en økt "
        "åpner oppsummeringen, eller fortsetter en uferdig samtale."
    )
    BINDINGS = [
        Binding("escape", "back", "Tilbake", id="progress-back"),
        Binding("r", "reload", "Oppdater", id="progress-reload"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.progress: Progress | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="progress-body"):
            skills = Static("Henter fremgangen …", id="progress-skills", classes="section")
            skills.border_title = "Ferdigheter"
            yield skills
            scenarios = Static("", id="progress-scenarios", classes="section")
            scenarios.border_title = "Case"
            yield scenarios
        history = OptionList(id="progress-history")
        history.border_title = "Historikk (Enter åpner)"
        yield history
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.sub_title = "Fremgang"
        self.query_one("#progress-history", OptionList).focus()
        self.action_reload()

    def on_screen_resume(self) -> None:
        self.sub_title = "Fremgang"
        self.action_reload()

    def action_reload(self) -> None:
        """Read the saved sessions again."""
        self._load()

    @work(thread=True, exclusive=True, group="progress", exit_on_error=False)
    def _load(self) -> None:
        store = self.app.config.store  # type: ignore[attr-defined]
        progress = load_progress(store)
        problems = store.take_problems()
        self.app.call_from_thread(self._show, progress, [str(p) for p in problems])

    def _show(self, progress: Progress, problems: list[str]) -> None:
        self.progress = progress
        for problem in problems:
            self.notify(problem, title="En fil ble satt til side", severity="warning", timeout=10)
        skills = self.query_one("#progress-skills", Static)
        scenarios = self.query_one("#progress-scenarios", Static)
        history = self.query_one("#progress-history", OptionList)
        history.clear_options()
        if not progress.history and not progress.drills:
            guest = getattr(self.app.config.store, "guest", False)  # type: ignore[attr-defined]
            skills.update(
                Text(
                    "Gjestemodus: ingenting lagres, så det er ingen fremgang å vise."
                    if guest
                    else "Ingen lagrede samtaler ennå. Spill et case, så vises fremgangen her."
                )
            )
            scenarios.display = False
            return
        scenarios.display = bool(progress.scenarios)
        counted = progress.sessions_counted
        skills.border_subtitle = count(counted, "fullført samtale", "fullførte samtaler")
        skills.update(skills_table(progress))
        scenarios.update(scenarios_table(progress))
        history.add_options(Option(history_label(r), id=r.id) for r in progress.history)
        if progress.history:
            history.highlighted = 0

    @on(OptionList.OptionSelected, "#progress-history")
    def _open(self, event: OptionList.OptionSelected) -> None:
        self.open_session(event.option.id or "")

    def open_session(self, session_id: str) -> None:
        """Open a saved session: debrief, resumed conversation, or its export."""
        from samtale_tui.storage.convert import practice_session

        app = self.app
        store = app.config.store  # type: ignore[attr-defined]
        try:
            record = store.load_session(session_id)
        except StorageError as exc:
            self.notify(str(exc), title="Kunne ikke åpne", severity="error")
            self.action_reload()
            return
        scenario = app.config.library.get(record.scenario_id)  # type: ignore[attr-defined]
        if scenario is None:
            app.push_screen(SavedSessionScreen(record))
            return
        try:
            if record.finished or record.abandoned:
                from samtale_tui.ui.screens.debrief import DebriefScreen

                app.push_screen(DebriefScreen(practice_session(record, scenario)))
            else:
                app.open_session(store.resume(session_id, scenario))  # type: ignore[attr-defined]
        except StorageError as exc:
            self.notify(str(exc), title="Vises som eksport", severity="warning", timeout=10)
            app.push_screen(SavedSessionScreen(record))

    def action_back(self) -> None:
        """Back to the library."""
        self.app.pop_screen()
