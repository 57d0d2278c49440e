"""The topics a reply touches, found by word stems."""

from __future__ import annotations

import re
from functools import lru_cache

from samtale_tui.analysis.model import THIRD_PARTY_TOPICS, TOPICS
from samtale_tui.analysis.trie import factor

_TOPIC_WORDS: dict[str, str] = {
    "tasks": (
        r"oppgave\w*|arbeidsoppgave\w*|gjeremål\w*|ansvarsområd\w*|arbeidsmengd\w*|"
        r"prosjekt\w*|kunde\w*|pasient\w*|arbeidsdag\w*|arbeidsuke\w*|hva du klarer|"
        r"kva du klarer|tasks?|duties|duty|workload|projects?|responsibilit\w*"
    ),
    "hours": (
        r"timer|timar|prosent|%|halv dag|halve dager|halvdag\w*|deltid\w*|gradert\w*|"
        r"redusert\w*|arbeidstid\w*|kortere dager|kortare dagar|full stilling|"
        r"stillingsprosent\w*|vakt\w*|nattevakt\w*|kveldsvakt\w*|turnus\w*|"
        r"full tid|fulltid|deltid|hours|part-time|part time|graded|shifts?|full days|"
        r"half days?|working time|sick leave percentage"
    ),
    "home_office": r"hjemmekontor\w*|heimekontor\w*|hjemmefra|heimanfrå|jobbe hjemme|"
    r"jobbe heime|home office|from home|remote\w*",
    "colleagues": (
        r"kolleg\w*|avdeling\w*|laget|teamet|gjengen|de andre|dei andre|arbeidsmiljø\w*|"
        r"samarbeid\w*|personalmøte\w*|arbeidsfellesskap\w*|colleagues?|team|"
        r"co-?workers?|the others"
    ),
    "contact": (
        r"kontakt\w*|ringe|ringer|ringte|ring meg|sms|melding\w*|høre fra|høyre frå|"
        r"holde kontakten|snakkes|ta en prat|keep in touch|stay in touch|check in|"
        r"call|text|message|contact"
    ),
    "plan": (
        r"plan\w*|avtal\w*|møte\w*|neste gang|evaluer\w*|dialogmøte\w*|oppsummer\w*|"
        r"tiltak\w*|videre|agree\w*|meeting|review|next time|summ?ar\w*"
    ),
    "health": (
        r"helse\w*|sykdom\w*|sjukdom\w*|syk|sjuk|sykmeld\w*|sjukmeld\w*|sykefravær\w*|"
        r"diagnos\w*|behandling\w*|medisin\w*|frisk\w*|migrene\w*|kreft\w*|smerte\w*|"
        r"vondt|søvn\w*|depresjon\w*|angst\w*|utbrent\w*|energi\w*|sliten|slitne|"
        r"helsa|health|illness|sick|ill|diagnosis|treatment|medication|pain|sleep|"
        r"energy|tired|exhausted|migraine|cancer|anxiety|depression"
    ),
    "hr": r"hr|personalavdeling\w*|personalsjef\w*|personalrådgiver\w*|human resources",
    "occupational_health": (
        r"bedriftshelsetjeneste\w*|bht|bedriftslege\w*|bedriftssykepleier\w*|"
        r"occupational health\w*|company doctor"
    ),
    "union": (
        r"tillitsvalgt\w*|tillitsvald\w*|verneombud\w*|fagforening\w*|fagforeining\w*|"
        r"union|safety rep\w*|shop steward|employee representative"
    ),
    "nav": r"nav|arbeidsavklaringspeng\w*|aap",
    "gp": r"fastleg\w*|lege|legen|legar|legene|legeerklæring\w*|sykmelder\w*|doctor\w*|gp",
    "job_change": (
        r"andre oppgaver|andre oppgåver|annen jobb|anna jobb|ny jobb|nytt yrke|annet yrke|"
        r"riktig yrke|omplasser\w*|bytte (?:jobb|avdeling|stilling)|annen avdeling|"
        r"anna avdeling|annen stilling|jobbytte|karriere\w*|jobbmobilitet|lageret|"
        r"other tasks|another job|new job|different role|another role|redeploy\w*|"
        r"career|change jobs?"
    ),
}

_TOPIC_RE = re.compile(
    r"\b(?=\w)(?:"
    + factor("|".join(_TOPIC_WORDS[name] for name in TOPICS if name in _TOPIC_WORDS))
    + r")(?!\w)"
)
_TOPIC_OF = tuple(
    (name, re.compile(r"(?:" + _TOPIC_WORDS[name] + r")"))
    for name in TOPICS
    if name in _TOPIC_WORDS
)


@lru_cache(maxsize=4096)
def _topic_of(word: str) -> str | None:
    for name, pattern in _TOPIC_OF:
        if pattern.fullmatch(word):
            return name
    return None


def sentence_topics(low: str) -> frozenset[str]:
    """Return the topics one lower-cased sentence touches (without third_party)."""
    found = {_topic_of(m.group()) for m in _TOPIC_RE.finditer(low)}
    found.discard(None)
    return frozenset(found)  # type: ignore[arg-type]


def find_topics(low: str) -> tuple[str, ...]:
    """Return the topics ``low`` (the lower-cased reply) touches, in TOPICS order."""
    return order_topics(sentence_topics(low))


def order_topics(found: frozenset[str] | set[str]) -> tuple[str, ...]:
    """Add ``third_party`` when a third party is named; return in TOPICS order."""
    if found & THIRD_PARTY_TOPICS:
        found = set(found) | {"third_party"}
    return tuple(name for name in TOPICS if name in found)
