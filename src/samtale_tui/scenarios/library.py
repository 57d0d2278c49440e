"""Find and load the built-in scenarios (and any extra folders).

Parsing TOML is most of the work of starting Samtale, so the app passes a
cache folder: each scenario that loaded without errors is kept there as
validated JSON, keyed on the file's path, size and modification time (and on
the scenario model itself), and read back with pydantic's fast JSON validator
the next time. A missing, stale or unreadable cache is simply rebuilt; in guest
mode there is no cache folder and nothing is written.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from samtale_tui import __version__
from samtale_tui.scenarios import model as model_module
from samtale_tui.scenarios.builtin import builtin_dir
from samtale_tui.scenarios.catalogue import card_of, write_catalogue
from samtale_tui.scenarios.check import check_files, load_and_check, scenario_files
from samtale_tui.scenarios.model import Scenario
from samtale_tui.scenarios.problems import Problem
from samtale_tui.storage.files import atomic_write_bytes

CACHE_FILE = "scenarios.json"


@dataclass
class Library:
    """The scenarios available, in a stable order, and the problems met loading them."""

    scenarios: list[Scenario] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def get(self, scenario_id: str) -> Scenario | None:
        """Return the scenario with this id, or None."""
        return next((s for s in self.scenarios if s.id == scenario_id), None)

    def ids(self) -> list[str]:
        """All scenario ids, in library order."""
        return [s.id for s in self.scenarios]

    @property
    def cards(self) -> list[Scenario]:
        """What the library lists: the scenarios themselves (see ``catalogue.Card``)."""
        return self.scenarios

    @property
    def loaded(self) -> bool:
        """Always True: every scenario is in memory."""
        return True

    def preload(self) -> None:
        """Nothing to do (a ``DeferredLibrary`` loads here)."""


def _cache_stamp() -> str:
    """Changes whenever Samtale or the scenario model changes."""
    st = Path(model_module.__file__).stat()
    return f"{__version__}:{st.st_size}:{st.st_mtime_ns}"


class _Cache:
    """Validated scenarios kept as JSON between runs (see the module docstring)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / CACHE_FILE
        self.stamp = _cache_stamp()
        self.entries: dict[str, Any] = {}
        self.dirty = False
        with contextlib.suppress(OSError, ValueError, TypeError, AttributeError):
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("stamp") == self.stamp and isinstance(data.get("entries"), dict):
                self.entries = data["entries"]

    def load(self, path: Path, display: str) -> tuple[Scenario, list[Problem]]:
        st = path.stat()
        key = str(path.resolve())
        entry = self.entries.get(key)
        if entry and entry.get("size") == st.st_size and entry.get("mtime") == st.st_mtime_ns:
            with contextlib.suppress(ValueError, TypeError, KeyError):
                scenario = Scenario.model_validate_json(entry["scenario"])
                problems = [Problem(display, p[0], p[1], p[2]) for p in entry["warnings"]]
                return scenario, problems
        scenario, problems = load_and_check(path, display)
        if not any(p.severity == "error" for p in problems):
            self.entries[key] = {
                "size": st.st_size,
                "mtime": st.st_mtime_ns,
                "scenario": scenario.model_dump_json(),
                "warnings": [[p.place, p.message, p.severity] for p in problems],
            }
            self.dirty = True
        return scenario, problems

    def save(self) -> None:
        """Write the cache atomically (owner-only); failing to write is harmless."""
        if not self.dirty:
            return
        data = json.dumps({"stamp": self.stamp, "entries": self.entries}).encode("utf-8")
        with contextlib.suppress(OSError):
            atomic_write_bytes(self.path, data)


def load_library(extra: list[Path] | None = None, cache_dir: Path | None = None) -> Library:
    """Load the built-in scenarios and any extra files or folders.

    Broken files never stop the others from loading; they are reported in
    ``Library.problems``.

    Args:
        extra: more scenario files or folders.
        cache_dir: an existing, writable folder for the parse cache (None: no cache).
    """
    files, problems = scenario_files([builtin_dir(), *(extra or [])])
    cache = _Cache(cache_dir) if cache_dir is not None and cache_dir.is_dir() else None
    scenarios, found = check_files(files, cache.load if cache else load_and_check)
    if cache is not None:
        cache.save()
    scenarios.sort(key=lambda s: (s.difficulty, s.title.casefold()))
    library = Library(scenarios, problems + found)
    if cache is not None and not extra:
        write_catalogue(cache.path.parent, files, [card_of(s) for s in scenarios], library.problems)
    return library
