"""Home: the library of cases, filtered by typing, with a detail pane."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from samtale_tui.scenarios.catalogue import Card
from samtale_tui.storage import StorageError
from samtale_tui.ui.navigation import HOME_ENTRIES, Entry, available
from samtale_tui.ui.widgets.footer import SteadyFooter
from samtale_tui.ui.wording import count, difficulty_label, mid_sentence


def matches(scenario: Card, query: str) -> bool:
    """True when every word of ``query`` is found in the case's title, tags, summary or persona."""
    haystack = " ".join(
        [
            scenario.title,
            scenario.summary,
            " ".join(scenario.tags),
            scenario.persona.name,
            scenario.persona.role,
            scenario.id,
        ]
    ).casefold()
    return all(word in haystack for word in query.casefold().split())


class HomeScreen(Screen[None]):
    """The library of cases."""

    # home.tcss (beside this file) is loaded by the app itself: see SamtaleApp.CSS_PATH.
    HELP = (
        "Velg en case å øve på. Skriv for å filtrere listen (tittel, tema, navn). "
        "Pil opp og ned flytter i listen, Enter åpner casen."
    )
    BINDINGS = [
        Binding("enter", "open_selected", "Åpne", show=False, id="home-open"),
        Binding("down", "move(1)", "Neste", show=False),
        Binding("up", "move(-1)", "Forrige", show=False),
        Binding("pagedown", "move(5)", "Side ned", show=False),
        Binding("pageup", "move(-5)", "Side opp", show=False),
        Binding("escape", "clear_filter", "Tøm filter", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[Entry] = available(HOME_ENTRIES)
        for index, entry in enumerate(self.entries):
            self._bindings.bind(
                entry.key, f"open_entry({index})", entry.label, key_display=entry.key.upper()
            )
        self._shown: list[Card] = []
        self._best: dict[str, int] | None = None
        """Best score per case when the store can list them all at once."""
        self._best_loaded = False
        self._just_mounted = False

    @property
    def library(self) -> Any:
        return self.app.config.library  # type: ignore[attr-defined]

    def compose(self) -> ComposeResult:
        # The list and the first case's details are composed with the screen,
        # so the first frame shows them (filling them in on mount cost another
        # layout and a full redraw before the home screen was complete).
        store = self.app.config.store  # type: ignore[attr-defined]
        if not getattr(store, "guest", True) and hasattr(store, "best_scores"):
            self._best = {}
            self._take_known_best_scores()
        self._shown = list(self.library.cards)
        yield Header()
        with Horizontal(id="home-main"):
            with Vertical(id="library-pane") as library_pane:
                library_pane.border_title = "Caser"
                library_pane.border_subtitle = f"{len(self._shown)}"
                yield Input(
                    placeholder="Skriv for å filtrere …",
                    id="filter",
                    compact=True,
                )
                yield OptionList(*self._options(), id="scenario-list")
            with VerticalScroll(id="detail-pane") as detail_pane:
                detail_pane.border_title = "Om casen"
                yield Static(self._detail(self._shown[0] if self._shown else None), id="detail")
        yield SteadyFooter()

    def on_mount(self) -> None:
        if self._best is not None and not self._best_loaded:
            self._load_best_scores()
        self._just_mounted = True
        if self._shown:
            self.query_one("#scenario-list", OptionList).highlighted = 0
        self.query_one("#filter", Input).focus()
        problems = self.library.problems
        if problems:
            self.notify(
                f"{count(len(problems), 'scenariofil', 'scenariofiler')} kunne ikke lastes. "
                "Kjør «samtale check» for detaljer.",
                title="Noen caser mangler",
                severity="warning",
            )

    def on_screen_resume(self) -> None:
        """Statuses may have changed after a conversation."""
        if self._just_mounted:
            self._just_mounted = False  # on_mount has just filled the list
            return
        if self._best is not None:
            if self._update_best_scores():
                self._refill(self.query_one("#filter", Input).value)
        else:
            self._refill(self.query_one("#filter", Input).value)

    # -- the list ----------------------------------------------------------
    def _status(self, scenario_id: str) -> str:
        """``ny``, ``fullført, beste 82``, or ``…`` while the history loads."""
        if self._best is None:
            status, best = self.app.scenario_status(scenario_id)  # type: ignore[attr-defined]
            return f"{status}, beste {best}" if best is not None else status
        if not self._best_loaded:
            return "…"
        best = self._best.get(scenario_id)
        return "ny" if best is None else f"fullført, beste {best}"

    def _take_known_best_scores(self) -> bool:
        """Take the best scores from the store's summary when it is current."""
        known = getattr(self.app.config.store, "known_best_scores", None)  # type: ignore[attr-defined]
        best = known() if known is not None else None
        if best is None:
            return False
        self._best = best
        self._best_loaded = True
        return True

    def _update_best_scores(self) -> bool:
        """Take the best scores from the store's summary when it is current (True),
        else read them in the background (False)."""
        if self._take_known_best_scores():
            return True
        self._load_best_scores()
        return False

    @work(thread=True, exclusive=True, group="home-status", exit_on_error=False)
    def _load_best_scores(self) -> None:
        """Read the best score per case off the UI thread (the history may be large)."""
        store = self.app.config.store  # type: ignore[attr-defined]
        try:
            best = dict(store.best_scores())
        except StorageError:
            best = {}
        self.app.call_from_thread(self._best_scores_loaded, best)

    def _best_scores_loaded(self, best: dict[str, int]) -> None:
        self._best = best
        self._best_loaded = True
        self._refill(self.query_one("#filter", Input).value)

    def _row(self, scenario: Card) -> Text:
        status_text = self._status(scenario.id)
        # Not bold: bold marks the highlighted row, which must show without colour.
        row = Text(scenario.title)
        row.append("\n")
        row.append(f"{difficulty_label(scenario.difficulty)} · {status_text}")
        return row

    def _options(self) -> list[Option]:
        """One option per case shown, with its status."""
        return [Option(self._row(s), id=s.id) for s in self._shown]

    def _refill(self, query: str) -> None:
        option_list = self.query_one("#scenario-list", OptionList)
        highlighted = self._highlighted()
        self._shown = [s for s in self.library.cards if matches(s, query)]
        option_list.clear_options()
        option_list.add_options(self._options())
        pane = self.query_one("#library-pane")
        total = len(self.library.cards)
        pane.border_subtitle = f"{len(self._shown)} av {total}" if query.strip() else f"{total}"
        if self._shown:
            ids = [s.id for s in self._shown]
            option_list.highlighted = ids.index(highlighted.id) if highlighted in self._shown else 0
        self._show_detail()

    def _highlighted(self) -> Card | None:
        option_list = self.query_one("#scenario-list", OptionList)
        index = option_list.highlighted
        if index is None or not 0 <= index < len(self._shown):
            return None
        return self._shown[index]

    def _show_detail(self) -> None:
        self.query_one("#detail", Static).update(self._detail(self._highlighted()))

    def _detail(self, scenario: Card | None) -> Text | str:
        """The detail pane for ``scenario``, or why there is none."""
        if scenario is None:
            if not self.library.cards:
                return (
                    "Ingen caser er installert ennå.\n\n"
                    "Caser er TOML-filer; «samtale check» sjekker dem."
                )
            return "Ingen caser passer filteret. Esc tømmer det."
        persona = scenario.persona
        age = f", {persona.age} år" if persona.age else ""
        text = Text()
        text.append(scenario.title + "\n", style="bold")
        text.append(f"{difficulty_label(scenario.difficulty)}\n\n")
        text.append(scenario.summary + "\n\n")
        text.append("Medarbeider: ", style="bold")
        text.append(
            f"{persona.name}{age}, {persona.role.lower()}, {mid_sentence(persona.workplace)}\n"
        )
        text.append("Fravær: ", style="bold")
        text.append(persona.absence + "\n")
        if scenario.tags:
            text.append("Tema: ", style="bold")
            text.append(", ".join(scenario.tags) + "\n")
        text.append("\nDu øver på\n", style="bold")
        for goal in scenario.brief.learning_goals:
            text.append(f"  • {goal}\n")
        text.append("\nEnter åpner casen.", style="italic")
        return text

    @on(OptionList.OptionHighlighted, "#scenario-list")
    def _highlight_changed(self) -> None:
        self._show_detail()

    @on(OptionList.OptionSelected, "#scenario-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.app.open_scenario(event.option.id)  # type: ignore[attr-defined]

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self._refill(event.value)

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        self.action_open_selected()

    # -- actions -----------------------------------------------------------
    def action_open_selected(self) -> None:
        """Open the highlighted case."""
        scenario = self._highlighted()
        if scenario is not None:
            self.app.open_scenario(scenario.id)  # type: ignore[attr-defined]

    def action_move(self, step: int) -> None:
        """Move the highlight in the list (works while typing in the filter)."""
        option_list = self.query_one("#scenario-list", OptionList)
        if not self._shown:
            return
        current = option_list.highlighted or 0
        option_list.highlighted = max(0, min(len(self._shown) - 1, current + step))

    def action_clear_filter(self) -> None:
        """Empty the filter."""
        filter_input = self.query_one("#filter", Input)
        filter_input.value = ""
        filter_input.focus()

    def action_open_entry(self, index: int) -> None:
        """Open entry point number ``index`` (see ``ui/navigation.py``)."""
        self.app.open_entry(self.entries[index])  # type: ignore[attr-defined]
