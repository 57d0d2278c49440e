"""Rewrites of closed (yes/no) questions into open ones, from their own words."""

from __future__ import annotations

import re
from functools import lru_cache

from samtale_tui.analysis.inflect import (
    FILLER_ADJ,
    MODALS,
    NEG,
    PAST_IRREGULAR,
    cap,
    clean,
    inf_any,
    inf_participle,
    inf_past,
    is_past,
    lower_first,
    tokens,
)

# --- closed ----------------------------------------------------------------

_EITHER_OR = re.compile(
    r"^(?:\w+ \w+ )(?:ha |ta |få |have |prefer )?(.+?) (?:eller|or) (.+)$", re.I
)


_OPENERS = frozenset({"og", "men", "så", "eller", "ok", "jeg", "eg", "lurer", "på", "om"})


@lru_cache(maxsize=4096)
def rewrite_closed(question: str, lang: str) -> str:
    """Turn a yes/no question into an open question from its own words."""
    q = clean(question)
    words = lower_first(tokens(q))
    if lang == "en":
        return _rewrite_closed_en(q, words)
    # skip openers like "og", "men", "jeg lurer på om"
    while words and words[0] in (
        "og",
        "men",
        "så",
        "eller",
        "ok",
        "jeg",
        "eg",
        "lurer",
        "på",
        "om",
    ):
        words = words[1:]
    if words and words[-1] in ("da", "altså", "eller"):
        words = words[:-1]
    if len(words) < 2:
        return "Hvordan ser du på det selv?"
    if words[0] in ("du", "dere") and len(words) > 2:
        # a statement with a question mark: "Du kommer på fredag?"
        words = [words[1], words[0], *words[2:]]
    verb, subject, rest = words[0], words[1], words[2:]
    if rest and rest[0] in NEG:
        rest = rest[1:]
    while rest and rest[0] in _ADVERBS:
        rest = rest[1:]
    joined = " ".join(words)
    either = _EITHER_OR.match(joined)
    if either and " eller " in joined and verb in ("vil", "ønsker", "foretrekker", "skal"):
        a, b = either.group(1), either.group(2)
        return cap(f"Hva ville passet best for deg: {a}, {b} eller noe helt annet?")
    if verb == "har" and subject == "du" and rest and rest[0] == "det":
        return "Hvordan har du det?"
    if subject in ("det", "dette"):
        return _closed_it(verb, rest)
    if subject in ("du", "dere", "dykk"):
        return _closed_you(verb, subject, rest)
    if subject in ("vi", "me") and verb in MODALS:
        return cap(f"Hva tenker du om å {' '.join(rest)}?")
    return "Hvordan ser du på det selv?"


def _closed_it(verb: str, rest: list[str]) -> str:
    """Questions about "det": "Går det bra med ...?", "Er det noe ...?"."""
    if rest and rest[0] in FILLER_ADJ:
        rest = rest[1:]
    if verb in ("er", "var") and rest and rest[0] in ("noe", "noko"):
        rest = rest[1:]
        if rest and rest[0] in ("spesielt", "annet", "anna", "mer", "særlig"):
            rest = rest[1:]
        return cap(f"Hva {verb} det {' '.join(rest)}?")
    if "å" in rest:
        i = rest.index("å")
        return cap(f"Hvordan er det for deg å {' '.join(rest[i + 1 :])}?")
    if "at" in rest:
        i = rest.index("at")
        return cap(f"Hvordan er det for deg at {' '.join(rest[i + 1 :])}?")
    if "med" in rest:
        i = rest.index("med")
        if verb in MODALS:
            return cap(f"Hvordan tror du det ville vært med {' '.join(rest[i + 1 :])}?")
        return cap(f"Hvordan {verb} det med {' '.join(rest[i + 1 :])}?")
    if verb in ("passer", "passar", "passet", "fungerer", "funker", "går", "gikk", "stemmer"):
        return cap(f"Hvordan {verb} det {' '.join(rest)} for deg?")
    return "Hvordan opplever du det?"


_ADVERBS = {
    "egentlig",
    "eigentleg",
    "fortsatt",
    "framleis",
    "virkelig",
    "nå",
    "no",
    "også",
    "kanskje",
}
_EXPERIENCE = {"trives", "sover", "sov", "fungerer", "har", "jobber", "takler", "klarer"}
_OPINION = {"tror", "trur", "synes", "syns", "mener", "meiner", "tenker", "føler", "kjenner"}


def _closed_you(verb: str, subject: str, rest: list[str]) -> str:
    """Verb-first questions to the employee: "Kan du ...?", "Likte du ...?"."""
    if rest and rest[0] in ("noe", "noko"):
        return cap(f"Hva {verb} {subject} {' '.join(rest[1:])}?")
    if verb in _OPINION and (not rest or rest[0] != "deg"):
        if rest and rest[0] == "at":
            rest = rest[1:]
        return cap(f"Hvordan ser du selv på om {' '.join(rest)}?")
    if verb in ("er", "var"):
        if "å" in rest:
            i = rest.index("å")
            return cap(f"Hvordan ser du selv på å {' '.join(rest[i + 1 :])}?")
        for prep in ("med", "for", "om"):
            if prep in rest and rest.index(prep) < len(rest) - 1:
                i = rest.index(prep)
                return cap(f"Hvordan opplever du {' '.join(rest[i + 1 :])}?")
        return "Hva kjente du på da?" if verb == "var" else "Hvordan kjennes det for deg nå?"
    if verb in ("har", "hadde") and rest:
        if rest[0] == "lyst" and "å" in rest:
            i = rest.index("å")
            return cap(f"Hva tenker du om å {' '.join(rest[i + 1 :])}?")
        idx = 1 if rest[0] in ("fått", "fatt") and len(rest) > 1 else 0
        return cap(
            f"Hvordan har det gått med å {inf_participle(rest[idx])} {' '.join(rest[idx + 1 :])}?"
        )
    had_aa = bool(rest) and rest[0] == "å"
    if had_aa:
        rest = rest[1:]
    if verb in ("vil", "ville", "ønsker", "ønskjer"):
        if rest and rest[0] == "at":
            return cap(f"Hva tenker du om {' '.join(rest)}?")
        return cap(f"Hva tenker du om å {' '.join(rest)}?")
    if verb in ("trenger", "treng"):
        return cap(f"Hva trenger du {' '.join(rest)}?")
    if is_past(verb) or verb in PAST_IRREGULAR:
        inf = inf_past(verb)
        if inf in ("klare", "rekke", "orke", "få", "kunne"):
            return cap(f"Hvordan opplevde du å {' '.join(rest)}?")
        return cap(f"Hvordan opplevde du {' '.join(rest)}?")
    if verb in _EXPERIENCE - {"har", "klarer"}:
        kept = [w for w in rest if w not in FILLER_ADJ]
        return cap(f"Hvordan {verb} du {' '.join(kept)}?")
    if verb in MODALS or verb in ("klarer", "orker", "rekker", "tør") or had_aa:
        return cap(f"Hvordan ser du selv på å {' '.join(rest)}?")
    return cap(f"Hvordan ser du på å {inf_any(verb)} {' '.join(rest)}?")


def _rewrite_closed_en(q: str, words: list[str]) -> str:
    if len(words) < 2:
        return "How do you see it yourself?"
    aux, subject, rest = words[0], words[1], words[2:]
    if rest and rest[0] == "not":
        rest = rest[1:]
    text = " ".join(rest)
    if subject in ("it", "that") and rest and rest[0] in ("ok", "okay", "alright", "fine"):
        return cap(f"How would it suit you {' '.join(rest[1:])}?")
    if subject == "you" and rest[:2] in (["like", "to"], ["want", "to"]):
        return cap(f"What are your thoughts on whether to {' '.join(rest[2:])}?")
    if subject == "you" and rest and rest[0] in ("ready", "able") and "to" in rest:
        i = rest.index("to")
        return cap(f"What would help you {' '.join(rest[i + 1 :])}?")
    if (
        subject == "you"
        and len(rest) > 2
        and rest[0] == "feel"
        and rest[2] in ("for", "about", "with")
    ):
        return cap(f"How do you feel about {' '.join(rest[3:])}?")
    if any(w in ("anything", "something") for w in rest):
        kept = [w for w in rest if w not in ("anything", "something")]
        return cap(f"What {aux} {subject} {' '.join(kept)}?")
    if aux in ("have", "has") and subject == "you" and rest:
        return cap(f"How did it go when you {rest[0]} {' '.join(rest[1:])}?")
    if aux in ("can", "could") and subject == "you":
        return cap(f"What would make it possible for you to {text}?")
    if aux in ("are", "were", "is", "was") and subject == "you":
        return cap(f"How are you feeling about {text}?") if text else "How are you feeling?"
    if aux in ("are", "is", "were", "was") and subject not in ("it", "there", "that", "this"):
        return cap(f"How {aux} {' '.join(words[1:])}?")
    if aux in ("do", "does", "did") and subject == "you" and rest:
        return cap(f"How do you see {' '.join(rest[1:]) or 'it'}, in your own words?")
    if subject in ("we",):
        return cap(f"What do you think about the idea that we {text}?")
    return "How do you see it yourself?"
