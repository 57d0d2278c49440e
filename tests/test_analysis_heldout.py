"""The analyser against hand-labelled replies that are not in the dev corpus.

The rows live in ``analysis_heldout.py``. The thresholds are the issue's
targets for unseen replies; the per-row failures are listed when one is missed.
"""

from __future__ import annotations

import pytest

from analysis_heldout import (
    CASES,
    CASES_BLIND,
    CASES_BLIND_2,
    CASES_BLIND_3,
    CASES_BLIND_4,
    CASES_BLIND_5,
    CASES_BLIND_6,
    CASES_BLIND_7,
    CASES_BLIND_8,
    CASES_BLIND_9,
    Case,
)
from samtale_tui.analysis import PITFALLS, analyse

ALL = (
    CASES
    + CASES_BLIND
    + CASES_BLIND_2
    + CASES_BLIND_3
    + CASES_BLIND_4
    + CASES_BLIND_5
    + CASES_BLIND_6
    + CASES_BLIND_7
    + CASES_BLIND_8
    + CASES_BLIND_9
)


def _f1(pairs: list[tuple[bool, bool]]) -> float:
    tp = sum(1 for g, p in pairs if g and p)
    fp = sum(1 for g, p in pairs if p and not g)
    fn = sum(1 for g, p in pairs if g and not p)
    return 1.0 if tp + fp + fn == 0 else 2 * tp / (2 * tp + fp + fn)


def _misses(rows: list[tuple[Case, object]], field: str, index: int) -> list[str]:
    return [c[0] for c, a in rows if c[index] != getattr(a, field)]


@pytest.fixture(scope="module")
def rows() -> list[tuple[Case, object]]:
    return [(c, analyse(c[0], lang=c[1])) for c in ALL]


def test_there_are_enough_varied_cases() -> None:
    assert len(ALL) >= 60
    assert {c[1] for c in ALL} == {"nb", "en"}
    assert {c[2] for c in ALL} == {"why", "open", "closed", "none"}
    assert {p for c in ALL for p in c[6]} == set(PITFALLS)


def test_question_type_accuracy(rows) -> None:
    misses = _misses(rows, "question_type", 2)
    assert 1 - len(misses) / len(rows) >= 0.97, misses


@pytest.mark.parametrize(("field", "index"), [("warmth", 3), ("clarity", 4), ("reflection", 5)])
def test_feature_f1(rows, field: str, index: int) -> None:
    f1 = _f1([(c[index], getattr(a, field)) for c, a in rows])
    assert f1 >= 0.85, _misses(rows, field, index)


def test_pitfalls_micro_f1(rows) -> None:
    pairs = [(p in c[6], p in a.pitfalls) for c, a in rows for p in PITFALLS]
    wrong = [c[0] for c, a in rows if set(c[6]) != set(a.pitfalls)]
    assert _f1(pairs) >= 0.80, wrong
