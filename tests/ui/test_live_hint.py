"""The coach line while typing: advice mid-sentence, the rewrite once it is ended."""

from __future__ import annotations

from samtale_tui.analysis import analyse
from samtale_tui.ui.wording import live_hint


def test_half_a_why_question_gets_advice_not_a_rewrite_of_half_a_sentence() -> None:
    hint = live_hint(analyse("Hvorfor har du"))
    assert hint.startswith("Hvorfor-spørsmål")
    assert "«Hva gjorde at …»" in hint


def test_an_ended_why_question_gets_the_analysers_rewrite() -> None:
    analysis = analyse("Hvorfor har du vært borte så lenge?")
    suggestions = [f.suggestion for f in analysis.feedback if not f.positive and f.suggestion]
    hint = live_hint(analysis)
    assert hint.startswith("Hvorfor-spørsmål — prøv: «")
    if suggestions:
        assert suggestions[0].strip("«»") in hint
