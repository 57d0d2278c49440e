"""``samtale forget``: delete everything Samtale has stored, after a confirmation."""

from __future__ import annotations

import argparse
import sys


def add_parser(sub: argparse._SubParsersAction) -> None:
    from samtale_tui.parser import add_global_options

    p = sub.add_parser(
        "forget",
        help="slett alle lagrede data",
        description="Slett alle økter, oppfølgingsplaner, drillrunder og eksporter i datamappen.",
    )
    p.add_argument("--yes", action="store_true", help="slett uten å spørre først")

    add_global_options(p)


def run(args: argparse.Namespace) -> int:
    from samtale_tui.cli import CliError
    from samtale_tui.paths import data_dir_from_args
    from samtale_tui.storage import StorageError, Store

    root = data_dir_from_args(args)
    if not root.exists():
        print(f"Ingenting å slette: {root} finnes ikke.")
        return 0
    store = Store(root)
    counts = store.describe()
    print(
        f"Dette sletter alt i {root}: {counts['sessions']} økter, "
        f"{counts['agreements']} oppfølgingsplaner, {counts['drills']} drillrunder, "
        f"{counts['exports']} eksporter og {counts['quarantine']} filer satt til side."
    )
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError("bekreft med --yes når det ikke er noen terminal å spørre i", 2)
        answer = input("Skriv «ja» for å slette alt: ").strip().casefold()
        if answer not in ("ja", "j", "yes", "y"):
            print("Ingenting er slettet.")
            return 1
    try:
        store.forget()
    except StorageError as exc:
        raise CliError(str(exc), 1) from None
    print("Alt er slettet.")
    return 0
