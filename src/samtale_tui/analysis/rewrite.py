"""Rewrites: an open version of a why, closed or leading question.

Each rewrite is built from the reply's own words (its verb, its object, its
time), so the manager sees their own question turned open, not a stock phrase.
When a question has no shape the rules know, a short general open question is
the fallback.
"""

from __future__ import annotations

import re
from functools import lru_cache

from samtale_tui.analysis.inflect import (
    MODALS,
    NEG,
    PAST_IRREGULAR,
    cap,
    clean,
    en_base,
    inf_any,
    inf_participle,
    is_past,
    lower_first,
    tokens,
)
from samtale_tui.analysis.rewrite_closed import rewrite_closed

__all__ = ["rewrite_closed", "rewrite_leading", "rewrite_telling", "rewrite_why"]

# --- why -------------------------------------------------------------------

_NB_WHY = re.compile(
    r"^.*?\b(?:hvorfor|hvorfår|hvofor|hvorfo|hvorfr|hvrofor|hovrfor|vorfor|kvifor|korfor|"
    r"(?:hvordan|korleis|åssen) \w+ det (?:ha seg|seg|an)(?: at)?)\s+",
    re.I,
)
_EN_WHY = re.compile(r"^.*?\b(?:why|how come)\s+(?:on earth\s+|exactly\s+|ever\s+)?", re.I)
_WHY_FILLER = re.compile(
    r"^\s*(?:i all verden|i det hele tatt|egentlig|eigentleg|nå|no|da|liksom)\b\s*", re.I
)
_BARE_WHY = {"det", "da", "så", "ikke", "ikkje", "nå", "no", "egentlig", "eigentleg", "liksom"}
"""Words that can follow a bare «hvorfor» without adding anything to rewrite."""

_SUBJ = {"du", "dere", "dykk", "jeg", "eg", "vi", "me", "det", "han", "hun", "ho", "de"}


@lru_cache(maxsize=4096)
def rewrite_why(question: str, lang: str) -> str:
    """Turn a why-question into an open what/how question from its own words."""
    q = clean(question)
    if lang == "en":
        return _rewrite_why_en(q)
    m = _NB_WHY.match(q)
    if not m:
        return "Hva gjorde at det ble slik?"
    head = m.group(0).lower()
    tail_text = _WHY_FILLER.sub("", q[m.end() :])
    rest = lower_first(tokens(tail_text))
    if not rest or all(word in _BARE_WHY for word in rest):
        # "Hvorfor?", "Hvorfor det?", "Hvorfor ikke?": nothing to build on
        if rest and rest[0] in NEG:
            return "Hva er det som gjør at det ikke passer?"
        return "Hva gjorde at det ble slik?"
    if rest[0] in NEG and len(rest) > 1:
        # "Hvorfor ikke prøve ...?" -> "Hva tenker du om å prøve ...?"
        return cap(f"Hva tenker du om å {' '.join(rest[1:])}?")
    if head.rstrip().endswith(" at") or head.rstrip().endswith("seg"):
        # disguised why with a subordinate clause: "... at du ikke møtte opp"
        if rest[0] == "at":
            rest = rest[1:]
        if len(rest) >= 3 and rest[1] in NEG:
            verb, tail = rest[2], rest[3:]
            when = "gjorde" if is_past(verb) else "gjør"
            return cap(f"Hva {when} det vanskelig å {inf_any(verb)} {' '.join(tail)}?")
        return cap(f"Hva gjorde at {' '.join(rest)}?")
    if rest[0] == "å":
        return "Hva skjedde, slik du ser det?"
    if rest[0] in _SUBJ and len(rest) >= 2:
        # subordinate order, as in "jeg lurer på hvorfor du ikke tok kontakt"
        if rest[1] in NEG and len(rest) >= 3:
            verb = rest[2]
            when = "gjorde" if is_past(verb) else "gjør"
            return cap(f"Hva {when} det vanskelig å {inf_any(verb)} {' '.join(rest[3:])}?")
        when = "gjorde" if is_past(rest[1]) else "gjør"
        return cap(f"Hva {when} at {' '.join(rest)}?")
    verb = rest[0]
    if (
        len(rest) >= 2
        and rest[1] not in _SUBJ | NEG
        and not verb.endswith("r")
        and verb not in PAST_IRREGULAR
        and not is_past(verb)
    ):
        # an infinitive: "Hvorfor ta den vakta?" -> "Hva gjør at du vil ta den vakta?"
        return cap(f"Hva gjør at du vil {' '.join(rest)}?")
    when = "gjorde" if is_past(verb) else "gjør"
    if len(rest) >= 3 and rest[1] in ("du", "dere", "dykk") and rest[2] in NEG:
        tail = rest[3:]
        if rest[2] == "ingenting":
            tail = ["noe", *tail]
        if verb in ("har", "hadde") and tail:
            inf, tail = inf_participle(tail[0]), tail[1:]
            when = "gjorde"
        elif verb in MODALS and tail:
            inf, tail = tail[0], tail[1:]
        else:
            inf = inf_any(verb)
        if verb in ("kan", "klarer", "orker", "får") and tail:
            return cap(f"Hva gjør det vanskelig for deg å {inf} {' '.join(tail)} nå?")
        return cap(f"Hva {when} det vanskelig å {inf} {' '.join(tail)}?")
    if len(rest) >= 3 and rest[1] in NEG:
        # "Hvorfor ble ikke planen fulgt?" -> "Hva gjorde at planen ikke ble fulgt?"
        subject = rest[2]
        return cap(f"Hva {when} at {subject} {rest[1]} {verb} {' '.join(rest[3:])}?")
    if len(rest) >= 2:
        subject = rest[1]
        tail = rest[2:]
        if tail and tail[0] in NEG:
            return cap(f"Hva {when} at {subject} {tail[0]} {verb} {' '.join(tail[1:])}?")
        return cap(f"Hva {when} at {subject} {verb} {' '.join(tail)}?")
    return cap(f"Hva {when} at det {verb}?")


_EN_AUXES = {"do", "does", "did", "are", "is", "were", "was", "have", "has", "had", "can", "could"}


def _rewrite_why_en(q: str) -> str:
    m = _EN_WHY.match(q)
    if not m:
        return "What happened, as you see it?"
    rest = tokens(q[m.end() :])
    rest = [w.lower() if i < 3 else w for i, w in enumerate(rest)]
    if not rest:
        return "What happened, as you see it?"
    if rest[0] == "not":
        return cap(f"What do you think about {' '.join(rest[1:])}?")
    first = rest[0]
    if first.endswith("nt") and first[:-2] in _EN_AUXES | {
        "do",
        "wo",
        "ca",
        "is",
        "are",
        "was",
        "were",
    }:
        first = first[:-2] + "n't"
        rest[0] = first
    neg = first.endswith("n't") or (len(rest) > 2 and rest[2] == "not")
    aux = first.replace("n't", "")
    aux = {"wo": "will", "ca": "can"}.get(aux, aux)
    if aux in _EN_AUXES or first.endswith("n't"):
        tail = rest[2:] if len(rest) > 2 else []
        if tail and tail[0] == "not":
            tail = tail[1:]
        subject = rest[1] if len(rest) > 1 else "you"
        if neg:
            if aux in ("have", "has", "had") and tail:
                tail = [en_base(tail[0]), *tail[1:]]
            return cap(f"What made it hard to {' '.join(tail)}?")
        if aux in ("do", "does", "did"):
            made = "made" if aux == "did" else "makes"
            return cap(f"What {made} {'you' if subject == 'you' else subject} {' '.join(tail)}?")
        was = "was" if aux in ("were", "was", "had", "could") else "is"
        return cap(f"What {was} going on for you, when {subject} {aux} {' '.join(tail)}?")
    # "how come you missed the meeting" -> keep the statement order
    return cap(f"What was going on for you when {' '.join(rest)}?")


# --- leading ---------------------------------------------------------------

_AT_CLAUSE = re.compile(r"\bat (du|dere|vi) (\w+)(.*)$", re.I)
_AA_CLAUSE = re.compile(r"\bå (\w+.*)$", re.I)
_TO_CLAUSE = re.compile(r"\bto (\w+.*)$", re.I)
_VEL_TRIM = re.compile(r"\b(?:vel|ikke|ikkje|nå|jo)\b\s*", re.I)


@lru_cache(maxsize=4096)
def rewrite_leading(question: str, lang: str) -> str:
    """Turn a leading question into an open one about the same matter."""
    q = clean(question)
    if lang == "en":
        m = _TO_CLAUSE.search(q)
        if m and m.group(1).split()[0].lower() not in ("the", "a", "an", "my", "your", "our", "me"):
            return cap(f"What are your own thoughts on whether to {m.group(1)}?")
        return "What are your own thoughts on this?"
    last = None
    for m in _AT_CLAUSE.finditer(q):
        last = m
    aa = None
    for m in _AA_CLAUSE.finditer(q):
        aa = m
        break
    if last and (not aa or last.start() > aa.start()):
        subject, verb, tail = last.group(1).lower(), last.group(2).lower(), last.group(3)
        if subject == "du":
            return cap(f"Hva tenker du selv om å {inf_any(verb)}{tail}?")
        return cap(f"Hva tenker du selv om at {subject} {verb}{tail}?")
    if aa:
        return cap(f"Hva tenker du selv om å {aa.group(1)}?")
    m = re.search(r"\bat (.+)$", q, re.I)
    if m:
        return cap(f"Hva tenker du selv om at {m.group(1)}?")
    body = _VEL_TRIM.sub("", q).strip()
    return cap(f"Hva tenker du selv om dette: {body.lower()}?") if body else "Hva tenker du selv?"


# --- telling ---------------------------------------------------------------

_TELL_AA = re.compile(
    r"\b(?:du|dere) (?:må|bør|burde|skal|får|trenger) (?:bare |nå |rett og slett |heller )?"
    r"(?:å )?(.+)$",
    re.I,
)
_TELL_EN = re.compile(r"\byou (?:just |simply )?(?:need|have|must|should)(?: to)? (.+)$", re.I)


@lru_cache(maxsize=4096)
def rewrite_telling(sentence: str, lang: str) -> str:
    """Turn an instruction into an invitation to the employee's own solution."""
    s = clean(sentence)
    if lang == "en":
        m = _TELL_EN.search(s)
        if m:
            return cap(f"What do you think yourself about trying to {m.group(1)}?")
        return "What do you think would be a good next step?"
    m = _TELL_AA.search(s)
    if m:
        what = re.split(r",|\s(?:så|og så|for da)\s", m.group(1))[0]
        return cap(f"Hva tenker du selv om å {what}?")
    m = _AA_CLAUSE.search(s)
    if m:
        return cap(f"Hva tenker du selv om å {m.group(1)}?")
    return "Hva tenker du selv kunne vært et godt neste steg?"
