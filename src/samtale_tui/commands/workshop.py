"""``samtale workshop``: the team-routines workshop."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    sub.add_parser(
        "workshop",
        help="workshop om felles rutiner for sykefraværsoppfølging",
        description=(
            "Workshop der en enhet blir enige om felles rutiner for oppfølging av "
            "sykefravær: dagsorden med tider, de åtte spørsmålene, forslag, og et "
            "utkast til rutiner i Markdown."
        ),
    )


def run(args: argparse.Namespace) -> int:
    from samtale_tui.commands.app import launch

    return launch(args, start="workshop")
