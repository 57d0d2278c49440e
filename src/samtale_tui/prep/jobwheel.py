"""The job wheel (jobbhjulet): eight areas of the job, each rated 0 to 8.

Eight is ideal. The employee rates each area; the lowest ones are where the
conversation can start, each with one open question. The areas are those of
``scenarios.model.JOB_WHEEL_AREAS`` (a scenario may carry the simulated
employee's ratings). Ratings are a ``dict[str, int]``: stored on
``PracticeSession.job_wheel`` and on the agreement, exported with
``to_markdown_lines``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

MAX_RATING = 8


@dataclass(frozen=True, slots=True)
class WheelArea:
    """One area of the job wheel."""

    id: str
    label: str
    explanation: str
    question: str


AREAS: tuple[WheelArea, ...] = (
    WheelArea(
        "oppgaver",
        "Arbeidsoppgaver",
        "Det du faktisk gjør i løpet av en dag, og om det gir mening.",
        "Hvordan opplever du arbeidsoppgavene dine slik de er nå?",
    ),
    WheelArea(
        "kompetanse",
        "Kompetanse",
        "Om du har kunnskapen og ferdighetene jobben krever.",
        "Hvilke deler av jobben skulle du ønske mer opplæring eller støtte i?",
    ),
    WheelArea(
        "samarbeid",
        "Samarbeid",
        "Forholdet til kollegene og de andre du jobber sammen med.",
        "Hvordan fungerer samarbeidet med dem du jobber tettest med?",
    ),
    WheelArea(
        "ledelse",
        "Ledelse",
        "Hvordan du blir ledet, sett og fulgt opp.",
        "Hva slags oppfølging fra meg ville vært til hjelp for deg nå?",
    ),
    WheelArea(
        "arbeidsmiljo",
        "Arbeidsmiljø",
        "Stemningen, tonen og tryggheten på arbeidsplassen.",
        "Hva skal til for at du trives bedre på jobben?",
    ),
    WheelArea(
        "fysiske_forhold",
        "Fysiske forhold",
        "Lokaler, møbler, utstyr og belastningen på kroppen.",
        "Hva i de fysiske forholdene gjør arbeidsdagen tyngre eller lettere for deg?",
    ),
    WheelArea(
        "arbeidstid",
        "Arbeidstid",
        "Hvor mye, når og hvor fleksibelt du jobber.",
        "Hvordan ville en arbeidsuke sett ut som du kunne klare godt?",
    ),
    WheelArea(
        "utvikling",
        "Utvikling",
        "Muligheten til å lære, vokse og ha noe å strekke deg etter.",
        "Hva kunne du tenke deg å lære eller prøve deg på framover?",
    ),
)

AREA_BY_ID: dict[str, WheelArea] = {area.id: area for area in AREAS}

# Questions for finding out, at the end, what matters most (source 004's advice
# to close the wheel by asking what drains and what gives energy).
CLOSING_QUESTIONS: tuple[str, ...] = (
    "Hvilke deler av jobben tapper deg mest akkurat nå?",
    "Hva i arbeidsdagen gir deg påfyll?",
    "Hvor kjenner du at du får satt ditt eget preg på arbeidet?",
)

HOW_TO = (
    "Den ansatte gir hvert område et tall fra 0 til 8, der 8 er best tenkelig. "
    "La den ansatte styre hvilke områder dere snakker om, og spør hva som kunne "
    "vært annerledes. Målet er balanse, ikke toppkarakter overalt."
)


def validate(ratings: Mapping[str, int]) -> dict[str, int]:
    """Check ratings and return them in wheel order.

    Raises:
        ValueError: with a Norwegian message, for an unknown area or a rating
            outside 0 to 8.
    """
    for area, rating in ratings.items():
        if area not in AREA_BY_ID:
            raise ValueError(f"Ukjent område i jobbhjulet: «{area}».")
        if isinstance(rating, bool) or not isinstance(rating, int):
            raise ValueError(f"Vurderingen for {AREA_BY_ID[area].label} må være et helt tall.")
        if not 0 <= rating <= MAX_RATING:
            raise ValueError(
                f"Vurderingen for {AREA_BY_ID[area].label} er {rating}; bruk 0 til {MAX_RATING}."
            )
    return {a.id: ratings[a.id] for a in AREAS if a.id in ratings}


def parse_rating(text: str) -> int:
    """Parse a typed rating.

    Raises:
        ValueError: with a Norwegian message when it is not a whole number 0 to 8.
    """
    cleaned = text.strip()
    if not cleaned.isdigit() or not 0 <= int(cleaned) <= MAX_RATING:
        raise ValueError(f"Skriv et tall fra 0 til {MAX_RATING}.")
    return int(cleaned)


def suggested_focus(ratings: Mapping[str, int], count: int = 3) -> list[WheelArea]:
    """The lowest-rated areas, where the conversation can start.

    Only rated areas below 8 count; ties keep wheel order. An empty list means
    nothing is rated yet, or everything is rated ideal.
    """
    rated = [(ratings[a.id], i, a) for i, a in enumerate(AREAS) if a.id in ratings]
    low = sorted((r, i, a) for r, i, a in rated if r < MAX_RATING)
    return [a for _, _, a in low[:count]]


def bar(rating: int | None, scale: int = 2, ascii_only: bool = False) -> str:
    """One bar, ``MAX_RATING * scale`` characters wide.

    Filled and empty cells differ by shape, not colour, so the bar reads in
    monochrome. An unrated area is a row of dots (or spaces in ASCII).
    """
    full, empty, unrated = ("#", "-", " ") if ascii_only else ("█", "░", "·")
    width = MAX_RATING * scale
    if rating is None:
        return unrated * width
    filled = max(0, min(rating, MAX_RATING)) * scale
    return full * filled + empty * (width - filled)


LABEL_WIDTH = max(len(a.label) for a in AREAS)


def bar_line(area: WheelArea, rating: int | None, scale: int = 2, ascii_only: bool = False) -> str:
    """``Arbeidsoppgaver  ████████░░░░░░░░  4/8``, or ``–/8`` when unrated."""
    value = "–" if rating is None else str(rating)
    return f"{area.label:<{LABEL_WIDTH}}  {bar(rating, scale, ascii_only)}  {value}/{MAX_RATING}"


def render_bars(ratings: Mapping[str, int], scale: int = 2, ascii_only: bool = False) -> list[str]:
    """All eight areas as bars, one line each (36 columns at scale 2)."""
    return [bar_line(a, ratings.get(a.id), scale, ascii_only) for a in AREAS]


def to_markdown_lines(ratings: Mapping[str, int] | None, heading_level: int = 2) -> list[str]:
    """The job wheel as Markdown, for the export: a table and where to start.

    Args:
        ratings: area id to rating (``PracticeSession.job_wheel``); None or
            empty gives a heading and a short note.
        heading_level: level of the section heading.
    """
    hashes = "#" * heading_level
    lines = [f"{hashes} Jobbhjulet", ""]
    if not ratings:
        return [*lines, "Ikke fylt ut.", ""]
    checked = validate(ratings)
    lines += ["| Område | Vurdering (0–8) | |", "| --- | --- | --- |"]
    for area in AREAS:
        rating = checked.get(area.id)
        shown = "–" if rating is None else str(rating)
        drawn = "" if rating is None else f"`{bar(rating, 1, ascii_only=True)}`"
        lines.append(f"| {area.label} | {shown} | {drawn} |")
    lines.append("")
    focus = suggested_focus(checked)
    if focus:
        lines += [f"{hashes}# Start her", ""]
        lines += [f"- **{a.label}** ({checked[a.id]}): {a.question}" for a in focus]
        lines.append("")
    return lines
