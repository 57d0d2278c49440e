"""The Samtale app and the factory that builds it.

The CLI and the tests build the app the same way, through ``build_app``, with
every dependency (scenarios, data directory, clock, seed) passed in.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from textual.app import App

from samtale_tui.scenarios.library import Library, load_library


@dataclass
class AppConfig:
    """Everything the app depends on.

    Attributes:
        library: the scenarios to offer.
        scenario_id: open this scenario straight away.
        data_dir: override of the data directory (None: the default).
        save: False in guest mode: nothing is written.
        clock: returns "now"; tests pass a fixed clock.
        seed: seed for any variation, for deterministic runs.
    """

    library: Library = field(default_factory=load_library)
    scenario_id: str | None = None
    data_dir: str | None = None
    save: bool = True
    clock: Callable[[], datetime] = datetime.now
    seed: int = 0

    @classmethod
    def from_args(cls, args: argparse.Namespace, scenario_id: str | None = None) -> AppConfig:
        """Build the config from parsed command-line arguments."""
        return cls(
            scenario_id=scenario_id,
            data_dir=getattr(args, "data_dir", None),
            save=not getattr(args, "no_save", False),
        )


class SamtaleApp(App[int]):
    """Samtale: practise the important conversation."""

    TITLE = "Samtale"
    SUB_TITLE = "Øv på den viktige samtalen"

    def __init__(self, config: AppConfig) -> None:
        super().__init__()
        self.config = config

    def on_mount(self) -> None:
        from samtale_tui.ui.screens.home import HomeScreen

        self.push_screen(HomeScreen())


def build_app(config: AppConfig | None = None) -> SamtaleApp:
    """Build the app from a config (the defaults when none is given)."""
    return SamtaleApp(config or AppConfig())
