"""``samtale progress``: progress over time, per skill and per scenario."""

from __future__ import annotations

import argparse
import json
import os


def add_parser(sub: argparse._SubParsersAction) -> None:
    from samtale_tui.parser import add_global_options

    p = sub.add_parser(
        "progress",
        help="vis fremgangen din over tid",
        description=(
            "Fremgang per ferdighet (åpne spørsmål, hvorfor-spørsmål, varme, tydelighet, "
            "speilinger, poeng, omskrivingsdrill) og per scenario (forsøk, beste, siste)."
        ),
    )
    p.add_argument("--json", action="store_true", help="skriv fremgangen som JSON")

    add_global_options(p)


def run(args: argparse.Namespace) -> int:
    from samtale_tui.progress import as_text, load_progress, to_json
    from samtale_tui.storage.headless import report_problems, store_from_args

    store = store_from_args(args, create=False)
    if not store.guest and not store.root.exists():
        from samtale_tui.storage import NullStore

        store = NullStore(store.root)
    progress = load_progress(store)
    report_problems(store)
    if args.json:
        print(json.dumps(to_json(progress), ensure_ascii=False, indent=2))
    else:
        ascii_only = os.environ.get("TERM") == "dumb" or os.environ.get("LANG", "") == "C"
        print(as_text(progress, ascii_only=ascii_only))
    return 0
