"""``samtale scenarios``: list the scenario library."""

from __future__ import annotations

import argparse
import json
import sys


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("scenarios", help="list scenarioene", description="List scenarioene.")
    p.add_argument("--json", action="store_true", help="skriv JSON")


def run(args: argparse.Namespace) -> int:
    from samtale_tui.scenarios.library import load_library

    library = load_library()
    for problem in library.problems:
        if problem.severity == "error":
            print(str(problem), file=sys.stderr)
    if args.json:
        rows = [
            {
                "id": s.id,
                "title": s.title,
                "nodes": len(s.nodes),
                "endings": len(s.endings),
                "difficulty": s.difficulty,
                "tags": list(s.tags),
            }
            for s in library.scenarios
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    width = max((len(s.id) for s in library.scenarios), default=2)
    for s in library.scenarios:
        stars = "●" * s.difficulty + "○" * (3 - s.difficulty)
        print(f"{s.id:<{width}}  {stars}  {s.title}  [{', '.join(s.tags)}]")
    if not library.scenarios:
        print("Ingen scenarioer funnet.", file=sys.stderr)
    return 0
