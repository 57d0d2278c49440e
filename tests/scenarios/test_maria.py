"""Good and poor playthroughs of the Maria scenario (migraine, eroded trust)."""

from __future__ import annotations

import pytest
from playthrough import play, reply_at, scenario_fixture, scenario_path, tempting

from samtale_tui.playback import play_script
from samtale_tui.scenarios import Scenario
from samtale_tui.scenarios.check import check_structure

SCENARIO = scenario_path("maria")

scenario = scenario_fixture("maria")


def test_scenario_is_clean(scenario: Scenario) -> None:
    assert check_structure(scenario, str(SCENARIO)) == []


def test_good_script_rebuilds_trust(scenario: Scenario) -> None:
    conversation = play(scenario, "good")
    assert conversation.state.ending == "tillit_igjen"
    assert conversation.ending is not None and conversation.ending.outcome == "good"
    assert {"varme", "tydelig"} <= conversation.state.flags
    assert "mistro" not in conversation.state.flags


def test_poor_script_makes_maria_withdraw(scenario: Scenario) -> None:
    conversation = play(scenario, "poor")
    assert conversation.state.ending == "trukket"
    assert conversation.ending is not None and conversation.ending.outcome == "poor"


def test_good_builds_far_more_trust_than_poor(scenario: Scenario) -> None:
    good = play(scenario, "good").state.trust
    poor = play(scenario, "poor").state.trust
    assert good - poor >= 40


@pytest.mark.parametrize("pitfall", ["diagnosis", "suspicion"])
def test_doubt_and_diagnosis_are_never_rewarded(scenario: Scenario, pitfall: str) -> None:
    # Even a warm, open question loses trust when it asks about the diagnosis or doubts her.
    analysis = tempting(pitfall, text="(test)")
    for node in scenario.nodes:
        turn = reply_at(scenario, node, analysis, {"varme", "tydelig"}, trust=60)
        assert turn.trust_after < turn.trust_before, node


def test_clear_but_cold_does_not_reach_the_good_ending(scenario: Scenario) -> None:
    cold = "Vi lager en plan: du er tilbake om to uker, og vi avtaler neste møte på mandag."
    conversation = play_script(scenario, [cold] * scenario.max_turns)
    assert conversation.ending is not None
    assert conversation.ending.outcome != "good"


def test_good_script_meets_the_key_moment_with_warmth_and_clarity(scenario: Scenario) -> None:
    conversation = play(scenario, "good")
    assert all(t.trust_after >= t.trust_before for t in conversation.turns)
    key = next(t for t in conversation.turns if t.node == "dokumentasjon")
    assert key.analysis.warmth and key.analysis.clarity
    assert not key.analysis.pitfalls
    assert key.trust_after > key.trust_before
