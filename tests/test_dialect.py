"""Dialect and spoken forms (``analysis/dialect.py``) read as bokmål, spans kept on the typed words."""

from __future__ import annotations

import re

import pytest

from samtale_tui.analysis import analyse
from samtale_tui.analysis.dialect import normalise


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("æ skjønne at du e sliten", "jeg skjønner at du er sliten"),
        ("du virke lei av å vente", "du virker lei av å vente"),
        ("det vil virke", "det vil virke"),
        ("det e itj så farlig", "det er ikke så farlig"),
        ("ka tenke du sjøl?", "hva tenke du selv?"),
        ("ta vare på dæ", "ta vare på deg"),
    ],
)
def test_dialect_words_are_read_as_bokmal(typed: str, read: str) -> None:
    assert normalise(typed)[0] == read


@pytest.mark.parametrize(
    "text",
    [
        "send en e-post til meg",  # "e" in a compound
        "e er en bokstav",  # "e" with no subject before it
        "what do you think?",
        "hvordan har du det?",
        "kaffe og kake",  # "ka" inside a word
    ],
)
def test_other_words_are_left_alone(text: str) -> None:
    assert normalise(text) == (text, None)


def test_offsets_lead_back_to_the_typed_words() -> None:
    typed = "æ ser at du e sliten, dæ"
    read, offsets = normalise(typed)
    assert offsets is not None
    for word, original in (("jeg", "æ"), ("er", "e"), ("deg", "dæ"), ("sliten", "sliten")):
        start = re.search(rf"\b{word}\b", read).start()
        assert typed[offsets.start(start) : offsets.end(start + len(word))] == original


def test_dialect_questions_and_pitfalls_are_found_on_the_typed_words() -> None:
    text = "Kordan kan det ha seg at det alltid e måndagen? Det e itj så farlig."
    a = analyse(text)
    assert a.question_type == "why"
    assert "minimizing" in a.pitfalls
    for q in a.questions:
        assert text[q.start : q.end].lower().startswith("kordan")
    for _, span in a.pitfall_spans:
        assert 0 <= span.start < span.end <= len(text)
    assert any("itj" in text[s.start : s.end] for _, s in a.pitfall_spans)


def test_ka_opens_a_question() -> None:
    assert analyse("Ka tenke du sjøl om gradert sykmelding?").question_type == "open"
