"""Where the home screen (and the debrief) can go: entry points as data.

Other parts of the app add a screen by appending one line here; no screen
needs editing. An entry is shown only when its module can be found, so an
entry may be listed before its screen lands.

``target`` is a lazy import path, ``"package.module:Name"``:

- In ``HOME_ENTRIES`` it names a ``Screen`` class built with no arguments
  (read what you need from ``self.app.config``).
- In ``DEBRIEF_ENTRIES`` it names either a ``Screen`` class built with the
  finished ``PracticeSession``, or a function ``f(app, session) -> None``
  (for actions such as export that write a file and ``notify``).
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    """One way into another part of the app.

    Attributes:
        key: the key that opens it (shown in the footer and in help).
        label: the Norwegian label.
        target: ``"module:Name"`` (see the module docstring).
        description: one line of Norwegian help text for the palette and help.
    """

    key: str
    label: str
    target: str
    description: str = ""

    @property
    def module(self) -> str:
        """The module part of ``target``."""
        return self.target.partition(":")[0]

    @property
    def action_id(self) -> str:
        """A stable, action-safe id for this entry."""
        return self.target.replace(".", "_").replace(":", "__")


HOME_ENTRIES: list[Entry] = [
    Entry(
        "f2",
        "Fremgang",
        "samtale_tui.ui.screens.progress:ProgressScreen",
        "Se hvordan ferdighetene dine utvikler seg over tid.",
    ),
    Entry(
        "f3",
        "Avtaler",
        "samtale_tui.ui.screens.agreements:AgreementsScreen",
        "Oppfølgingsplaner du har laget.",
    ),
    Entry(
        "f4",
        "Forberedelse",
        "samtale_tui.ui.screens.preparation:PreparationScreen",
        "Huskeliste, jobbhjul, spørsmålsbank og omskrivingsdrill.",
    ),
    Entry(
        "f5",
        "Kursleder",
        "samtale_tui.ui.screens.present:PresentScreen",
        "Visning for storskjerm og gruppespill.",
    ),
]
"""Entry points on the home screen, in footer order."""

DEBRIEF_ENTRIES: list[Entry] = [
    Entry(
        "a",
        "Lag avtale",
        "samtale_tui.ui.screens.agreement:AgreementScreen",
        "Lag en oppfølgingsplan ut fra samtalen.",
    ),
    Entry(
        "e",
        "Eksporter",
        "samtale_tui.ui.export_action:export_session",
        "Skriv samtalen og oppsummeringen til en Markdown-fil.",
    ),
]
"""Actions on the debrief screen, besides «prøv igjen» and «til biblioteket»."""


def module_exists(module: str) -> bool:
    """True when ``module`` can be imported (without importing it)."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def available(entries: list[Entry]) -> list[Entry]:
    """The entries whose module exists."""
    return [entry for entry in entries if module_exists(entry.module)]


def load_target(target: str) -> object:
    """Import ``"module:Name"`` and return the named object."""
    module_name, _, name = target.partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, name)
