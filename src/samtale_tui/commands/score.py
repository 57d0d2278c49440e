"""``samtale score``: analyse replies and explain the verdicts."""

from __future__ import annotations

import argparse
import json
import sys


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "score",
        help="analyser en replikk",
        description=(
            "Analyser en replikk og forklar vurderingen. Uten TEKST leses én replikk per "
            "linje fra stdin, og svaret kommer én linje per replikk i samme rekkefølge."
        ),
    )
    p.add_argument("text", nargs="?", metavar="TEKST")
    p.add_argument("--lang", choices=("nb", "en"), help="språk (ellers gjettes det)")
    p.add_argument("--json", action="store_true", help="én JSON-linje per replikk")


def run(args: argparse.Namespace) -> int:
    from samtale_tui.analysis import analyse
    from samtale_tui.cli import CliError

    texts = [args.text] if args.text is not None else sys.stdin.read().splitlines()
    if args.text is not None and not args.text.strip():
        raise CliError("tom replikk: skriv noe å analysere", 2)
    for text in texts:
        analysis = analyse(text, lang=args.lang)
        if args.json:
            print(json.dumps(analysis.to_json(), ensure_ascii=False))
        else:
            print(f"{analysis.question_type}\t{analysis.score}\t{text}")
    return 0
