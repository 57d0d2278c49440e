"""The Samtale app and the factory that builds it.

The CLI and the tests build the app the same way, through ``build_app``, with
every dependency (scenarios, store, clock, seed) passed in. Screens live in
``ui/screens`` and reach shared behaviour (opening a case, saving a session)
through the small public methods of ``SamtaleApp``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from samtale_tui.storage import NullStore, StorageError
from samtale_tui.ui.palette import SamtaleCommands
from samtale_tui.ui.themes import DEFAULT_THEME, THEMES

if TYPE_CHECKING:
    import argparse

    from samtale_tui.practice import Mode, PracticeSession
    from samtale_tui.scenarios.catalogue import DeferredLibrary
    from samtale_tui.scenarios.library import Library
    from samtale_tui.scenarios.model import Scenario
    from samtale_tui.ui.navigation import Entry
    from samtale_tui.ui.screens.preparation import Preparation

BACKGROUND_AFTER = 0.3
"""Seconds after start before the first background work, so that it does not
compete with drawing the first screen."""

MIN_WIDTH = 80
MIN_HEIGHT = 24


@dataclass
class AppConfig:
    """Everything the app depends on.

    Attributes:
        library: the scenarios to offer: a ``Library``, or a ``DeferredLibrary``
            whose cards are known at once and whose scenarios load in the
            background after the first screen.
        scenario_id: open this scenario's brief straight away.
        data_dir: override of the data directory (None: the default).
        save: False in guest mode: nothing is written.
        clock: returns "now"; tests pass a fixed clock.
        seed: seed for any variation, for deterministic runs.
        store: where sessions are saved after every turn (``save_session``);
            the persistence layer supplies the real one.
        theme: the theme to start with.
        resume: a session to reopen at start (set by the persistence layer
            when an unfinished session is found).
        cursor_blink: False makes text cursors steady (tests and snapshots).
        start: open ``"present"`` (trainer mode) or ``"workshop"`` at start.
        monotonic: a monotonic clock in seconds for timers; tests pass a fake.
        notice: why saving is off (the data folder could not be written), shown
            once at start; None when all is well.
        background_after: seconds after start before the background work
            (looking for unfinished sessions, loading the full scenarios)
            begins; 0 starts it right after the first refresh (tests).
    """

    library: Library | DeferredLibrary = field(default_factory=lambda: _builtin_library())
    scenario_id: str | None = None
    data_dir: str | None = None
    save: bool = True
    clock: Callable[[], datetime] = datetime.now
    seed: int = 0
    store: Any = field(default_factory=NullStore)
    theme: str = DEFAULT_THEME
    resume: PracticeSession | None = None
    cursor_blink: bool = True
    start: str | None = None
    monotonic: Callable[[], float] = time.monotonic
    notice: str | None = None
    background_after: float = BACKGROUND_AFTER

    @classmethod
    def from_args(cls, args: argparse.Namespace, scenario_id: str | None = None) -> AppConfig:
        """Build the config from parsed command-line arguments.

        The store is real unless ``--no-save`` was given; when the data folder
        cannot be written, the app runs in guest mode and says why.
        """
        from samtale_tui.paths import data_dir_from_args
        from samtale_tui.storage import open_store

        save = not getattr(args, "no_save", False)
        store, notice = open_store(data_dir_from_args(args), save=save)
        if not save:
            notice = "Gjestemodus (--no-save): ingenting lagres denne gangen."
        cache_dir = None if getattr(store, "guest", True) else getattr(store, "cache_dir", None)
        from samtale_tui.scenarios.catalogue import open_library

        return cls(
            library=open_library(cache_dir),
            scenario_id=scenario_id,
            data_dir=getattr(args, "data_dir", None),
            save=save,
            store=store,
            notice=notice,
        )


def _builtin_library() -> Library:
    from samtale_tui.scenarios.library import load_library

    return load_library()


class SamtaleApp(App[int]):
    """Samtale: practise the important conversation."""

    TITLE = "Samtale"
    SUB_TITLE = "Øv på den viktige samtalen"
    CSS_PATH = "screens/home.tcss"
    """The library's styles load with the app's: a screen's own file would make
    Textual parse every style sheet a second time before the first frame."""
    CSS = """
    Screen { background: $background; }
    /* With NO_COLOR, what a colour would say is said by reverse video. */
    OptionList:nocolor > .option-list--option-highlighted { text-style: reverse bold; }
    Button:nocolor:focus { text-style: reverse bold; }
    """
    COMMANDS = App.COMMANDS | {SamtaleCommands}
    COMMAND_PALETTE_DISPLAY = "^p"
    BINDINGS = [
        Binding("f1", "help", "Hjelp", key_display="F1", id="help"),
        Binding("question_mark", "help", "Hjelp", show=False, id="help-alt"),
        Binding("ctrl+q", "quit", "Avslutt", show=False, priority=True, id="quit"),
        Binding("f9", "next_theme", "Tema", show=False, key_display="F9", id="theme"),
        Binding("ctrl+p", "command_palette", "Kommandoer", show=False, priority=True, id="palette"),
    ]

    def __init__(self, config: AppConfig) -> None:
        super().__init__()
        self.config = config
        for theme in THEMES:
            self.register_theme(theme)
        self.theme = config.theme

    # -- start and size --------------------------------------------------
    def get_default_screen(self) -> Screen[Any]:
        """The library is the bottom screen: the first drawn, and where "back" ends."""
        from samtale_tui.ui.screens.home import HomeScreen

        return HomeScreen()

    def on_mount(self) -> None:
        if self.config.start == "present":
            from samtale_tui.ui.screens.present import PresentScreen

            self.push_screen(PresentScreen(self.config.scenario_id))
        elif self.config.start == "workshop":
            from samtale_tui.ui.screens.workshop import WorkshopScreen

            self.push_screen(WorkshopScreen())
        elif self.config.resume is not None:
            self.open_session(self.config.resume)
        elif self.config.scenario_id:
            self.open_scenario(self.config.scenario_id)
        self._check_size()
        # After the delay, and only once the screen has settled (a slow machine
        # may still be drawing when the delay is over).
        if self.config.background_after > 0:
            self.set_timer(
                self.config.background_after,
                lambda: self.call_after_refresh(self._after_first_screen),
            )
        else:
            self.call_after_refresh(self._after_first_screen)

    def _after_first_screen(self) -> None:
        """Start the work that can wait until the first screen is drawn: looking for
        unfinished sessions, loading the full scenarios and compiling the
        analyser's rules.

        Each runs in a thread; started earlier, they would compete with drawing
        the first screen. They are done long before anyone can read a brief and
        reach a conversation; whatever needs them sooner waits for them.
        """
        from samtale_tui import collection
        from samtale_tui.analysis import warm_up
        from samtale_tui.ui.persistence import on_app_start

        library = self.config.library

        def prepare() -> None:
            try:
                library.preload()  # first: the offer to resume needs the scenarios too
                warm_up()
            finally:
                collection.resume()  # paused by the launch; see samtale_tui.collection

        on_app_start(self)
        self.run_worker(prepare, thread=True, group="preload", exit_on_error=False)

    def on_resize(self, event: events.Resize) -> None:
        self._check_size(event.size.width, event.size.height)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Keep text cursors steady when asked (deterministic snapshots)."""
        if not self.config.cursor_blink and hasattr(event.widget, "cursor_blink"):
            event.widget.cursor_blink = False  # type: ignore[attr-defined]

    def _check_size(self, width: int | None = None, height: int | None = None) -> None:
        from samtale_tui.ui.screens.too_small import TooSmallScreen

        if width is None or height is None:
            width, height = self.size
        small = width < MIN_WIDTH or height < MIN_HEIGHT
        on_top = isinstance(self.screen, TooSmallScreen)
        if small and not on_top:
            self.push_screen(TooSmallScreen())
        elif not small and on_top:
            self.pop_screen()

    # -- going places ----------------------------------------------------
    def show_home(self) -> None:
        """Go back to the library, closing every screen above it."""
        from samtale_tui.ui.screens.home import HomeScreen

        while len(self.screen_stack) > 1 and not isinstance(self.screen, HomeScreen):
            self.pop_screen()

    def open_scenario(self, scenario_id: str) -> None:
        """Show the brief of a scenario (or say that it does not exist)."""
        from samtale_tui.ui.screens.brief import BriefScreen

        scenario = self.config.library.get(scenario_id)
        if scenario is None:
            self.notify(
                f"Fant ingen case med id «{scenario_id}».",
                title="Ukjent case",
                severity="error",
            )
            return
        self.show_home()
        self.push_screen(BriefScreen(scenario))

    def start_session(
        self, scenario: Scenario, mode: Mode, preparation: Preparation | None = None
    ) -> None:
        """Begin a new conversation through ``scenario`` in ``mode``.

        Args:
            scenario: the case to play.
            mode: coach, realistic or menu.
            preparation: what the manager prepared on the brief (checklist and
                job wheel), stored on the session so it is saved and exported.
        """
        from samtale_tui.practice import PracticeSession

        session = PracticeSession.start(scenario, mode, now=self.config.clock())
        if preparation is not None:
            preparation.apply_to(session)
        self.open_session(session)
        self.save_session(session)

    def open_session(self, session: PracticeSession) -> None:
        """Show a session: the conversation, or its debrief once finished."""
        from samtale_tui.ui.screens.conversation import ConversationScreen

        self.show_home()
        if session.finished:
            self.show_debrief(session)
        else:
            self.push_screen(ConversationScreen(session))

    def show_debrief(self, session: PracticeSession) -> None:
        """Replace the current screen with the debrief of ``session``."""
        from samtale_tui.ui.screens.debrief import DebriefScreen
        from samtale_tui.ui.screens.home import HomeScreen

        if isinstance(self.screen, HomeScreen):
            self.push_screen(DebriefScreen(session))
        else:
            self.switch_screen(DebriefScreen(session))

    def open_entry(self, entry: Entry) -> None:
        """Open a home entry point (see ``ui/navigation.py``)."""
        from samtale_tui.ui.navigation import load_target

        try:
            screen_class = load_target(entry.target)
        except (ImportError, AttributeError) as exc:
            self.notify(f"{entry.label} kan ikke åpnes: {exc}", severity="error")
            return
        self.push_screen(screen_class())  # type: ignore[operator]

    def scenario_status(self, scenario_id: str) -> tuple[str, int | None]:
        """The status shown in the library: ``("ny", None)`` or ``("fullført", best)``.

        Uses ``store.best_score(scenario_id) -> int | None`` when the store has it.
        """
        best_score = getattr(self.config.store, "best_score", None)
        if best_score is None:
            return "ny", None
        try:
            best = best_score(scenario_id)
        except StorageError:
            return "ny", None
        return ("ny", None) if best is None else ("fullført", int(best))

    # -- saving ----------------------------------------------------------
    def save_session(self, session: PracticeSession) -> None:
        """Save ``session`` in the background; a failure is shown, never raised."""
        self._save_in_thread(session)

    @work(thread=True, exclusive=True, group="save", exit_on_error=False)
    def _save_in_thread(self, session: PracticeSession) -> None:
        try:
            self.config.store.save_session(session)
        except StorageError as exc:
            self.call_from_thread(
                self.notify,
                f"{exc}\nØkten er fortsatt åpen her.",
                title="Kunne ikke lagre",
                severity="error",
                timeout=10,
            )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Report unexpected worker failures in one place, without a traceback."""
        if event.state is WorkerState.ERROR:
            error = event.worker.error
            self.log.error(f"worker {event.worker.name!r} failed: {error!r}")
            what = "lagre økten" if event.worker.group == "save" else "fullføre oppgaven"
            self.notify(
                f"Klarte ikke å {what} ({type(error).__name__}: {error}). "
                "Økten er fortsatt åpen her.",
                title="Noe gikk galt",
                severity="error",
                timeout=10,
            )

    # -- actions ---------------------------------------------------------
    def action_help(self) -> None:
        """Show keys for the current screen and the rubric in brief."""
        from samtale_tui.ui.screens.help import HelpScreen
        from samtale_tui.ui.screens.too_small import TooSmallScreen

        if isinstance(self.screen, (HelpScreen, TooSmallScreen)):
            return
        self.push_screen(HelpScreen(self.screen))

    def action_next_theme(self) -> None:
        """Cycle through Samtale's three themes."""
        from samtale_tui.ui.themes import THEME_LABELS

        names = [theme.name for theme in THEMES]
        index = names.index(self.theme) if self.theme in names else -1
        self.theme = names[(index + 1) % len(names)]
        self.notify(f"Tema: {THEME_LABELS[self.theme]}", timeout=2)

    def action_command_palette(self) -> None:
        """Show the command palette, in Norwegian."""
        from textual.command import CommandPalette

        from samtale_tui.ui.palette import NorwegianCommandPalette
        from samtale_tui.ui.screens.too_small import TooSmallScreen

        if isinstance(self.screen, TooSmallScreen):
            return
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(NorwegianCommandPalette())

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Norwegian system commands for the palette."""
        yield SystemCommand("Hjelp", "Taster for denne skjermen og god praksis", self.action_help)
        yield SystemCommand(
            "Bytt tema", "Mørkt, lyst eller høy kontrast (F9)", self.action_next_theme
        )
        yield SystemCommand("Avslutt", "Lukk Samtale", self.action_quit)


def build_app(config: AppConfig | None = None) -> SamtaleApp:
    """Build the app from a config (the defaults when none is given)."""
    return SamtaleApp(config or AppConfig())
