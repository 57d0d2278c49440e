"""The workshop plan: the eight questions and the timed agenda.

Written in our own words from the workshop plan in source 002: a team agrees on
shared routines for sick-leave follow-up *before* anyone needs them, so that the
principles are discussed in general and not in one person's case.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

GroupSize = Literal["small", "large"]

LARGE_GROUP_FROM = 13
"""From this many participants the agenda uses groups of four to six."""

PURPOSE = (
    "Alle kan bli syke. Når vi blir enige om rutinene mens ingen av oss står midt i "
    "det, blir det lettere for den som blir sykmeldt – og de prinsipielle "
    "spørsmålene blir tatt på generelt grunnlag, ikke i én persons sak."
)

QUESTIONS: tuple[str, ...] = (
    "Hvordan vil jeg bli møtt av leder og kolleger når jeg er syk?",
    "Hvem tar jeg kontakt med når jeg blir syk – og hvem tar kontakt med meg?",
    "Hvilke kanaler skal vi bruke i kontakten: telefon, møte, e-post eller melding?",
    "Når passer hver av disse kanalene best?",
    "Hvor tett skal lederen følge opp for å hjelpe en sykmeldt tilbake – og hvor går grensen?",
    "Hva gjør vi som kolleger når en av oss er borte fra jobb?",
    "Hvordan tar vi vare på arbeidsoppgavene til den som er sykmeldt?",
    "Hvem bestemmer hvordan oppgavene den sykmeldte ikke kan gjøre, blir fordelt?",
)

FOLLOW_UP = (
    "En liten gruppe som velges på workshopen (eller lederen) går gjennom forslagene "
    "og skriver et utkast til rutiner. Utkastet legges fram og justeres på neste "
    "personalmøte."
)


@dataclass(frozen=True, slots=True)
class AgendaStep:
    """One timed step of the workshop.

    Attributes:
        title: what the step is called.
        minutes: the suggested time.
        guidance: what the leader does, in a sentence or two.
        collects: True when proposals are typed in during this step.
        phase: ``""``, ``"Gruppearbeid"`` or ``"Plenum"`` for large groups.
    """

    title: str
    minutes: int
    guidance: str
    collects: bool = False
    phase: str = ""


SMALL_AGENDA: tuple[AgendaStep, ...] = (
    AgendaStep(
        "Velkommen og formål",
        10,
        "Ønsk velkommen og si hvorfor dere gjør dette nå, før noen trenger rutinene.",
    ),
    AgendaStep(
        "Les spørsmålene og skriv egne forslag",
        15,
        "Alle får de åtte spørsmålene og noterer sine egne forslag i stillhet.",
    ),
    AgendaStep(
        "Forslagsrunde, spørsmål for spørsmål",
        50,
        "Ta ett spørsmål om gangen. Be om innspill fra alle og skriv dem inn her.",
        collects=True,
    ),
    AgendaStep(
        "Diskusjon og forbedringer",
        30,
        "Snakk om forslagene: hva er dere enige om, hva kan bli bedre?",
    ),
    AgendaStep(
        "Oppsummering og veien videre",
        20,
        "Oppsummer hva dere landet på, og avtal hvem som skriver utkastet til rutiner.",
    ),
)

LARGE_AGENDA: tuple[AgendaStep, ...] = (
    AgendaStep(
        "Velkommen og formål",
        10,
        "Ønsk velkommen og si hvorfor dere gjør dette nå, før noen trenger rutinene.",
    ),
    AgendaStep(
        "Del inn i grupper",
        5,
        "Lag grupper på fire til seks. Hver gruppe velger en gruppeleder.",
    ),
    AgendaStep(
        "Les spørsmålene og skriv egne forslag",
        10,
        "Alle leser de åtte spørsmålene og noterer sine egne forslag.",
        phase="Gruppearbeid",
    ),
    AgendaStep(
        "Gruppeleder samler forslag",
        30,
        "Gruppelederen går gjennom spørsmål for spørsmål og skriver ned innspillene, "
        "uten diskusjon ennå. Skriv dem inn her med gruppens navn.",
        collects=True,
        phase="Gruppearbeid",
    ),
    AgendaStep(
        "Diskusjon i gruppene",
        25,
        "Gruppene drøfter forslagene og ideer til forbedringer.",
        phase="Gruppearbeid",
    ),
    AgendaStep(
        "Oppsummering i gruppene",
        10,
        "Hver gruppe blir enig om hva den vil legge fram.",
        phase="Gruppearbeid",
    ),
    AgendaStep(
        "Gruppene legger fram",
        30,
        "Hver gruppe presenterer sine forslag for alle.",
        phase="Plenum",
    ),
    AgendaStep(
        "Diskusjon og oppklaring",
        20,
        "Still oppklarende spørsmål og drøft forslagene sammen. Avtal hvem som skriver "
        "utkastet til rutiner.",
        phase="Plenum",
    ),
)


def group_size(participants: int) -> GroupSize:
    """Small (up to 12) or large (more than 12) group."""
    return "large" if participants >= LARGE_GROUP_FROM else "small"


def agenda_for(size: GroupSize) -> tuple[AgendaStep, ...]:
    """The agenda for a small or a large group."""
    return LARGE_AGENDA if size == "large" else SMALL_AGENDA


def total_minutes(size: GroupSize) -> int:
    """The agenda's total time in minutes."""
    return sum(step.minutes for step in agenda_for(size))
