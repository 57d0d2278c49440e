"""Kristoffer (repeated short absences): good and poor playthroughs, and pitfalls."""

from __future__ import annotations

import pytest
from playthrough import (
    branch_at,
    hint_play,
    menu_play,
    play,
    scenario_fixture,
    scenario_path,
    silence_nodes,
    tempting,
)

from samtale_tui.analysis import silence_analysis
from samtale_tui.playback import play_script
from samtale_tui.scenarios import Scenario
from samtale_tui.scenarios.check import check_structure

SCENARIO = scenario_path("korte-fravaer")

scenario = scenario_fixture("korte-fravaer")


def test_scenario_is_clean(scenario: Scenario) -> None:
    assert check_structure(scenario, str(SCENARIO)) == []
    assert len(scenario.nodes) >= 12
    assert {e.outcome for e in scenario.endings.values()} == {"good", "mixed", "poor"}


def test_good_script_reaches_a_shared_plan(scenario: Scenario) -> None:
    conv = play(scenario, "good")
    assert conv.state.ending == "felles_plan"
    assert {"varme", "tydelig", "forventninger"} <= conv.state.flags
    assert conv.state.trust >= 80


def test_poor_script_leaves_him_feeling_suspected(scenario: Scenario) -> None:
    conv = play(scenario, "poor")
    assert conv.state.ending == "mistenkt"
    assert conv.ending is not None and conv.ending.outcome == "poor"


def test_good_beats_poor_by_a_clear_margin(scenario: Scenario) -> None:
    good = play(scenario, "good")
    poor = play(scenario, "poor")
    assert good.state.trust - poor.state.trust >= 40


def test_warm_but_vague_does_not_reach_the_good_ending(scenario: Scenario) -> None:
    replies: list[str | None] = [
        "Takk for at du kom. Hvordan har du det for tiden?",
        "Jeg forstår. Det høres tungt ut.",
        "Det høres tungt ut. Takk for at du forteller.",
        None,
        "Jeg forstår deg godt.",
        "Jeg forstår at hjemme er godt.",
        "Det høres tungt ut å være alene med det.",
        "Takk for at du spør. Vi finner ut av det.",
        "Jeg forstår.",
        "Takk, det er fint.",
        "Takk for praten, Kristoffer.",
    ]
    conv = play_script(scenario, replies)
    assert conv.over
    assert conv.ending is not None and conv.ending.outcome != "good"
    assert "tydelig" not in conv.state.flags


@pytest.mark.parametrize("pitfall", ["diagnosis", "suspicion"])
@pytest.mark.parametrize("trust", [20, 50, 90])
def test_diagnosis_and_suspicion_are_never_rewarded(
    scenario: Scenario, pitfall: str, trust: int
) -> None:
    """Even dressed up as warm, open and clear, these two pitfalls never raise trust."""
    flags = frozenset({"varme", "tydelig", "h", "p1", "p2"})
    analysis = tempting(pitfall, text="(testanalyse)", score=80)
    for node_id in scenario.nodes:
        branch = branch_at(scenario, node_id, analysis, flags, trust=trust, turn=3)
        assert branch.trust < 0, node_id
        if scenario.target_kind(branch.goto) == "ending":
            assert scenario.endings[branch.goto].outcome == "poor", node_id


def test_following_every_hint_reaches_the_good_ending(scenario: Scenario) -> None:
    """Menu mode: the reply marked good at each node must lead to the good ending."""
    conv = hint_play(scenario)
    assert conv.state.ending == "felles_plan"


def test_the_poorest_menu_choices_end_badly(scenario: Scenario) -> None:
    conv = menu_play(scenario, "poor")
    assert conv.ending is not None and conv.ending.outcome == "poor"


def test_a_pause_takes_the_silence_branch_where_there_is_one(scenario: Scenario) -> None:
    for node_id in silence_nodes(scenario):
        branch = branch_at(scenario, node_id, silence_analysis(), {"varme"}, trust=60, turn=3)
        assert branch.when.silence, node_id
