"""The conversation engine: branches, effects, undo, hints, turn limit, determinism."""

from __future__ import annotations

import pytest

from samtale_tui.analysis import Analysis
from samtale_tui.engine import Conversation, ConversationOver, condition_matches, trust_word
from samtale_tui.engine.conversation import State
from samtale_tui.scenarios.model import Condition


def test_open_question_takes_open_branch_and_raises_trust(mini) -> None:
    conv = Conversation(mini)
    turn = conv.reply("Hvordan har du det nå?")
    assert turn.goto == "aapen"
    assert (turn.trust_before, turn.trust_after) == (50, 60)
    assert conv.state.node == "aapen"


def test_why_question_sets_flag_and_lowers_trust(mini) -> None:
    conv = Conversation(mini)
    turn = conv.reply("Hvorfor har du vært borte?")
    assert turn.goto == "lukket"
    assert conv.state.trust == 35
    assert "bebreidet" in conv.state.flags
    assert turn.note and "forsvare" in turn.note


def test_fallback_branch_catches_everything_else(mini) -> None:
    conv = Conversation(mini)
    turn = conv.reply("Fint vær i dag.")
    assert turn.branch == 3
    assert turn.goto == "lukket"


def test_pause_is_a_silence_branch(mini) -> None:
    conv = Conversation(mini)
    turn = conv.pause()
    assert turn.silence and turn.goto == "start"
    assert conv.state.trust == 55


def test_blank_reply_counts_as_pause(mini) -> None:
    assert Conversation(mini).reply("   ").silence


def test_line_varies_with_trust(mini) -> None:
    conv = Conversation(mini)
    assert conv.employee_line().startswith("Hei, takk")
    conv.reply("Hvorfor det?")
    conv.undo()
    conv2 = Conversation(mini)
    conv2.state = State(node="start", trust=30)
    assert conv2.employee_line().startswith("Hei. Jeg vet ikke")


def test_ending_reached(mini) -> None:
    conv = Conversation(mini)
    conv.reply("Hvordan har du det?")
    conv.reply("Så du savner dem. La oss avtale et nytt møte neste uke.")
    assert conv.over and conv.state.ending == "avtale"
    assert conv.ending is not None and conv.ending.outcome == "good"
    with pytest.raises(ConversationOver):
        conv.reply("Hallo?")


def test_undo_restores_exact_state(mini) -> None:
    conv = Conversation(mini)
    conv.reply("Hvordan har du det?")
    before = conv.state
    conv.reply("Du må bare komme tilbake.")
    assert conv.state != before
    undone = conv.undo()
    assert conv.state == before
    assert undone is not None and undone.reply == "Du må bare komme tilbake."
    assert conv.undone[0].turn is undone
    assert len(conv.turns) == 1


def test_undo_after_ending_reopens(mini) -> None:
    conv = Conversation(mini)
    conv.reply("Hvordan har du det?")
    conv.reply("La oss avtale et nytt møte neste uke.")
    assert conv.over
    conv.undo()
    assert not conv.over and conv.state.node == "aapen"


def test_undo_with_nothing_to_undo(mini) -> None:
    assert Conversation(mini).undo() is None


def test_hint_is_best_authored_reply(mini) -> None:
    hint = Conversation(mini).hint()
    assert hint is not None
    assert hint.text == "Hvordan har du det nå for tiden?"
    assert "Åpent" in hint.why


def test_turn_limit_leads_to_its_ending(mini) -> None:
    conv = Conversation(mini)
    for _ in range(mini.max_turns):
        if conv.over:
            break
        conv.pause()
    assert conv.over and conv.state.ending == "tiden_ute"
    assert len(conv.turns) == mini.max_turns


def test_menu_choice_plays_authored_reply(mini) -> None:
    conv = Conversation(mini)
    turn = conv.choose(1)
    assert turn.menu_choice == 1 and turn.analysis.question_type == "why"


def test_finish_ends_without_ending(mini) -> None:
    conv = Conversation(mini)
    conv.finish()
    assert conv.over and conv.ending is None


def test_same_replies_same_conversation(mini) -> None:
    script = ["Hvordan har du det?", "Du må bare komme tilbake.", "Er du syk eller ikke?"]
    a, b = Conversation(mini), Conversation(mini)
    a.replay(script)
    b.replay(script)
    assert a.turns == b.turns and a.state == b.state


def test_condition_fields_combine() -> None:
    analysis = Analysis(text="x", question_type="open", warmth=True, topics=("tasks",))
    state = State(node="n", trust=60, flags=frozenset({"a"}), turn=2)
    assert condition_matches(Condition(question=["open"], warmth=True), analysis, state)
    assert not condition_matches(Condition(question=["open"], clarity=True), analysis, state)
    assert condition_matches(Condition(topics_any=["tasks", "nav"], min_trust=60), analysis, state)
    assert not condition_matches(Condition(max_trust=59), analysis, state)
    assert condition_matches(Condition(flags_all=["a"], min_turn=3), analysis, state)
    assert not condition_matches(Condition(flags_none=["a"]), analysis, state)
    assert not condition_matches(Condition(max_turn=2), analysis, state)
    assert Condition().is_fallback()


def test_trust_words() -> None:
    assert trust_word(0) == "Lukket"
    assert trust_word(50) == "Avventende"
    assert trust_word(95) == "Trygg"
