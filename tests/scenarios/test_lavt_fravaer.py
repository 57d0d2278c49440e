"""Good and poor playthroughs of the low-absence scenario (Geir, the sceptical peer)."""

from __future__ import annotations

import pytest
from playthrough import play, reply_at, scenario_fixture, scenario_path, tempting

from samtale_tui.engine import Conversation
from samtale_tui.playback import play_script
from samtale_tui.scenarios import Scenario
from samtale_tui.scenarios.check import check_structure

SCENARIO = scenario_path("lavt-fravaer")

scenario = scenario_fixture("lavt-fravaer")


def test_scenario_is_clean(scenario: Scenario) -> None:
    assert check_structure(scenario, str(SCENARIO)) == []


def test_good_script_reaches_the_good_ending(scenario: Scenario) -> None:
    conversation = play(scenario, "good")
    assert conversation.state.ending == "felles_forsok"
    assert conversation.ending is not None and conversation.ending.outcome == "good"
    assert {"varme", "tydelig"} <= conversation.state.flags


def test_poor_script_ends_in_a_break(scenario: Scenario) -> None:
    conversation = play(scenario, "poor")
    assert conversation.state.ending == "brudd"
    assert conversation.ending is not None and conversation.ending.outcome == "poor"


def test_good_builds_far_more_trust_than_poor(scenario: Scenario) -> None:
    good = play(scenario, "good").state.trust
    poor = play(scenario, "poor").state.trust
    assert good - poor >= 40


def test_warm_but_vague_does_not_reach_the_good_ending(scenario: Scenario) -> None:
    warm = "Takk for at du sier det. Det høres tungt ut."
    conversation = play_script(scenario, [warm] * scenario.max_turns)
    assert conversation.ending is not None
    assert conversation.ending.outcome != "good"


def test_why_questions_drive_him_out(scenario: Scenario) -> None:
    conversation = Conversation(scenario)
    conversation.reply("Hvorfor har dere så høyt fravær?")
    assert conversation.state.node == "forsvar"
    conversation.reply("Hvorfor skulle pasientene forklare alt?")
    conversation.reply("Hvorfor vil du ikke høre på oss?")
    assert conversation.state.ending == "brudd"


@pytest.mark.parametrize("pitfall", ["telling", "minimizing", "leading"])
def test_lecturing_and_dismissing_are_never_rewarded(scenario: Scenario, pitfall: str) -> None:
    # Even a warm, clear, open reply loses trust when it lectures or waves his concerns away.
    analysis = tempting(pitfall, text="(test)")
    for node in scenario.nodes:
        turn = reply_at(scenario, node, analysis, {"varme", "tydelig"}, trust=60)
        assert turn.trust_after < turn.trust_before, node


def test_good_script_meets_the_key_moment_with_warmth_and_clarity(scenario: Scenario) -> None:
    conversation = play(scenario, "good")
    assert all(t.trust_after >= t.trust_before for t in conversation.turns)
    key = next(t for t in conversation.turns if t.node == "ettergivende")
    assert key.analysis.warmth and key.analysis.clarity
    assert key.trust_after > key.trust_before
