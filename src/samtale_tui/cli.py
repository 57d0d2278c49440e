"""The ``samtale`` command line.

Each sub-command lives in ``samtale_tui.commands.<name>`` with two functions,
``add_parser(subparsers)`` and ``run(args) -> int``. Command modules import
their heavy dependencies inside ``run`` so that ``samtale --help`` and the
headless commands stay fast and never import Textual.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from samtale_tui import __version__

COMMANDS: tuple[str, ...] = (
    "play",
    "check",
    "scenarios",
    "score",
    "present",
    "workshop",
    "progress",
    "export",
    "data",
    "forget",
)
"""Sub-command modules, in the order ``--help`` lists them."""


class CliError(Exception):
    """A user-facing error: printed to stderr, exit code ``code``."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


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


def app_only_arguments(argv: list[str]) -> argparse.Namespace | None:
    """Parse a command line that only starts the app, or return None.

    Building the parser means importing every sub-command, which is a fair
    share of start-up; ``samtale`` with no command and at most the global
    options (``--data-dir MAPPE``, ``--data-dir=MAPPE``, ``--no-save``) is by
    far the most common command line, so it is read directly. Anything else,
    including any mistake, goes through the full parser.
    """
    args = argparse.Namespace(command=None)
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg == "--no-save":
            args.no_save = True
        elif arg == "--data-dir" and index + 1 < len(argv) and argv[index + 1][:1] not in {"", "-"}:
            index += 1
            args.data_dir = argv[index]
        elif arg.startswith("--data-dir=") and len(arg) > len("--data-dir="):
            args.data_dir = arg[len("--data-dir=") :]
        else:
            return None
        index += 1
    return args


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``samtale`` console script."""
    words = sys.argv[1:] if argv is None else argv
    args = app_only_arguments(words)
    if args is None:
        args = build_parser().parse_args(words)
    command = getattr(args, "command", None) or "app"
    try:
        module = importlib.import_module(f"samtale_tui.commands.{command}")
        return int(module.run(args) or 0)
    except CliError as exc:
        print(f"samtale: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("samtale: avbrutt", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if os.environ.get("SAMTALE_DEBUG"):
            raise
        print(
            f"samtale: uventet feil: {type(exc).__name__}: {exc}\n"
            "Kjør igjen med SAMTALE_DEBUG=1 for detaljer, og meld gjerne feilen.",
            file=sys.stderr,
        )
        return 70


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
