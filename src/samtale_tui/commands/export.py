"""``samtale export``: a session or an agreement as Markdown."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction) -> None:
    from samtale_tui.parser import add_global_options

    p = sub.add_parser(
        "export",
        help="eksporter en økt eller en oppfølgingsplan som Markdown",
        description=(
            "Skriv en lagret økt (eller med --agreement en oppfølgingsplan) som Markdown, "
            "til skjermen eller til en fil med -o. Uten id eksporteres den siste økten."
        ),
    )
    p.add_argument(
        "session_id",
        nargs="?",
        metavar="SESSION_ID",
        help="økten som skal eksporteres (starten av id-en holder)",
    )
    p.add_argument("--last", action="store_true", help="den siste økten (standard)")
    p.add_argument("--agreement", metavar="ID", help="eksporter oppfølgingsplanen med denne id-en")
    p.add_argument("-o", "--output", metavar="FIL", help="skriv til FIL i stedet for til skjermen")

    add_global_options(p)


def _write(path: Path, text: str) -> None:
    from samtale_tui.cli import CliError
    from samtale_tui.storage.errors import describe_os_error
    from samtale_tui.storage.files import atomic_write_bytes

    try:
        atomic_write_bytes(path, text.encode("utf-8"))
    except OSError as exc:
        raise CliError(describe_os_error(exc, path.parent), 1) from None


def run(args: argparse.Namespace) -> int:
    from samtale_tui.cli import CliError
    from samtale_tui.export import agreement_markdown, session_markdown
    from samtale_tui.storage import StorageError
    from samtale_tui.storage.headless import report_problems, store_from_args

    if args.agreement and (args.session_id or args.last):
        raise CliError("velg enten en økt eller --agreement, ikke begge", 2)
    if args.session_id and args.last:
        raise CliError("velg enten SESSION_ID eller --last, ikke begge", 2)
    store = store_from_args(args, create=False)
    if store.guest:
        raise CliError("gjestemodus (--no-save): det finnes ingen lagrede data å eksportere", 2)
    try:
        if args.agreement:
            agreement_id = store.find_agreement_id(args.agreement)
            text = agreement_markdown(store.load_agreement(agreement_id))
        elif args.session_id:
            text = session_markdown(store.load_session(store.find_session_id(args.session_id)))
        else:
            record = store.last_session() if store.root.exists() else None
            if record is None:
                raise CliError("ingen lagrede økter å eksportere ennå", 1)
            text = session_markdown(record)
    except StorageError as exc:
        raise CliError(str(exc), 1) from None
    finally:
        report_problems(store)
    if args.output:
        path = Path(args.output).expanduser()
        _write(path, text)
        print(f"samtale: skrev {path}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
