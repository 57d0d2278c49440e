"""Three kinds of contact during sick leave (source 004).

Caring contact, keeping-operations contact and problem-solving contact, each
with guidance; shown in the agreement's contact section and in preparation.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ContactKind:
    """One kind of contact and how to go about it."""

    id: str
    title: str
    purpose: str
    guidance: tuple[str, ...]
    example: str


KINDS: tuple[ContactKind, ...] = (
    ContactKind(
        "omsorg",
        "Omsorgskontakt («bry seg om»)",
        "Å vise at du bryr deg, at personen er savnet og er ønsket tilbake.",
        (
            "Å la være å ta kontakt er ikke et godt valg, men mengden og formen kan tilpasses.",
            "Spør hvordan den ansatte selv vil at dere skal holde kontakten.",
            "En telefon, en melding eller en hilsen fra gruppa kan bety mye.",
            "Gå varsomt fram: folk har ulike behov, og omtanken må være ekte.",
        ),
        "Hvordan vil du at vi skal holde kontakten mens du er borte?",
    ),
    ContactKind(
        "drift",
        "Driftskontakt («sikre driften»)",
        "Å holde jobben i gang og skåne kollegene, uten å legge press på den syke.",
        (
            "Bli enige tidlig om hva du kan ta kontakt om, og hvordan.",
            "Hold hverandre orientert om hvor lenge fraværet kan vare og hva som kan tilrettelegges.",
            "Ved gradert sykmelding er dette ofte enklere; ved lengre fravær blir det viktigere.",
            "Spør før du deler noe med kollegene, og avtal hva som kan sies.",
        ),
        "Hva vil du at vi skal si til kollegene dine om den nye fordelingen av oppgaver?",
    ),
    ContactKind(
        "problem",
        "Problemløsningskontakt",
        "Å ta tak i det på arbeidsplassen som kan ha bidratt til fraværet.",
        (
            "Konflikter eller mobbing må fram i lyset og få en løsning før en god retur.",
            "Lytt først, og undersøk før du konkluderer.",
            "Tilby at tillitsvalgt, verneombud eller bedriftshelsetjenesten kan være med.",
            "Avtal konkrete skritt og når dere ser på det igjen.",
        ),
        "Hva på arbeidsplassen bør vi se nærmere på sammen?",
    ),
)

KIND_BY_ID: dict[str, ContactKind] = {kind.id: kind for kind in KINDS}

INTRO = (
    "Når noen er helt sykmeldt, gjør avstanden kontakten vanskeligere. Tenk gjennom "
    "hvilken kontakt dere trenger, og avtal den sammen."
)


def guidance_lines() -> list[str]:
    """Plain text lines for a panel or a terminal (no markup)."""
    lines = [INTRO, ""]
    for kind in KINDS:
        lines.append(f"{kind.title}: {kind.purpose}")
        lines.extend(f"  - {tip}" for tip in kind.guidance)
        lines.append(f"  Spør for eksempel: «{kind.example}»")
        lines.append("")
    return lines


def to_markdown_lines(heading_level: int = 3) -> list[str]:
    """The guidance as Markdown, for the agreement's contact section."""
    hashes = "#" * heading_level
    lines = [f"{hashes} Tre typer kontakt", "", INTRO, ""]
    for kind in KINDS:
        lines.append(f"**{kind.title}.** {kind.purpose}")
        lines.append("")
        lines.extend(f"- {tip}" for tip in kind.guidance)
        lines.append(f"- Spør for eksempel: «{kind.example}»")
        lines.append("")
    return lines
