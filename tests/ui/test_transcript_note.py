"""The coach's per-turn note does not say the same thing twice."""

from __future__ import annotations

from samtale_tui.ui.widgets.transcript import _without_repeated_verdict


def test_a_note_that_opens_with_the_verdict_loses_that_sentence() -> None:
    note = "Et åpent spørsmål. Camilla svarer med det hun viser alle."
    assert _without_repeated_verdict("Åpent spørsmål · varm", note) == (
        "Camilla svarer med det hun viser alle."
    )


def test_a_note_that_is_only_the_verdict_disappears() -> None:
    assert _without_repeated_verdict("Lukket spørsmål", "Et lukket spørsmål.") == ""


def test_a_note_that_disagrees_or_says_more_is_kept() -> None:
    note = "Et åpent spørsmål gir en vei tilbake, men Rune er fortsatt sint."
    assert _without_repeated_verdict("Åpent spørsmål", note) == note
    other = "Et lukket spørsmål. Hun svarer kort."
    assert _without_repeated_verdict("Åpent spørsmål", other) == other
