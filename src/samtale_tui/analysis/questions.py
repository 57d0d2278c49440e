"""Finding questions and their type: why, open or closed.

A question is found by its form, not by its question mark: a question word or
a request at the start of a clause, a finite verb followed by its subject
(Norwegian and English verb-first questions), a tag (*..., ikke sant?*), or,
failing all that, a sentence that ends in a question mark.
"""

from __future__ import annotations

import re

from samtale_tui.analysis import lexicon as lx
from samtale_tui.analysis.model import Question
from samtale_tui.analysis.trie import factor

_LEAD = lx.PREFIX + r"(?:" + lx.WONDER + r")?"
# "Jeg skjønner ikke hvorfor du ..." asks why as plainly as "Hvorfor ...?"
_LEAD_WHY = lx.PREFIX + r"(?:" + lx.WONDER + r"|" + lx.NOT_GET + r")?"

_WHY = re.compile(_LEAD_WHY + r"(" + lx.WHY + r")")
_REQUEST = re.compile(_LEAD + r"(?:gjerne |please |kindly |bare |just )?(" + lx.REQUEST + r")")
_POLITE = re.compile(_LEAD + r"(" + lx.POLITE + r")")
_INVITE = re.compile(_LEAD + r"(" + lx.INVITE + r")")
_OPEN = re.compile(
    _LEAD
    + r"(?:(?:på|i|med|for|til|av|om|in|on|with|by) (?=(?:hvilken|hvilke|hvilket|hva|kva|which|what)\b))?"
    + r"("
    + lx.OPEN_WORDS
    + r")\b(?:,?\s+("
    + lx.SUBORDINATE_AFTER_QWORD
    + r"))?"
)
_WONDER_Q = re.compile(lx.PREFIX + lx.WONDER + r"(?:(" + lx.WHY + r")|(" + lx.OPEN_WORDS + r"))\b")
_WONDER_IF = re.compile(lx.PREFIX + lx.WONDER + r"(om|if|whether)\b")
_V1 = re.compile(
    lx.V1_PREFIX
    + r"(("
    + lx.NB_FINITE_VERBS
    + r"|"
    + lx.EN_AUX
    + r")(?:\s+(?:ikke|ikkje|not))?\s+"
    + lx.SUBJECTS
    + r")\b"
)
_V1_VERB = r"(?:" + lx.NB_FINITE_VERBS + r"|" + lx.EN_AUX + r")"
_V1_YOU = re.compile(_V1_VERB + r"(?:\s+(?:ikke|ikkje|not))?\s+(?:du|dere|dykk|you|det|it)\b")
"""A later verb-first clause addressed to the employee: "..., har du snakket med NAV"."""
_V1_NOUN = re.compile(
    _V1_VERB
    + r"\s+(?:(?:the|your|my|our|his|her|that|this|those|these)\s+\w+|\w+(?:en|et|ene|ane|na)\b)"
)
"""A later verb-first clause with a noun for subject: "..., har anfallene blitt færre?"."""
_VEL = re.compile(r"((?:du|det|dere|dette|you|vi) \w+(?: det| deg| dere| dykk)? vel)\b")
_VEL_HINT = re.compile(
    r"\b(?:enig|best|bedre|lurt|greit|ikke|smart|fornuftig|fint|klar|riktig|å)\b"
)
_TAG_STRONG = re.compile(lx.TAG_STRONG)

# Later clauses start after a comma, semicolon, colon or a conjunction.
_CLAUSE = re.compile(
    r"(?:[,;:]\s*|\s[-–—]\s*|\s+(?=(?:og|men|eller|and|but|or)\s))"
    r"(?:(og|men|eller|and|but|or|så|so)\s+)?(?=\S)",
)
_MARK = re.compile(r"[,;:\-–—]")
"""A clause boundary made by a mark, not only by a conjunction."""
_CLAUSE_CANDIDATE = re.compile(r"[,;:]|\s[-–—]\s|\s(?:og|men|eller|and|but|or)\s")

# Strong question starts in a later clause: only question words and requests.
_LATER_Q = re.compile(
    r"(?:(?:kanskje|maybe|perhaps) )?(?:" + lx.WONDER + r")?"
    r"(?:(?:på|i|med|for|til|av|om|in|on|with|by) (?=(?:hvilken|hvilke|hvilket|hva|kva|which|what)\b))?"
    r"(?:" + lx.WHY + r"|" + lx.OPEN_WORDS + r"\b|" + lx.POLITE + r"|" + lx.REQUEST + r")"
)


# A necessary condition for any of the patterns above, checked first: most
# clauses are statements, and one anchored match rules them out.
_ANY_START = re.compile(
    _LEAD_WHY
    + r"(?:gjerne |please |kindly |bare |just )?(?:"
    + factor(
        "|".join(
            (
                lx.WHY,
                lx.POLITE,
                lx.REQUEST,
                lx.INVITE,
                lx.OPEN_WORDS,
                lx.NB_FINITE_VERBS,
                lx.EN_AUX,
                "om",
                "if",
                "whether",
            )
        )
    )
    + ")"
)
# In a later clause of a sentence without a question mark, a question word only
# starts a question when a verb follows it ("..., men hvorfor sa du ingenting"),
# not in a list ("vi avtaler hva, hvor lenge og når").
_VERB_NEXT = re.compile(
    r"(?:\s+(?:lenge|ofte|long|often))?\s+(?:ikke|ikkje|not|"
    + factor("|".join((lx.NB_FINITE_VERBS, lx.EN_AUX)))
    + r"|\w+(?:er|te|de|et|ar))\b"
)
_SUBJECT_IT = (" det ", " den ", " dette ", " it ")
"""After *når* or *when*, a subject before the verb marks a time clause."""

_FREE_RELATIVE = re.compile(
    r"\s+(?:(?:matters|counts|is important|is most important|i care about|teller|betyr noe)\b|"
    r"(?:som|du|jeg|eg|vi|me|dere|legen|fastlegen|han|hun|ho|de|dei|you|i|we|the doctor|they)\s+)"
    r"(?:\w+\s+){0,2}?\w+[^,?.!]{0,30}?(?:, og (?:hva|kva) [^,?.!]{1,60})?,?\s+(?:er|blir|var|is|was|stays)\s"
)
"""After *hva*/*what*, subject before verb and then the main verb: "Hva du velger,
er opp til deg" is a clause used as a subject; a question inverts ("Hva velger du?")."""

_FREE_RELATIVE_EN = re.compile(
    r"\s+(?!(?:do|does|did|can|could|would|will|should|are|were|have|has|is|was)\b)(?:\w+\s+){1,4}?"
    r"(?:is|isn't|was|wasn't)\s+(?:not\s+)?(?:the|it|that|what|a|an|about|more|less|not|how|when)\b"
)
"""English: "What worries you most isn't the work": a clause as subject, no question."""

_THEN_CLAUSE = re.compile(
    r", (?:(?:så|da) \w+|(?:må|blir|blei|får|kommer|gjør|tar|går|ringer|sender|trenger|setter|starter|"
    r"begynner|mister) (?:vi|me|jeg|eg|det|du|dere|dykk)|(?:we|i) (?:will|must|have to|'ll)|we'll|i'll)\b"
)
"""A main clause after a verb-first clause without a question mark: the first
clause is a condition ("Kommer du ikke, så ringer jeg"), not a question."""

_WISH = ("håper ", "håpar ", "hoper ")
_TAG_VERB = re.compile(
    r"(?:tror|trur|synes|syns|tenker|tenkjer|mener|meiner|vet|veit|skjønner|ser|hører)\s"
)
"""A short clause after a comma that opens with these is a tag (", tror du?"), not a question."""
_SEEN = re.compile(
    r"(?:ser|hører|høyrer|skjønner|merker) (?:du|dere) (?:har|er|var|hadde|kom|ikke|ikkje)\b"
)
"""Verbs that open a statement with "jeg" left out: "ser du har meldt deg syk"."""
"""Verbs that open a wish with the subject left out, not a question."""

_TRAILING_JOIN = re.compile(r"(?:[,;:]?\s*(?:og|men|eller|and|but|or)?)$")


def _classify(low: str, pos: int, end: int, first: bool, ends_q: bool) -> tuple[str, int] | None:
    """Classify the clause starting at ``pos``; return (type, start of question)."""
    if not _ANY_START.match(low, pos, end):
        return None
    m = _WHY.match(low, pos, end)
    if m:
        if not first and not ends_q and not _VERB_NEXT.match(low, m.end(1), end):
            return None
        return "why", m.start(1)
    m = _POLITE.match(low, pos, end) or _REQUEST.match(low, pos, end)
    if m:
        return "open", m.start(1)
    m = _INVITE.match(low, pos, end)
    if m and first:
        return "open", m.start(1)
    m = _WONDER_Q.match(low, pos, end)
    if m:
        return ("why", m.start(1)) if m.group(1) else ("open", m.start(2))
    m = _OPEN.match(low, pos, end)
    if m:
        word = m.group(1)
        if m.group(2) and not ends_q:
            return None
        if word in ("når", "when", "hvor", "kor") and (
            m.group(2) or low.startswith(_SUBJECT_IT, m.end(1), end)
        ):
            return None  # "når det blir mye, ...": a time clause, not "når blir det ...?"
        if not first and not ends_q and not _VERB_NEXT.match(low, m.end(1), end):
            return None
        if word in ("når", "when") and not ends_q and not _VERB_NEXT.match(low, m.end(1), end):
            return None  # "Så når sjefen overstyrer deg, ...": a time clause
        if not ends_q and (
            _FREE_RELATIVE.match(low, m.end(1), end)
            or (word == "what" and _FREE_RELATIVE_EN.match(low, m.end(1), end))
        ):
            return None  # "Hva legen har funnet, er ditt å fortelle": a subject, not a question
        return "open", m.start(1)
    if not first and not ends_q:
        return None
    m = _WONDER_IF.match(low, pos, end)
    if m:
        return "closed", m.start(1)
    m = _V1.match(low, pos, end)
    if m:
        if m.group(1).startswith(("don't you worry", "dont you worry")):
            return None  # an imperative, not a question
        if not ends_q and m.group(1).startswith(_WISH):
            return None  # "Håper du får en rolig helg": "(Jeg) håper", a wish
        if not ends_q and _SEEN.match(low, m.start(1), end):
            return None  # "ser du har meldt deg syk i dag": "(Jeg) ser", a statement
        if not ends_q and _THEN_CLAUSE.search(low, m.end(), end):
            return None  # "Er du ikke tilbake til april, må vi ...": a condition
        if not ends_q and not low[m.end() : end].strip(" .!"):
            return None  # "Panikkanfall, sier du.": an echo, not a question
        return "closed", m.start(1)
    return None


def find_questions(low: str, start: int, end: int) -> list[tuple[Question, bool]]:
    """Return the questions in one sentence ``low[start:end]``.

    Each comes with a flag: True for a question by its form (question word,
    request, verb first), False for a statement turned into a question only by
    a tag or a question mark, whose words still count as statements.
    """
    ends_q = low.endswith("?", start, end) or low[start:end].rstrip(" .!)\"'").endswith("?")
    found: list[tuple[str, int]] = []
    first = _classify(low, start, end, True, ends_q)
    if first:
        found.append(first)
    sentence = low[start:end]
    if _CLAUSE_CANDIDATE.search(sentence):
        for m in _CLAUSE.finditer(low, start, end):
            pos = m.end()
            if pos >= end or pos == start:
                continue
            conj = m.group(1)
            if not conj and not _MARK.search(low, m.start(), pos):
                continue
            if not _LATER_Q.match(low, pos, end):
                # a verb-first clause joined with og/eller: "..., eller vil du ...?"
                # ... or after a comma when it says more than a tag ("..., tror du?")
                rest = low[pos:end].split()
                comma = (
                    conj is None
                    and low[m.start()] == ","
                    and (len(rest) > 3 or (len(rest) == 3 and not _TAG_VERB.match(low, pos, end)))
                )
                if (conj in ("og", "and") or comma) and found:
                    # with a question mark any verb-first clause counts; without,
                    # only one put to the employee ("..., har du snakket med NAV")
                    if ends_q:
                        v1 = _V1.match(low, pos, end) or (
                            low[m.start()] == "," and _V1_NOUN.match(low, pos, end)
                        )
                    else:
                        v1 = _V1_YOU.match(low, pos, end)
                    if v1 and found[-1][1] != pos:
                        found.append(("closed", pos))
                continue
            got = _classify(low, pos, end, False, ends_q)
            if got and (not found or got[1] > found[-1][1]):
                found.append(got)
    formal = True
    if not found:
        formal = False
        vel = _VEL.match(low, start, end)
        if (
            ends_q
            or (vel and _VEL_HINT.search(low, vel.end(), end))
            or _TAG_STRONG.search(low, max(start, end - 48), end)
        ):
            found.append(("closed", start))
    questions = []
    for i, (qtype, qstart) in enumerate(found):
        qend = found[i + 1][1] if i + 1 < len(found) else end
        while qend > qstart and low[qend - 1] in " ,;:-–—":
            qend -= 1
        if i + 1 < len(found):
            # trim the joining conjunction off the end of this question
            tail = _TRAILING_JOIN.search(low[qstart:qend])
            if tail and tail.start() > 0:
                qend = qstart + tail.start()
        questions.append((Question(qstart, qend, qtype), formal))  # type: ignore[arg-type]
    return questions
