"""Rune (the stuck case): good and poor playthroughs, third party, and pitfalls."""

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
SCENARIO = ROOT / "scenarios" / "fastlast.toml"
SCRIPTS = Path(__file__).parent / "scripts"


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return load_scenario(SCENARIO)


def _script(name: str) -> list[str | None]:
    return read_script((SCRIPTS / name).read_text(encoding="utf-8").splitlines())


def test_scenario_is_clean(scenario: Scenario) -> None:
    assert check_structure(scenario, str(SCENARIO)) == []
    assert len(scenario.nodes) >= 12
    assert {e.outcome for e in scenario.endings.values()} == {"good", "mixed", "poor"}


def test_good_script_reaches_a_new_start(scenario: Scenario) -> None:
    conv = play_script(scenario, _script("fastlast-good.txt"))
    assert conv.state.ending == "ny_start"
    assert {"varme", "tydelig", "tredjepart", "forventning"} <= conv.state.flags
    assert conv.state.trust >= 80


def test_poor_script_breaks_down(scenario: Scenario) -> None:
    conv = play_script(scenario, _script("fastlast-poor.txt"))
    assert conv.state.ending == "brudd"
    assert conv.ending is not None and conv.ending.outcome == "poor"


def test_good_beats_poor_by_a_clear_margin(scenario: Scenario) -> None:
    good = play_script(scenario, _script("fastlast-good.txt"))
    poor = play_script(scenario, _script("fastlast-poor.txt"))
    assert good.state.trust - poor.state.trust >= 50


def test_warm_and_clear_without_a_third_party_is_only_mixed(scenario: Scenario) -> None:
    """The case is stuck: without help from outside, it becomes one more plan."""
    replies = _script("fastlast-good.txt")
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


def _tempting(pitfall: str) -> Analysis:
    return Analysis(
        text="(testanalyse)",
        question_type="open",
        warmth=True,
        clarity=True,
        topics=("third_party", "nav"),
        pitfalls=(pitfall,),
        score=80,
    )


@pytest.mark.parametrize("pitfall", ["diagnosis", "suspicion"])
@pytest.mark.parametrize("trust", [15, 50, 90])
def test_diagnosis_and_suspicion_are_never_rewarded(
    scenario: Scenario, pitfall: str, trust: int
) -> None:
    flags = frozenset({"varme", "tydelig", "tredjepart", "forventning"})
    for node_id in scenario.nodes:
        conv = Conversation(scenario)
        conv.state = State(node=node_id, trust=trust, flags=flags, turn=3)
        _, branch = conv.preview(_tempting(pitfall))
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
    conv = Conversation(scenario)
    while not conv.over:
        hint = conv.hint()
        assert hint is not None
        conv.reply(hint.text)
    assert conv.state.ending == "ny_start"


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
