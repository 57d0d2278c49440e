"""Ellen: good, poor, pushy and too-careful playthroughs through the real analyser and engine."""

from __future__ import annotations

import pytest
from playthrough import branch_at, menu_play, outcome, play, scenario_fixture, tempting

from samtale_tui.analysis import Analysis
from samtale_tui.scenarios import Scenario
from samtale_tui.scenarios.check import check_structure

SCENARIO_ID = "ellen"
SILENCE = Analysis(text="", silence=True)

scenario = scenario_fixture(SCENARIO_ID)


def test_scenario_is_clean(scenario: Scenario) -> None:
    assert check_structure(scenario, f"{SCENARIO_ID}.toml") == []
    assert len(scenario.nodes) >= 12
    assert {e.outcome for e in scenario.endings.values()} == {"good", "mixed", "poor"}


def test_good_script_reaches_the_good_ending(scenario: Scenario) -> None:
    conversation = play(scenario, "good")
    assert conversation.state.ending == "god_avtale"
    assert {"varme", "tydelig", "rom"} <= conversation.state.flags
    assert any(turn.silence for turn in conversation.turns)


def test_poor_script_ends_with_ellen_withdrawing(scenario: Scenario) -> None:
    conversation = play(scenario, "poor")
    assert conversation.state.ending == "trekker_seg"
    assert outcome(conversation) == "poor"


def test_pushy_script_gets_a_yes_that_will_not_hold(scenario: Scenario) -> None:
    conversation = play(scenario, "pushy")
    assert conversation.state.ending == "overkjort_slutt"
    assert outcome(conversation) == "poor"


def test_good_practice_in_other_words_also_reaches_the_good_ending(scenario: Scenario) -> None:
    assert outcome(play(scenario, "good2")) == "good"


def test_poor_practice_in_other_words_also_ends_poorly(scenario: Scenario) -> None:
    assert outcome(play(scenario, "poor2")) == "poor"


def test_good_beats_poor_by_a_clear_margin(scenario: Scenario) -> None:
    good = play(scenario, "good").state.trust
    for name in ("poor", "pushy"):
        assert good - play(scenario, name).state.trust >= 40, name


def test_too_careful_does_not_reach_the_good_ending(scenario: Scenario) -> None:
    conversation = play(scenario, "vague")
    assert conversation.over
    assert conversation.state.ending == "stillstand"
    assert "tydelig" not in conversation.state.flags


@pytest.mark.parametrize("node", ["vet_ikke", "hverdagen", "jobben", "tarer", "arbeidsevne"])
def test_a_pause_after_she_goes_quiet_gives_her_room(scenario: Scenario, node: str) -> None:
    branch = branch_at(scenario, node, SILENCE, set(), trust=40)
    assert branch.trust > 0
    assert "rom" in branch.set_flags


def test_a_pause_is_wrong_when_she_waits_for_an_answer(scenario: Scenario) -> None:
    assert branch_at(scenario, "lite_steg", SILENCE, set(), trust=60).trust < 0
    assert branch_at(scenario, "tredjeperson", SILENCE, set(), trust=60).trust < 0


@pytest.mark.parametrize("pitfall", ["telling", "multiple_questions", "diagnosis"])
def test_pressure_and_diagnosis_are_never_rewarded(scenario: Scenario, pitfall: str) -> None:
    analysis = tempting(pitfall)
    for node in scenario.nodes:
        branch = branch_at(scenario, node, analysis, {"varme", "tydelig"}, trust=60)
        assert branch.trust < 0, f"{node}: {pitfall} gave {branch.trust}"
        target = scenario.endings.get(branch.goto)
        assert target is None or target.outcome != "good", node


def test_a_plan_before_trust_is_built_overruns_her(scenario: Scenario) -> None:
    plan = Analysis(text="x", clarity=True)
    assert branch_at(scenario, "lite_steg", plan, set(), trust=40).goto == "overkjort"


def test_third_person_offered_openly_is_welcomed(scenario: Scenario) -> None:
    offer = Analysis(text="x", question_type="open", topics=("occupational_health",))
    branch = branch_at(scenario, "redd_neste", offer, set(), trust=60)
    assert branch.goto == "tredjeperson"
    assert branch.trust > 0


def test_clear_but_cold_does_not_reach_the_good_ending(scenario: Scenario) -> None:
    branch = branch_at(
        scenario, "avslutning", Analysis(text="x", clarity=True), {"tydelig"}, trust=60
    )
    assert scenario.endings[branch.goto].outcome == "mixed"


def test_following_the_hints_in_menu_mode_reaches_the_good_ending(scenario: Scenario) -> None:
    conversation = menu_play(scenario, "good")
    assert outcome(conversation) == "good"
    assert all(turn.trust_after >= turn.trust_before for turn in conversation.turns)


def test_choosing_the_poor_replies_in_menu_mode_ends_poorly(scenario: Scenario) -> None:
    assert outcome(menu_play(scenario, "poor")) == "poor"
