"""The question bank: size, groups, search, and that every question is open."""

from __future__ import annotations

import pytest

from samtale_tui.analysis import analyse
from samtale_tui.prep import questions


def test_at_least_forty_questions_in_six_groups() -> None:
    assert len(questions.QUESTIONS) >= 40
    labels = [p.label for p in questions.PURPOSES]
    assert labels == [
        "Åpning og omsorg",
        "Funksjon og oppgaver",
        "Arbeidsmiljøet",
        "Løsninger og tilrettelegging",
        "Å holde kontakten",
        "Oppsummere og avtale",
    ]
    for purpose, items in questions.by_purpose():
        assert len(items) >= 6, purpose.id


def test_questions_are_unique() -> None:
    texts = [q.text for q in questions.QUESTIONS]
    assert len(texts) == len(set(texts))
    assert len({q.id for q in questions.QUESTIONS}) == len(texts)


@pytest.mark.parametrize("question", questions.QUESTIONS, ids=lambda q: q.id)
def test_every_question_is_open_without_pitfalls(question) -> None:
    analysis = analyse(question.text)
    assert analysis.question_type == "open", question.text
    assert not analysis.pitfalls, (question.text, analysis.pitfalls)


def test_empty_search_gives_everything() -> None:
    assert questions.search("") == list(questions.QUESTIONS)
    assert questions.search("   ") == list(questions.QUESTIONS)


def test_search_needs_every_word() -> None:
    hits = questions.search("leder annerledes")
    assert [q.text for q in hits] == ["Hva kunne jeg som leder gjort annerledes for deg?"]


def test_search_ignores_case_and_folds_norwegian_letters() -> None:
    assert questions.search("ARBEIDSMILJO") == questions.search("arbeidsmiljø")
    assert questions.search("arbeidsmiljo")
    assert questions.search("tiltak")


def test_search_matches_the_group_name() -> None:
    hits = questions.search("holde kontakten")
    assert {q.purpose for q in hits} == {"kontakt"}
    assert len(hits) == len([q for q in questions.QUESTIONS if q.purpose == "kontakt"])


def test_search_with_no_match_is_empty() -> None:
    assert questions.search("xylofon") == []


def test_markdown_lists_every_question() -> None:
    text = "\n".join(questions.to_markdown_lines())
    assert all(q.text in text for q in questions.QUESTIONS)


def test_search_finds_other_forms_of_a_word() -> None:
    # «kollega» is nowhere in the bank, but «kollegene» is.
    assert questions.search("kollega")
    assert questions.search("kollega") == questions.search("kollegene")
