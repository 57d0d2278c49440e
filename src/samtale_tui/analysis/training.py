"""Fit the weights of ``learned.py``: logistic regression in plain Python.

Binary features (the words and word pairs of a reply), balanced class weights
(a label seen in one reply of ten counts as much as its absence) and L2
regularisation, fitted by full-batch AdaGrad.
Every step is deterministic, so the same rows always give the same weights.

Nothing here runs in the app; ``tools/train_analyser.py`` calls it and writes
the weights file the app reads.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Callable, Sequence

from samtale_tui.analysis.dialect import normalise
from samtale_tui.analysis.learned import text_features
from samtale_tui.analysis.text import prepare, sentences

Row = tuple[str, str, str, bool, bool, bool, tuple[str, ...]]
"""A labelled reply: text, lang, question type, warmth, clarity, reflection, pitfalls."""

LABELS: dict[str, Callable[[Row], bool]] = {
    "warmth": lambda r: r[3],
    "clarity": lambda r: r[4],
    "reflection": lambda r: r[5],
    "diagnosis": lambda r: "diagnosis" in r[6],
    "suspicion": lambda r: "suspicion" in r[6],
    "telling": lambda r: "telling" in r[6],
    "minimizing": lambda r: "minimizing" in r[6],
}
"""Every label a weights file holds (``learned.THRESHOLDS`` decides which are used)."""

MIN_COUNT = 2
"""A feature must appear in at least this many replies to get a weight."""

MIN_WEIGHT = 0.01
"""Smaller weights are left out of the file (they never move a verdict)."""


def features_of(text: str) -> list[str]:
    """The features of one reply, exactly as the analyser reads them."""
    low, _ = normalise(prepare(text))
    return text_features(low, sentences(low))


def fingerprint(rows: Sequence[Row]) -> str:
    """A hash of the training rows, so a test can tell stale weights."""
    h = hashlib.sha256()
    for row in rows:
        h.update(repr(tuple(row)).encode("utf-8"))
    return h.hexdigest()


def fit(
    xs: Sequence[Sequence[str]],
    ys: Sequence[bool],
    *,
    c: float = 1.0,
    steps: int = 300,
    rate: float = 0.5,
) -> tuple[float, dict[str, float]]:
    """Fit one label by full-batch AdaGrad. Returns the bias and a weight per feature.

    Minimises the class-weighted mean log loss plus ``||w||^2 / (2 c n)``;
    every step sees every row, so rare words are held back as much as
    common ones (per-row updates would let them grow unchecked).
    """
    n = len(ys)
    pos = sum(ys)
    weight_of = {True: n / (2 * max(pos, 1)), False: n / (2 * max(n - pos, 1))}
    names = sorted({f for x in xs for f in x})
    index = {f: i for i, f in enumerate(names)}
    rows = [[index[f] for f in x] for x in xs]
    targets = [1.0 if y else 0.0 for y in ys]
    cw = [weight_of[bool(y)] for y in ys]
    lam = 1.0 / (c * n)
    w = [0.0] * len(names)
    g2 = [1e-8] * len(names)
    bias, gb = 0.0, 1e-8
    for _ in range(steps):
        grad = [lam * wi * n for wi in w]
        gbias = 0.0
        for row, t, k in zip(rows, targets, cw, strict=True):
            z = bias + math.fsum(w[i] for i in row)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - t) * k
            gbias += g
            for i in row:
                grad[i] += g
        gbias /= n
        gb += gbias * gbias
        bias -= rate * gbias / math.sqrt(gb)
        for i, gi in enumerate(grad):
            gi /= n
            g2[i] += gi * gi
            w[i] -= rate * gi / math.sqrt(g2[i])
    return bias, dict(zip(names, w, strict=True))


def train(
    rows: Sequence[Row],
    *,
    labels: Sequence[str] | None = None,
    c: float = 3.0,
    digits: int = 4,
) -> dict[str, object]:
    """Fit ``labels`` (default: all in ``LABELS``) on ``rows``; return the weights file's content."""
    xs_all = [features_of(r[0]) for r in rows]
    counts = Counter(f for x in xs_all for f in x)
    keep = {f for f, k in counts.items() if k >= MIN_COUNT}
    xs = [[f for f in x if f in keep] for x in xs_all]
    fitted: dict[str, object] = {}
    for name in labels or list(LABELS):
        label_of = LABELS[name]
        bias, w = fit(xs, [label_of(r) for r in rows], c=c)
        kept = {f: round(v, digits) for f, v in sorted(w.items()) if abs(v) >= MIN_WEIGHT}
        fitted[name] = {"bias": round(bias, digits), "weights": kept}
    return {
        "format": 1,
        "rows": len(rows),
        "fingerprint": fingerprint(rows),
        "labels": fitted,
    }
