"""Shirin: good, poor and warm-but-vague playthroughs through the real analyser and engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from samtale_tui.analysis import Analysis
from samtale_tui.engine import Conversation, State
from samtale_tui.playback import play_script, read_script
from samtale_tui.scenarios import Scenario, builtin_dir, load_scenario
from samtale_tui.scenarios.check import check_structure
from samtale_tui.scenarios.model import Branch

SCENARIO_ID = "shirin"
SCRIPTS = Path(__file__).parent / "scripts"


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return load_scenario(builtin_dir() / f"{SCENARIO_ID}.toml")


def _play(scenario: Scenario, name: str) -> Conversation:
    path = SCRIPTS / f"{SCENARIO_ID}-{name}.txt"
    return play_script(scenario, read_script(path.read_text(encoding="utf-8").splitlines()))


def _outcome(conversation: Conversation) -> str | None:
    return conversation.ending.outcome if conversation.ending else None


def _branch_at(scenario: Scenario, node: str, analysis: Analysis, flags: set[str]) -> Branch:
    conversation = Conversation(scenario)
    conversation.state = State(node=node, trust=70, flags=frozenset(flags))
    return conversation.preview(analysis)[1]


def test_scenario_is_clean(scenario: Scenario) -> None:
    assert check_structure(scenario, f"{SCENARIO_ID}.toml") == []
    assert len(scenario.nodes) >= 12
    assert {e.outcome for e in scenario.endings.values()} == {"good", "mixed", "poor"}


def test_good_script_reaches_the_good_ending(scenario: Scenario) -> None:
    conversation = _play(scenario, "good")
    assert conversation.state.ending == "god_avtale"
    assert {"varme", "tydelig"} <= conversation.state.flags
    assert "tvil" not in conversation.state.flags


def test_poor_script_ends_with_shirin_withdrawing(scenario: Scenario) -> None:
    conversation = _play(scenario, "poor")
    assert conversation.state.ending == "trekker_seg"
    assert _outcome(conversation) == "poor"


def test_good_practice_in_other_words_also_reaches_the_good_ending(scenario: Scenario) -> None:
    assert _outcome(_play(scenario, "good2")) == "good"


def test_poor_practice_in_other_words_also_ends_poorly(scenario: Scenario) -> None:
    assert _outcome(_play(scenario, "poor2")) == "poor"


def test_good_beats_poor_by_a_clear_margin(scenario: Scenario) -> None:
    good = _play(scenario, "good").state.trust
    poor = _play(scenario, "poor").state.trust
    assert good - poor >= 40


def test_warm_but_vague_does_not_reach_the_good_ending(scenario: Scenario) -> None:
    conversation = _play(scenario, "vague")
    assert conversation.over
    assert _outcome(conversation) == "mixed"
    assert "tydelig" not in conversation.state.flags


@pytest.mark.parametrize("pitfall", ["suspicion", "diagnosis"])
def test_doubt_and_diagnosis_questions_are_never_rewarded(scenario: Scenario, pitfall: str) -> None:
    # Even a warm, clear, open reply costs trust if it doubts her or asks about the illness.
    analysis = Analysis(
        text="x", question_type="open", warmth=True, clarity=True, pitfalls=(pitfall,)
    )
    for node in scenario.nodes:
        branch = _branch_at(scenario, node, analysis, {"varme", "tydelig"})
        assert branch.trust < 0, f"{node}: {pitfall} gave {branch.trust}"
        target = scenario.endings.get(branch.goto)
        assert target is None or target.outcome != "good", node


def test_clear_but_cold_does_not_reach_the_good_ending(scenario: Scenario) -> None:
    clear = Analysis(text="x", clarity=True)
    branch = _branch_at(scenario, "avslutning", clear, {"tydelig"})
    assert scenario.endings[branch.goto].outcome == "mixed"


def test_staying_silent_when_she_asks_if_you_believe_her_costs_trust(
    scenario: Scenario,
) -> None:
    branch = _branch_at(scenario, "tror_du_meg", Analysis(text="", silence=True), set())
    assert branch.trust < 0
    assert branch.goto == "forsvar"


def _menu_play(scenario: Scenario, quality: str) -> Conversation:
    """Play menu mode, always choosing the first authored reply of one quality."""
    conversation = Conversation(scenario)
    while not conversation.over:
        replies = conversation.authored_replies()
        conversation.choose(next(i for i, r in enumerate(replies) if r.quality == quality))
    return conversation


def test_following_the_hints_in_menu_mode_reaches_the_good_ending(scenario: Scenario) -> None:
    conversation = _menu_play(scenario, "good")
    assert _outcome(conversation) == "good"
    assert all(turn.trust_after >= turn.trust_before for turn in conversation.turns)


def test_choosing_the_poor_replies_in_menu_mode_ends_poorly(scenario: Scenario) -> None:
    assert _outcome(_menu_play(scenario, "poor")) == "poor"
