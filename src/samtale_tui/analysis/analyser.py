"""``analyse(text, lang=None) -> Analysis``: the reply analyser.

Deterministic, pure Python and regex based. The steps:

1. prepare a lower-cased working copy with control characters blanked (offsets
   stay aligned with the original text);
2. split it into sentences and find the questions in each (``questions.py``);
3. find warmth, clarity and reflection outside the questions (``features.py``);
4. find the pitfalls in their context (``pitfalls.py``);
5. find the topics (``topics.py``), score (``score.py``) and explain
   (``feedback.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from samtale_tui.analysis import features as ft
from samtale_tui.analysis import pitfalls as pf
from samtale_tui.analysis.feedback import build as build_feedback
from samtale_tui.analysis.lang import detect
from samtale_tui.analysis.model import PITFALLS, Analysis, Question, Span
from samtale_tui.analysis.questions import find_questions
from samtale_tui.analysis.score import score as compute_score
from samtale_tui.analysis.text import prepare, sentences
from samtale_tui.analysis.topics import find_topics

_MAX_SPANS = 50
"""Spans kept per feature: enough to highlight, bounded for huge replies."""


class _Zones:
    """Question spans, for asking "is this offset inside a question?" fast."""

    __slots__ = ("ends", "starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def inside(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]

    def index(self, pos: int) -> int:
        i = bisect_right(self.starts, pos) - 1
        return i if i >= 0 and pos < self.ends[i] else -1


def _enclosing(sents: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    lo, hi = 0, len(sents)
    while lo < hi:
        mid = (lo + hi) // 2
        if sents[mid][0] <= pos:
            lo = mid + 1
        else:
            hi = mid
    return sents[lo - 1] if lo else (pos, pos)


def _spans_outside(pattern: re.Pattern[str], low: str, zones: _Zones) -> list[Span]:
    out: list[Span] = []
    for m in pattern.finditer(low):
        if not zones.inside(m.start()):
            out.append(Span(m.start(), m.end()))
            if len(out) >= _MAX_SPANS:
                break
    return out


def analyse(text: str, lang: str | None = None) -> Analysis:
    """Analyse one manager reply.

    Args:
        text: what the manager typed. Control characters are ignored; any
            Unicode is fine; blank text gives an empty analysis.
        lang: ``"nb"`` or ``"en"``; detected when not given. Nynorsk is
            analysed as Norwegian.

    Returns:
        The :class:`Analysis`, with every verdict tied to a span of ``text``.
    """
    if not isinstance(text, str):
        raise TypeError("analyse() expects a str")
    low = prepare(text)
    if not low.strip():
        return Analysis(text=text, lang="en" if lang == "en" else "nb", empty=True)
    if lang not in ("nb", "en"):
        lang = detect(low)

    sents = sentences(low)
    questions: list[Question] = []
    formal: list[tuple[int, int]] = []
    for start, end in sents:
        for q, is_formal in find_questions(low, start, end):
            questions.append(q)
            if is_formal:
                formal.append((q.start, q.end))
    zones = _Zones(formal)
    qzones = _Zones([(q.start, q.end) for q in questions])

    types = {q.type for q in questions}
    question_type = next((t for t in ("why", "open", "closed") if t in types), "none")

    warmth_spans = _spans_outside(ft.WARMTH, low, zones)
    reflection_spans = _spans_outside(ft.REFLECTION, low, zones)
    clarity_spans = _spans_outside(ft.CLARITY, low, qzones)
    if len(clarity_spans) < _MAX_SPANS:
        for m in ft.CLARITY_TIME.finditer(low):
            if qzones.inside(m.start()):
                continue
            s = _enclosing(sents, m.start())
            if ft.PERSON.search(low, s[0], s[1]):
                clarity_spans.append(Span(m.start(), m.end()))
                break
    if questions:
        for m in ft.CLARITY_Q.finditer(low):
            if qzones.inside(m.start()):
                clarity_spans.append(Span(m.start(), m.end()))
                break
        clarity_spans.sort(key=lambda s: s.start)

    found = _pitfalls(low, sents, questions, zones, qzones)
    if len(questions) >= 2:
        found.append(("multiple_questions", Span(questions[0].start, questions[-1].end)))
    names = {name for name, _ in found}
    pitfalls = tuple(p for p in PITFALLS if p in names)
    pitfall_spans = sorted(found, key=lambda x: (PITFALLS.index(x[0]), x[1].start))

    warmth = bool(warmth_spans)
    clarity = bool(clarity_spans)
    reflection = bool(reflection_spans)
    return Analysis(
        text=text,
        lang=lang,  # type: ignore[arg-type]
        questions=tuple(questions),
        question_type=question_type,  # type: ignore[arg-type]
        warmth=warmth,
        warmth_spans=tuple(warmth_spans),
        clarity=clarity,
        clarity_spans=tuple(clarity_spans),
        reflection=reflection,
        reflection_spans=tuple(reflection_spans),
        pitfalls=pitfalls,
        pitfall_spans=tuple(pitfall_spans),
        topics=find_topics(low),
        score=compute_score(question_type, warmth, clarity, reflection, pitfalls),
        feedback=build_feedback(
            text,
            lang,
            question_type,
            questions,
            warmth_spans,
            clarity_spans,
            reflection_spans,
            pitfall_spans,
            sents,
        ),
    )


def _pitfalls(
    low: str,
    sents: list[tuple[int, int]],
    questions: list[Question],
    zones: _Zones,
    qzones: _Zones,
) -> list[tuple[str, Span]]:
    """Find the context-dependent pitfalls, one span per kind."""
    found: list[tuple[str, Span]] = []
    seen: set[str] = set()

    def add(name: str, start: int, end: int) -> None:
        if name not in seen:
            seen.add(name)
            found.append((name, Span(start, end)))

    for start, end in sents:
        respect = pf.RESPECT.search(low, start, end)
        susp = pf.SUSPICION.search(low, start, end)
        if susp:
            add("suspicion", susp.start(), susp.end())
        mini = pf.MINIMIZING.search(low, start, end)
        if mini and not zones.inside(mini.start()):
            add("minimizing", mini.start(), mini.end())
        if "diagnosis" not in seen and not respect and not susp and not mini:
            for m in pf.ILLNESS.finditer(low, start, end):
                if qzones.inside(m.start()):
                    add("diagnosis", m.start(), m.end())
                    break
                demand = pf.DEMAND_TO_KNOW.search(low, start, end)
                if demand:
                    add("diagnosis", demand.start(), m.end())
                    break
        if "telling" not in seen:
            for m in pf.TELLING.finditer(low, start, end):
                if zones.inside(m.start()):
                    continue
                if pf.TELLING_OK.match(low, m.start() + m.group().find(" ") + 1):
                    continue
                before = max(start, m.start() - 24)
                if pf.REPORTED.search(low, before, m.start()) or pf.NOT_AN_ORDER.search(
                    low, before, m.start()
                ):
                    continue
                if low.endswith("at ", 0, m.start()) and not low.endswith(
                    ("bestemt at ", "besluttet at "), 0, m.start()
                ):
                    continue
                add("telling", m.start(), m.end())
                break
        if "leading" not in seen and questions:
            m = pf.LEADING.search(low, start, end)
            if m and (qzones.inside(m.start()) or qzones.inside(max(m.end() - 1, 0))):
                add("leading", m.start(), m.end())
    return found
