"""``samtale check``: validate scenario files and report every problem."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check",
        help="sjekk scenariofiler",
        description=(
            "Sjekk scenariofiler og rapporter alle feil med fil og sted. Uten argumenter "
            "sjekkes de innebygde scenarioene. Exit 0: rent, 1: feil, 2: feil bruk eller "
            "uleselig fil."
        ),
    )
    p.add_argument("paths", nargs="*", type=Path, metavar="STI", help="filer eller mapper")
    p.add_argument("-q", "--quiet", action="store_true", help="bare feil, ikke advarsler")


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def run(args: argparse.Namespace) -> int:
    from samtale_tui.scenarios.builtin import builtin_dir
    from samtale_tui.scenarios.check import check_files, scenario_files

    paths = args.paths or [builtin_dir()]
    files, missing = scenario_files(paths)
    if missing:
        for problem in missing:
            print(str(problem), file=sys.stderr)
        return 2
    if not files:
        print("samtale: fant ingen .toml-filer å sjekke", file=sys.stderr)
        return 2
    scenarios, problems = check_files(files)
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity == "warning"]
    order = {str(path): i for i, path in enumerate(files)}
    shown = errors if args.quiet else problems
    for problem in sorted(
        shown, key=lambda p: (order.get(p.file, len(order)), p.severity != "error")
    ):
        print(str(problem))
    unreadable = any(p.place == "" and p.message.startswith("kan ikke lese") for p in errors)
    summary = (
        f"{_count(len(files), 'fil', 'filer')}, "
        f"{_count(len(scenarios), 'scenario', 'scenarioer')} uten feil, "
        f"{len(errors)} feil, {_count(len(warnings), 'advarsel', 'advarsler')}"
    )
    print(summary, file=sys.stderr)
    if unreadable:
        return 2
    return 1 if errors else 0
