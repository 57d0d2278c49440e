"""Rewrites: an open version of a why, closed or leading question.

Each rewrite is built from the reply's own words (its verb, its object, its
time), so the manager sees their own question turned open, not a stock phrase.
When a question has no shape the rules know, a short general open question is
the fallback.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[\w'’-]+")

_PRESENT_IRREGULAR = {
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
_PAST_IRREGULAR = {
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
_PARTICIPLE_IRREGULAR = {
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
_MODALS = {"kan", "kunne", "vil", "ville", "skal", "skulle", "må", "måtte", "bør", "burde", "får"}
_PAST_HINT = {
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
_NEG = {"ikke", "ikkje", "aldri", "ingenting"}
_FILLER_ADJ = {"bra", "greit", "grei", "fint", "fin", "godt", "god", "ok", "okei", "gode"}


def _inf_present(verb: str) -> str:
    if verb in _PRESENT_IRREGULAR:
        return _PRESENT_IRREGULAR[verb]
    if verb.endswith("er") and len(verb) > 3:
        return verb[:-1]
    if verb.endswith("ar") and len(verb) > 3:
        return verb[:-1]
    return verb


def _inf_past(verb: str) -> str:
    if verb in _PAST_IRREGULAR:
        return _PAST_IRREGULAR[verb]
    for suffix in ("te", "de", "et"):
        if verb.endswith(suffix) and len(verb) > 4:
            return verb[:-2] + "e"
    if verb.endswith("a") and len(verb) > 4:
        return verb[:-1] + "e"
    return verb


def _inf_participle(word: str) -> str:
    if word in _PARTICIPLE_IRREGULAR:
        return _PARTICIPLE_IRREGULAR[word]
    if word.endswith("et") and len(word) > 4:
        return word[:-2] + "e"
    if word.endswith(("t", "d")) and len(word) > 3:
        return word[:-1] + "e"
    return word


def _is_past(verb: str) -> bool:
    return verb in _PAST_HINT or (verb.endswith(("te", "de", "et")) and len(verb) > 4)


def _inf_any(verb: str) -> str:
    if verb in _PRESENT_IRREGULAR:
        return _PRESENT_IRREGULAR[verb]
    if verb in _PAST_IRREGULAR or _is_past(verb):
        return _inf_past(verb)
    return _inf_present(verb)


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text)


_SPACE_BEFORE_MARK = re.compile(r"\s+([?.!,:])")


def _cap(text: str) -> str:
    text = _SPACE_BEFORE_MARK.sub(r"\1", " ".join(text.split()))
    return text[:1].upper() + text[1:] if text else text


def _clean(question: str) -> str:
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


def _lower_first(words: list[str]) -> list[str]:
    return [w.lower() if i < 4 else w for i, w in enumerate(words)]


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
_SUBJ = {"du", "dere", "dykk", "jeg", "eg", "vi", "me", "det", "han", "hun", "ho", "de"}


@lru_cache(maxsize=4096)
def rewrite_why(question: str, lang: str) -> str:
    """Turn a why-question into an open what/how question from its own words."""
    q = _clean(question)
    if lang == "en":
        return _rewrite_why_en(q)
    m = _NB_WHY.match(q)
    if not m:
        return "Hva gjorde at det ble slik?"
    head = m.group(0).lower()
    tail_text = _WHY_FILLER.sub("", q[m.end() :])
    rest = _lower_first(_tokens(tail_text))
    if not rest:
        return "Hva gjorde at det ble slik?"
    if rest[0] in _NEG and len(rest) > 1:
        # "Hvorfor ikke prøve ...?" -> "Hva tenker du om å prøve ...?"
        return _cap(f"Hva tenker du om å {' '.join(rest[1:])}?")
    if head.rstrip().endswith(" at") or head.rstrip().endswith("seg"):
        # disguised why with a subordinate clause: "... at du ikke møtte opp"
        if rest[0] == "at":
            rest = rest[1:]
        if len(rest) >= 3 and rest[1] in _NEG:
            verb, tail = rest[2], rest[3:]
            when = "gjorde" if _is_past(verb) else "gjør"
            return _cap(f"Hva {when} det vanskelig å {_inf_any(verb)} {' '.join(tail)}?")
        return _cap(f"Hva gjorde at {' '.join(rest)}?")
    if rest[0] == "å":
        return "Hva skjedde, slik du ser det?"
    if rest[0] in _SUBJ and len(rest) >= 2:
        # subordinate order, as in "jeg lurer på hvorfor du ikke tok kontakt"
        if rest[1] in _NEG and len(rest) >= 3:
            verb = rest[2]
            when = "gjorde" if _is_past(verb) else "gjør"
            return _cap(f"Hva {when} det vanskelig å {_inf_any(verb)} {' '.join(rest[3:])}?")
        when = "gjorde" if _is_past(rest[1]) else "gjør"
        return _cap(f"Hva {when} at {' '.join(rest)}?")
    verb = rest[0]
    if (
        len(rest) >= 2
        and rest[1] not in _SUBJ | _NEG
        and not verb.endswith("r")
        and verb not in _PAST_IRREGULAR
        and not _is_past(verb)
    ):
        # an infinitive: "Hvorfor ta den vakta?" -> "Hva gjør at du vil ta den vakta?"
        return _cap(f"Hva gjør at du vil {' '.join(rest)}?")
    when = "gjorde" if _is_past(verb) else "gjør"
    if len(rest) >= 3 and rest[1] in ("du", "dere", "dykk") and rest[2] in _NEG:
        tail = rest[3:]
        if rest[2] == "ingenting":
            tail = ["noe", *tail]
        if verb in ("har", "hadde") and tail:
            inf, tail = _inf_participle(tail[0]), tail[1:]
            when = "gjorde"
        elif verb in _MODALS and tail:
            inf, tail = tail[0], tail[1:]
        else:
            inf = _inf_any(verb)
        if verb in ("kan", "klarer", "orker", "får") and tail:
            return _cap(f"Hva gjør det vanskelig for deg å {inf} {' '.join(tail)} nå?")
        return _cap(f"Hva {when} det vanskelig å {inf} {' '.join(tail)}?")
    if len(rest) >= 3 and rest[1] in _NEG:
        # "Hvorfor ble ikke planen fulgt?" -> "Hva gjorde at planen ikke ble fulgt?"
        subject = rest[2]
        return _cap(f"Hva {when} at {subject} {rest[1]} {verb} {' '.join(rest[3:])}?")
    if len(rest) >= 2:
        subject = rest[1]
        tail = rest[2:]
        if tail and tail[0] in _NEG:
            return _cap(f"Hva {when} at {subject} {tail[0]} {verb} {' '.join(tail[1:])}?")
        return _cap(f"Hva {when} at {subject} {verb} {' '.join(tail)}?")
    return _cap(f"Hva {when} at det {verb}?")


_EN_AUXES = {"do", "does", "did", "are", "is", "were", "was", "have", "has", "had", "can", "could"}


def _rewrite_why_en(q: str) -> str:
    m = _EN_WHY.match(q)
    if not m:
        return "What happened, as you see it?"
    rest = _tokens(q[m.end() :])
    rest = [w.lower() if i < 3 else w for i, w in enumerate(rest)]
    if not rest:
        return "What happened, as you see it?"
    if rest[0] == "not":
        return _cap(f"What do you think about {' '.join(rest[1:])}?")
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
                tail = [_en_base(tail[0]), *tail[1:]]
            return _cap(f"What made it hard to {' '.join(tail)}?")
        if aux in ("do", "does", "did"):
            made = "made" if aux == "did" else "makes"
            return _cap(f"What {made} {'you' if subject == 'you' else subject} {' '.join(tail)}?")
        was = "was" if aux in ("were", "was", "had", "could") else "is"
        return _cap(f"What {was} going on for you, when {subject} {aux} {' '.join(tail)}?")
    # "how come you missed the meeting" -> keep the statement order
    return _cap(f"What was going on for you when {' '.join(rest)}?")


# --- closed ----------------------------------------------------------------

_EITHER_OR = re.compile(
    r"^(?:\w+ \w+ )(?:ha |ta |få |have |prefer )?(.+?) (?:eller|or) (.+)$", re.I
)


_OPENERS = frozenset({"og", "men", "så", "eller", "ok", "jeg", "eg", "lurer", "på", "om"})


@lru_cache(maxsize=4096)
def rewrite_closed(question: str, lang: str) -> str:
    """Turn a yes/no question into an open question from its own words."""
    q = _clean(question)
    words = _lower_first(_tokens(q))
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
    if rest and rest[0] in _NEG:
        rest = rest[1:]
    while rest and rest[0] in _ADVERBS:
        rest = rest[1:]
    joined = " ".join(words)
    either = _EITHER_OR.match(joined)
    if either and " eller " in joined and verb in ("vil", "ønsker", "foretrekker", "skal"):
        a, b = either.group(1), either.group(2)
        return _cap(f"Hva ville passet best for deg: {a}, {b} eller noe helt annet?")
    if verb == "har" and subject == "du" and rest and rest[0] == "det":
        return "Hvordan har du det?"
    if subject in ("det", "dette"):
        return _closed_it(verb, rest)
    if subject in ("du", "dere", "dykk"):
        return _closed_you(verb, subject, rest)
    if subject in ("vi", "me") and verb in _MODALS:
        return _cap(f"Hva tenker du om å {' '.join(rest)}?")
    return "Hvordan ser du på det selv?"


def _closed_it(verb: str, rest: list[str]) -> str:
    """Questions about "det": "Går det bra med ...?", "Er det noe ...?"."""
    if rest and rest[0] in _FILLER_ADJ:
        rest = rest[1:]
    if verb in ("er", "var") and rest and rest[0] in ("noe", "noko"):
        rest = rest[1:]
        if rest and rest[0] in ("spesielt", "annet", "anna", "mer", "særlig"):
            rest = rest[1:]
        return _cap(f"Hva {verb} det {' '.join(rest)}?")
    if "å" in rest:
        i = rest.index("å")
        return _cap(f"Hvordan er det for deg å {' '.join(rest[i + 1 :])}?")
    if "at" in rest:
        i = rest.index("at")
        return _cap(f"Hvordan er det for deg at {' '.join(rest[i + 1 :])}?")
    if "med" in rest:
        i = rest.index("med")
        if verb in _MODALS:
            return _cap(f"Hvordan tror du det ville vært med {' '.join(rest[i + 1 :])}?")
        return _cap(f"Hvordan {verb} det med {' '.join(rest[i + 1 :])}?")
    if verb in ("passer", "passar", "passet", "fungerer", "funker", "går", "gikk", "stemmer"):
        return _cap(f"Hvordan {verb} det {' '.join(rest)} for deg?")
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
        return _cap(f"Hva {verb} {subject} {' '.join(rest[1:])}?")
    if verb in _OPINION and (not rest or rest[0] != "deg"):
        if rest and rest[0] == "at":
            rest = rest[1:]
        return _cap(f"Hvordan ser du selv på om {' '.join(rest)}?")
    if verb in ("er", "var"):
        if "å" in rest:
            i = rest.index("å")
            return _cap(f"Hvordan ser du selv på å {' '.join(rest[i + 1 :])}?")
        for prep in ("med", "for", "om"):
            if prep in rest and rest.index(prep) < len(rest) - 1:
                i = rest.index(prep)
                return _cap(f"Hvordan opplever du {' '.join(rest[i + 1 :])}?")
        return "Hva kjente du på da?" if verb == "var" else "Hvordan kjennes det for deg nå?"
    if verb in ("har", "hadde") and rest:
        if rest[0] == "lyst" and "å" in rest:
            i = rest.index("å")
            return _cap(f"Hva tenker du om å {' '.join(rest[i + 1 :])}?")
        idx = 1 if rest[0] in ("fått", "fatt") and len(rest) > 1 else 0
        return _cap(
            f"Hvordan har det gått med å {_inf_participle(rest[idx])} {' '.join(rest[idx + 1 :])}?"
        )
    had_aa = bool(rest) and rest[0] == "å"
    if had_aa:
        rest = rest[1:]
    if verb in ("vil", "ville", "ønsker", "ønskjer"):
        if rest and rest[0] == "at":
            return _cap(f"Hva tenker du om {' '.join(rest)}?")
        return _cap(f"Hva tenker du om å {' '.join(rest)}?")
    if verb in ("trenger", "treng"):
        return _cap(f"Hva trenger du {' '.join(rest)}?")
    if _is_past(verb) or verb in _PAST_IRREGULAR:
        inf = _inf_past(verb)
        if inf in ("klare", "rekke", "orke", "få", "kunne"):
            return _cap(f"Hvordan opplevde du å {' '.join(rest)}?")
        return _cap(f"Hvordan opplevde du {' '.join(rest)}?")
    if verb in _EXPERIENCE - {"har", "klarer"}:
        kept = [w for w in rest if w not in _FILLER_ADJ]
        return _cap(f"Hvordan {verb} du {' '.join(kept)}?")
    if verb in _MODALS or verb in ("klarer", "orker", "rekker", "tør") or had_aa:
        return _cap(f"Hvordan ser du selv på å {' '.join(rest)}?")
    return _cap(f"Hvordan ser du på å {_inf_any(verb)} {' '.join(rest)}?")


_EN_PARTICIPLE = {
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


def _en_base(word: str) -> str:
    if word in _EN_PARTICIPLE:
        return _EN_PARTICIPLE[word]
    if word.endswith("ied") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ed") and len(word) > 4:
        return word[:-2]
    return word


def _rewrite_closed_en(q: str, words: list[str]) -> str:
    if len(words) < 2:
        return "How do you see it yourself?"
    aux, subject, rest = words[0], words[1], words[2:]
    if rest and rest[0] == "not":
        rest = rest[1:]
    text = " ".join(rest)
    if subject in ("it", "that") and rest and rest[0] in ("ok", "okay", "alright", "fine"):
        return _cap(f"How would it suit you {' '.join(rest[1:])}?")
    if subject == "you" and rest[:2] in (["like", "to"], ["want", "to"]):
        return _cap(f"What are your thoughts on whether to {' '.join(rest[2:])}?")
    if subject == "you" and rest and rest[0] in ("ready", "able") and "to" in rest:
        i = rest.index("to")
        return _cap(f"What would help you {' '.join(rest[i + 1 :])}?")
    if (
        subject == "you"
        and len(rest) > 2
        and rest[0] == "feel"
        and rest[2] in ("for", "about", "with")
    ):
        return _cap(f"How do you feel about {' '.join(rest[3:])}?")
    if any(w in ("anything", "something") for w in rest):
        kept = [w for w in rest if w not in ("anything", "something")]
        return _cap(f"What {aux} {subject} {' '.join(kept)}?")
    if aux in ("have", "has") and subject == "you" and rest:
        return _cap(f"How did it go when you {rest[0]} {' '.join(rest[1:])}?")
    if aux in ("can", "could") and subject == "you":
        return _cap(f"What would make it possible for you to {text}?")
    if aux in ("are", "were", "is", "was") and subject == "you":
        return _cap(f"How are you feeling about {text}?") if text else "How are you feeling?"
    if aux in ("are", "is", "were", "was") and subject not in ("it", "there", "that", "this"):
        return _cap(f"How {aux} {' '.join(words[1:])}?")
    if aux in ("do", "does", "did") and subject == "you" and rest:
        return _cap(f"How do you see {' '.join(rest[1:]) or 'it'}, in your own words?")
    if subject in ("we",):
        return _cap(f"What do you think about the idea that we {text}?")
    return "How do you see it yourself?"


# --- leading ---------------------------------------------------------------

_AT_CLAUSE = re.compile(r"\bat (du|dere|vi) (\w+)(.*)$", re.I)
_AA_CLAUSE = re.compile(r"\bå (\w+.*)$", re.I)
_TO_CLAUSE = re.compile(r"\bto (\w+.*)$", re.I)
_VEL_TRIM = re.compile(r"\b(?:vel|ikke|ikkje|nå|jo)\b\s*", re.I)


@lru_cache(maxsize=4096)
def rewrite_leading(question: str, lang: str) -> str:
    """Turn a leading question into an open one about the same matter."""
    q = _clean(question)
    if lang == "en":
        m = _TO_CLAUSE.search(q)
        if m and m.group(1).split()[0].lower() not in ("the", "a", "an", "my", "your", "our", "me"):
            return _cap(f"What are your own thoughts on whether to {m.group(1)}?")
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
            return _cap(f"Hva tenker du selv om å {_inf_any(verb)}{tail}?")
        return _cap(f"Hva tenker du selv om at {subject} {verb}{tail}?")
    if aa:
        return _cap(f"Hva tenker du selv om å {aa.group(1)}?")
    m = re.search(r"\bat (.+)$", q, re.I)
    if m:
        return _cap(f"Hva tenker du selv om at {m.group(1)}?")
    body = _VEL_TRIM.sub("", q).strip()
    return _cap(f"Hva tenker du selv om dette: {body.lower()}?") if body else "Hva tenker du selv?"


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
    s = _clean(sentence)
    if lang == "en":
        m = _TELL_EN.search(s)
        if m:
            return _cap(f"What do you think yourself about trying to {m.group(1)}?")
        return "What do you think would be a good next step?"
    m = _TELL_AA.search(s)
    if m:
        what = re.split(r",|\s(?:så|og så|for da)\s", m.group(1))[0]
        return _cap(f"Hva tenker du selv om å {what}?")
    m = _AA_CLAUSE.search(s)
    if m:
        return _cap(f"Hva tenker du selv om å {m.group(1)}?")
    return "Hva tenker du selv kunne vært et godt neste steg?"
