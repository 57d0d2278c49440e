"""Ellen: good, poor, pushy and too-careful playthroughs through the real analyser and engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from samtale_tui.analysis import Analysis
from samtale_tui.engine import Conversation, State
from samtale_tui.playback import play_script, read_script
from samtale_tui.scenarios import Scenario, builtin_dir, load_scenario
from samtale_tui.scenarios.check import check_structure
from samtale_tui.scenarios.model import Branch

SCENARIO_ID = "ellen"
SCRIPTS = Path(__file__).parent / "scripts"
SILENCE = Analysis(text="", silence=True)


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return load_scenario(builtin_dir() / f"{SCENARIO_ID}.toml")


def _play(scenario: Scenario, name: str) -> Conversation:
    path = SCRIPTS / f"{SCENARIO_ID}-{name}.txt"
    return play_script(scenario, read_script(path.read_text(encoding="utf-8").splitlines()))


def _outcome(conversation: Conversation) -> str | None:
    return conversation.ending.outcome if conversation.ending else None


def _branch_at(
    scenario: Scenario, node: str, analysis: Analysis, flags: set[str], trust: int = 60
) -> Branch:
    conversation = Conversation(scenario)
    conversation.state = State(node=node, trust=trust, flags=frozenset(flags))
    return conversation.preview(analysis)[1]


def test_scenario_is_clean(scenario: Scenario) -> None:
    assert check_structure(scenario, f"{SCENARIO_ID}.toml") == []
    assert len(scenario.nodes) >= 12
    assert {e.outcome for e in scenario.endings.values()} == {"good", "mixed", "poor"}


def test_good_script_reaches_the_good_ending(scenario: Scenario) -> None:
    conversation = _play(scenario, "good")
    assert conversation.state.ending == "god_avtale"
    assert {"varme", "tydelig", "rom"} <= conversation.state.flags
    assert any(turn.silence for turn in conversation.turns)


def test_poor_script_ends_with_ellen_withdrawing(scenario: Scenario) -> None:
    conversation = _play(scenario, "poor")
    assert conversation.state.ending == "trekker_seg"
    assert _outcome(conversation) == "poor"


def test_pushy_script_gets_a_yes_that_will_not_hold(scenario: Scenario) -> None:
    conversation = _play(scenario, "pushy")
    assert conversation.state.ending == "overkjort_slutt"
    assert _outcome(conversation) == "poor"


def test_good_practice_in_other_words_also_reaches_the_good_ending(scenario: Scenario) -> None:
    assert _outcome(_play(scenario, "good2")) == "good"


def test_poor_practice_in_other_words_also_ends_poorly(scenario: Scenario) -> None:
    assert _outcome(_play(scenario, "poor2")) == "poor"


def test_good_beats_poor_by_a_clear_margin(scenario: Scenario) -> None:
    good = _play(scenario, "good").state.trust
    for name in ("poor", "pushy"):
        assert good - _play(scenario, name).state.trust >= 40, name


def test_too_careful_does_not_reach_the_good_ending(scenario: Scenario) -> None:
    conversation = _play(scenario, "vague")
    assert conversation.over
    assert conversation.state.ending == "stillstand"
    assert "tydelig" not in conversation.state.flags


@pytest.mark.parametrize("node", ["vet_ikke", "hverdagen", "jobben", "tarer", "arbeidsevne"])
def test_a_pause_after_she_goes_quiet_gives_her_room(scenario: Scenario, node: str) -> None:
    branch = _branch_at(scenario, node, SILENCE, set(), trust=40)
    assert branch.trust > 0
    assert "rom" in branch.set_flags


def test_a_pause_is_wrong_when_she_waits_for_an_answer(scenario: Scenario) -> None:
    assert _branch_at(scenario, "lite_steg", SILENCE, set()).trust < 0
    assert _branch_at(scenario, "tredjeperson", SILENCE, set()).trust < 0


@pytest.mark.parametrize("pitfall", ["telling", "multiple_questions", "diagnosis"])
def test_pressure_and_diagnosis_are_never_rewarded(scenario: Scenario, pitfall: str) -> None:
    analysis = Analysis(
        text="x", question_type="open", warmth=True, clarity=True, pitfalls=(pitfall,)
    )
    for node in scenario.nodes:
        branch = _branch_at(scenario, node, analysis, {"varme", "tydelig"})
        assert branch.trust < 0, f"{node}: {pitfall} gave {branch.trust}"
        target = scenario.endings.get(branch.goto)
        assert target is None or target.outcome != "good", node


def test_a_plan_before_trust_is_built_overruns_her(scenario: Scenario) -> None:
    plan = Analysis(text="x", clarity=True)
    assert _branch_at(scenario, "lite_steg", plan, set(), trust=40).goto == "overkjort"


def test_third_person_offered_openly_is_welcomed(scenario: Scenario) -> None:
    offer = Analysis(text="x", question_type="open", topics=("occupational_health",))
    branch = _branch_at(scenario, "redd_neste", offer, set())
    assert branch.goto == "tredjeperson"
    assert branch.trust > 0


def test_clear_but_cold_does_not_reach_the_good_ending(scenario: Scenario) -> None:
    branch = _branch_at(scenario, "avslutning", Analysis(text="x", clarity=True), {"tydelig"})
    assert scenario.endings[branch.goto].outcome == "mixed"


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
