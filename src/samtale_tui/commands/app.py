"""Start the Textual app (the default when no command is given)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:  # pragma: no cover - not listed
    """The app has no sub-command of its own; ``samtale`` alone starts it."""


def launch(
    args: argparse.Namespace, scenario_id: str | None = None, start: str | None = None
) -> int:
    """Build and run the app. Textual is imported here and nowhere in the CLI.

    Args:
        args: the parsed command line.
        scenario_id: open this scenario straight away.
        start: ``"present"`` or ``"workshop"`` to open trainer mode or the workshop.
    """
    from samtale_tui import collection

    collection.pause()  # until the first screen is drawn: see samtale_tui.collection
    from samtale_tui.ui.app import AppConfig, build_app

    config = AppConfig.from_args(args, scenario_id=scenario_id)
    config.start = start
    app = build_app(config)
    app.run()
    return int(app.return_code or 0)


def run(args: argparse.Namespace) -> int:
    return launch(args)
