"""Small Norwegian and English word tools for the rewrites.

Infinitives from present, past and participle forms (regular endings and a
table of common irregular verbs), and helpers that tidy a rewritten sentence.
"""

from __future__ import annotations

import re

WORD = re.compile(r"[\w'’-]+")

PRESENT_IRREGULAR = {
    "er": "være",
    "e": "være",
    "har": "ha",
    "går": "gå",
    "ser": "se",
    "får": "få",
    "tar": "ta",
    "gjør": "gjøre",
    "sier": "si",
    "vet": "vite",
    "gir": "gi",
    "blir": "bli",
    "kan": "kunne",
    "vil": "ville",
    "skal": "skulle",
    "må": "måtte",
    "tør": "tørre",
    "forstår": "forstå",
    "står": "stå",
    "sover": "sove",
    "spør": "spørre",
    "forteller": "fortelle",
    "velger": "velge",
}
PAST_IRREGULAR = {
    "sa": "si",
    "kom": "komme",
    "gikk": "gå",
    "tok": "ta",
    "ga": "gi",
    "gav": "gi",
    "fikk": "få",
    "var": "være",
    "hadde": "ha",
    "gjorde": "gjøre",
    "ble": "bli",
    "så": "se",
    "visste": "vite",
    "sov": "sove",
    "skrev": "skrive",
    "fant": "finne",
    "forsto": "forstå",
    "forstod": "forstå",
    "sto": "stå",
    "stod": "stå",
    "satt": "sitte",
    "lot": "la",
    "dro": "dra",
    "traff": "treffe",
    "turte": "tørre",
    "fortalte": "fortelle",
    "valgte": "velge",
    "spurte": "spørre",
    "kunne": "kunne",
    "ville": "ville",
    "skulle": "skulle",
    "måtte": "måtte",
    "sende": "sende",
}
PARTICIPLE_IRREGULAR = {
    "sagt": "si",
    "gjort": "gjøre",
    "fått": "få",
    "gått": "gå",
    "tatt": "ta",
    "gitt": "gi",
    "kommet": "komme",
    "vært": "være",
    "hatt": "ha",
    "sett": "se",
    "visst": "vite",
    "skrevet": "skrive",
    "funnet": "finne",
    "forstått": "forstå",
    "fortalt": "fortelle",
    "spurt": "spørre",
    "valgt": "velge",
    "sovet": "sove",
    "blitt": "bli",
    "bedt": "be",
    "hjulpet": "hjelpe",
    "glemt": "glemme",
    "gjort noe": "gjøre noe",
}
MODALS = {"kan", "kunne", "vil", "ville", "skal", "skulle", "må", "måtte", "bør", "burde", "får"}
PAST_HINT = {
    "var",
    "hadde",
    "sa",
    "kom",
    "gikk",
    "tok",
    "fikk",
    "gjorde",
    "ble",
    "kunne",
    "ville",
    "skulle",
    "måtte",
}
NEG = {"ikke", "ikkje", "aldri", "ingenting"}
FILLER_ADJ = {"bra", "greit", "grei", "fint", "fin", "godt", "god", "ok", "okei", "gode"}


def inf_present(verb: str) -> str:
    if verb in PRESENT_IRREGULAR:
        return PRESENT_IRREGULAR[verb]
    if verb.endswith("er") and len(verb) > 3:
        return verb[:-1]
    if verb.endswith("ar") and len(verb) > 3:
        return verb[:-1]
    return verb


def inf_past(verb: str) -> str:
    if verb in PAST_IRREGULAR:
        return PAST_IRREGULAR[verb]
    for suffix in ("te", "de", "et"):
        if verb.endswith(suffix) and len(verb) > 4:
            return verb[:-2] + "e"
    if verb.endswith("a") and len(verb) > 4:
        return verb[:-1] + "e"
    return verb


def inf_participle(word: str) -> str:
    if word in PARTICIPLE_IRREGULAR:
        return PARTICIPLE_IRREGULAR[word]
    if word.endswith("et") and len(word) > 4:
        return word[:-2] + "e"
    if word.endswith(("t", "d")) and len(word) > 3:
        return word[:-1] + "e"
    return word


def is_past(verb: str) -> bool:
    return verb in PAST_HINT or (verb.endswith(("te", "de", "et")) and len(verb) > 4)


def inf_any(verb: str) -> str:
    if verb in PRESENT_IRREGULAR:
        return PRESENT_IRREGULAR[verb]
    if verb in PAST_IRREGULAR or is_past(verb):
        return inf_past(verb)
    return inf_present(verb)


def tokens(text: str) -> list[str]:
    return WORD.findall(text)


_SPACE_BEFORE_MARK = re.compile(r"\s+([?.!,:])")


def cap(text: str) -> str:
    text = _SPACE_BEFORE_MARK.sub(r"\1", " ".join(text.split()))
    return text[:1].upper() + text[1:] if text else text


def clean(question: str) -> str:
    """Strip the question mark, tags and trailing punctuation."""
    q = question.strip()
    q = re.sub(
        r"(?:,\s*|\s+)(?:ikke sant|ikkje sant|eller hva|eller|sant|right|isn't it|"
        r"wouldn't you|don't you think|don't you|aren't you|won't you|can't you|didn't you|"
        r"er du ikke enig|er du enig|don't you agree|wouldn't you agree)\s*[?.!]*\s*$",
        "",
        q,
        flags=re.I,
    )
    return q.rstrip(" ?!.,;:…")


def lower_first(words: list[str]) -> list[str]:
    return [w.lower() if i < 4 else w for i, w in enumerate(words)]


EN_PARTICIPLE = {
    "told": "tell",
    "said": "say",
    "been": "be",
    "done": "do",
    "spoken": "speak",
    "gone": "go",
    "come": "come",
    "had": "have",
    "seen": "see",
    "taken": "take",
    "got": "get",
    "gotten": "get",
    "made": "make",
    "felt": "feel",
    "slept": "sleep",
    "thought": "think",
}


def en_base(word: str) -> str:
    if word in EN_PARTICIPLE:
        return EN_PARTICIPLE[word]
    if word.endswith("ied") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ed") and len(word) > 4:
        return word[:-2]
    return word
