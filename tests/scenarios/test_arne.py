"""Arne: good, poor and warm-but-vague playthroughs through the real analyser and engine."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from samtale_tui.analysis import Analysis, analyse
from samtale_tui.engine import Conversation, State
from samtale_tui.playback import play_script, read_script
from samtale_tui.scenarios import Scenario, builtin_dir, load_scenario
from samtale_tui.scenarios.check import check_structure
from samtale_tui.scenarios.model import Branch

SCENARIO_ID = "arne"
GOOD_ENDING = "ny_kurs"
TEMPTING_PITFALLS = ["telling", "multiple_questions", "suspicion", "diagnosis"]
SCRIPTS = Path(__file__).parent / "scripts"
# Where the conversation goes after a pitfall, and the re-entry node after a repair.
DETOURS = {"skjema", "forsvar", "presset", "tilbake", "tilbake2"}


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


def _is_good_ending(scenario: Scenario, target: str) -> bool:
    ending = scenario.endings.get(target)
    return ending is not None and ending.outcome == "good"


def test_scenario_is_clean(scenario: Scenario) -> None:
    assert check_structure(scenario, f"{SCENARIO_ID}.toml") == []
    assert len(scenario.nodes) >= 12
    assert {e.outcome for e in scenario.endings.values()} == {"good", "mixed", "poor"}


def test_good_script_reaches_the_good_ending(scenario: Scenario) -> None:
    conversation = _play(scenario, "good")
    assert conversation.state.ending == GOOD_ENDING
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


@pytest.mark.parametrize("pitfall", TEMPTING_PITFALLS)
def test_the_tempting_pitfalls_are_never_rewarded(scenario: Scenario, pitfall: str) -> None:
    # Even a warm, clear, open reply costs trust everywhere if it falls into the pitfall.
    analysis = Analysis(
        text="x", question_type="open", warmth=True, clarity=True, pitfalls=(pitfall,)
    )
    for node in scenario.nodes:
        branch = _branch_at(scenario, node, analysis, {"varme", "tydelig", "planfase"})
        assert branch.trust < 0, f"{node}: {pitfall} gave {branch.trust:+}"
        assert not _is_good_ending(scenario, branch.goto), node


def test_clear_but_cold_does_not_reach_the_good_ending(scenario: Scenario) -> None:
    analysis = Analysis(text="x", clarity=True)
    for node in scenario.nodes:
        branch = _branch_at(scenario, node, analysis, {"tydelig", "planfase"})
        assert not _is_good_ending(scenario, branch.goto), node


def test_menu_replies_are_rewarded_as_their_quality_says(scenario: Scenario) -> None:
    # Mid-conversation, after a warm start: good menu replies gain trust, poor ones lose it.
    flags = {"varme", "tydelig", "planfase"}
    for node_id, node in scenario.nodes.items():
        for reply in node.replies:
            branch = _branch_at(scenario, node_id, analyse(reply.text), flags)
            if reply.quality == "good":
                assert branch.trust > 0, f"{node_id}: {reply.text!r} gave {branch.trust:+}"
            elif reply.quality == "poor":
                assert branch.trust < 0, f"{node_id}: {reply.text!r} gave {branch.trust:+}"
                assert not _is_good_ending(scenario, branch.goto), node_id


def test_main_nodes_are_never_revisited(scenario: Scenario) -> None:
    # However the manager mixes good and poor menu replies, the employee never has to
    # say a main-path line twice: repairs resume after the last thing they told you.
    rng = random.Random(7)
    for _ in range(200):
        conversation = Conversation(scenario)
        visited: list[str] = []
        while not conversation.over:
            node = conversation.state.node
            if node not in DETOURS:
                assert node not in visited, f"{' > '.join(visited)} > {node}"
                visited.append(node)
            conversation.choose(rng.randrange(len(conversation.authored_replies())))
