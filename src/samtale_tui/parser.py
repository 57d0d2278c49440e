"""The argument parser of the ``samtale`` command line, with Norwegian words.

Kept apart from ``samtale_tui.cli`` so that plain ``samtale`` (the app, by far
the most common command line) starts without importing ``argparse``, which
with its translations costs several milliseconds of every start.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from samtale_tui import __version__
from samtale_tui.cli import COMMANDS

_ERRORS: tuple[tuple[str, str], ...] = (
    ("the following arguments are required:", "disse argumentene mangler:"),
    ("unrecognized arguments:", "ukjente argumenter:"),
    ("invalid choice:", "ugyldig valg:"),
    ("choose from", "velg blant"),
    ("expected one argument", "venter én verdi"),
    ("invalid int value:", "ikke et heltall:"),
    ("not allowed with argument", "kan ikke brukes sammen med"),
    ("argument ", "argument "),
)


class _Formatter(argparse.HelpFormatter):
    """Help text with a Norwegian usage line."""

    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        return super().add_usage(usage, actions, groups, "bruk: " if prefix is None else prefix)


class NorwegianParser(argparse.ArgumentParser):
    """``argparse`` with its own words in Norwegian: headings, help and errors."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("add_help", False)
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenter"
        self._optionals.title = "valg"
        self.add_argument(
            "-h", "--help", action="help", default=argparse.SUPPRESS, help="vis denne hjelpen"
        )

    def error(self, message: str) -> None:  # type: ignore[override]
        """Report a usage error in Norwegian and exit with status 2."""
        for english, norwegian in _ERRORS:
            message = message.replace(english, norwegian)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: feil: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every sub-command."""
    parser = NorwegianParser(
        prog="samtale",
        description=(
            "Samtale: øv på de vanskelige samtalene i sykefraværsoppfølging. "
            "Uten kommando starter appen."
        ),
    )
    parser.add_argument(
        "--version", action="version", version=f"samtale {__version__}", help="vis versjonen"
    )
    add_global_options(parser)
    sub = parser.add_subparsers(
        dest="command", metavar="KOMMANDO", title="kommandoer", parser_class=NorwegianParser
    )
    for name in COMMANDS:
        module = importlib.import_module(f"samtale_tui.commands.{name}")
        module.add_parser(sub)
    return parser


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """Options every command (and the app) accepts."""
    parser.add_argument(
        "--data-dir",
        metavar="MAPPE",
        default=argparse.SUPPRESS,
        help="hvor data lagres (ellers SAMTALE_DATA_DIR eller brukerens datamappe)",
    )
    parser.add_argument(
        "--no-save",
        action="store_true",
        default=argparse.SUPPRESS,
        help="gjestemodus: ingenting lagres",
    )
