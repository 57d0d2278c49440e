"""The analyser against the blind batches in ``analysis_blind.py``.

Each batch was measured before the rules were adjusted to it (figures in
``docs/scoring.md``); after adjusting, these tests keep them at or above the
issue's targets, and keep the misses reported by scenario authors fixed.
"""

from __future__ import annotations

import pytest

import analysis_blind as ab
from samtale_tui.analysis import PITFALLS, analyse

BATCHES = {name: getattr(ab, name) for name in dir(ab) if name.startswith("BATCH_")}


def _f1(pairs: list[tuple[bool, bool]]) -> float:
    tp = sum(1 for g, p in pairs if g and p)
    fp = sum(1 for g, p in pairs if p and not g)
    fn = sum(1 for g, p in pairs if g and not p)
    return 1.0 if tp + fp + fn == 0 else 2 * tp / (2 * tp + fp + fn)


@pytest.mark.parametrize("name", sorted(BATCHES))
def test_batch_meets_targets(name: str) -> None:
    rows = [(c, analyse(c[0], lang=c[1])) for c in BATCHES[name]]
    assert len(rows) >= 40
    qt = [c[0] for c, a in rows if c[2] != a.question_type]
    assert 1 - len(qt) / len(rows) >= 0.97, qt
    for field, i in (("warmth", 3), ("clarity", 4), ("reflection", 5)):
        f1 = _f1([(c[i], getattr(a, field)) for c, a in rows])
        assert f1 >= 0.85, (field, [c[0] for c, a in rows if c[i] != getattr(a, field)])
    pairs = [(p in c[6], p in a.pitfalls) for c, a in rows for p in PITFALLS]
    assert _f1(pairs) >= 0.80, [c[0] for c, a in rows if set(c[6]) != set(a.pitfalls)]


@pytest.mark.parametrize("case", ab.REPORTED, ids=lambda c: c[0][:40])
def test_reported_miss_is_fixed(case) -> None:
    text, lang, qtype, warmth, clarity, reflection, pitfalls = case
    a = analyse(text, lang=lang)
    assert (a.question_type, a.warmth, a.clarity, a.reflection) == (
        qtype,
        warmth,
        clarity,
        reflection,
    )
    assert set(a.pitfalls) == set(pitfalls)
