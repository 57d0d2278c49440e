#!/usr/bin/env python3
"""Measure the analyser on labelled batches: accuracy and F1 per batch and pooled.

Usage:
  python tools/measure_batches.py [-v] [--rules-only] SPEC [SPEC ...]

SPEC is ``module:NAME`` for a list in ``tests/`` (``analysis_unseen:UNSEEN_50``)
or a path to a Python file that defines ``BATCH`` (a batch a helper just wrote,
see ``tools/blind_batch_brief.md``). ``-v`` lists every reply the analyser gets
wrong; use it only on batches you are allowed to adjust for. ``--rules-only``
switches the learned word evidence off, to see what it adds.

Rows are ``(text, lang, question_type, warmth, clarity, reflection, pitfalls)``
as in ``tests/analysis_heldout.py``; figures as in ``docs/scoring.md``.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

from samtale_tui.analysis import PITFALLS, analyse, learned  # noqa: E402

Row = tuple[str, str, str, bool, bool, bool, tuple[str, ...]]


def f1(pairs: list[tuple[bool, bool]]) -> float:
    """F1 of (gold, predicted) pairs; 1.0 when neither side has any positive."""
    tp = sum(1 for g, p in pairs if g and p)
    fp = sum(1 for g, p in pairs if p and not g)
    fn = sum(1 for g, p in pairs if g and not p)
    return 1.0 if tp + fp + fn == 0 else 2 * tp / (2 * tp + fp + fn)


def load(spec: str) -> list[Row]:
    """The rows of ``module:NAME`` or of a file's ``BATCH``."""
    if spec.endswith(".py"):
        module_spec = importlib.util.spec_from_file_location("batch", spec)
        assert module_spec and module_spec.loader
        module = importlib.util.module_from_spec(module_spec)
        module_spec.loader.exec_module(module)
        return list(module.BATCH)
    name, _, attr = spec.partition(":")
    return list(getattr(importlib.import_module(name), attr))


def figures(rows: list[Row]) -> tuple[float, float, float, float, float]:
    """Question-type accuracy, warmth, clarity and reflection F1, pitfalls micro-F1."""
    done = [(r, analyse(r[0], lang=r[1])) for r in rows]
    qt = sum(r[2] == a.question_type for r, a in done) / len(done)
    w = f1([(r[3], a.warmth) for r, a in done])
    c = f1([(r[4], a.clarity) for r, a in done])
    rf = f1([(r[5], a.reflection) for r, a in done])
    p = f1([(x in r[6], x in a.pitfalls) for r, a in done for x in PITFALLS])
    return qt, w, c, rf, p


def misses(rows: list[Row]) -> list[str]:
    """One line per reply the analyser gets wrong, saying what differs."""
    out = []
    for r in rows:
        a = analyse(r[0], lang=r[1])
        diff = []
        if r[2] != a.question_type:
            diff.append(f"qt {r[2]}->{a.question_type}")
        for i, field in ((3, "warmth"), (4, "clarity"), (5, "reflection")):
            if r[i] != getattr(a, field):
                diff.append(f"{field} {r[i]}->{getattr(a, field)}")
        gold, found = set(r[6]), set(a.pitfalls)
        if gold - found:
            diff.append(f"MISS {sorted(gold - found)}")
        if found - gold:
            diff.append(f"FALSE {sorted(found - gold)}")
        if diff:
            out.append(f"    {r[0][:150]} | {'; '.join(diff)}")
    return out


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    if "--rules-only" in argv:
        learned.THRESHOLDS.clear()
    specs = [a for a in argv if not a.startswith("-")]
    if not specs:
        print(__doc__)
        return 2
    pooled: list[Row] = []
    for spec in specs:
        rows = load(spec)
        pooled += rows
        qt, w, c, rf, p = figures(rows)
        print(f"{spec:40s} n={len(rows):4d} qt={qt:.3f} w={w:.3f} c={c:.3f} r={rf:.3f} p={p:.3f}")
        if verbose:
            for line in misses(rows):
                print(line)
    if len(specs) > 1:
        qt, w, c, rf, p = figures(pooled)
        print(
            f"{'ALL':40s} n={len(pooled):4d} qt={qt:.3f} w={w:.3f} c={c:.3f} r={rf:.3f} p={p:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
