"""The library's cards, readable at start without loading the scenario model.

The home screen only needs each case's title, summary, difficulty and a few
facts about the persona. Importing pydantic and validating twelve scenarios
costs more than the rest of start-up together, so every full load of the
library also writes a small catalogue of these cards beside the parse cache.
On the next start, when the scenario files are unchanged (same names, sizes
and modification times, same Samtale and model), the app shows the cards at
once and loads the full scenarios in the background (``DeferredLibrary``).

Nothing in this module imports pydantic or the scenario model.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samtale_tui import __version__
from samtale_tui.scenarios.problems import Problem

if TYPE_CHECKING:
    from samtale_tui.scenarios.library import Library
    from samtale_tui.scenarios.model import Scenario

CATALOGUE_FILE = "catalogue.json"
MODEL_FILE = Path(__file__).resolve().parent / "model.py"


@dataclass(frozen=True, slots=True)
class CardPersona:
    """What the library shows about the employee."""

    name: str
    role: str
    workplace: str
    absence: str
    age: int | None = None


@dataclass(frozen=True, slots=True)
class CardBrief:
    """What the library shows of the brief."""

    learning_goals: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Card:
    """One case as the library lists it; a ``Scenario`` has the same attributes."""

    id: str
    title: str
    summary: str
    tags: tuple[str, ...]
    difficulty: int
    persona: CardPersona
    brief: CardBrief


def card_of(scenario: Scenario) -> Card:
    """The card of a fully loaded scenario."""
    persona = scenario.persona
    return Card(
        id=scenario.id,
        title=scenario.title,
        summary=scenario.summary,
        tags=tuple(scenario.tags),
        difficulty=scenario.difficulty,
        persona=CardPersona(
            name=persona.name,
            role=persona.role,
            workplace=persona.workplace,
            absence=persona.absence,
            age=persona.age,
        ),
        brief=CardBrief(learning_goals=tuple(scenario.brief.learning_goals)),
    )


def _card_to_json(card: Card) -> dict[str, Any]:
    persona = card.persona
    return {
        "id": card.id,
        "title": card.title,
        "summary": card.summary,
        "tags": list(card.tags),
        "difficulty": card.difficulty,
        "persona": {
            "name": persona.name,
            "role": persona.role,
            "workplace": persona.workplace,
            "absence": persona.absence,
            "age": persona.age,
        },
        "learning_goals": list(card.brief.learning_goals),
    }


def _card_from_json(data: dict[str, Any]) -> Card:
    persona = data["persona"]
    return Card(
        id=str(data["id"]),
        title=str(data["title"]),
        summary=str(data["summary"]),
        tags=tuple(str(t) for t in data["tags"]),
        difficulty=int(data["difficulty"]),
        persona=CardPersona(
            name=str(persona["name"]),
            role=str(persona["role"]),
            workplace=str(persona["workplace"]),
            absence=str(persona["absence"]),
            age=None if persona["age"] is None else int(persona["age"]),
        ),
        brief=CardBrief(learning_goals=tuple(str(g) for g in data["learning_goals"])),
    )


def listing(folders: Iterable[Path]) -> list[Path]:
    """The ``*.toml`` files of each folder, sorted: how every scenario folder is read
    (``check.scenario_files`` uses it too, so the catalogue's stamp lists the same files)."""
    files: list[Path] = []
    for folder in folders:
        if folder.is_dir():
            files.extend(sorted(p for p in folder.glob("*.toml") if p.is_file()))
    return files


def stamp(files: Iterable[Path]) -> list[list[Any]]:
    """What must be unchanged for a catalogue to be trusted.

    Samtale's version and the scenario model's file, then each scenario
    file's path, size and modification time.
    """
    model = MODEL_FILE.stat()
    marks: list[list[Any]] = [[__version__, model.st_size, model.st_mtime_ns]]
    for path in files:
        st = path.stat()
        marks.append([str(path.resolve()), st.st_size, st.st_mtime_ns])
    return marks


def write_catalogue(
    folder: Path, files: list[Path], cards: list[Card], problems: list[Problem]
) -> None:
    """Write the catalogue atomically (owner-only); failing to write is harmless."""
    from samtale_tui.storage.files import atomic_write_bytes

    with contextlib.suppress(OSError):  # a file gone since, a full disk: no catalogue
        data = {
            "stamp": stamp(files),
            "cards": [_card_to_json(card) for card in cards],
            "problems": [[p.file, p.place, p.message, p.severity] for p in problems],
        }
        atomic_write_bytes(folder / CATALOGUE_FILE, json.dumps(data, ensure_ascii=False).encode())


def read_catalogue(folder: Path, files: list[Path]) -> tuple[list[Card], list[Problem]] | None:
    """The cards and problems of the last full load, or None when out of date or unreadable."""
    try:
        data = json.loads((folder / CATALOGUE_FILE).read_text(encoding="utf-8"))
        if data["stamp"] != stamp(files):
            return None
        cards = [_card_from_json(entry) for entry in data["cards"]]
        problems = [
            Problem(str(p[0]), str(p[1]), str(p[2]), "warning" if p[3] == "warning" else "error")
            for p in data["problems"]
        ]
    except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None
    return cards, problems


class DeferredLibrary:
    """A library whose cards are known now and whose scenarios load when first needed.

    ``cards``, ``problems`` and ``ids()`` answer at once; ``scenarios`` and
    ``get()`` load the full library the first time (from any thread, once).
    The app calls ``preload()`` in a background worker after its first screen
    is drawn, so a user never waits for it.
    """

    def __init__(
        self, cards: list[Card], problems: list[Problem], load: Callable[[], Library]
    ) -> None:
        self.cards = cards
        self.problems = problems
        self._load = load
        self._library: Library | None = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        """True once the full scenarios are in memory."""
        return self._library is not None

    def preload(self) -> None:
        """Load the full scenarios now (call it off the UI thread)."""
        self._full()

    def _full(self) -> Library:
        library = self._library
        if library is None:
            with self._lock:
                if self._library is None:
                    self._library = self._load()
                library = self._library
        return library

    @property
    def scenarios(self) -> list[Scenario]:
        """The full scenarios, in library order."""
        return self._full().scenarios

    def get(self, scenario_id: str) -> Scenario | None:
        """Return the scenario with this id, or None."""
        return self._full().get(scenario_id)

    def ids(self) -> list[str]:
        """All scenario ids, in library order."""
        return [card.id for card in self.cards]


def open_library(cache_dir: Path | None) -> Library | DeferredLibrary:
    """The built-in library for the app: from the catalogue when it is current, else loaded.

    Args:
        cache_dir: the store's cache folder (None in guest mode: always a full load).
    """
    from samtale_tui.scenarios.builtin import builtin_dir

    if cache_dir is not None:
        found = read_catalogue(cache_dir, listing([builtin_dir()]))
        if found is not None:
            cards, problems = found

            def load() -> Library:
                from samtale_tui.scenarios.library import load_library

                return load_library(cache_dir=cache_dir)

            return DeferredLibrary(cards, problems, load)
    from samtale_tui.scenarios.library import load_library

    return load_library(cache_dir=cache_dir)
