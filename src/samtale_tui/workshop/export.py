"""The workshop's Markdown draft of the team's routines."""

from __future__ import annotations

from samtale_tui.export.escape import inline
from samtale_tui.workshop.model import WorkshopRecord
from samtale_tui.workshop.plan import FOLLOW_UP, PURPOSE, QUESTIONS, agenda_for, total_minutes


def workshop_markdown(record: WorkshopRecord) -> str:
    """Render the workshop as a Markdown draft of routines (valid CommonMark)."""
    size = "inntil 12 deltakere" if record.size == "small" else "mer enn 12 deltakere, i grupper"
    unit = f" – {inline(record.unit)}" if record.unit else ""
    lines = [
        f"# Utkast til rutiner for oppfølging av sykefravær{unit}",
        "",
        f"- Dato: {record.date.isoformat()}",
        f"- Deltakere: {record.participants} ({size})",
    ]
    if record.groups:
        lines.append("- Grupper: " + ", ".join(inline(g) for g in record.groups))
    lines += ["", PURPOSE, "", "## Forslag, spørsmål for spørsmål", ""]
    for index, question in enumerate(QUESTIONS):
        lines.append(f"### {index + 1}. {question}")
        lines.append("")
        proposals = record.for_question(index)
        if not proposals:
            lines.append("*Ingen forslag ble skrevet inn.*")
        for proposal in proposals:
            group = f" *({inline(proposal.group)})*" if proposal.group else ""
            lines.append(f"- {inline(proposal.text)}{group}")
        lines.append("")
    lines += ["## Slik jobbet vi", ""]
    for step in agenda_for(record.size):
        phase = f"{step.phase}: " if step.phase else ""
        lines.append(f"1. {phase}{step.title} ({step.minutes} min)")
    lines += [
        "",
        f"Samlet tid: om lag {total_minutes(record.size)} minutter.",
        "",
        "## Neste steg",
        "",
        FOLLOW_UP,
        "",
    ]
    return "\n".join(lines)
