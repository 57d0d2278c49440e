"""``samtale present``: trainer mode for a shared screen."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "present",
        help="kursledermodus for storskjerm",
        description=(
            "Kursledermodus: en case vist for en gruppe på storskjerm, med stemmer A–D, "
            "skjulte poeng til du viser dem, og en nedtellingsklokke."
        ),
    )
    p.add_argument("scenario_id", nargs="?", metavar="SCENARIO_ID", help="casen som skal vises")


def run(args: argparse.Namespace) -> int:
    from samtale_tui.cli import CliError
    from samtale_tui.commands.app import launch

    if args.scenario_id:
        from samtale_tui.scenarios.library import load_library

        library = load_library()
        if library.get(args.scenario_id) is None:
            known = ", ".join(library.ids()) or "ingen"
            raise CliError(f"fant ikke scenarioet '{args.scenario_id}'. Kjente: {known}", 2)
    return launch(args, scenario_id=args.scenario_id, start="present")
