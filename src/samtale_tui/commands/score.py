"""``samtale score``: analyse replies and explain the verdicts."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from samtale_tui.analysis import Analysis

DISPLAY_MAX = 2000
"""Characters of a reply shown in text mode; the analysis always sees it all."""

_QUESTION_STYLE = {"why": "bold red", "closed": "yellow", "open": "bold green"}
_FEATURE_STYLE = {"warmth": "magenta", "clarity": "blue", "reflection": "cyan"}
_TYPE_WORD = {
    "why": "hvorfor-spørsmål",
    "open": "åpent spørsmål",
    "closed": "lukket spørsmål",
    "none": "ingen spørsmål",
}


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

    if args.text is not None:
        if not args.text.strip() or not analyse(args.text).text.strip():
            raise CliError("tom replikk: skriv noe å analysere", 2)
        texts = [args.text]
    else:
        texts = sys.stdin.read().splitlines()
    console = None if args.json else _console()
    out = sys.stdout
    for i, text in enumerate(texts):
        analysis = analyse(text, lang=args.lang)
        if args.text is not None and analysis.empty:
            raise CliError("tom replikk: skriv noe å analysere", 2)
        if args.json:
            out.write(json.dumps(analysis.to_json(), ensure_ascii=False))
            out.write("\n")
        else:
            assert console is not None
            if i:
                console.print()
            render(analysis, console)
    out.flush()
    return 0


def _console() -> Console:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def render(analysis: Analysis, console: Console) -> None:
    """Print one analysis: the reply with its spans highlighted, then the feedback."""
    from rich.text import Text

    if analysis.empty:
        console.print(Text("(tom replikk – ingenting å analysere)", style="dim"))
        return
    shown = analysis.text[:DISPLAY_MAX]
    body = Text(shown)
    limit = len(shown)

    def paint(start: int, end: int, style: str) -> None:
        if start < limit:
            body.stylize(style, start, min(end, limit))

    for kind, spans in (
        ("warmth", analysis.warmth_spans),
        ("clarity", analysis.clarity_spans),
        ("reflection", analysis.reflection_spans),
    ):
        for span in spans:
            paint(span.start, span.end, _FEATURE_STYLE[kind])
    for q in analysis.questions:
        paint(q.start, q.end, _QUESTION_STYLE[q.type])
    for _, span in analysis.pitfall_spans:
        paint(span.start, span.end, "bold red underline")
    if len(analysis.text) > DISPLAY_MAX:
        body.append(f" … (+{len(analysis.text) - DISPLAY_MAX} tegn)", style="dim")
    console.print(body)

    summary = Text()
    summary.append(f"Poeng {analysis.score}/100", style="bold")
    summary.append(f" · {_TYPE_WORD[analysis.question_type]}")
    if analysis.questions:
        summary.append(f" ({len(analysis.questions)})")
    flags = [
        word
        for word, on in (
            ("varme", analysis.warmth),
            ("tydelighet", analysis.clarity),
            ("speiling", analysis.reflection),
        )
        if on
    ]
    if flags:
        summary.append(" · " + ", ".join(flags), style="green")
    if analysis.topics:
        summary.append(" · tema: " + ", ".join(analysis.topics), style="dim")
    console.print(summary)
    for item in analysis.feedback:
        line = Text()
        if item.positive:
            line.append("  + ", style="bold green")
        else:
            line.append("  ! ", style="bold red")
        line.append(item.message)
        console.print(line)
        if item.suggestion:
            console.print(Text("    Prøv: ", style="dim") + Text(item.suggestion, style="italic"))
