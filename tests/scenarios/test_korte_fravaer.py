"""Kristoffer (repeated short absences): good and poor playthroughs, and pitfalls."""

from __future__ import annotations

from pathlib import Path

import pytest

from samtale_tui.analysis import Analysis, silence_analysis
from samtale_tui.engine import Conversation
from samtale_tui.engine.conversation import State
from samtale_tui.playback import play_script, read_script
from samtale_tui.scenarios import Scenario, load_scenario
from samtale_tui.scenarios.check import check_structure

ROOT = Path(__file__).resolve().parents[2]
SCENARIO = ROOT / "scenarios" / "korte-fravaer.toml"
SCRIPTS = Path(__file__).parent / "scripts"


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return load_scenario(SCENARIO)


def _play(scenario: Scenario, name: str) -> Conversation:
    replies = read_script((SCRIPTS / name).read_text(encoding="utf-8").splitlines())
    return play_script(scenario, replies)


def test_scenario_is_clean(scenario: Scenario) -> None:
    assert check_structure(scenario, str(SCENARIO)) == []
    assert len(scenario.nodes) >= 12
    assert {e.outcome for e in scenario.endings.values()} == {"good", "mixed", "poor"}


def test_good_script_reaches_a_shared_plan(scenario: Scenario) -> None:
    conv = _play(scenario, "korte-fravaer-good.txt")
    assert conv.state.ending == "felles_plan"
    assert {"varme", "tydelig", "forventninger"} <= conv.state.flags
    assert conv.state.trust >= 80


def test_poor_script_leaves_him_feeling_suspected(scenario: Scenario) -> None:
    conv = _play(scenario, "korte-fravaer-poor.txt")
    assert conv.state.ending == "mistenkt"
    assert conv.ending is not None and conv.ending.outcome == "poor"


def test_good_beats_poor_by_a_clear_margin(scenario: Scenario) -> None:
    good = _play(scenario, "korte-fravaer-good.txt")
    poor = _play(scenario, "korte-fravaer-poor.txt")
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


def _tempting(pitfall: str) -> Analysis:
    return Analysis(
        text="(testanalyse)",
        question_type="open",
        warmth=True,
        clarity=True,
        pitfalls=(pitfall,),
        score=80,
    )


@pytest.mark.parametrize("pitfall", ["diagnosis", "suspicion"])
@pytest.mark.parametrize("trust", [20, 50, 90])
def test_diagnosis_and_suspicion_are_never_rewarded(
    scenario: Scenario, pitfall: str, trust: int
) -> None:
    """Even dressed up as warm, open and clear, these two pitfalls never raise trust."""
    flags = frozenset({"varme", "tydelig", "h", "p1", "p2"})
    for node_id in scenario.nodes:
        conv = Conversation(scenario)
        conv.state = State(node=node_id, trust=trust, flags=flags, turn=3)
        _, branch = conv.preview(_tempting(pitfall))
        assert branch.trust < 0, node_id
        if scenario.target_kind(branch.goto) == "ending":
            assert scenario.endings[branch.goto].outcome == "poor", node_id


def test_following_every_hint_reaches_the_good_ending(scenario: Scenario) -> None:
    """Menu mode: the reply marked good at each node must lead to the good ending."""
    conv = Conversation(scenario)
    while not conv.over:
        hint = conv.hint()
        assert hint is not None
        conv.reply(hint.text)
    assert conv.state.ending == "felles_plan"


def test_the_poorest_menu_choices_end_badly(scenario: Scenario) -> None:
    conv = Conversation(scenario)
    while not conv.over:
        replies = conv.authored_replies()
        conv.choose(next(i for i, r in enumerate(replies) if r.quality == "poor"))
    assert conv.ending is not None and conv.ending.outcome == "poor"


def test_a_pause_takes_the_silence_branch_where_there_is_one(scenario: Scenario) -> None:
    for node_id, node in scenario.nodes.items():
        if not any(b.when.silence for b in node.branches):
            continue
        conv = Conversation(scenario)
        conv.state = State(node=node_id, trust=60, flags=frozenset({"varme"}), turn=3)
        _, branch = conv.preview(silence_analysis())
        assert branch.when.silence, node_id
