"""The preparation checklist (huskeliste): topics worth raising in the conversation.

Built from the factor groups of the booklet's checklist (source 004), rewritten.
The manager ticks the items to bring up; the selection is a list of item ids,
stored on ``PracticeSession.checklist`` and on the agreement, and exported with
``to_markdown_lines``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One topic the manager can tick.

    Attributes:
        id: stable id, ``<group>.<item>``; this is what is saved.
        label: short Norwegian label.
        hint: one sentence on what to look for.
    """

    id: str
    label: str
    hint: str


@dataclass(frozen=True, slots=True)
class ChecklistGroup:
    """A factor group with its guidance."""

    id: str
    title: str
    guidance: str
    items: tuple[ChecklistItem, ...]


def _group(gid: str, title: str, guidance: str, *items: tuple[str, str, str]) -> ChecklistGroup:
    return ChecklistGroup(
        id=gid,
        title=title,
        guidance=guidance,
        items=tuple(ChecklistItem(f"{gid}.{iid}", label, hint) for iid, label, hint in items),
    )


GROUPS: tuple[ChecklistGroup, ...] = (
    _group(
        "helse",
        "Helsefremmende faktorer",
        "Begynn med det som fungerer. Hva i jobben gir mening, mestring og "
        "energi? Det er dette dere bygger videre på når arbeidet skal tilpasses.",
        ("mening", "Meningsfulle oppgaver", "Hvilke oppgaver opplever den ansatte som viktige?"),
        ("mestring", "Mestring", "Får den ansatte til oppgavene, slik de er nå?"),
        (
            "rolle",
            "Tydelig rolle",
            "Er det klart hva stillingen har ansvar for, og hva den ikke har?",
        ),
        ("ansvar", "Ansvar", "Passer ansvaret til stillingen, eller har det vokst over tid?"),
        (
            "krav",
            "Balanse mellom krav og kontroll",
            "Kan den ansatte selv påvirke hvordan og når arbeidet gjøres?",
        ),
        ("utvikling", "Utviklingsmuligheter", "Hva kan den ansatte lære eller vokse på?"),
        ("stotte", "Sosial støtte", "Hvem på jobben kan den ansatte lene seg på?"),
    ),
    _group(
        "fysisk",
        "Fysiske arbeidsforhold",
        "Sjekk om lokaler, møbler eller utstyr har vært med på å gjøre jobben "
        "tung, og hva som kan forbedres eller skaffes.",
        ("lokaler", "Lokaler", "Støy, lys, luft og plass: hva fungerer, og hva gjør det ikke?"),
        ("inventar", "Inventar og kontormøbler", "Passer stol, bord og skjerm til personen?"),
        (
            "sittende",
            "Mye sitting",
            "Mulighet for pauser, å bytte stilling og å komme seg opp og gå.",
        ),
        (
            "loft",
            "Tunge løft",
            "Hjelpemidler, å slippe de tyngste løftene en periode, hjelp fra kolleger.",
        ),
        ("hjelpemidler", "Hjelpemidler", "Hva finnes allerede, og hva kan bestilles?"),
        ("utstyr", "Teknisk utstyr", "Virker verktøyene, eller stjeler de tid og krefter?"),
    ),
    _group(
        "samarbeid",
        "Samarbeid",
        "Finn ut om samarbeidet har skrantet, og når det i så fall begynte. "
        "Ta med det som går godt også: det er det som viser veien videre.",
        ("kultur", "Arbeidskultur", "Hvordan er tonen og takhøyden i gruppa?"),
        ("kolleger", "Kolleger", "Hvordan er samarbeidet med de nærmeste kollegene?"),
        ("leder", "Leder", "Hvordan opplever den ansatte samarbeidet med deg?"),
        ("avdelinger", "Andre avdelinger", "Er det friksjon eller gode forbindelser på tvers?"),
        ("eksterne", "Samarbeidspartnere", "Kunder, brukere og andre utenfor huset."),
    ),
    _group(
        "arbeid",
        "Hvordan arbeidet er lagt opp",
        "Se på planer, rutiner, arbeidsmengde og fordeling av oppgaver. La den "
        "ansatte komme med forslag først, og snakk om behov for mer kompetanse.",
        ("planlegging", "Planlegging", "Vet den ansatte hva som skal gjøres, og når?"),
        ("beskrivelse", "Arbeidsbeskrivelse", "Stemmer beskrivelsen med det som faktisk gjøres?"),
        (
            "tempo",
            "Tempo, stress og arbeidstid",
            "Er det rom for fleksibel arbeidstid når presset er høyt?",
        ),
        ("pauser", "Flere pauser", "Særlig ved ensformig eller belastende arbeid."),
        ("lettere", "Lettere oppgaver en periode", "Hvilke oppgaver kan legges til side en stund?"),
        ("turnus", "Skift eller turnus", "Kan vaktene legges annerledes for en tid?"),
        (
            "omplassering",
            "Annet arbeid",
            "Andre oppgaver eller en annen stilling, som en mulighet og ikke en straff.",
        ),
        ("kompetanse", "Kompetanseutvikling", "Hva trengs av opplæring for å lykkes?"),
    ),
    _group(
        "trivsel",
        "Jobbtilfredshet",
        "Snakk om hva som gjør jobben verdt å gå til: anerkjennelse, informasjon "
        "og variasjon. Hva bør det bli mer av, og hva mindre?",
        ("anerkjennelse", "Anerkjennelse og oppfølging", "Blir innsatsen sett og verdsatt?"),
        ("informasjon", "Informasjon", "Får den ansatte vite det som trengs, i tide?"),
        ("utvikling", "Utviklingsmuligheter", "Hvilke mål på kort og lang sikt er realistiske?"),
        ("variasjon", "Variasjon", "Er det nok veksling mellom ulike typer oppgaver?"),
    ),
    _group(
        "privat",
        "Private forhold, bare hvis den ansatte vil",
        "Du har ikke krav på å vite hvorfor noen er sykmeldt. Det er den ansatte "
        "som bestemmer om noe privat skal opp. Gi rom for det, men spør ikke etter det.",
        (
            "apning",
            "Gi rom for noe privat som påvirker jobben",
            "For eksempel omsorg for barn eller foreldre, eller et samlivsbrudd.",
        ),
    ),
    _group(
        "framover",
        "Tilrettelegging framover",
        "La den ansatte foreslå tiltak først, og kom med dine egne etterpå. "
        "Vurder sammen om endringene er realistiske, og hvor lenge de skal vare.",
        ("oppgaver", "Arbeidsoppgaver", "Hvilke oppgaver bør det være mer eller mindre av?"),
        ("ansvar", "Ansvarsområde", "Trengs det en justering av ansvaret en periode?"),
        ("opplaering", "Kurs og opplæring", "Hva vil gjøre den ansatte tryggere i jobben?"),
        ("utvikling", "Forslag til utvikling", "Hva ønsker den ansatte seg på lengre sikt?"),
        ("rutiner", "Endring av arbeidsrutiner", "Hvilke rutiner bør endres, og hvordan?"),
    ),
)

ITEMS: dict[str, ChecklistItem] = {item.id: item for group in GROUPS for item in group.items}

_GROUP_OF: dict[str, ChecklistGroup] = {item.id: group for group in GROUPS for item in group.items}


def item(item_id: str) -> ChecklistItem:
    """Return the item with this id.

    Raises:
        KeyError: for an unknown id.
    """
    return ITEMS[item_id]


def group_of(item_id: str) -> ChecklistGroup:
    """Return the group an item belongs to."""
    return _GROUP_OF[item_id]


def normalise(selection: Iterable[str]) -> list[str]:
    """Known ids only, each once, in checklist order.

    Unknown ids (from an older version of the list) are dropped rather than
    shown as raw ids.
    """
    chosen = set(selection)
    return [item_id for item_id in ITEMS if item_id in chosen]


def selected_by_group(selection: Iterable[str]) -> list[tuple[ChecklistGroup, list[ChecklistItem]]]:
    """The ticked items grouped, in checklist order; groups with none left out."""
    chosen = set(normalise(selection))
    result: list[tuple[ChecklistGroup, list[ChecklistItem]]] = []
    for group in GROUPS:
        items = [it for it in group.items if it.id in chosen]
        if items:
            result.append((group, items))
    return result


def to_markdown_lines(selection: Iterable[str], heading_level: int = 2) -> list[str]:
    """The ticked topics as Markdown, for the export.

    Args:
        selection: item ids (``PracticeSession.checklist``).
        heading_level: level of the section heading (``##`` by default);
            group titles get one level more.

    Returns:
        Lines without trailing newlines; an empty selection gives a heading and
        a short note.
    """
    hashes = "#" * heading_level
    lines = [f"{hashes} Huskeliste", ""]
    grouped = selected_by_group(selection)
    if not grouped:
        return [*lines, "Ingen temaer valgt.", ""]
    for group, items in grouped:
        lines.append(f"{hashes}# {group.title}")
        lines.append("")
        lines.extend(f"- [x] {it.label}" for it in items)
        lines.append("")
    return lines
