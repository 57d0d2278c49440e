"""The debrief figures."""

from __future__ import annotations

from samtale_tui.debrief import build_debrief
from samtale_tui.engine import Conversation


def test_good_conversation_scores_above_poor(mini) -> None:
    good = Conversation(mini)
    good.replay(
        ["Hvordan har du det nå?", "Så du savner dem. La oss avtale et nytt møte neste uke."]
    )
    poor = Conversation(mini)
    poor.replay(["Hvorfor har du vært borte?", "Er du syk eller ikke?"])
    g, p = build_debrief(good), build_debrief(poor)
    assert g.ending_outcome == "good" and p.ending_outcome == "poor"
    assert g.score > p.score
    assert sum(r.points for r in g.reasons) == g.score
    assert p.why_questions == 1
    assert g.trust_end > g.trust_start


def test_open_share_and_quadrant(mini) -> None:
    conv = Conversation(mini)
    conv.replay(["Hvordan har du det nå?", "Er du klar for å komme tilbake på jobb?"])
    d = build_debrief(conv)
    assert d.questions >= 2
    assert 0 < d.open_share < 1
    assert d.quadrant in {"warm_clear", "clear_cold", "warm_vague", "neither"}
    assert d.quadrant_label and d.quadrant_advice


def test_branch_not_taken_pairs_undone_with_replacement(mini) -> None:
    conv = Conversation(mini)
    conv.reply("Hvorfor har du vært borte?")
    conv.undo()
    conv.reply("Hvordan har du det?")
    d = build_debrief(conv)
    assert len(d.not_taken) == 1
    assert d.not_taken[0].undone.turn.reply == "Hvorfor har du vært borte?"
    assert d.not_taken[0].replacement is not None
    assert d.not_taken[0].replacement.reply == "Hvordan har du det?"


def test_worst_reply_gets_a_rewrite(mini) -> None:
    conv = Conversation(mini)
    conv.replay(["Hvorfor har du vært borte?"])
    d = build_debrief(conv)
    assert d.worst is not None and d.rewrite


def test_empty_conversation(mini) -> None:
    conv = Conversation(mini)
    conv.finish()
    d = build_debrief(conv)
    assert d.replies == 0 and d.best is None and d.ending_outcome is None
    assert d.open_share == 0.0


def test_best_and_worst_are_different_turns(mini) -> None:
    conv = Conversation(mini)
    conv.replay(["Hvordan har du det nå?"])
    d = build_debrief(conv)
    assert d.best is not None and d.worst is None
    poor = Conversation(mini)
    poor.replay(["Hvorfor har du vært borte?"])
    d = build_debrief(poor)
    assert d.best is None and d.worst is not None


def test_rewrite_never_repeats_the_reply(mini) -> None:
    conv = Conversation(mini)
    conv.replay(["Hvorfor har du vært borte?", "Er du syk eller ikke?"])
    d = build_debrief(conv)
    assert d.worst is not None and d.rewrite
    assert d.rewrite.strip().casefold() != d.worst.reply.strip().casefold()
