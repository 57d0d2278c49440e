"""Everything the analyser finds inside one sentence, cached.

Every rule of the analyser looks at one sentence at a time, so a sentence's
findings depend on its own (lower-cased) words only. That makes them safe to
memoise: while a manager types, every sentence but the one under the cursor is
already known, and the analysis of a keystroke costs one new sentence.
Offsets in a :class:`Facts` are relative to the start of the sentence.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

from samtale_tui.analysis import features as ft
from samtale_tui.analysis import pitfalls as pf
from samtale_tui.analysis.questions import find_questions
from samtale_tui.analysis.topics import sentence_topics

CACHE_SIZE = 32768
"""Distinct sentences remembered (a few MB at most)."""

Rel = tuple[int, int]


class Facts(NamedTuple):
    """The findings of one sentence (offsets relative to the sentence)."""

    questions: tuple[tuple[int, int, str, bool], ...]
    warmth: tuple[Rel, ...]
    clarity: tuple[Rel, ...]
    reflection: tuple[Rel, ...]
    pitfalls: tuple[tuple[str, int, int], ...]
    topics: frozenset[str]


def _inside(spans: list[Rel], pos: int) -> bool:
    """True if ``pos`` lies in one of ``spans`` (sorted, not overlapping)."""
    if len(spans) > 8:
        i = bisect_right(spans, (pos, _BIG)) - 1
        return i >= 0 and spans[i][0] <= pos < spans[i][1]
    for s, e in spans:  # noqa: SIM110 - a plain loop is faster than any() here
        if s <= pos < e:
            return True
    return False


_BIG = 1 << 62

_HARSH = frozenset({"telling", "suspicion", "minimizing"})
"""Pitfalls that undo a pleasantry said just before them."""


@lru_cache(maxsize=CACHE_SIZE)
def sentence_facts(s: str) -> Facts:
    """Analyse one lower-cased sentence ``s``."""
    found = find_questions(s, 0, len(s))
    questions = tuple((q.start, q.end, q.type, formal) for q, formal in found)
    formal = [(q[0], q[1]) for q in questions if q[3]]
    allq = [(q[0], q[1]) for q in questions]

    if formal:
        warmth = tuple(m.span() for m in ft.WARMTH.finditer(s) if not _inside(formal, m.start()))
        reflection = tuple(
            m.span() for m in ft.REFLECTION.finditer(s) if not _inside(formal, m.start())
        )
    else:
        warmth = tuple(m.span() for m in ft.WARMTH.finditer(s))
        reflection = tuple(m.span() for m in ft.REFLECTION.finditer(s))
    if reflection:
        reflection = tuple(
            (a, b)
            for a, b in reflection
            if not ft.REFLECTION_FRAME.match(s, a) or ft.FRAME_CONTENT.search(s, a + 4)
        )
    if not warmth and any(h in s for h in ft.FEEL_FOR_HINT):
        m = ft.FEEL_FOR.search(s)
        if m and not _inside(formal, m.start()):
            warmth = (m.span(),)
    if not warmth and not allq:
        warmth = _loose_warmth(s)
    # a statement with a consent tag ("..., passer det?") keeps its clarity
    cq = allq if not allq or formal or not ft.CHECK_TAG.search(s) else []
    if cq:
        clarity = [m.span() for m in ft.CLARITY.finditer(s) if not _inside(cq, m.start())]
    else:
        clarity = [m.span() for m in ft.CLARITY.finditer(s)]
    pitfalls = _pitfalls(s, formal, allq, [(q[0], q[1]) for q in questions if q[2] == "why"])
    if warmth and all(ft.PLEASANTRY.search(s, a, b) for a, b in warmth):
        # "Kjære deg, du må bare bite tennene sammen": sugar on a demand
        last = warmth[-1][1]
        if any(p[0] in _HARSH and p[1] >= last for p in pitfalls) or ft.DEMAND_AFTER.search(
            s, last
        ):
            warmth = ()
    # "det du beskriver høres ut som depresjon" interprets; it gives nothing back
    if reflection and any(p[0] == "diagnosis" and not _inside(allq, p[1]) for p in pitfalls):
        reflection = ()
    # a time in a reassurance ("you'll be fine in a week") is a prediction, not a plan
    # ... and a time in the employee's story given back is memory, not a plan
    if not clarity and not reflection and not any(p[0] == "minimizing" for p in pitfalls):
        m = ft.CLARITY_TIME.search(s)
        while m and _inside(cq, m.start()):
            m = ft.CLARITY_TIME.search(s, m.end())
        # beside a doubt, only a time that sets a rule ("fra nå av") is a plan;
        # "på lørdag" in "Noen så deg bære på lørdag" is evidence
        if m and any(p[0] == "suspicion" for p in pitfalls) and not pf.TIME_RULE.search(m.group()):
            m = None
        if m and ft.PERSON.search(s):
            clarity.append(m.span())
    if allq:
        m = ft.CLARITY_Q.search(s)
        while m and not _inside(allq, m.start()):
            m = ft.CLARITY_Q.search(s, m.end())
        if m:
            clarity.append(m.span())
            clarity.sort()

    return Facts(
        questions,
        warmth,
        tuple(clarity),
        reflection,
        pitfalls,
        sentence_topics(s),
    )


def _loose_warmth(s: str) -> tuple[Rel, ...]:
    """Warmth from a looser net, in a statement sentence that speaks to the employee.

    A care word counts without negation near it ("Vi bryr oss om deg"); a blame
    word counts only under negation, as reassurance ("Ingen er sure på deg"),
    and not as an instruction ("Du må ikke gjøre feil").
    """
    m = ft.WARMTH_LOOSE.search(s)
    if not m or not ft.SECOND_PERSON.search(s):
        return ()
    while m:
        start = m.start()
        if ft.REASSURE.match(m.group()):
            neg = ft.REASSURE_NEG.search(s, max(0, start - 40), start)
            if neg and not ft.REASSURE_NOT.search(s, max(0, neg.start() - 12), neg.start()):
                return ((neg.start(), m.end()),)
        # negation only counts near the cue: "Det var ikke lett, men jeg er stolt av deg";
        # the employee's own feeling ("så du savner kollegaene") is theirs, not warmth
        elif not ft.WARMTH_LOOSE_NEG.search(
            s, max(0, start - 24), m.end() + 12
        ) and not ft.THEIR_FEELING.search(s, max(0, start - 16), start):
            return (m.span(),)
        m = ft.WARMTH_LOOSE.search(s, m.end())
    return ()


def _pitfalls(
    s: str, formal: list[Rel], allq: list[Rel], why: list[Rel]
) -> tuple[tuple[str, int, int], ...]:
    out: list[tuple[str, int, int]] = []
    respect = pf.RESPECT.search(s)
    if respect and pf.BUT.search(s, respect.end()):
        respect = None
    susp = pf.SUSPICION.search(s)
    while susp and (
        (pf.NOT_STRANGE.match(susp.group()) and pf.NEGATED.search(s, 0, susp.start()))
        # absence tied to convenient times counts when said of the employee
        or (
            pf.SICK_TIMING.match(susp.group())
            and not pf.YOU_BEFORE.search(s, max(0, susp.start() - 45), susp.start())
        )
        or pf.THEIR_FEAR.search(s, 0, susp.start())
        or (
            pf.NEGATABLE.match(susp.group())
            and pf.NEGATED_NEAR.search(s, max(0, susp.start() - 30), susp.start())
        )
    ):
        susp = pf.SUSPICION.search(s, susp.end())
    if susp:
        out.append(("suspicion", susp.start(), susp.end()))
    mini = pf.MINIMIZING.search(s)
    if mini and (
        _inside(formal, mini.start())
        or pf.INSTEAD.search(s, max(0, mini.start() - 20), mini.start())
        or pf.NOT_SAYING.search(s, max(0, mini.start() - 40), mini.start())
    ):
        mini = None
    if mini and susp and pf.NOT_SO_BAD.search(mini.group()):
        mini = None  # "du var på kamp, så skulderen kan ikke være så ille": a doubt
    if not mini and formal and not susp:
        mini = pf.MINIMIZING_Q.search(s)
    same = None if mini else pf.tautology(s)
    if mini:
        out.append(("minimizing", mini.start(), mini.end()))
    elif same:
        out.append(("minimizing", *same))
    if not respect and not susp and not mini and not same:
        for m in pf.ILLNESS.finditer(s):
            if pf.BODY_PART.fullmatch(m.group()) and pf.FUNCTION_WORDS.search(s):
                continue
            if pf.CONCESSIVE.search(s, max(0, m.start() - 40), m.start()):
                continue  # "... selv om du har litt vondt i hodet": a concession, no question about it
            if _inside(allq, m.start()):
                out.append(("diagnosis", m.start(), m.end()))
                break
            demand = pf.DEMAND_TO_KNOW.search(s)
            if demand:
                out.append(("diagnosis", demand.start(), m.end()))
                break
    for m in pf.TELLING.finditer(s):
        start = m.start()
        if _inside(formal, start):
            continue
        if pf.TELLING_OK.match(s, start + m.group().find(" ") + 1):
            continue
        before = max(0, start - 24)
        if pf.REPORTED.search(s, before, start) or pf.NOT_AN_ORDER.search(s, before, start):
            continue
        if s.endswith(pf.CONDITIONAL, 0, start) or pf.AGREED.search(s, 0, start):
            continue
        if pf.INSTEAD.search(s, before, start):
            continue
        if s.endswith("at ", 0, start) and not s.endswith(
            ("bestemt at ", "besluttet at ", "vet at ", "veit at "), 0, start
        ):
            continue
        out.append(("telling", start, m.end()))
        break
    if allq:
        m = pf.LEADING.search(s)
        # a why-question is its own fault ("Hvorfor kan du ikke bare ...?"), not leading
        if m and _inside(why, m.start()):
            m = None
        if m and (
            pf.RECAP.match(s)
            or (pf.THEIR_WORDS.match(s) and not pf.BUT.search(s) and " vel " not in s)
        ):
            m = None
        if m and (_inside(allq, m.start()) or _inside(allq, max(m.end() - 1, 0))):
            out.append(("leading", m.start(), m.end()))
    return tuple(out)
