"""Good and poor playthroughs of the Petter scenario (a cook back after injury)."""

from __future__ import annotations

import pytest
from playthrough import play, reply_at, scenario_fixture, scenario_path, tempting

from samtale_tui.engine import Conversation
from samtale_tui.playback import play_script
from samtale_tui.scenarios import Scenario
from samtale_tui.scenarios.check import check_structure

SCENARIO = scenario_path("petter")

scenario = scenario_fixture("petter")


def test_scenario_is_clean(scenario: Scenario) -> None:
    assert check_structure(scenario, str(SCENARIO)) == []


def test_good_script_reaches_the_good_ending(scenario: Scenario) -> None:
    conversation = play(scenario, "good")
    assert conversation.state.ending == "stabil_vei"
    assert conversation.ending is not None and conversation.ending.outcome == "good"
    assert {"varme", "tydelig"} <= conversation.state.flags


def test_poor_script_sends_petter_back_on_full_leave(scenario: Scenario) -> None:
    conversation = play(scenario, "poor")
    assert conversation.state.ending == "borte"
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


def test_clear_but_cold_does_not_reach_the_good_ending(scenario: Scenario) -> None:
    cold = "Planen er at du møter klokka sju, og vi evaluerer om to uker."
    conversation = play_script(scenario, [cold] * scenario.max_turns)
    assert conversation.ending is not None
    assert conversation.ending.outcome != "good"


def test_pressure_twice_sends_him_away(scenario: Scenario) -> None:
    conversation = Conversation(scenario)
    conversation.reply("Du må bare møte klokka sju som avtalt.")
    assert conversation.state.node == "presset"
    conversation.reply("Du må følge planen, det er ikke noe å diskutere.")
    assert conversation.state.ending == "borte"


@pytest.mark.parametrize("pitfall", ["telling", "leading", "minimizing", "diagnosis"])
def test_pressure_and_diagnosis_are_never_rewarded(scenario: Scenario, pitfall: str) -> None:
    # Even a warm, clear, open reply loses trust when it presses him or asks about the diagnosis.
    analysis = tempting(pitfall, text="(test)")
    for node in scenario.nodes:
        turn = reply_at(scenario, node, analysis, {"varme", "tydelig"}, trust=60)
        assert turn.trust_after < turn.trust_before, node


def test_good_script_meets_the_key_moment_with_warmth_and_clarity(scenario: Scenario) -> None:
    conversation = play(scenario, "good")
    assert all(t.trust_after >= t.trust_before for t in conversation.turns)
    key = next(t for t in conversation.turns if t.node == "kjokkenet")
    assert key.analysis.warmth and key.analysis.clarity
    assert key.trust_after > key.trust_before
