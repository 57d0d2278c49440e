"""``samtale play``: open a scenario in the app, or play a script headless."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "play",
        help="spill et scenario (i appen, eller med --script uten skjerm)",
        description=(
            "Åpne et scenario i appen. Med --script spilles replikkene i FIL (én per linje, "
            "'-' for stdin, '/pause' er en bevisst pause) uten skjerm, og samtalen skrives ut."
        ),
    )
    p.add_argument(
        "scenario_id", metavar="SCENARIO_ID", help="id i biblioteket, eller sti til en .toml-fil"
    )
    p.add_argument("--script", metavar="FIL", help="replikker, én per linje ('-' for stdin)")
    p.add_argument("--json", action="store_true", help="skriv samtalen som JSON (med --script)")
    from samtale_tui.parser import add_global_options

    add_global_options(p)


def _library_scenario(scenario_id: str):
    """Find a scenario by id, or load it from a path (for authors testing a new file)."""
    from samtale_tui.cli import CliError
    from samtale_tui.scenarios.check import check_structure
    from samtale_tui.scenarios.library import load_library
    from samtale_tui.scenarios.loader import load_scenario
    from samtale_tui.scenarios.problems import ScenarioError

    if scenario_id.endswith(".toml"):
        path = Path(scenario_id)
        try:
            scenario = load_scenario(path, scenario_id)
        except ScenarioError as exc:
            raise CliError(f"scenarioet har feil:\n{exc}", 2) from None
        errors = [p for p in check_structure(scenario, scenario_id) if p.severity == "error"]
        if errors:
            raise CliError("scenarioet har feil:\n" + "\n".join(map(str, errors)), 2)
        return scenario

    library = load_library()
    scenario = library.get(scenario_id)
    if scenario is None:
        known = ", ".join(library.ids()) or "ingen"
        raise CliError(f"fant ikke scenarioet '{scenario_id}'. Kjente scenarioer: {known}", 2)
    return scenario


def run(args: argparse.Namespace) -> int:
    from samtale_tui.cli import CliError

    if args.script is None:
        if args.json:
            raise CliError("--json hører sammen med --script", 2)
        from samtale_tui.commands.app import launch

        scenario = _library_scenario(args.scenario_id)
        return launch(args, scenario_id=scenario.id)

    from samtale_tui.playback import as_json, as_text, read_script

    scenario = _library_scenario(args.scenario_id)
    if args.script == "-":
        lines = sys.stdin.read().splitlines()
    else:
        try:
            lines = Path(args.script).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise CliError(f"kan ikke lese manuset {args.script}: {exc}", 2) from None
    replies = read_script(lines)
    from samtale_tui.storage.headless import play_and_save

    conversation = play_and_save(scenario, replies, args)
    if args.json:
        print(json.dumps(as_json(conversation), ensure_ascii=False, indent=2))
    else:
        print(as_text(conversation))
    return 0
