"""Elin: good and poor playthroughs through the real analyser and engine."""

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
from samtale_tui.playback import play_script
from samtale_tui.scenarios import Scenario
from samtale_tui.scenarios.check import check_structure

SCENARIO = scenario_path("elin")

elin = scenario_fixture("elin")


def test_scenario_is_clean(elin: Scenario) -> None:
    assert check_structure(elin, str(SCENARIO)) == []
    assert len(elin.nodes) >= 12
    assert {e.outcome for e in elin.endings.values()} == {"good", "mixed", "poor"}


def test_good_script_reaches_the_good_agreement(elin: Scenario) -> None:
    conv = play(elin, "good")
    assert conv.state.ending == "god_avtale"
    assert {"varme", "tydelig", "leder_forklarer"} <= conv.state.flags
    assert conv.state.trust >= 80


def test_poor_script_ends_with_withdrawal(elin: Scenario) -> None:
    conv = play(elin, "poor")
    assert conv.state.ending == "helt_sykmeldt"
    assert conv.ending is not None and conv.ending.outcome == "poor"


def test_good_beats_poor_by_a_clear_margin(elin: Scenario) -> None:
    good = play(elin, "good")
    poor = play(elin, "poor")
    assert good.state.trust - poor.state.trust >= 40


def test_warm_but_vague_does_not_reach_the_good_ending(elin: Scenario) -> None:
    replies: list[str | None] = [
        "Takk for at du tok deg tid. Hvordan har du det med de nye oppgavene?",
        None,
        "Det høres tungt ut. Takk for at du forteller meg det.",
        "Det høres tungt og ensomt ut.",
        "Jeg er glad for alt du gjør her.",
        "Det høres tungt ut å stå i det.",
        "Jeg forstår at det er ditt.",
        "Jeg forstår at du gruer deg.",
        "Jeg forstår deg godt.",
        "Takk for at du sier det.",
        "Takk for en fin prat, Elin.",
    ]
    conv = play_script(elin, replies)
    assert conv.over
    assert conv.ending is not None and conv.ending.outcome != "good"
    assert "tydelig" not in conv.state.flags


def test_a_quick_order_instead_of_a_summary_is_only_mixed(elin: Scenario) -> None:
    """Clear but bossy at the end, with no follow-up: not the good agreement."""
    replies = script(elin, "good")
    replies[-1] = "Fint. Da tar du utskrivningssamtalene fra i morgen."
    conv = play_script(elin, replies)
    assert conv.state.ending == "halvveis"


@pytest.mark.parametrize("trust", [20, 50, 90])
def test_a_question_about_the_injury_is_never_rewarded(elin: Scenario, trust: int) -> None:
    """Even asked warmly and openly, a diagnosis question never raises trust."""
    question = tempting(
        "diagnosis", text="Hva er det egentlig som er galt med skulderen din?", score=80
    )
    flags = frozenset({"varme", "tydelig", "p1", "p2"})
    for node_id in elin.nodes:
        branch = branch_at(elin, node_id, question, flags, trust=trust, turn=3)
        assert branch.trust < 0, node_id
        assert elin.target_kind(branch.goto) == "node" or (
            elin.endings[branch.goto].outcome != "good"
        ), node_id


def test_following_every_hint_reaches_the_good_ending(elin: Scenario) -> None:
    """Menu mode: the reply marked good at each node must lead to the good ending."""
    conv = hint_play(elin)
    assert conv.state.ending == "god_avtale"


def test_the_poorest_menu_choices_end_badly(elin: Scenario) -> None:
    conv = menu_play(elin, "poor")
    assert conv.ending is not None and conv.ending.outcome == "poor"


def test_a_pause_takes_the_silence_branch_where_there_is_one(elin: Scenario) -> None:
    for node_id in silence_nodes(elin):
        branch = branch_at(elin, node_id, silence_analysis(), {"varme"}, trust=60, turn=3)
        assert branch.when.silence, node_id
