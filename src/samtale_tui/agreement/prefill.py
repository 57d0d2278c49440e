"""Draft a follow-up agreement: empty, or prefilled from a practice session.

The draft takes the scenario's own suggestions (``[agreement]`` in the
scenario file) and adds a measure for each work topic raised in the
conversation. Health and diagnosis never go into the plan.
"""

from __future__ import annotations

from datetime import datetime

from samtale_tui.agreement.model import Agreement, AgreementMeasure, ContactPlan
from samtale_tui.practice import new_session_id
from samtale_tui.scenarios.model import Scenario
from samtale_tui.storage.records import SessionRecord

TOPIC_LABELS: dict[str, str] = {
    "tasks": "arbeidsoppgaver",
    "hours": "arbeidstid",
    "home_office": "hjemmekontor",
    "colleagues": "kolleger",
    "contact": "kontakt under fraværet",
    "plan": "plan og neste møte",
    "health": "helse",
    "hr": "HR",
    "occupational_health": "bedriftshelsetjenesten",
    "union": "tillitsvalgt eller verneombud",
    "nav": "NAV",
    "gp": "fastlegen",
    "third_party": "hjelp fra andre",
    "job_change": "andre oppgaver eller ny jobb",
}

TOPIC_MEASURES: dict[str, AgreementMeasure] = {
    "tasks": AgreementMeasure(
        what="Gå gjennom arbeidsoppgavene: hva som kan gjøres nå, og hva som venter",
        who="Medarbeider og leder sammen",
    ),
    "hours": AgreementMeasure(
        what="Tilpasset arbeidstid, eventuelt gradert sykmelding",
        who="Leder avklarer med medarbeider og fastlege",
    ),
    "home_office": AgreementMeasure(
        what="Avtale om hjemmekontor: hvilke dager, og hvordan vi holder kontakt",
        who="Leder og medarbeider",
    ),
    "colleagues": AgreementMeasure(
        what="Hva kollegene får vite (medarbeider bestemmer) og hvordan oppgaver fordeles",
        who="Leder",
    ),
    "hr": AgreementMeasure(what="HR bistår med tilretteleggingen", who="Leder kontakter HR"),
    "occupational_health": AgreementMeasure(
        what="Samtale med bedriftshelsetjenesten", who="Leder bestiller, medarbeider deltar"
    ),
    "union": AgreementMeasure(
        what="Tillitsvalgt eller verneombud er med videre hvis medarbeider ønsker det",
        who="Medarbeider avgjør, leder inviterer",
    ),
    "nav": AgreementMeasure(
        what="Dialog med NAV om mulige virkemidler", who="Leder og medarbeider"
    ),
    "gp": AgreementMeasure(
        what="Fastlegen vurderer hva medarbeider kan gjøre (funksjon, ikke diagnose)",
        who="Medarbeider tar det opp med fastlegen",
    ),
    "job_change": AgreementMeasure(
        what="Utforske andre oppgaver eller en annen stilling som en mulighet",
        who="Leder og medarbeider, eventuelt med HR",
    ),
}
"""A measure to suggest for each work topic the manager raised."""


def new_agreement(now: datetime) -> Agreement:
    """An empty agreement, for a real conversation outside any scenario."""
    return Agreement(id=new_session_id(now), created=now, updated=now, meeting_date=now.date())


def topics_raised(record: SessionRecord) -> list[str]:
    """The topics the manager's replies touched, in order of first mention."""
    seen: list[str] = []
    for turn in record.turns:
        for topic in turn.topics:
            if topic not in seen:
                seen.append(topic)
    return seen


def draft_from_session(
    record: SessionRecord, scenario: Scenario | None, now: datetime
) -> Agreement:
    """An agreement prefilled from a practice session.

    Args:
        record: the saved (or just played) session.
        scenario: its scenario, for the authored suggestions (None if gone).
        now: the time of drafting.
    """
    agreement = new_agreement(now)
    suggestions = scenario.agreement if scenario is not None else None
    measures: list[AgreementMeasure] = []
    if suggestions is not None:
        measures = [AgreementMeasure(**m.model_dump()) for m in suggestions.measures]
    topics = topics_raised(record)
    known = {m.what.casefold() for m in measures}
    for topic in topics:
        extra = TOPIC_MEASURES.get(topic)
        if extra is not None and extra.what.casefold() not in known:
            measures.append(extra.model_copy())
            known.add(extra.what.casefold())
    spoken_of = [TOPIC_LABELS[t] for t in topics if t in TOPIC_LABELS and t != "health"]
    other = ""
    if spoken_of:
        other = "Tema som kom opp i samtalen: " + ", ".join(spoken_of) + "."
    return agreement.model_copy(
        update={
            "employee": record.persona_name,
            "meeting_date": record.started.date(),
            "goals": list(suggestions.goals) if suggestions else [],
            "measures": measures,
            "success_criteria": list(suggestions.success_criteria) if suggestions else [],
            "individual_needs": list(suggestions.individual_needs) if suggestions else [],
            "competence": list(suggestions.competence) if suggestions else [],
            "contact": ContactPlan(agreed=suggestions.contact if suggestions else ""),
            "other": other,
            "session_id": record.id,
            "scenario_id": record.scenario_id,
            "checklist": list(record.checklist),
            "job_wheel": dict(record.job_wheel) if record.job_wheel is not None else None,
        }
    )


__all__ = ["TOPIC_LABELS", "TOPIC_MEASURES", "draft_from_session", "new_agreement", "topics_raised"]
