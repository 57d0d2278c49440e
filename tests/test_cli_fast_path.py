"""``samtale`` alone (and with the global options) skips building every
sub-command's parser, and must read the command line exactly as the parser does."""

from __future__ import annotations

import pytest

from samtale_tui.cli import app_only_arguments
from samtale_tui.parser import build_parser


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--no-save"],
        ["--data-dir", "/tmp/x"],
        ["--data-dir=/tmp/x"],
        ["--data-dir", "/tmp/x", "--no-save"],
        ["--no-save", "--data-dir", "mappe med mellomrom"],
        ["--data-dir", "a", "--data-dir", "b"],
    ],
)
def test_fast_path_agrees_with_the_parser(argv: list[str]) -> None:
    fast = app_only_arguments(argv)
    assert fast is not None
    full = build_parser().parse_args(argv)
    assert vars(fast) == {"command": None, **vars(full)}


@pytest.mark.parametrize(
    "argv",
    [
        ["play", "mini"],
        ["--help"],
        ["-h"],
        ["--version"],
        ["--data-dir"],
        ["--data-dir", "--no-save"],
        ["--data-dir="],
        ["--data-dir", ""],
        ["--ukjent"],
        ["scenarios", "--data-dir", "x"],
    ],
)
def test_anything_else_goes_through_the_parser(argv: list[str]) -> None:
    assert app_only_arguments(argv) is None


def test_starting_the_app_does_not_import_argparse(tmp_path) -> None:
    """``samtale`` alone reaches the home screen without argparse (and its
    translations), which only the sub-commands and ``--help`` need."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from samtale_tui.cli import app_only_arguments\n"
        f"args = app_only_arguments(['--data-dir', {str(tmp_path)!r}])\n"
        "from samtale_tui.ui.app import AppConfig, build_app\n"
        "build_app(AppConfig.from_args(args))\n"
        "import samtale_tui.ui.screens.home\n"
        "print('argparse' in sys.modules)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["False"], run.stderr
