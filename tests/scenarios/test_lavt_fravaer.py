"""Good and poor playthroughs of the low-absence scenario (Geir, the sceptical peer)."""

from __future__ import annotations

from pathlib import Path

import pytest

from samtale_tui.analysis import Analysis
from samtale_tui.engine import Conversation, State
from samtale_tui.playback import play_script, read_script
from samtale_tui.scenarios import Scenario, load_scenario
from samtale_tui.scenarios.check import check_structure

ROOT = Path(__file__).resolve().parents[2]
SCENARIO = ROOT / "scenarios" / "lavt-fravaer.toml"
SCRIPTS = Path(__file__).parent / "scripts"


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return load_scenario(SCENARIO)


def _play(scenario: Scenario, name: str) -> Conversation:
    lines = (SCRIPTS / f"lavt-fravaer-{name}.txt").read_text(encoding="utf-8").splitlines()
    return play_script(scenario, read_script(lines))


def test_scenario_is_clean(scenario: Scenario) -> None:
    assert check_structure(scenario, str(SCENARIO)) == []


def test_good_script_reaches_the_good_ending(scenario: Scenario) -> None:
    conversation = _play(scenario, "good")
    assert conversation.state.ending == "felles_forsok"
    assert conversation.ending is not None and conversation.ending.outcome == "good"
    assert {"varme", "tydelig"} <= conversation.state.flags


def test_poor_script_ends_in_a_break(scenario: Scenario) -> None:
    conversation = _play(scenario, "poor")
    assert conversation.state.ending == "brudd"
    assert conversation.ending is not None and conversation.ending.outcome == "poor"


def test_good_builds_far_more_trust_than_poor(scenario: Scenario) -> None:
    good = _play(scenario, "good").state.trust
    poor = _play(scenario, "poor").state.trust
    assert good - poor >= 40


def test_warm_but_vague_does_not_reach_the_good_ending(scenario: Scenario) -> None:
    warm = "Takk for at du sier det. Det høres tungt ut."
    conversation = play_script(scenario, [warm] * scenario.max_turns)
    assert conversation.ending is not None
    assert conversation.ending.outcome != "good"


def test_why_questions_drive_him_out(scenario: Scenario) -> None:
    conversation = Conversation(scenario)
    conversation.reply("Hvorfor har dere så høyt fravær?")
    assert conversation.state.node == "forsvar"
    conversation.reply("Hvorfor skulle pasientene forklare alt?")
    conversation.reply("Hvorfor vil du ikke høre på oss?")
    assert conversation.state.ending == "brudd"


@pytest.mark.parametrize("pitfall", ["telling", "minimizing", "leading"])
def test_lecturing_and_dismissing_are_never_rewarded(scenario: Scenario, pitfall: str) -> None:
    # Even a warm, clear, open reply loses trust when it lectures or waves his concerns away.
    tempting = Analysis(
        text="(test)", question_type="open", warmth=True, clarity=True, pitfalls=(pitfall,)
    )
    for node in scenario.nodes:
        conversation = Conversation(scenario, analyser=lambda _text: tempting)
        conversation.state = State(node=node, trust=60, flags=frozenset({"varme", "tydelig"}))
        turn = conversation.reply("(test)")
        assert turn.trust_after < turn.trust_before, node


def test_good_script_meets_the_key_moment_with_warmth_and_clarity(scenario: Scenario) -> None:
    conversation = _play(scenario, "good")
    assert all(t.trust_after >= t.trust_before for t in conversation.turns)
    key = next(t for t in conversation.turns if t.node == "ettergivende")
    assert key.analysis.warmth and key.analysis.clarity
    assert key.trust_after > key.trust_before
