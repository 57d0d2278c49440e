"""A shared playthrough suite for scenarios written to the same pattern.

A scenario's test module subclasses ``PlaythroughSuite`` and sets its
constants; every test below then runs against that scenario through the real
analyser and engine. The base class is not collected on its own (its name does
not start with ``Test``).
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import ClassVar

import pytest

from samtale_tui.analysis import Analysis, analyse
from samtale_tui.engine import Conversation, State
from samtale_tui.playback import play_script, read_script
from samtale_tui.scenarios import Scenario, builtin_dir, load_scenario
from samtale_tui.scenarios.check import check_structure
from samtale_tui.scenarios.model import Branch

SCRIPTS = Path(__file__).parent / "scripts"


def play(scenario: Scenario, name: str) -> Conversation:
    """Play ``scripts/<id>-<name>.txt`` through the scenario."""
    path = SCRIPTS / f"{scenario.id}-{name}.txt"
    return play_script(scenario, read_script(path.read_text(encoding="utf-8").splitlines()))


def outcome(conversation: Conversation) -> str | None:
    """The outcome of the ending reached, if any."""
    return conversation.ending.outcome if conversation.ending else None


def branch_at(scenario: Scenario, node: str, analysis: Analysis, flags: set[str]) -> Branch:
    """The branch a reply would take at ``node``, at trust 70 with ``flags`` set."""
    conversation = Conversation(scenario)
    conversation.state = State(node=node, trust=70, flags=frozenset(flags))
    return conversation.preview(analysis)[1]


def is_good_ending(scenario: Scenario, target: str) -> bool:
    """True when ``target`` is an ending with a good outcome."""
    ending = scenario.endings.get(target)
    return ending is not None and ending.outcome == "good"


class PlaythroughSuite:
    """Good, poor and warm-but-vague playthroughs, pitfalls, menu replies, no repeats."""

    SCENARIO_ID: ClassVar[str]
    GOOD_ENDING: ClassVar[str]
    TEMPTING_PITFALLS: ClassVar[list[str]]
    DETOURS: ClassVar[set[str]]
    """Where the conversation goes after a pitfall, and the re-entry nodes after a repair."""

    @pytest.fixture(scope="class")
    def scenario(self) -> Scenario:
        return load_scenario(builtin_dir() / f"{self.SCENARIO_ID}.toml")

    def test_scenario_is_clean(self, scenario: Scenario) -> None:
        assert check_structure(scenario, f"{self.SCENARIO_ID}.toml") == []
        assert len(scenario.nodes) >= 12
        assert {e.outcome for e in scenario.endings.values()} == {"good", "mixed", "poor"}

    def test_good_script_reaches_the_good_ending(self, scenario: Scenario) -> None:
        conversation = play(scenario, "good")
        assert conversation.state.ending == self.GOOD_ENDING
        assert {"varme", "tydelig"} <= conversation.state.flags

    def test_poor_script_ends_poorly(self, scenario: Scenario) -> None:
        assert outcome(play(scenario, "poor")) == "poor"

    def test_good_beats_poor_by_a_clear_margin(self, scenario: Scenario) -> None:
        good = play(scenario, "good").state.trust
        poor = play(scenario, "poor").state.trust
        assert good - poor >= 40

    def test_warm_but_vague_does_not_reach_the_good_ending(self, scenario: Scenario) -> None:
        conversation = play(scenario, "vague")
        assert conversation.over
        assert outcome(conversation) == "mixed"
        assert "tydelig" not in conversation.state.flags

    def test_the_tempting_pitfalls_are_never_rewarded(self, scenario: Scenario) -> None:
        # Even a warm, clear, open reply costs trust everywhere if it falls into the pitfall.
        for pitfall in self.TEMPTING_PITFALLS:
            analysis = Analysis(
                text="x", question_type="open", warmth=True, clarity=True, pitfalls=(pitfall,)
            )
            for node in scenario.nodes:
                branch = branch_at(scenario, node, analysis, {"varme", "tydelig", "planfase"})
                assert branch.trust < 0, f"{node}: {pitfall} gave {branch.trust:+}"
                assert not is_good_ending(scenario, branch.goto), node

    def test_clear_but_cold_does_not_reach_the_good_ending(self, scenario: Scenario) -> None:
        analysis = Analysis(text="x", clarity=True)
        for node in scenario.nodes:
            branch = branch_at(scenario, node, analysis, {"tydelig", "planfase"})
            assert not is_good_ending(scenario, branch.goto), node

    def test_menu_replies_are_rewarded_as_their_quality_says(self, scenario: Scenario) -> None:
        # Mid-conversation, after a warm start: good menu replies gain trust, poor ones lose it.
        flags = {"varme", "tydelig", "planfase"}
        for node_id, node in scenario.nodes.items():
            for reply in node.replies:
                branch = branch_at(scenario, node_id, analyse(reply.text), flags)
                if reply.quality == "good":
                    assert branch.trust > 0, f"{node_id}: {reply.text!r} gave {branch.trust:+}"
                elif reply.quality == "poor":
                    assert branch.trust < 0, f"{node_id}: {reply.text!r} gave {branch.trust:+}"
                    assert not is_good_ending(scenario, branch.goto), node_id

    def test_main_nodes_are_never_revisited(self, scenario: Scenario) -> None:
        # However the manager mixes good and poor menu replies, the employee never has to
        # say a main-path line twice: repairs resume after the last thing they told you.
        rng = random.Random(7)
        for _ in range(200):
            conversation = Conversation(scenario)
            visited: list[str] = []
            while not conversation.over:
                node = conversation.state.node
                if node not in self.DETOURS:
                    assert node not in visited, f"{' > '.join(visited)} > {node}"
                    visited.append(node)
                conversation.choose(rng.randrange(len(conversation.authored_replies())))
