"""``analyse(text, lang=None) -> Analysis``: the reply analyser.

Deterministic, pure Python and regex based. The steps:

1. prepare a lower-cased working copy with control characters blanked (offsets
   stay aligned with the original text) and split it into sentences;
2. take each sentence's findings from ``sentence.py`` (questions, warmth,
   clarity, reflection, pitfalls, topics), cached per sentence, so while a
   manager types only the sentence under the cursor is analysed afresh;
3. shift the findings to the reply's offsets, decide the question type, add
   ``multiple_questions``, detect the language if not given;
4. score (``score.py``) and explain (``feedback.py``, rewrites in ``rewrite.py``).
"""

from __future__ import annotations

from samtale_tui.analysis.dialect import Offsets, normalise
from samtale_tui.analysis.features import DEMAND_AFTER, PLEASANTRY
from samtale_tui.analysis.feedback import build as build_feedback
from samtale_tui.analysis.lang import counts
from samtale_tui.analysis.learned import learned_verdicts
from samtale_tui.analysis.model import PITFALLS, Analysis, Question, Span
from samtale_tui.analysis.score import score as compute_score
from samtale_tui.analysis.sentence import sentence_facts
from samtale_tui.analysis.text import prepare, sentences
from samtale_tui.analysis.topics import order_topics

_MAX_SPANS = 50
"""Spans kept per feature: enough to highlight, bounded for huge replies."""

_CACHE_MAX = 2000
"""Longer sentences are analysed without being remembered (keeps the cache small)."""

_LANG_SAMPLE = 2000
"""Characters of the reply that decide its language when none is given."""

_PITFALL_ORDER = {name: i for i, name in enumerate(PITFALLS)}


def _back(offsets: Offsets, spans: list[Span]) -> list[Span]:
    """Spans of the normalised text, moved back onto the manager's own words."""
    return [Span(offsets.start(s.start), offsets.end(s.end)) for s in spans]


_LEARNED_PITFALLS = set(PITFALLS)

_SUGAR_UNDONE = frozenset({"suspicion", "leading"})
"""Pitfalls that undo kind words said only as a pleasantry in the same reply (a
demand undoes them too; comfort and caring advice do not)."""


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
    # dialect words read as bokmål ("æ" → "jeg"); offsets lead back to ``text``
    low, offsets = normalise(prepare(text))
    sents = sentences(low)
    if not sents:
        stripped = low.strip()
        if stripped:
            # only marks or emoji: one sentence, so "🙂" is a reply, not a blank
            first = low.index(stripped[0])
            sents = [(first, first + len(stripped))]
    if not sents:
        return Analysis(text=text, lang="en" if lang == "en" else "nb", empty=True)

    questions: list[Question] = []
    warmth: list[Span] = []
    clarity: list[Span] = []
    reflection: list[Span] = []
    found: dict[str, Span] = {}
    topics: set[str] = set()
    nb = en = 0
    for start, end in sents:
        seg = low[start:end]
        f = sentence_facts(seg) if end - start <= _CACHE_MAX else sentence_facts.__wrapped__(seg)
        for qs, qe, qt, _ in f.questions:
            questions.append(Question(start + qs, start + qe, qt))  # type: ignore[arg-type]
        if f.warmth and len(warmth) < _MAX_SPANS:
            warmth.extend(Span(start + a, start + b) for a, b in f.warmth)
        if f.clarity and len(clarity) < _MAX_SPANS:
            clarity.extend(Span(start + a, start + b) for a, b in f.clarity)
        if f.reflection and len(reflection) < _MAX_SPANS:
            reflection.extend(Span(start + a, start + b) for a, b in f.reflection)
        for name, a, b in f.pitfalls:
            if name not in found:
                found[name] = Span(start + a, start + b)
        if f.topics:
            topics |= f.topics
    if lang not in ("nb", "en"):
        for start, end in sents:
            if start >= _LANG_SAMPLE:
                break
            n, e = counts(low[start : min(end, start + _LANG_SAMPLE)])
            nb += n
            en += e
        lang = "en" if en > nb else "nb"

    # kind words used as sugar on a demand ("Kjære deg, ... Kan du ikke bare komme?")
    sugar = bool(warmth) and all(PLEASANTRY.search(low, w.start, w.end) for w in warmth)
    if sugar and (
        _SUGAR_UNDONE & set(found)
        or any(q.type == "why" for q in questions)
        or DEMAND_AFTER.search(low, warmth[-1].end)
    ):
        warmth = []
    # word evidence may add what the rules missed (learned.py); never removes.
    # A reflection gives the employee's own words back ("så bare det å se
    # innboksen ..."): those words are theirs, so no learned pitfall there.
    skip = (
        set(found)
        | ({"warmth"} if warmth or sugar else set())
        | (_LEARNED_PITFALLS if reflection else set())
    )
    added = learned_verdicts(low, sents, skip, [(r.start, r.end) for r in reflection])
    # every word that weighed, so the feedback can name them all
    learned = {name: [Span(a, b) for a, b in spans] for name, spans in added.items()}
    if "warmth" in added:
        warmth.extend(Span(a, b) for a, b in added.pop("warmth"))
    telling = found.get("telling")
    for name, spans in added.items():
        if name in found:
            continue
        if telling and any(a < telling.end and telling.start < b for a, b in spans):
            continue  # "du må bare ...": the words already speak as telling
        found[name] = Span(*spans[0])

    types = {q.type for q in questions}
    question_type = next((t for t in ("why", "open", "closed") if t in types), "none")
    if len(questions) >= 2:
        found["multiple_questions"] = Span(questions[0].start, questions[-1].end)
    if offsets is not None:
        questions = [
            Question(offsets.start(q.start), offsets.end(q.end), q.type) for q in questions
        ]
        warmth, clarity, reflection = (
            _back(offsets, warmth),
            _back(offsets, clarity),
            _back(offsets, reflection),
        )
        found = {name: _back(offsets, [span])[0] for name, span in found.items()}
        sents = [(offsets.start(a), offsets.end(b)) for a, b in sents]
        learned = {name: _back(offsets, spans) for name, spans in learned.items()}
    pitfall_spans = sorted(found.items(), key=lambda x: _PITFALL_ORDER[x[0]])
    pitfalls = tuple(name for name, _ in pitfall_spans)
    has_w, has_c, has_r = bool(warmth), bool(clarity), bool(reflection)
    return Analysis(
        text=text,
        lang=lang,  # type: ignore[arg-type]
        questions=tuple(questions),
        question_type=question_type,  # type: ignore[arg-type]
        warmth=has_w,
        warmth_spans=tuple(warmth[:_MAX_SPANS]),
        clarity=has_c,
        clarity_spans=tuple(clarity[:_MAX_SPANS]),
        reflection=has_r,
        reflection_spans=tuple(reflection[:_MAX_SPANS]),
        pitfalls=pitfalls,
        pitfall_spans=tuple(pitfall_spans),
        topics=order_topics(topics),
        score=compute_score(question_type, has_w, has_c, has_r, pitfalls),
        feedback=build_feedback(
            text,
            lang,
            question_type,
            questions,
            warmth,
            clarity,
            reflection,
            pitfall_spans,
            sents,
            learned,
        ),
    )
