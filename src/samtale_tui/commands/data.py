"""``samtale data``: where Samtale keeps its data, and what is stored."""

from __future__ import annotations

import argparse
import os
import sys


def add_parser(sub: argparse._SubParsersAction) -> None:
    from samtale_tui.parser import add_global_options

    p = sub.add_parser(
        "data",
        help="vis hvor data lagres og hva som er lagret",
        description=(
            "Skriv ut datamappen og hva som er lagret der. Mappen er --data-dir, ellers "
            "SAMTALE_DATA_DIR, ellers brukerens datamappe. Ingenting sendes noe sted."
        ),
    )
    add_global_options(p)


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} byte"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} kB".replace(".", ",")
    return f"{n / 1024 / 1024:.1f} MB".replace(".", ",")


def _source(args: argparse.Namespace) -> str:
    from samtale_tui.paths import ENV_VAR

    if getattr(args, "data_dir", None):
        return "valgt med --data-dir"
    if os.environ.get(ENV_VAR, "").strip():
        return f"valgt med {ENV_VAR}"
    return "standard for brukeren"


def run(args: argparse.Namespace) -> int:
    from samtale_tui.paths import data_dir_from_args, guest_from_args
    from samtale_tui.storage import Store

    root = data_dir_from_args(args)
    print(f"Datamappe: {root} ({_source(args)})")
    if guest_from_args(args):
        print("Gjestemodus (--no-save): ingenting lagres, og ingenting leses eller endres.")
        return 0
    if not root.exists():
        print("Ingenting er lagret ennå.")
        return 0
    store = Store(root)
    counts = store.describe()
    print(
        f"Lagret: {counts['sessions']} økter, {counts['agreements']} oppfølgingsplaner, "
        f"{counts['drills']} drillrunder, {counts['exports']} eksporter "
        f"({_size(counts['bytes'])})."
    )
    if counts["quarantine"]:
        print(
            f"Satt til side: {counts['quarantine']} fil(er) som ikke kunne leses, i "
            f"{root / 'quarantine'} (hver med en .grunn.txt som sier hvorfor)."
        )
    agreements = store.list_agreements()
    if agreements:
        print("Oppfølgingsplaner (eksporter med «samtale export --agreement ID»):")
        for agreement in agreements[:10]:
            print(f"  {agreement.id}  {agreement.title}")
    for problem in store.take_problems():
        print(f"samtale: en lagret fil kunne ikke brukes: {problem}", file=sys.stderr)
    print(
        "Alt ligger bare på denne maskinen, i filer bare du kan lese. «samtale forget» sletter alt."
    )
    return 0
