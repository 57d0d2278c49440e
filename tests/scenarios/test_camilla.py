"""Camilla: good, poor and warm-but-vague playthroughs through the real analyser and engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from samtale_tui.analysis import Analysis
from samtale_tui.engine import Conversation, State
from samtale_tui.playback import play_script, read_script
from samtale_tui.scenarios import Scenario, builtin_dir, load_scenario
from samtale_tui.scenarios.check import check_structure

SCENARIO_ID = "camilla"
SCRIPTS = Path(__file__).parent / "scripts"


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return load_scenario(builtin_dir() / f"{SCENARIO_ID}.toml")


def _play(scenario: Scenario, name: str) -> Conversation:
    path = SCRIPTS / f"{SCENARIO_ID}-{name}.txt"
    return play_script(scenario, read_script(path.read_text(encoding="utf-8").splitlines()))


def _outcome(conversation: Conversation) -> str | None:
    return conversation.ending.outcome if conversation.ending else None


def test_scenario_is_clean(scenario: Scenario) -> None:
    assert check_structure(scenario, f"{SCENARIO_ID}.toml") == []
    assert len(scenario.nodes) >= 12
    assert {e.outcome for e in scenario.endings.values()} == {"good", "mixed", "poor"}


def test_good_script_reaches_the_good_ending(scenario: Scenario) -> None:
    conversation = _play(scenario, "good")
    assert conversation.state.ending == "ny_balanse"
    assert {"varme", "tydelig"} <= conversation.state.flags


def test_poor_script_ends_poorly(scenario: Scenario) -> None:
    conversation = _play(scenario, "poor")
    assert _outcome(conversation) == "poor"


def test_good_beats_poor_by_a_clear_margin(scenario: Scenario) -> None:
    good = _play(scenario, "good").state.trust
    poor = _play(scenario, "poor").state.trust
    assert good - poor >= 40


def test_warm_but_vague_does_not_reach_the_good_ending(scenario: Scenario) -> None:
    conversation = _play(scenario, "vague")
    assert conversation.over
    assert _outcome(conversation) == "mixed"
    assert "tydelig" not in conversation.state.flags


def _branch_for(scenario: Scenario, node: str, analysis: Analysis, trust: int = 60):
    conversation = Conversation(scenario)
    conversation.state = State(node=node, trust=trust, flags=frozenset({"varme", "tydelig"}))
    return conversation.preview(analysis)[1]


@pytest.mark.parametrize("pitfall", ["minimizing", "leading", "diagnosis"])
def test_face_value_and_diagnosis_pitfalls_are_never_rewarded(
    scenario: Scenario, pitfall: str
) -> None:
    # A warm, clear, open reply that still falls into the pitfall must cost trust everywhere.
    analysis = Analysis(
        text="x", question_type="open", warmth=True, clarity=True, pitfalls=(pitfall,)
    )
    for node in scenario.nodes:
        branch = _branch_for(scenario, node, analysis)
        assert branch.trust < 0, f"{node}: {pitfall} gave {branch.trust}"
        assert scenario.endings.get(branch.goto, None) is None or (
            scenario.endings[branch.goto].outcome != "good"
        )


def test_clear_but_cold_does_not_reach_the_good_ending(scenario: Scenario) -> None:
    analysis = Analysis(text="x", clarity=True)
    conversation = Conversation(scenario)
    conversation.state = State(node="oppsummering", trust=90, flags=frozenset({"tydelig"}))
    branch = conversation.preview(analysis)[1]
    assert scenario.target_kind(branch.goto) != "ending" or (
        scenario.endings[branch.goto].outcome != "good"
    )
