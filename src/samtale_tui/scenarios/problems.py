"""Problems found in scenario files, reported with file and place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SEVERITY_WORDS = {"error": "feil", "warning": "advarsel"}


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong (or doubtful) in a scenario file.

    Attributes:
        file: the file's name as the user gave it.
        place: where in the document, e.g. ``nodes.start.branches[2].goto``;
            empty for the file as a whole.
        message: what is wrong and, where possible, what would be right.
        severity: ``error`` stops a scenario from being played; ``warning``
            is worth fixing but does not.
    """

    file: str
    place: str
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        where = f"{self.file}: {self.place}: " if self.place else f"{self.file}: "
        return f"{where}{SEVERITY_WORDS[self.severity]}: {self.message}"


class ScenarioError(Exception):
    """A scenario could not be loaded; ``problems`` says why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
