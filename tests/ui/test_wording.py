"""Small Norwegian wording helpers."""

from __future__ import annotations

from samtale_tui.ui.wording import count, mid_sentence


def test_count_uses_the_singular_for_one_only() -> None:
    assert count(1, "replikk", "replikker") == "1 replikk"
    assert count(0, "replikk", "replikker") == "0 replikker"
    assert count(3, "fullført samtale", "fullførte samtaler") == "3 fullførte samtaler"


def test_mid_sentence_lowers_a_capital_but_keeps_acronyms() -> None:
    assert mid_sentence("Medisinsk sengepost") == "medisinsk sengepost"
    assert mid_sentence("NAV-kontoret") == "NAV-kontoret"
    assert mid_sentence("et lite kontor") == "et lite kontor"
