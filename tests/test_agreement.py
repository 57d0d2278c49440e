"""The follow-up agreement: drafting from a session, saving, the three kinds of contact."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from samtale_tui.agreement import Agreement, AgreementMeasure, draft_from_session, new_agreement
from samtale_tui.agreement.model import CONTACT_FIELDS, contact_kind
from samtale_tui.agreement.prefill import TOPIC_MEASURES, topics_raised
from samtale_tui.practice import PracticeSession
from samtale_tui.scenarios.model import Scenario
from samtale_tui.storage import StorageError, Store
from samtale_tui.storage.convert import session_record

NOW = datetime(2026, 11, 25, 15, 0)


def record(mini: Scenario, replies: list[str | None]):
    session = PracticeSession.start(mini, "coach", NOW)
    session.conversation.replay(replies)
    session.checklist = ["helse.mening"]
    return session_record(session)


def test_empty_agreement_for_a_real_conversation() -> None:
    a = new_agreement(NOW)
    assert a.employee == "" and a.meeting_date == date(2026, 11, 25)
    assert a.session_id is None and a.measures == []
    assert a.title.startswith("Oppfølgingsplan – uten navn")


def test_draft_takes_the_scenario_suggestions(mini: Scenario) -> None:
    draft = draft_from_session(record(mini, ["Hvordan har du det nå for tiden?"]), mini, NOW)
    assert draft.employee == "Kari"
    assert draft.goals == list(mini.agreement.goals)
    assert draft.measures[0] == AgreementMeasure(**mini.agreement.measures[0].model_dump())
    assert draft.session_id and draft.scenario_id == "mini"
    assert draft.checklist == ["helse.mening"]


def test_draft_adds_a_measure_per_work_topic_and_never_health(mini: Scenario) -> None:
    rec = record(mini, ["Hei"])
    turns = [rec.turns[0].model_copy(update={"topics": ["hours", "health", "nav", "hours"]})]
    rec = rec.model_copy(update={"turns": turns})
    assert topics_raised(rec) == ["hours", "health", "nav"]
    draft = draft_from_session(rec, mini, NOW)
    whats = [m.what for m in draft.measures]
    assert TOPIC_MEASURES["hours"].what in whats and TOPIC_MEASURES["nav"].what in whats
    assert "helse" not in draft.other
    assert "arbeidstid" in draft.other


def test_draft_without_the_scenario(mini: Scenario) -> None:
    draft = draft_from_session(record(mini, ["Hei"]), None, NOW)
    assert draft.goals == [] and draft.employee == "Kari"


def test_three_kinds_of_contact() -> None:
    assert list(CONTACT_FIELDS) == ["caring", "operations", "problem_solving"]
    titles = [contact_kind(f).title for f in CONTACT_FIELDS]
    assert len(set(titles)) == 3


def test_agreement_round_trip_and_listing(tmp_path: Path, mini: Scenario) -> None:
    store = Store.open(tmp_path / "data")
    draft = draft_from_session(record(mini, ["Hei"]), mini, NOW)
    draft = draft.model_copy(
        update={
            "next_meetings": [date(2026, 12, 9)],
            "measures": [*draft.measures, AgreementMeasure(what="Ny | # `x`", who="Alle\nsammen")],
        }
    )
    store.save_agreement(draft)
    assert store.load_agreement(draft.id) == draft
    other = new_agreement(datetime(2026, 11, 26))
    store.save_agreement(other)
    assert [a.id for a in store.list_agreements()] == [other.id, draft.id]
    store.delete_agreement(other.id)
    assert [a.id for a in store.list_agreements()] == [draft.id]
    with pytest.raises(StorageError):
        store.load_agreement(other.id)


def test_measure_is_empty() -> None:
    assert AgreementMeasure().is_empty()
    assert not AgreementMeasure(who="Leder").is_empty()


def test_unknown_fields_are_rejected() -> None:
    with pytest.raises(ValueError):
        Agreement.model_validate({"id": "x", "created": NOW, "updated": NOW, "diagnose": "nei"})
