"""Behaviours added in the fourth round of blind batches, one check each.

The blind batches test these in bulk (``test_analysis_blind.py``); these pin
the single rules, so a change that breaks one of them names it.
"""

from __future__ import annotations

import pytest

from samtale_tui.analysis import analyse
from samtale_tui.analysis.text import prepare, sentences


def test_a_pleasantry_before_a_demand_in_the_next_sentence_is_no_warmth() -> None:
    a = analyse(
        "Kjære deg, vi har tretti beboere som skal ha frokost. Jeg trenger beskjed før seks."
    )
    assert not a.warmth
    assert analyse("Kjære deg, så godt å høre fra deg.").warmth


def test_comfort_after_a_pleasantry_keeps_the_warmth() -> None:
    a = analyse("Å vennen. Det skjer jo med så mange, så det kommer nok flere sjanser.")
    assert a.warmth


def test_a_verb_first_clause_after_a_comma_is_a_second_question() -> None:
    a = analyse("Hvordan går det med hodet for tiden, har anfallene blitt færre?")
    assert len(a.questions) == 2
    assert "multiple_questions" in a.pitfalls
    # a short tag is not
    assert "multiple_questions" not in analyse("Hvordan går det, tror du?").pitfalls


def test_a_dropped_subject_makes_a_statement_not_a_question() -> None:
    assert (
        analyse("hei! ser du har meldt deg syk i dag. håper det går over fort").question_type
        == "none"
    )


def test_an_illness_granted_in_passing_is_not_a_diagnosis_question() -> None:
    a = analyse("du klarer vel å ta kassa selv om du har litt vondt i hodet")
    assert "diagnosis" not in a.pitfalls
    assert {"leading", "minimizing"} <= set(a.pitfalls)


def test_a_date_at_the_end_of_a_sentence_does_not_swallow_the_next() -> None:
    a = analyse("Vi tar en ny prat den 20. Høres det greit ut?")
    assert a.clarity
    assert len(a.questions) == 1
    # ... while a date before a month stays inside its sentence
    low = prepare("Vi sees 12. desember klokka ti.")
    assert sentences(low) == [(0, len(low))]


@pytest.mark.parametrize(
    ("text", "pitfall"),
    [
        ("Bare for ordens skyld: har du vært hjemme hele tida siden du ble sykmeldt?", "suspicion"),
        ("Jeg så forresten at du var på konserten på lørdag.", "suspicion"),
        ("Et lite råd fra meg: gå deg en tur hver dag.", "telling"),
        ("Jeg har snakket med formannen, og du begynner på etiketteringa på mandag.", "telling"),
        ("Sånn er jobben, de fleste rister det av seg.", "minimizing"),
        ("Det er jo et luksusproblem.", "minimizing"),
        ("Jeg regner med at du også ser verdien i å være litt på jobb?", "leading"),
    ],
)
def test_new_pitfall_wordings(text: str, pitfall: str) -> None:
    assert pitfall in analyse(text).pitfalls


@pytest.mark.parametrize(
    "text",
    [
        "Du trenger ikke si noe om kneet til meg.",
        "Jeg tviler ikke et sekund på at du er syk.",
        "Du er fortsatt en del av laget.",
        "Det skulle ingen måtte tåle.",
        "Vi har tro på deg.",
    ],
)
def test_new_warmth_wordings(text: str) -> None:
    assert analyse(text).warmth


@pytest.mark.parametrize(
    "text",
    [
        "Vi har fordelt kundene dine på Ingrid og Tor inntil videre.",
        "Da har vi landet på to uker med halve dager.",
        "Hvor ofte vil du at jeg skal ringe deg mens du er borte?",
    ],
)
def test_new_clarity_wordings(text: str) -> None:
    assert analyse(text).clarity


def test_comfort_refused_is_not_minimizing() -> None:
    a = analyse("Jeg skal ikke si at dette går over av seg selv. Men jeg er her underveis.")
    assert "minimizing" not in a.pitfalls


def test_a_learned_minimizing_does_not_repeat_a_telling() -> None:
    a = analyse("Du må bare komme deg tilbake på jobb så fort som mulig.")
    assert a.pitfalls == ("telling",)
