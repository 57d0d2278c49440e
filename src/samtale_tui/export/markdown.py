"""Markdown export of a session and of a follow-up agreement (CommonMark).

Every piece of user or scenario text goes through ``escape``; the structure
(headings, lists, emphasis) is ours alone.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from datetime import date, datetime

from samtale_tui.agreement.model import CONTACT_FIELDS, Agreement, AgreementMeasure, contact_kind
from samtale_tui.debrief import PITFALL_LABELS, QUADRANT_ADVICE, QUADRANT_LABELS
from samtale_tui.export.escape import block, inline, strong
from samtale_tui.practice import MODE_NAMES
from samtale_tui.storage.records import SessionRecord, TurnRecord

QUESTION_WORDS = {
    "open": "åpent spørsmål",
    "closed": "lukket spørsmål",
    "why": "hvorfor-spørsmål",
    "none": "ikke et spørsmål",
}

OUTCOME_WORDS = {"good": "god", "mixed": "blandet", "poor": "dårlig"}


def _when(moment: datetime) -> str:
    return moment.strftime("%d.%m.%Y kl. %H:%M")


def _day(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else "________"


def _percent(share: float) -> str:
    return f"{round(share * 100)} %"


def _decimal(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _bullets(items: Iterable[str], empty: str = "Ingen.") -> list[str]:
    escaped = [inline(i) for i in items if i and i.strip()]
    return [f"- {e}" for e in escaped] if escaped else [empty]


def _turn_verdict(turn: TurnRecord) -> str:
    if turn.silence:
        return "bevisst pause"
    parts = [QUESTION_WORDS.get(turn.question_type, turn.question_type)]
    parts += [
        w
        for flag, w in (
            (turn.warmth, "varme"),
            (turn.clarity, "tydelighet"),
            (turn.reflection, "speiling"),
        )
        if flag
    ]
    parts += [f"fallgruve: {PITFALL_LABELS.get(p, p).lower()}" for p in turn.pitfalls]
    parts.append(f"poeng {turn.score}")
    return inline(" · ".join(parts))


def _turn_lines(record: SessionRecord, turn: TurnRecord) -> list[str]:
    name = inline(record.persona_name)
    out = [f"### {turn.index}. {name}", "", f"> {inline(turn.employee)}", ""]
    reply = "*(bevisst pause)*" if turn.silence else inline(turn.reply)
    out += [f"**Du:** {reply}", ""]
    out.append(f"- Vurdering: {_turn_verdict(turn)}")
    out.append(f"- Tillit: {turn.trust_before} → {turn.trust_after}")
    if turn.note:
        out.append(f"- Merknad: {inline(turn.note)}")
    out += [f"- {inline(message)}" for message in turn.feedback]
    out.append("")
    return out


def session_markdown(record: SessionRecord) -> str:
    """A saved session as a CommonMark document: result, figures, transcript."""
    s = record.summary
    out = [f"# Samtale: {inline(record.scenario_title)}", ""]
    out += [
        f"- Dato: {_when(record.started)}",
        f"- Modus: {inline(MODE_NAMES.get(record.mode, record.mode))}",
        f"- Medarbeider: {inline(record.persona_name)}",
        f"- Status: {'fullført' if record.finished else 'ikke fullført'}",
        f"- Økt: {inline(record.id)}",
        "",
        "## Resultat",
        "",
        f"**Poeng: {s.score} av 100**",
        "",
    ]
    if s.reasons:
        for reason in s.reasons:
            points = (
                f"{reason.points} av {reason.max_points}"
                if reason.max_points
                else str(reason.points)
            )
            out.append(f"- {inline(reason.label)}: {points}. {inline(reason.detail)}")
        out.append("")
    out += [
        "### Varme og tydelighet",
        "",
        f"{strong(QUADRANT_LABELS[s.quadrant] + '.')} {inline(QUADRANT_ADVICE[s.quadrant])}",
        "",
        "## Nøkkeltall",
        "",
        f"- Replikker: {s.replies} (bevisste pauser: {s.silences})",
        f"- Spørsmål: {s.questions}, av dem åpne: {s.open_questions} ({_percent(s.open_share)})",
        f"- Lukkede spørsmål: {s.closed_questions}",
        f"- Hvorfor-spørsmål: {s.why_questions}",
        f"- Speilinger per spørsmål: {_decimal(s.reflections_per_question)}",
        f"- Varme replikker: {s.warm_replies} av {s.replies}",
        f"- Tydelige replikker: {s.clear_replies} av {s.replies}",
        f"- Tillit: {s.trust_start} → {s.trust_end}",
    ]
    if s.pitfalls:
        met = ", ".join(f"{PITFALL_LABELS.get(p, p).lower()} ({n})" for p, n in s.pitfalls.items())
        out.append(f"- Fallgruver: {inline(met)}")
    out.append("")
    if s.ending_title:
        outcome = OUTCOME_WORDS.get(s.ending_outcome or "", "")
        out += [
            "## Slutten",
            "",
            (strong(s.ending_title) or "Slutt") + (f" ({outcome})" if outcome else ""),
            "",
        ]
        if s.learning:
            out += [f"Læringspunkt: {inline(s.learning)}", ""]
    by_index = {t.index: t for t in record.turns}
    best = by_index.get(s.best) if s.best else None
    worst = by_index.get(s.worst) if s.worst else None
    if best and not best.silence:
        out += ["## Beste replikk", "", f"> {inline(best.reply)}", ""]
    if worst and not worst.silence:
        out += ["## Replikken mest verdt å skrive om", "", f"> {inline(worst.reply)}", ""]
        if s.rewrite:
            out += [f"Prøv heller: «{inline(s.rewrite)}»", ""]
            if s.rewrite_why:
                out += [inline(s.rewrite_why), ""]
    out += ["## Samtalen", ""]
    if not record.turns:
        out += ["Ingen replikker ennå.", ""]
    for turn in record.turns:
        out += _turn_lines(record, turn)
    if record.undone:
        out += ["## Angrede replikker", ""]
        for u in record.undone:
            said = "(bevisst pause)" if u.turn.silence else u.turn.reply
            out.append(f"- Replikk {u.turn.index}: {inline(said)} ({_turn_verdict(u.turn)})")
        out.append("")
    out += ["## Refleksjonsspørsmål", ""]
    questions = [inline(q) for q in record.reflection_questions if q.strip()]
    out += [f"{i}. {q}" for i, q in enumerate(questions, 1)] or ["Ingen."]
    out.append("")
    out += _preparation(record.checklist, record.job_wheel)
    return "\n".join(out).rstrip() + "\n"


def _preparation(checklist: list[str], job_wheel: dict[str, int] | None) -> list[str]:
    """The preparation sections (checklist and job wheel), when used."""
    out: list[str] = []
    if checklist:
        from samtale_tui.prep.checklist import to_markdown_lines as checklist_lines

        out += checklist_lines(checklist, heading_level=2)
    if job_wheel:
        from samtale_tui.prep.jobwheel import to_markdown_lines as wheel_lines

        # ratings from an older version are left out rather than shown wrong
        with contextlib.suppress(ValueError):
            out += wheel_lines(job_wheel, heading_level=2)
    return out


def _measure_lines(index: int, measure: AgreementMeasure) -> list[str]:
    out = [f"### Tiltak {index}: {inline(measure.what) or 'uten navn'}", ""]
    for label, value in (
        ("Hvorfor", measure.why),
        ("Hvem gjør hva", measure.who),
        ("Hvor lenge", measure.how_long),
        ("Når det evalueres", measure.evaluate),
        ("Hvis det ikke virker", measure.if_not_working),
    ):
        text = block(value, indent="  ")
        out.append(f"- {label}: {text or '________'}")
    out.append("")
    return out


def agreement_markdown(agreement: Agreement) -> str:
    """A follow-up agreement as a CommonMark document, with signature lines."""
    a = agreement
    out = ["# Oppfølgingsplan", ""]
    out += [
        f"- Medarbeider: {inline(a.employee) or '________'}",
        f"- Leder: {inline(a.manager) or '________'}",
        f"- Dato for denne samtalen: {_day(a.meeting_date)}",
        "- Neste samtale: " + (", ".join(_day(d) for d in a.next_meetings) or "________"),
        "",
        "## Mål og arbeidsoppgaver",
        "",
        *_bullets(a.goals),
        "",
        "### Arbeidsoppgaver",
        "",
        *_bullets(a.tasks),
        "",
        "## Tiltak",
        "",
    ]
    measures = [m for m in a.measures if not m.is_empty()]
    if not measures:
        out += ["Ingen tiltak ennå.", ""]
    for i, measure in enumerate(measures, 1):
        out += _measure_lines(i, measure)
    out += ["## Suksesskriterier", "", *_bullets(a.success_criteria), ""]
    out += ["## Individuelle behov", "", *_bullets(a.individual_needs), ""]
    out += ["## Kompetanseutvikling og faglig utvikling", "", *_bullets(a.competence), ""]
    out += ["## Kontakt under fraværet", ""]
    agreed = block(a.contact.agreed)
    out += [agreed or "Ikke avtalt ennå.", ""]
    for field in CONTACT_FIELDS:
        value = block(getattr(a.contact, field), indent="  ")
        if value:
            out.append(f"- {strong(contact_kind(field).title + ':')} {value}")
    if any(getattr(a.contact, f).strip() for f in CONTACT_FIELDS):
        out.append("")
    out += ["## Annet", "", block(a.other) or "Ingenting.", ""]
    out += _preparation(a.checklist, a.job_wheel)
    out += [
        "## Underskrifter",
        "",
        "Samtalen er gjennomført, og planen er laget sammen.",
        "",
        "- Dato: ________",
        "- Medarbeider: ____________________",
        "- Leder: ____________________",
        "",
    ]
    return "\n".join(out).rstrip() + "\n"


__all__ = ["agreement_markdown", "session_markdown"]
