"""Shirin: good, poor and warm-but-vague playthroughs through the real analyser and engine."""

from __future__ import annotations

import pytest
from playthrough import branch_at, menu_play, outcome, play, scenario_fixture, tempting

from samtale_tui.analysis import Analysis
from samtale_tui.scenarios import Scenario
from samtale_tui.scenarios.check import check_structure

SCENARIO_ID = "shirin"

scenario = scenario_fixture(SCENARIO_ID)


def test_scenario_is_clean(scenario: Scenario) -> None:
    assert check_structure(scenario, f"{SCENARIO_ID}.toml") == []
    assert len(scenario.nodes) >= 12
    assert {e.outcome for e in scenario.endings.values()} == {"good", "mixed", "poor"}


def test_good_script_reaches_the_good_ending(scenario: Scenario) -> None:
    conversation = play(scenario, "good")
    assert conversation.state.ending == "god_avtale"
    assert {"varme", "tydelig"} <= conversation.state.flags
    assert "tvil" not in conversation.state.flags


def test_poor_script_ends_with_shirin_withdrawing(scenario: Scenario) -> None:
    conversation = play(scenario, "poor")
    assert conversation.state.ending == "trekker_seg"
    assert outcome(conversation) == "poor"


def test_good_practice_in_other_words_also_reaches_the_good_ending(scenario: Scenario) -> None:
    assert outcome(play(scenario, "good2")) == "good"


def test_poor_practice_in_other_words_also_ends_poorly(scenario: Scenario) -> None:
    assert outcome(play(scenario, "poor2")) == "poor"


def test_good_beats_poor_by_a_clear_margin(scenario: Scenario) -> None:
    good = play(scenario, "good").state.trust
    poor = play(scenario, "poor").state.trust
    assert good - poor >= 40


def test_warm_but_vague_does_not_reach_the_good_ending(scenario: Scenario) -> None:
    conversation = play(scenario, "vague")
    assert conversation.over
    assert outcome(conversation) == "mixed"
    assert "tydelig" not in conversation.state.flags


@pytest.mark.parametrize("pitfall", ["suspicion", "diagnosis"])
def test_doubt_and_diagnosis_questions_are_never_rewarded(scenario: Scenario, pitfall: str) -> None:
    # Even a warm, clear, open reply costs trust if it doubts her or asks about the illness.
    analysis = tempting(pitfall)
    for node in scenario.nodes:
        branch = branch_at(scenario, node, analysis, {"varme", "tydelig"})
        assert branch.trust < 0, f"{node}: {pitfall} gave {branch.trust}"
        target = scenario.endings.get(branch.goto)
        assert target is None or target.outcome != "good", node


def test_clear_but_cold_does_not_reach_the_good_ending(scenario: Scenario) -> None:
    clear = Analysis(text="x", clarity=True)
    branch = branch_at(scenario, "avslutning", clear, {"tydelig"})
    assert scenario.endings[branch.goto].outcome == "mixed"


def test_staying_silent_when_she_asks_if_you_believe_her_costs_trust(
    scenario: Scenario,
) -> None:
    branch = branch_at(scenario, "tror_du_meg", Analysis(text="", silence=True), set())
    assert branch.trust < 0
    assert branch.goto == "forsvar"


def test_following_the_hints_in_menu_mode_reaches_the_good_ending(scenario: Scenario) -> None:
    conversation = menu_play(scenario, "good")
    assert outcome(conversation) == "good"
    assert all(turn.trust_after >= turn.trust_before for turn in conversation.turns)


def test_choosing_the_poor_replies_in_menu_mode_ends_poorly(scenario: Scenario) -> None:
    assert outcome(menu_play(scenario, "poor")) == "poor"
