"""Shared playthrough helpers and suite for the scenario tests.

The module-level helpers load a built-in scenario, play a script or a menu
strategy through it, and ask the engine where one reply would lead. Every
scenario's test module uses them instead of keeping its own copies.

A scenario written to the common pattern subclasses ``PlaythroughSuite`` and
sets its constants; every test in the suite then runs against that scenario
through the real analyser and engine. The base class is not collected on its
own (its name does not start with ``Test``).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import ClassVar

import pytest

from samtale_tui.analysis import Analysis, analyse
from samtale_tui.engine import Conversation, State, Turn
from samtale_tui.playback import play_script, read_script
from samtale_tui.scenarios import Scenario, builtin_dir, load_scenario
from samtale_tui.scenarios.check import check_structure
from samtale_tui.scenarios.model import Branch

SCRIPTS = Path(__file__).parent / "scripts"


def scenario_path(scenario_id: str) -> Path:
    """The file of a built-in scenario.

    Args:
        scenario_id: The scenario's id, e.g. ``"korte-fravaer"``.

    Returns:
        The path of ``<id>.toml`` in the built-in scenario folder.
    """
    return builtin_dir() / f"{scenario_id}.toml"


def load(scenario_id: str) -> Scenario:
    """Load a built-in scenario.

    Args:
        scenario_id: The scenario's id.

    Returns:
        The scenario read from its file.
    """
    return load_scenario(scenario_path(scenario_id))


def scenario_fixture(scenario_id: str) -> Callable[[], Scenario]:
    """A module-scoped fixture that loads one built-in scenario.

    Assign it in a test module; the fixture takes the name it is assigned to,
    e.g. ``scenario = scenario_fixture("ellen")``.

    Args:
        scenario_id: The scenario's id.

    Returns:
        The fixture function.
    """

    @pytest.fixture(scope="module")
    def scenario() -> Scenario:
        return load(scenario_id)

    return scenario


def script(scenario: Scenario, name: str) -> list[str | None]:
    """The replies of ``scripts/<id>-<name>.txt``.

    Args:
        scenario: The scenario the script belongs to.
        name: The script's name after the scenario id, e.g. ``"good"``.

    Returns:
        The replies, ``None`` for a pause.
    """
    path = SCRIPTS / f"{scenario.id}-{name}.txt"
    return read_script(path.read_text(encoding="utf-8").splitlines())


def play(scenario: Scenario, name: str) -> Conversation:
    """Play ``scripts/<id>-<name>.txt`` through the scenario.

    Args:
        scenario: The scenario to play.
        name: The script's name after the scenario id, e.g. ``"good"``.

    Returns:
        The conversation once the script runs out or an ending is reached.
    """
    return play_script(scenario, script(scenario, name))


def menu_play(scenario: Scenario, quality: str) -> Conversation:
    """Play menu mode, always choosing the first authored reply of one quality.

    Args:
        scenario: The scenario to play.
        quality: The quality of reply to choose, e.g. ``"good"`` or ``"poor"``.

    Returns:
        The finished conversation.
    """
    conversation = Conversation(scenario)
    while not conversation.over:
        replies = conversation.authored_replies()
        conversation.choose(next(i for i, r in enumerate(replies) if r.quality == quality))
    return conversation


def hint_play(scenario: Scenario) -> Conversation:
    """Play menu mode, always giving the reply the hint suggests.

    Args:
        scenario: The scenario to play.

    Returns:
        The finished conversation.

    Raises:
        AssertionError: When a node offers no hint before the conversation is over.
    """
    conversation = Conversation(scenario)
    while not conversation.over:
        hint = conversation.hint()
        assert hint is not None
        conversation.reply(hint.text)
    return conversation


def outcome(conversation: Conversation) -> str | None:
    """The outcome of the ending reached, if any.

    Args:
        conversation: A played conversation.

    Returns:
        ``"good"``, ``"mixed"`` or ``"poor"``, or ``None`` when no ending was reached.
    """
    return conversation.ending.outcome if conversation.ending else None


def branch_at(
    scenario: Scenario,
    node: str,
    analysis: Analysis,
    flags: Iterable[str],
    *,
    trust: int = 70,
    turn: int = 0,
) -> Branch:
    """The branch a reply would take at ``node``.

    Args:
        scenario: The scenario.
        node: The node the reply is given at.
        analysis: The reply's analysis.
        flags: The flags set before the reply.
        trust: The trust before the reply.
        turn: The turn number before the reply.

    Returns:
        The branch the engine would take.
    """
    conversation = Conversation(scenario)
    conversation.state = State(node=node, trust=trust, flags=frozenset(flags), turn=turn)
    return conversation.preview(analysis)[1]


def reply_at(
    scenario: Scenario, node: str, analysis: Analysis, flags: Iterable[str], *, trust: int = 70
) -> Turn:
    """Reply at ``node`` with an analyser that always gives ``analysis``.

    Args:
        scenario: The scenario.
        node: The node the reply is given at.
        analysis: What the analyser says of the reply; its text is the reply.
        flags: The flags set before the reply.
        trust: The trust before the reply.

    Returns:
        The turn the reply made.
    """
    conversation = Conversation(scenario, analyser=lambda _text: analysis)
    conversation.state = State(node=node, trust=trust, flags=frozenset(flags))
    return conversation.reply(analysis.text)


def tempting(
    pitfall: str, *, text: str = "x", topics: tuple[str, ...] = (), score: int = 0
) -> Analysis:
    """The analysis of a warm, clear, open reply that still falls into a pitfall.

    Args:
        pitfall: The pitfall the reply falls into.
        text: The reply's text.
        topics: The topics the reply raises.
        score: The reply's score.

    Returns:
        The analysis.
    """
    return Analysis(
        text=text,
        question_type="open",
        warmth=True,
        clarity=True,
        topics=topics,
        pitfalls=(pitfall,),
        score=score,
    )


def silence_nodes(scenario: Scenario) -> list[str]:
    """The nodes with a branch for a pause.

    Args:
        scenario: The scenario.

    Returns:
        The ids of the nodes where some branch answers silence, in scenario order.
    """
    return [
        node_id
        for node_id, node in scenario.nodes.items()
        if any(b.when.silence for b in node.branches)
    ]


def is_good_ending(scenario: Scenario, target: str) -> bool:
    """True when ``target`` is an ending with a good outcome.

    Args:
        scenario: The scenario.
        target: A branch's target: a node or an ending.

    Returns:
        Whether the target is a good ending.
    """
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
        return load(self.SCENARIO_ID)

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
            analysis = tempting(pitfall)
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
