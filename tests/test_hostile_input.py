"""Hostile input: arbitrary text and mutated files never cause anything but clear errors."""

from __future__ import annotations

import copy
import signal
from pathlib import Path
from typing import Any

import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samtale_tui.analysis import analyse
from samtale_tui.engine import Conversation
from samtale_tui.scenarios import ScenarioError, parse_scenario
from samtale_tui.scenarios.check import check_structure
from samtale_tui.tomlcompat import tomllib

FIXTURES = Path(__file__).parent / "fixtures"
MINI_TEXT = (FIXTURES / "mini.toml").read_text(encoding="utf-8")
MINI_DATA = tomllib.loads(MINI_TEXT)

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.text(max_size=2000))
def test_analyser_never_raises_on_any_unicode(text: str) -> None:
    result = analyse(text)
    assert 0 <= result.score <= 100
    for item in result.feedback:
        assert 0 <= item.start <= item.end <= len(text)
    for q in result.questions:
        assert 0 <= q.start <= q.end <= len(text)
    result.to_json()


@SETTINGS
@given(st.sampled_from(["nb", "en", None]), st.text(alphabet=st.characters(), max_size=300))
def test_analyser_is_deterministic(lang: str | None, text: str) -> None:
    assert analyse(text, lang=lang) == analyse(text, lang=lang)


ADVERSARIAL = [
    "hvorfor " * 20_000,
    "?" * 50_000,
    "Hva " + "og " * 30_000 + "?",
    "a" * 200_000,
    "Hvordan " + ", ".join(["ikke sant"] * 5_000),
    "\x00\x1b[31m" * 10_000 + "Hvorfor?",
    "😀" * 50_000,
]


class Hang(Exception):
    """An analysis ran for far longer than any linear-time one could."""


def test_analyser_survives_adversarial_inputs() -> None:
    """Pathological replies finish and give a valid analysis.

    Not a performance test (``benchmarks/analyse.py`` measures speed): the alarm
    only turns a catastrophic-backtracking hang into a failure instead of a CI
    run that never ends. Each input here takes well under a second when the
    analyser is linear.
    """

    def hang(signum: int, frame: object) -> None:
        raise Hang("the analyser did not finish: catastrophic backtracking?")

    use_alarm = hasattr(signal, "SIGALRM")
    old = signal.signal(signal.SIGALRM, hang) if use_alarm else None
    try:
        for text in ADVERSARIAL:
            if use_alarm:
                signal.alarm(60)
            try:
                result = analyse(text)
            except Hang:
                raise AssertionError(
                    f"analyser hung on {text[:40]!r}... ({len(text)} chars)"
                ) from None
            finally:
                if use_alarm:
                    signal.alarm(0)
            assert 0 <= result.score <= 100
    finally:
        if use_alarm:
            signal.signal(signal.SIGALRM, old)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            out.extend(_paths(item, (*prefix, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out.extend(_paths(item, (*prefix, index)))
    return out


ALL_PATHS = _paths(MINI_DATA)
REPLACEMENTS = st.one_of(
    st.none(),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.text(max_size=20),
    st.booleans(),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


def _mutate(data: dict[str, Any], path: tuple[Any, ...], action: str, value: Any) -> None:
    parent: Any = data
    for key in path[:-1]:
        parent = parent[key]
    last = path[-1]
    if action == "delete":
        del parent[last]
    elif action == "rename" and isinstance(parent, dict):
        parent[f"{last}x"] = parent.pop(last)
    elif value is None:
        del parent[last]
    else:
        parent[last] = value


@SETTINGS
@given(
    st.lists(
        st.tuples(
            st.sampled_from(ALL_PATHS),
            st.sampled_from(["delete", "rename", "replace"]),
            REPLACEMENTS,
        ),
        min_size=1,
        max_size=4,
    )
)
def test_mutated_scenarios_give_only_clear_errors(mutations) -> None:
    data = copy.deepcopy(MINI_DATA)
    for path, action, value in mutations:
        try:
            _mutate(data, path, action, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed this place
    text = tomli_w.dumps(data)
    try:
        scenario = parse_scenario(text, "mutert.toml")
    except ScenarioError as exc:
        assert exc.problems, "a ScenarioError must carry its problems"
        for problem in exc.problems:
            assert problem.file == "mutert.toml" and problem.message
        return
    problems = check_structure(scenario, "mutert.toml")
    if not any(p.severity == "error" for p in problems):
        conversation = Conversation(scenario)
        conversation.replay(["Hvordan har du det?", None, "Hvorfor?"])


@SETTINGS
@given(st.integers(min_value=0, max_value=len(MINI_TEXT) - 1), st.text(min_size=1, max_size=5))
def test_corrupted_scenario_text_gives_only_clear_errors(at: int, junk: str) -> None:
    text = MINI_TEXT[:at] + junk + MINI_TEXT[at + len(junk) :]
    try:
        scenario = parse_scenario(text, "korrupt.toml")
    except ScenarioError as exc:
        assert all(p.message for p in exc.problems)
        return
    check_structure(scenario, "korrupt.toml")
