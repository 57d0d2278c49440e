"""The question bank: open questions, grouped by purpose, searchable.

Every question is open (hva, hvilke, hvordan, hvem, når), asks one thing, and
leads nowhere; a test holds them to that through the analyser. Written for
this product, inspired by the example questions in source 004.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Purpose:
    """A group of questions: what they are for."""

    id: str
    label: str
    hint: str


@dataclass(frozen=True, slots=True)
class BankQuestion:
    """One question in the bank."""

    id: str
    purpose: str
    text: str


PURPOSES: tuple[Purpose, ...] = (
    Purpose(
        "apning", "Åpning og omsorg", "Vis at du bryr deg, og la den ansatte sette ord på det."
    ),
    Purpose("funksjon", "Funksjon og oppgaver", "Snakk om hva som går, ikke om diagnosen."),
    Purpose("miljo", "Arbeidsmiljøet", "Samarbeid, tone og belastning på arbeidsplassen."),
    Purpose("losninger", "Løsninger og tilrettelegging", "La den ansatte foreslå først."),
    Purpose("kontakt", "Å holde kontakten", "Avtal hvordan og hvor ofte dere snakkes."),
    Purpose("avslutning", "Oppsummere og avtale", "Hvem gjør hva, og når dere ses igjen."),
)

PURPOSE_BY_ID: dict[str, Purpose] = {p.id: p for p in PURPOSES}

_TEXTS: dict[str, tuple[str, ...]] = {
    "apning": (
        "Hvordan har du det for tiden?",
        "Hvordan har de siste ukene vært for deg?",
        "Hva er viktigst for deg at vi får snakket om i dag?",
        "Hvordan kan jeg gjøre denne samtalen best mulig for deg?",
        "Hva har du lyst til å fortelle meg før vi begynner?",
        "Hvordan var det for deg å få invitasjonen til denne samtalen?",
        "Hva gjør hverdagen din litt lettere nå?",
        "Hva trenger du fra meg for at dette skal kjennes trygt?",
    ),
    "funksjon": (
        "Hvordan ser en vanlig arbeidsdag ut for deg nå?",
        "Hvilke oppgaver får du godt til nå?",
        "Hvilke av oppgavene dine kjennes tyngst for tiden?",
        "Hvilke oppgaver gjør deg glad for å gå på jobb?",
        "Hvilke deler av jobben sliter mest på deg nå?",
        "Hvordan kunne en arbeidsdag se ut som du ville klare, også med gradert sykmelding?",
        "Hvilke deler av jobben kunne du tenke deg å ta tilbake først?",
        "Hva ser du som dine sterkeste sider i jobben akkurat nå?",
    ),
    "miljo": (
        "Hva kjennetegner stemningen i gruppa di?",
        "Hvordan fungerer det å jobbe sammen med de andre i gruppa?",
        "Hva kunne jeg som leder gjort annerledes for deg?",
        "Hva i arbeidsmiljøet fungerer godt for deg?",
        "Hva i arbeidsmiljøet skulle du ønske var annerledes?",
        "Hvordan kjennes presset i jobben for deg for tiden?",
        "Hva i arbeidsmiljøet virker inn på hvordan du har det?",
        "Hva slags støtte får du fra kollegene dine?",
    ),
    "losninger": (
        "Hva skal til for at du kan komme tilbake på en god måte?",
        "Hvilke muligheter ser du selv på arbeidsplassen?",
        "Hvilket tiltak har du mest tro på å begynne med?",
        "Hva har du allerede prøvd som har hjulpet litt?",
        "Hvordan kan vi gjøre arbeidsdagen din enklere den nærmeste tiden?",
        "Hva slags støtte kommer du til å trenge framover?",
        "Hva kan stå i veien for at planen fungerer?",
        "Hvordan ser en arbeidssituasjon ut som passer deg akkurat nå?",
        "Hva ville du valgt å starte med hvis vi prøver noe i tre uker?",
    ),
    "kontakt": (
        "Hvordan vil du at vi skal holde kontakten mens du er borte?",
        "Hvilken form for kontakt passer best for deg nå?",
        "Hva vil du at vi skal si til kollegene dine om den nye fordelingen av oppgaver?",
        "Hvordan kan du holde deg oppdatert om det som skjer på jobben, hvis du ønsker det?",
        "Hvem på arbeidsplassen vil du gjerne ha kontakt med i denne perioden?",
        "Hva slags kontakt med arbeidsplassen gjør deg godt nå?",
        "Hvordan kan vi gjøre det lettere for deg å stikke innom når du føler for det?",
        "Hvilke tider på dagen passer best hvis jeg ringer?",
    ),
    "avslutning": (
        "Hva har vi blitt enige om i dag?",
        "Hvordan vil du oppsummere det vi har snakket om?",
        "Hvem gjør hva fram til neste gang vi møtes?",
        "Hvordan skal vi se at tiltaket virker?",
        "Når passer det å møtes igjen for å se hvordan det går?",
        "Hva gjør vi hvis planen ikke fungerer slik vi håper?",
        "Hva tar du med deg fra samtalen i dag?",
        "Hva har jeg glemt å spørre om?",
    ),
}

QUESTIONS: tuple[BankQuestion, ...] = tuple(
    BankQuestion(f"{pid}-{i + 1}", pid, text)
    for pid in PURPOSE_BY_ID
    for i, text in enumerate(_TEXTS[pid])
)

_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a"})


def fold(text: str) -> str:
    """Lowercase, without accents, with æ, ø and å spelt out in ASCII.

    Typing ``arbeidsmiljo`` finds ``arbeidsmiljø`` and ``tiltak`` finds
    ``Tiltak``, so search works on a keyboard without Norwegian letters.
    """
    lowered = text.casefold().translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_HAYSTACK: dict[str, str] = {
    q.id: fold(f"{q.text} {PURPOSE_BY_ID[q.purpose].label}") for q in QUESTIONS
}


def search(query: str) -> list[BankQuestion]:
    """Questions matching every word of the query, in bank order.

    Each word may match anywhere in the question or in its group's name;
    an empty query gives the whole bank.
    """
    words = [_stem(w) for w in fold(query).split()]
    return [q for q in QUESTIONS if all(w in _HAYSTACK[q.id] for w in words)]


_ENDINGS = ("ene", "ane", "er", "en", "et", "a", "e")


def _stem(word: str) -> str:
    """``word`` without a common inflection ending, so «kollega» finds «kollegene»."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def by_purpose(
    questions: list[BankQuestion] | tuple[BankQuestion, ...] = QUESTIONS,
) -> list[tuple[Purpose, list[BankQuestion]]]:
    """Group questions by purpose, in bank order; empty groups left out."""
    grouped: list[tuple[Purpose, list[BankQuestion]]] = []
    for purpose in PURPOSES:
        items = [q for q in questions if q.purpose == purpose.id]
        if items:
            grouped.append((purpose, items))
    return grouped


def to_markdown_lines(heading_level: int = 2) -> list[str]:
    """The whole bank as Markdown (for a printed cheat sheet)."""
    hashes = "#" * heading_level
    lines = [f"{hashes} Spørsmålsbank", ""]
    for purpose, items in by_purpose():
        lines += [f"{hashes}# {purpose.label}", ""]
        lines += [f"- {q.text}" for q in items]
        lines.append("")
    return lines
