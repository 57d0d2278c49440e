"""Norwegian words the screens share: difficulty, modes, reply kinds, the rubric.

Presentation only; the analyser's own feedback messages come from
``samtale_tui.analysis`` and are shown as they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from samtale_tui.analysis import Analysis


def count(n: int, singular: str, plural: str) -> str:
    """``"1 replikk"``, ``"3 replikker"``: a number with the right noun form."""
    return f"{n} {singular if n == 1 else plural}"


DIFFICULTY: dict[int, str] = {1: "Lett", 2: "Middels", 3: "Krevende"}


def difficulty_label(level: int) -> str:
    """E.g. ``●●○ Middels`` (dots and a word, so no colour is needed)."""
    dots = "●" * level + "○" * (3 - level)
    return f"{dots} {DIFFICULTY.get(level, str(level))}"


MODES: tuple[tuple[str, str, str], ...] = (
    ("coach", "Coach", "Hint mens du skriver, kommentar på hver replikk, angre lov."),
    ("realistic", "Realistisk", "Som i virkeligheten: ingen tilbakemelding før oppsummeringen."),
    ("menu", "Meny", "Velg blant ferdige replikker i stedet for å skrive selv."),
)
"""(mode, label, description) in the order the brief offers them."""

MODE_LABELS: dict[str, str] = {mode: label for mode, label, _ in MODES} | {
    "present": "Presentasjon"
}

QUESTION_LABELS: dict[str, str] = {
    "open": "Åpent spørsmål",
    "closed": "Lukket spørsmål",
    "why": "Hvorfor-spørsmål",
    "none": "Utsagn",
}

QUESTION_ADVICE: dict[str, str] = {
    "closed": "«Hva …» eller «Hvordan …» åpner mer",
    "why": "«Hva gjorde at …» spør uten å anklage",
}
"""Short advice when the analyser has no rewrite of its own."""

PITFALL_SHORT: dict[str, str] = {
    "diagnosis": "spør om diagnose",
    "suspicion": "uttrykker tvil",
    "telling": "bestemmer for den andre",
    "minimizing": "bagatelliserer",
    "leading": "ledende",
    "multiple_questions": "flere spørsmål på en gang",
}

QUALITY_LABELS: dict[str, str] = {"good": "god", "ok": "grei", "poor": "svak"}


def describe(analysis: Analysis) -> str:
    """A one-line verdict on a reply, e.g. ``Åpent spørsmål · varm · tydelig``."""
    if analysis.silence:
        return "Bevisst pause: du gir den andre tid"
    if analysis.empty or not analysis.text.strip():
        return ""
    parts = [QUESTION_LABELS[analysis.question_type]]
    parts += [f"⚠ {PITFALL_SHORT.get(p, p)}" for p in analysis.pitfalls]
    if analysis.reflection:
        parts.append("speiler")
    if analysis.warmth:
        parts.append("varm")
    if analysis.clarity:
        parts.append("tydelig")
    return " · ".join(parts)


def live_hint(analysis: Analysis) -> str:
    """The coach line under the input while typing.

    The verdict from ``describe``, then the analyser's first rewrite of the
    manager's own words once the sentence is ended (before that, or without a
    rewrite, a short piece of advice), e.g.
    ``Hvorfor-spørsmål — prøv: «Hva gjør at …?»``.
    """
    if analysis.empty or not analysis.text.strip():
        return "Skriv svaret ditt. Coachen sier hva slags replikk det blir."
    verdict = describe(analysis)
    # A rewrite of half a sentence reads oddly («Hvorfor har du» -> «Hva gjør at du
    # har?»): the analyser's own rewrite waits until the sentence is ended.
    finished = analysis.text.rstrip().endswith(("?", ".", "!"))
    for item in analysis.feedback:
        if finished and not item.positive and item.suggestion:
            return f"{verdict} — prøv: «{item.suggestion.strip('«»')}»"
    advice = QUESTION_ADVICE.get(analysis.question_type)
    return f"{verdict} — {advice}" if advice else verdict


RUBRIC: tuple[tuple[str, str], ...] = (
    (
        "Still åpne spørsmål",
        "«Hva», «hvordan» og «hvilke» inviterer til å tenke høyt. Ja/nei-spørsmål er lette å avfeie.",
    ),
    (
        "Unngå «hvorfor»",
        "«Hvorfor» kan høres ut som bebreidelse. «Hva gjorde at …» spør om det samme uten å anklage.",
    ),
    ("Ett spørsmål om gangen", "Gi tid til å svare, og ikke svar for den andre. En pause er lov."),
    (
        "Snakk om arbeid, ikke diagnose",
        "Spør hva som går og ikke går i jobben. Ikke still tvil ved sykdommen eller krev bevis.",
    ),
    (
        "Varm og tydelig",
        "Vis omsorg og tilhørighet, og gi samtidig ramme: forventninger, neste steg og hvem gjør hva.",
    ),
    (
        "Speil og oppsummer",
        "Si med egne ord hva du hørte, la den andre finne løsningene, og oppsummer det dere avtaler.",
    ),
)
"""Good practice in brief, as (heading, explanation)."""


def mid_sentence(phrase: str) -> str:
    """``phrase`` with its first letter lowered for use inside a sentence.

    Scenario fields start with a capital (``"Medisinsk sengepost"``); after
    a comma that reads wrong. Acronyms (``"NAV-kontoret"``) are left alone.
    """
    if len(phrase) > 1 and phrase[0].isupper() and phrase[1].islower():
        return phrase[0].lower() + phrase[1:]
    return phrase
