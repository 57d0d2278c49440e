"""Find and load the built-in scenarios (and any extra folders)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from samtale_tui.scenarios.check import check_files, scenario_files
from samtale_tui.scenarios.model import Scenario
from samtale_tui.scenarios.problems import Problem


def builtin_dir() -> Path:
    """The folder of built-in scenarios: inside the wheel, or in the source tree."""
    packaged = Path(__file__).resolve().parent.parent / "_scenarios"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "scenarios"


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


def load_library(extra: list[Path] | None = None) -> Library:
    """Load the built-in scenarios and any extra files or folders.

    Broken files never stop the others from loading; they are reported in
    ``Library.problems``.
    """
    files, problems = scenario_files([builtin_dir(), *(extra or [])])
    scenarios, found = check_files(files)
    scenarios.sort(key=lambda s: (s.difficulty, s.title.casefold()))
    return Library(scenarios, problems + found)
