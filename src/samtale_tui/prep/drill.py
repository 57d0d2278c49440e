"""The rewrite drill: turn why-, closed and leading questions into open ones.

A round shows ten questions drawn (with a seeded RNG) from a pool of more than
sixty. The manager rewrites each; the analyser judges the rewrite, and its own
suggestion is shown. A round has a score (rewrites that passed, out of ten).
Pure Python; the store saves a finished round as a drill record.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from samtale_tui.analysis import Analysis, analyse

if TYPE_CHECKING:
    from samtale_tui.storage.records import DrillRecord

DrillKind = Literal["why", "closed", "leading"]

KINDS: tuple[DrillKind, ...] = ("why", "closed", "leading")

ROUND_SIZE = 10

KIND_LABELS: dict[str, str] = {
    "why": "Hvorfor-spørsmål",
    "closed": "Lukket spørsmål",
    "leading": "Ledende spørsmål",
}

KIND_TIPS: dict[str, str] = {
    "why": "«Hvorfor» kan høres ut som bebreidelse. Prøv «Hva fikk deg til å …» "
    "eller «Hva gjør at …».",
    "closed": "Et ja/nei-spørsmål er lett å svare kort på. Begynn med hva, hvilke "
    "eller hvordan, så får den ansatte fortelle.",
    "leading": "Spørsmålet inneholder ditt eget svar. Ta bort «vel», «jo», "
    "«ikke sant» og antakelsen, og spør åpent.",
}

# Pitfalls that make a rewrite fail, even when it is an open question.
FAILING_PITFALLS: frozenset[str] = frozenset(
    {"leading", "suspicion", "diagnosis", "minimizing", "telling", "multiple_questions"}
)


@dataclass(frozen=True, slots=True)
class DrillItem:
    """One question to rewrite."""

    id: str
    kind: DrillKind
    text: str


_WHY: tuple[str, ...] = (
    "Hvorfor sa du ikke fra tidligere?",
    "Hvorfor klarer du ikke de oppgavene lenger?",
    "Hvorfor har du vært så mye borte i det siste?",
    "Hvorfor tok du ikke telefonen da jeg ringte?",
    "Hvorfor har du ikke snakket med legen om gradert sykmelding?",
    "Hvorfor er det så vanskelig å komme tilbake?",
    "Hvorfor gikk du hjem tidlig i går?",
    "Hvorfor vil du ikke at kollegene skal vite noe?",
    "Hvorfor har du ikke bedt om hjelp?",
    "Hvorfor tror du at det ikke nytter?",
    "Hvorfor ble du så sint på møtet?",
    "Hvorfor svarte du ikke på e-posten min?",
    "Hvorfor er du så ofte syk på mandager?",
    "Hvorfor har du ikke tatt kontakt med bedriftshelsetjenesten?",
    "Hvorfor takket du nei til de lettere oppgavene?",
    "Hvorfor blir det alltid så mye stress for deg?",
    "Hvorfor kom du ikke på personalmøtet?",
    "Hvorfor vil du heller jobbe hjemmefra?",
    "Hvorfor fungerer ikke samarbeidet med Kari?",
    "Hvorfor trenger du mer tid på deg?",
    "Hvorfor har du ikke levert rapporten?",
    "Hvorfor vil du ikke prøve en annen stilling?",
)

_CLOSED: tuple[str, ...] = (
    "Har du det bra?",
    "Går det greit med deg nå?",
    "Er du klar til å komme tilbake på mandag?",
    "Kan du jobbe halv dag fra neste uke?",
    "Trenger du en annen stol?",
    "Vil du at jeg skal ringe deg hver uke?",
    "Har du snakket med legen?",
    "Er det noe vi kan gjøre?",
    "Fungerer det med hjemmekontor?",
    "Er du fornøyd med arbeidsoppgavene dine?",
    "Har du fått nok informasjon?",
    "Skal vi avtale et nytt møte?",
    "Kan kollegene få vite at du er sykmeldt?",
    "Trives du i gruppa?",
    "Klarer du de tunge løftene?",
    "Orker du å ta telefoner fra kunder?",
    "Er arbeidsmengden for stor?",
    "Har du fått hjelp fra bedriftshelsetjenesten?",
    "Kan du tenke deg å prøve andre oppgaver en periode?",
    "Blir du stresset av å sitte i åpent landskap?",
    "Er det greit at jeg sier noe til teamet?",
    "Savner du jobben?",
)

_LEADING: tuple[str, ...] = (
    "Du er vel snart klar for å komme tilbake?",
    "Det går vel bedre nå, ikke sant?",
    "Er ikke det beste for deg å komme tilbake så fort som mulig?",
    "Hjemmekontor er vel en god løsning for deg også?",
    "Du er enig i at det var lurt å starte med halv dag?",
    "Det er sikkert arbeidsmengden som er problemet?",
    "Du vil vel ikke at kollegene skal ta alle vaktene dine?",
    "Det hadde vel vært fint med litt lettere oppgaver?",
    "Er det ikke bedre å være på jobb enn å sitte alene hjemme?",
    "Du har vel snakket med legen om gradert sykmelding?",
    "Du trives jo egentlig godt her, ikke sant?",
    "Det er vel ikke så ille som det høres ut?",
    "Er det ikke bare å ta én dag av gangen?",
    "De enkleste kundesakene kan du sikkert ta?",
    "Du er vel enig i at vi har gjort det vi kan?",
    "Det var vel omorganiseringen som gjorde det tungt?",
    "Du klarer nok litt mer enn du tror, gjør du ikke?",
    "Det er vel ikke noe problem med teamet?",
    "Det hjelper vel å komme seg litt ut?",
    "Halv dag fra neste uke går vel fint?",
    "Egentlig har du jo lyst til å prøve igjen, ikke sant?",
    "En ny stol løser vel mye av problemet?",
)

POOL: tuple[DrillItem, ...] = tuple(
    DrillItem(f"{kind}-{i + 1:02d}", kind, text)
    for kind, texts in (("why", _WHY), ("closed", _CLOSED), ("leading", _LEADING))
    for i, text in enumerate(texts)
)


def draw_round(
    seed: int, size: int = ROUND_SIZE, pool: tuple[DrillItem, ...] = POOL
) -> list[DrillItem]:
    """Draw a round: all three kinds about evenly, in a shuffled order.

    The same seed gives the same round. Items are never repeated within a round.

    Raises:
        ValueError: if the pool is too small for the size asked for.
    """
    rng = random.Random(seed)
    by_kind = {kind: [item for item in pool if item.kind == kind] for kind in KINDS}
    present = [kind for kind in KINDS if by_kind[kind]]
    if size > len(pool) or not present:
        raise ValueError(f"Det er bare {len(pool)} spørsmål å trekke fra.")
    counts = dict.fromkeys(present, size // len(present))
    for kind in rng.sample(present, size % len(present)):
        counts[kind] += 1
    # Top up from other kinds if one kind has too few items.
    for kind in present:
        overflow = counts[kind] - len(by_kind[kind])
        if overflow > 0:
            counts[kind] -= overflow
            for other in present:
                room = len(by_kind[other]) - counts[other]
                take = min(room, overflow)
                counts[other] += take
                overflow -= take
    chosen = [item for kind in present for item in rng.sample(by_kind[kind], counts[kind])]
    rng.shuffle(chosen)
    return chosen


def _same_text(a: str, b: str) -> bool:
    def squash(s: str) -> str:
        return " ".join(s.casefold().split()).rstrip("?.! ")

    return squash(a) == squash(b)


@dataclass(frozen=True)
class DrillResult:
    """The verdict on one rewrite.

    Attributes:
        item: the question that was rewritten.
        rewrite: what the manager wrote.
        analysis: the analyser's view of the rewrite.
        passed: True when the rewrite is one open question without pitfalls.
        verdict: one Norwegian sentence: passed or what is still wrong.
        suggestion: the analyser's own suggestion (from its feedback on the
            rewrite, else on the original question), if it has one.
    """

    item: DrillItem
    rewrite: str
    analysis: Analysis
    passed: bool
    verdict: str
    suggestion: str | None

    @property
    def messages(self) -> list[str]:
        """The analyser's own explanations for the rewrite, problems first."""
        items = sorted(self.analysis.feedback, key=lambda f: f.positive)
        return [f.message for f in items if f.message]


def _first_suggestion(analysis: Analysis) -> str | None:
    for item in analysis.feedback:
        if item.suggestion and not item.positive:
            return item.suggestion
    for item in analysis.feedback:
        if item.suggestion:
            return item.suggestion
    return None


def judge(item: DrillItem, rewrite: str) -> DrillResult:
    """Judge a rewrite with the analyser.

    A rewrite passes when it differs from the original, the analyser reads it
    as an open question, it has no why-question in it, and it falls into none
    of ``FAILING_PITFALLS``.
    """
    analysis = analyse(rewrite)
    pitfalls = [p for p in analysis.pitfalls if p in FAILING_PITFALLS]
    has_why = any(q.type == "why" for q in analysis.questions)
    if not rewrite.strip():
        verdict, passed = "Du skrev ikke noe. Prøv å formulere et åpent spørsmål.", False
    elif _same_text(rewrite, item.text):
        verdict, passed = "Det er det samme spørsmålet. Prøv å skrive det om.", False
    elif has_why or analysis.question_type == "why":
        verdict, passed = "Fortsatt et hvorfor-spørsmål. Spør om hva eller hvordan i stedet.", False
    elif "leading" in pitfalls:
        verdict, passed = "Spørsmålet leder fortsatt mot et bestemt svar.", False
    elif analysis.question_type == "closed":
        verdict, passed = (
            "Fortsatt et ja/nei-spørsmål. Begynn med hva, hvilke eller hvordan.",
            False,
        )
    elif analysis.question_type != "open":
        verdict, passed = (
            "Analysatoren fant ikke et spørsmål her. Avslutt med et åpent spørsmål.",
            False,
        )
    elif pitfalls:
        verdict, passed = "Åpent, men med en felle som bør bort (se under).", False
    else:
        verdict, passed = "Godt omskrevet: et åpent spørsmål.", True
    suggestion = _first_suggestion(analysis) or _first_suggestion(analyse(item.text))
    return DrillResult(item, rewrite, analysis, passed, verdict, suggestion)


@dataclass
class DrillRound:
    """One round of the drill, in progress or done.

    Attributes:
        seed: the seed the round was drawn with.
        items: the questions, in order.
        results: verdicts so far, one per answered item.
    """

    seed: int
    items: list[DrillItem]
    results: list[DrillResult] = field(default_factory=list)

    @classmethod
    def new(cls, seed: int, size: int = ROUND_SIZE) -> DrillRound:
        """Draw a fresh round."""
        return cls(seed=seed, items=draw_round(seed, size))

    @property
    def size(self) -> int:
        """How many questions the round has."""
        return len(self.items)

    @property
    def position(self) -> int:
        """Index of the current question (equals ``size`` when done)."""
        return len(self.results)

    @property
    def finished(self) -> bool:
        """True once every question has a verdict."""
        return self.position >= self.size

    @property
    def current(self) -> DrillItem | None:
        """The question to rewrite now, or None when the round is done."""
        return None if self.finished else self.items[self.position]

    def answer(self, rewrite: str) -> DrillResult:
        """Judge the rewrite of the current question and move on.

        Raises:
            ValueError: when the round is already finished.
        """
        item = self.current
        if item is None:
            raise ValueError("Runden er ferdig.")
        result = judge(item, rewrite)
        self.results.append(result)
        return result

    @property
    def score(self) -> int:
        """Rewrites that passed."""
        return sum(r.passed for r in self.results)

    @property
    def percent(self) -> int:
        """Score as a percentage of the round size, rounded."""
        return round(100 * self.score / self.size) if self.size else 0

    def by_kind(self) -> dict[str, tuple[int, int]]:
        """Per kind: (passed, answered)."""
        tally: dict[str, tuple[int, int]] = {}
        for r in self.results:
            passed, answered = tally.get(r.item.kind, (0, 0))
            tally[r.item.kind] = (passed + r.passed, answered + 1)
        return tally

    def summary(self) -> str:
        """One Norwegian line, e.g. ``7 av 10 riktige omskrivinger``."""
        return f"{self.score} av {self.size} gode omskrivinger"

    def to_record(self, now: datetime) -> DrillRecord:
        """The round as the store's ``DrillRecord`` (for ``Store.save_drill``).

        Each item keeps the analyser's score of the rewrite; the round score
        is ``percent``, so progress can chart the drill as its own skill.
        """
        from samtale_tui.practice import new_session_id
        from samtale_tui.storage.records import DrillItem as RecordItem
        from samtale_tui.storage.records import DrillRecord

        items = [
            RecordItem(
                prompt=r.item.text,
                kind=r.item.kind,
                rewrite=r.rewrite,
                score=max(0, min(100, r.analysis.score)),
                ok=r.passed,
            )
            for r in self.results
        ]
        return DrillRecord(id=new_session_id(now), date=now, items=items, score=self.percent)

    def to_markdown_lines(self, heading_level: int = 2) -> list[str]:
        """The round as Markdown."""
        hashes = "#" * heading_level
        lines = [f"{hashes} Omskrivingsdrill", "", f"Resultat: {self.summary()}.", ""]
        for i, r in enumerate(self.results, 1):
            mark = "x" if r.passed else " "
            lines.append(f"{i}. [{mark}] «{r.item.text}» → «{r.rewrite.strip()}»")
        lines.append("")
        return lines
