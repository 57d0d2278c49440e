"""Rune (the stuck case): good and poor playthroughs, third party, and pitfalls."""

from __future__ import annotations

import pytest
from playthrough import (
    branch_at,
    hint_play,
    menu_play,
    play,
    scenario_fixture,
    scenario_path,
    script,
    silence_nodes,
    tempting,
)

from samtale_tui.analysis import silence_analysis
from samtale_tui.engine import Conversation, State
from samtale_tui.playback import play_script
from samtale_tui.scenarios import Scenario
from samtale_tui.scenarios.check import check_structure

SCENARIO = scenario_path("fastlast")

scenario = scenario_fixture("fastlast")


def test_scenario_is_clean(scenario: Scenario) -> None:
    assert check_structure(scenario, str(SCENARIO)) == []
    assert len(scenario.nodes) >= 12
    assert {e.outcome for e in scenario.endings.values()} == {"good", "mixed", "poor"}


def test_good_script_reaches_a_new_start(scenario: Scenario) -> None:
    conv = play(scenario, "good")
    assert conv.state.ending == "ny_start"
    assert {"varme", "tydelig", "tredjepart", "forventning"} <= conv.state.flags
    assert conv.state.trust >= 80


def test_poor_script_breaks_down(scenario: Scenario) -> None:
    conv = play(scenario, "poor")
    assert conv.state.ending == "brudd"
    assert conv.ending is not None and conv.ending.outcome == "poor"


def test_good_beats_poor_by_a_clear_margin(scenario: Scenario) -> None:
    good = play(scenario, "good")
    poor = play(scenario, "poor")
    assert good.state.trust - poor.state.trust >= 50


def test_warm_and_clear_without_a_third_party_is_only_mixed(scenario: Scenario) -> None:
    """The case is stuck: without help from outside, it becomes one more plan."""
    replies = script(scenario, "good")
    replies[5] = "Jeg forstår at du er skeptisk. Hva tenker du selv at vi bør gjøre annerledes?"
    replies[6] = "Jeg forstår at det kan høres skummelt ut. Det er ikke for å bli kvitt deg."
    replies[10] = (
        "La meg oppsummere: Du prøver varemottaket på dagtid i seks uker fra mandag om to uker. "
        "Jeg sender agenda før møtene, og neste møte er torsdag om to uker. Takk for at du kom."
    )
    conv = play_script(scenario, replies)
    assert "tredjepart" not in conv.state.flags
    assert conv.state.ending == "runddans"


def test_warm_but_vague_does_not_reach_the_good_ending(scenario: Scenario) -> None:
    replies: list[str | None] = [
        "Takk for at du kom, Rune. Hvordan har det vært for deg?",
        "Det høres frustrerende ut.",
        "Det høres tungt ut. Hva er verst?",
        "Jeg forstår at det har vært frustrerende.",
        "Takk for at du sier det.",
        "Jeg forstår at du er skeptisk, og det er helt greit å være det.",
        "Jeg forstår at det kan høres skummelt ut.",
        None,
        "Takk for at du sier det.",
        "Jeg forstår at det er skummelt å tenke på.",
        "Takk for praten, Rune.",
    ]
    conv = play_script(scenario, replies)
    assert conv.over
    assert conv.ending is not None and conv.ending.outcome != "good"
    assert "tydelig" not in conv.state.flags


@pytest.mark.parametrize("pitfall", ["diagnosis", "suspicion"])
@pytest.mark.parametrize("trust", [15, 50, 90])
def test_diagnosis_and_suspicion_are_never_rewarded(
    scenario: Scenario, pitfall: str, trust: int
) -> None:
    flags = frozenset({"varme", "tydelig", "tredjepart", "forventning"})
    analysis = tempting(pitfall, text="(testanalyse)", topics=("third_party", "nav"), score=80)
    for node_id in scenario.nodes:
        branch = branch_at(scenario, node_id, analysis, flags, trust=trust, turn=3)
        assert branch.trust < 0, node_id
        if scenario.target_kind(branch.goto) == "ending":
            assert scenario.endings[branch.goto].outcome == "poor", node_id


def test_another_job_as_a_sanction_is_punished(scenario: Scenario) -> None:
    """Job mobility raised as a consequence, not explored, escalates the case."""
    conv = Conversation(scenario)
    conv.state = State(node="sliten", trust=60, flags=frozenset({"varme"}), turn=7)
    turn = conv.reply("Da må du nok se deg om etter en annen jobb.")
    assert turn.trust_after < turn.trust_before
    assert conv.state.node == "eskalert"


def test_following_every_hint_reaches_the_good_ending(scenario: Scenario) -> None:
    """Menu mode: the reply marked good at each node must lead to the good ending."""
    conv = hint_play(scenario)
    assert conv.state.ending == "ny_start"


def test_the_poorest_menu_choices_end_badly(scenario: Scenario) -> None:
    conv = menu_play(scenario, "poor")
    assert conv.ending is not None and conv.ending.outcome == "poor"


def test_a_pause_takes_the_silence_branch_where_there_is_one(scenario: Scenario) -> None:
    for node_id in silence_nodes(scenario):
        branch = branch_at(scenario, node_id, silence_analysis(), {"varme"}, trust=60, turn=3)
        assert branch.when.silence, node_id
