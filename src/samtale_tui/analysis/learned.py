"""Word evidence learned from labelled replies: a second opinion beside the rules.

The rules (``features.py``, ``pitfalls.py``) read phrases. They are precise,
but managers find new ways to say the same thing faster than phrases can be
listed. This layer weighs single words and word pairs instead, with weights
learned from the labelled replies in the repository (``training.py`` fits
them; ``tools/train_analyser.py`` writes ``learned_weights.json``).

It only ever *adds* a verdict the rules missed, and only when the evidence is
strong (see ``THRESHOLDS``). Like every verdict, it names its words: the spans
are the word pairs that weighed most. It is deterministic: the same text
always gives the same verdict.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

TOKEN = re.compile(r"\w+|[?!,]")
"""Words, the marks that make a sentence a question or an exclamation, and commas
(which end a negation's reach)."""

START = "<s>"
"""Marks the start of a sentence, so "så du ..." differs from "... så du"."""

WEIGHTS_FILE = "learned_weights.json"

THRESHOLDS: dict[str, float] = {
    "warmth": 0.8,
    "minimizing": 0.85,
    "diagnosis": 0.9,
}
"""Labels the learned layer may add, and the probability it must reach.

Chosen on blind batches the weights were not trained on (``docs/scoring.md``).
A label not listed here is left to the rules alone.
"""

_ADDRESSED = re.compile(r"\b(?:du|deg|din|di|ditt|dine|dere|dykk|dæ|you|your|yours|u)\b")
"""Every label here is about the employee: a reply that never addresses them
("Jeg er glad i dag") gets no learned verdict."""

_MAX_EVIDENCE = 3
"""Word pairs named as the reason for a learned verdict."""

_MAX_FEATURES_TEXT = 20000
"""Characters of one sentence that are read for word evidence (a 1 MB paste
with no full stop stays linear and quick)."""


_FUNCTION_WORDS = """
    jeg eg je æ du deg dæ vi me oss dere dykk han hun ho de dei det den dette er e var har hadde vært vore
    blir ble å og i på for til med av om at som så men eller en ei et ein eit seg sin si sitt sine meg min
    mi mitt mine din di ditt dine vår vårt våre hans hennes deres da når her der nå no jo vel
    you we it is are was were the a an to of in on and or but that this with be been have has had do does
    my your our us so he she they them his her its at as by from all alle alt
"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())
"""Words too common to be evidence on their own: "jeg er" says nothing, "glad" does.
A word pair is kept when at least one of its words is not in this list."""

NEGATORS = frozenset(
    [
        "ikke",
        "ikkje",
        "itte",
        "ikkj",
        "aldri",
        "ingen",
        "inga",
        "ingi",
        "ingenting",
        "ikkjenoko",
        "not",
        "never",
        "no",
        "nobody",
        "nothing",
        "t",
    ]
)
"""Words that turn what follows around ("t" is the end of "don't")."""

SCOPE_END = frozenset(
    ["men", "but", "og", "and", "så", "so", "fordi", "because", "for", "eller", "or"]
)
"""Words that end a negation's reach, as a comma or a question mark does."""

NEGATION_REACH = 5
"""Words after a negator that are read as negated: "ikke ¬fortelle ¬hva ¬diagnosen"."""

Feature = tuple[str, int, int]
"""A word or word pair and where it stands: (name, start, end) in the sentence."""


def _read(words: list[str]) -> list[tuple[str, int, int]]:
    """The features of a sentence's tokens, each with its first and last token.

    Each feature is listed once, at its first place. The start marker makes
    a pair with the first word. Words shortly after a negator are marked
    with ``¬``, so *du trenger ikke si noe om diagnosen* does not weigh like
    a question about the diagnosis. A comma ends a negation's reach and is
    no feature itself.
    """
    out: list[tuple[str, int, int]] = []
    seen: set[str] = set()
    prev, prev_at = START, 0
    negated = 0
    common_words = FUNCTION_WORDS
    for at, word in enumerate(words):
        if word == ",":
            negated = 0
            continue
        if word in SCOPE_END or word == "?" or word == "!":
            negated = 0
        elif negated:
            negated -= 1
            word = "¬" + word
        if word in NEGATORS:
            negated = NEGATION_REACH
        common = word in common_words
        if not common and word not in seen:
            seen.add(word)
            out.append((word, at, at))
        if not common or (prev not in common_words and prev != START):
            pair = prev + " " + word
            if pair not in seen:
                seen.add(pair)
                out.append((pair, at if prev == START else prev_at, at))
        prev, prev_at = word, at
    return out


@lru_cache(maxsize=4096)
def sentence_features(seg: str) -> tuple[Feature, ...]:
    """The words and word pairs of one lower-cased sentence, with their places."""
    tokens = list(TOKEN.finditer(seg, 0, min(len(seg), _MAX_FEATURES_TEXT)))
    return tuple(
        (name, tokens[a].start(), tokens[b].end())
        for name, a, b in _read([t.group() for t in tokens])
    )


def feature_names(seg: str) -> list[str]:
    """The names of ``sentence_features(seg)``, in the same order, without places.

    This is what runs for every new sentence, so it skips match objects.
    """
    return [f[0] for f in _read(TOKEN.findall(seg, 0, min(len(seg), _MAX_FEATURES_TEXT)))]


Evidence = tuple[tuple[tuple[str, tuple[float, ...]], ...], tuple[float, ...]]
"""One sentence's weighted features, each with its weight per label, and the
sentence's sum per label (labels in the order of ``label_order()``)."""


@lru_cache(maxsize=32768)
def sentence_evidence(seg: str) -> Evidence:
    """The features of one sentence that carry a weight, and their sums per label.

    Cached, so while a manager types only the sentence under the cursor is read.
    """
    rows = weight_rows()
    feats = tuple((name, rows[name]) for name in feature_names(seg) if name in rows)
    sums = tuple(math.fsum(f[1][i] for f in feats) for i in range(len(label_order())))
    return feats, sums


def text_features(low: str, sents: list[tuple[int, int]]) -> list[str]:
    """The sorted distinct feature names of a prepared text (for training)."""
    names: set[str] = set()
    for start, end in sents:
        names.update(f[0] for f in sentence_features(low[start:end]))
    return sorted(names)


class Weights(NamedTuple):
    """One label's learned weights."""

    bias: float
    weights: dict[str, float]


@lru_cache(maxsize=1)
def load_weights() -> dict[str, Weights]:
    """Read the shipped weights (once; about 10 ms)."""
    raw = resources.files("samtale_tui.analysis").joinpath(WEIGHTS_FILE).read_text("utf-8")
    data = json.loads(raw)
    return {
        label: Weights(float(entry["bias"]), entry["weights"])
        for label, entry in data["labels"].items()
    }


@lru_cache(maxsize=1)
def label_order() -> tuple[str, ...]:
    """The labels of the shipped weights, in a fixed order."""
    return tuple(sorted(load_weights()))


@lru_cache(maxsize=1)
def weight_rows() -> dict[str, tuple[float, ...]]:
    """Every weighted feature with its weight per label (in ``label_order()``)."""
    table = load_weights()
    labels = label_order()
    names = {n for weights in table.values() for n in weights.weights}
    return {n: tuple(table[label].weights.get(n, 0.0) for label in labels) for n in names}


def probability(weights: Weights, names: Iterable[str]) -> float:
    """The learned probability that a text with these features has the label.

    ``math.fsum`` is exact, so the order of ``names`` cannot change the result.
    """
    w = weights.weights
    z = weights.bias + math.fsum(w.get(n, 0.0) for n in names)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def learned_verdicts(
    low: str,
    sents: list[tuple[int, int]],
    skip: set[str],
    taken: list[tuple[int, int]] | tuple[tuple[int, int], ...] = (),
) -> dict[str, list[tuple[int, int]]]:
    """Labels the word evidence adds, each with the spans of its strongest words.

    Args:
        low: the prepared (lower-cased) text.
        sents: its sentences, as from ``text.sentences``.
        skip: labels the rules already found (nothing to add there).
        taken: spans whose words already serve another verdict (a reflection's
            "så du kjenner"); they are no evidence here.

    Returns:
        For each label in ``THRESHOLDS`` not in ``skip`` whose probability
        reaches its threshold: the character spans (in ``low``) of the words
        that weighed most for it.
    """
    wanted = [label for label in THRESHOLDS if label not in skip]
    if not wanted or not _ADDRESSED.search(low):
        return {}
    table = load_weights()
    labels = label_order()
    totals = [0.0] * len(labels)
    counted: dict[str, tuple[float, ...]] = {}
    for start, end in sents:
        feats, sums = sentence_evidence(low[start:end])
        for i, v in enumerate(sums):
            totals[i] += v
        for name, wts in feats:
            if name in counted:  # a feature counts once per reply
                for i, v in enumerate(wts):
                    totals[i] -= v
            else:
                counted[name] = wts
    placed: dict[str, tuple[int, int]] | None = None
    if taken:
        placed = _places(low, sents, counted)
        for ts, te in taken:
            for name in [n for n, (a, b) in placed.items() if ts <= a and b <= te]:
                for i, v in enumerate(counted.pop(name)):
                    totals[i] -= v
                del placed[name]
    out: dict[str, list[tuple[int, int]]] = {}
    for label in wanted:
        if label not in table:
            continue
        z = table[label].bias + totals[labels.index(label)]
        if 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) < THRESHOLDS[label]:
            continue
        w = table[label].weights
        best = sorted(
            ((w[n], n) for n in counted if w.get(n, 0.0) > 0),
            key=lambda x: (-x[0], x[1]),
        )[:_MAX_EVIDENCE]
        if best:  # a verdict must name its words
            if placed is None:
                placed = _places(low, sents, counted)
            out[label] = _merge(sorted(placed[n] for _, n in best))
    return out


def _places(
    low: str, sents: list[tuple[int, int]], names: dict[str, tuple[float, ...]]
) -> dict[str, tuple[int, int]]:
    """Where each of ``names`` first stands in the text (only read when needed)."""
    placed: dict[str, tuple[int, int]] = {}
    for start, end in sents:
        for name, a, b in sentence_features(low[start:end]):
            if name in names and name not in placed:
                placed[name] = (start + a, start + b)
    return placed


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join overlapping spans ("plassen" inside "plassen din")."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
