"""The ``samtale`` command line.

Each sub-command lives in ``samtale_tui.commands.<name>`` with two functions,
``add_parser(subparsers)`` and ``run(args) -> int``. Command modules import
their heavy dependencies inside ``run`` so that ``samtale --help`` and the
headless commands stay fast and never import Textual.
"""

from __future__ import annotations

import importlib
import os
import sys
from types import SimpleNamespace

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


def app_only_arguments(argv: list[str]) -> SimpleNamespace | None:
    """Parse a command line that only starts the app, or return None.

    Building the parser means importing every sub-command, which is a fair
    share of start-up; ``samtale`` with no command and at most the global
    options (``--data-dir MAPPE``, ``--data-dir=MAPPE``, ``--no-save``) is by
    far the most common command line, so it is read directly. Anything else,
    including any mistake, goes through the full parser.
    """
    args = SimpleNamespace(command=None)
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
        from samtale_tui.parser import build_parser

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
