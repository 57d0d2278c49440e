"""Preparation tools: checklist, job wheel, question bank, rewrite drill, kinds of contact.

Pure Python (never imports Textual). The UI screens in ``samtale_tui.ui.screens``
and the exporters read these modules; each offers a ``to_markdown_lines`` helper.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def to_markdown_lines(
    checklist: Iterable[str],
    job_wheel: Mapping[str, int] | None,
    title: str = "Forberedelse til samtalen",
    questions: Iterable[str] = (),
) -> list[str]:
    """A whole preparation (checklist and job wheel) as one Markdown document.

    Args:
        checklist: ticked checklist item ids.
        job_wheel: job-wheel ratings, or None.
        title: the document heading.
        questions: questions picked from the bank, in order.
    """
    from samtale_tui.prep import checklist as checklist_mod
    from samtale_tui.prep import jobwheel

    lines = [f"# {title}", ""]
    lines += checklist_mod.to_markdown_lines(checklist)
    lines += jobwheel.to_markdown_lines(job_wheel)
    picked = list(dict.fromkeys(questions))
    if picked:
        lines += ["## Spørsmål jeg vil stille", ""]
        lines += [f"- {q}" for q in picked]
        lines.append("")
    return lines
