"""The debrief: what a finished conversation adds up to, and why.

Pure Python; the UI's debrief screen, the Markdown export and progress all read
the same figures from here, so they never disagree.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

from samtale_tui.engine import Conversation, Turn, Undone

Quadrant = Literal["warm_clear", "warm_vague", "clear_cold", "neither"]

QUADRANT_LABELS: dict[str, str] = {
    "warm_clear": "Varm og tydelig",
    "warm_vague": "Varm, men uklar",
    "clear_cold": "Tydelig, men kald",
    "neither": "Verken varm eller tydelig",
}

QUADRANT_ADVICE: dict[str, str] = {
    "warm_clear": "Målet: du viste omsorg og ga samtidig ramme og konkrete neste steg.",
    "warm_vague": (
        "Du viste omsorg, men samtalen manglet ramme. Si hva som skal skje, "
        "hvem som gjør hva og når dere snakkes igjen."
    ),
    "clear_cold": (
        "Du var tydelig, men medarbeideren fikk lite omsorg. Anerkjenn innsatsen "
        "og følelsene før du går til plan og forventninger."
    ),
    "neither": (
        "Prøv å vise omsorg (takk, anerkjennelse, tilhørighet) og å gi en tydelig "
        "ramme (plan, roller, neste møte)."
    ),
}

BEST_FLOOR = 60
"""A reply must score at least this to be shown as the best one."""

WORST_CEILING = 75
"""A reply scoring this or more is not shown as one worth rewriting."""

OUTCOME_POINTS: dict[str | None, int] = {"good": 20, "mixed": 10, "poor": 0, None: 5}

PITFALL_LABELS: dict[str, str] = {
    "diagnosis": "Spurte om diagnose eller behandling",
    "suspicion": "Uttrykte tvil eller krevde bevis",
    "telling": "Bestemte for medarbeideren",
    "minimizing": "Bagatelliserte",
    "leading": "Ledende spørsmål",
    "multiple_questions": "Flere spørsmål på en gang",
}


@dataclass(frozen=True, slots=True)
class Reason:
    """One part of the total score, explained."""

    label: str
    points: int
    max_points: int
    detail: str


@dataclass(frozen=True, slots=True)
class NotTaken:
    """A reply that was undone, and the reply that took its place (if any)."""

    undone: Undone
    replacement: Turn | None


@dataclass
class Debrief:
    """Everything the debrief shows about one conversation."""

    score: int
    reasons: list[Reason]
    replies: int
    silences: int
    questions: int
    open_questions: int
    closed_questions: int
    why_questions: int
    reflections: int
    warm_replies: int
    clear_replies: int
    quadrant: Quadrant
    pitfalls: dict[str, int] = field(default_factory=dict)
    best: Turn | None = None
    worst: Turn | None = None
    rewrite: str | None = None
    rewrite_why: str | None = None
    not_taken: list[NotTaken] = field(default_factory=list)
    ending_id: str | None = None
    ending_title: str | None = None
    ending_outcome: str | None = None
    learning: str | None = None
    trust_start: int = 50
    trust_end: int = 50

    @property
    def open_share(self) -> float:
        """Share of questions that were open (0.0 when no questions)."""
        return self.open_questions / self.questions if self.questions else 0.0

    @property
    def reflections_per_question(self) -> float:
        """Reflections per question asked (the sources aim for at least one)."""
        return self.reflections / self.questions if self.questions else float(self.reflections)

    @property
    def quadrant_label(self) -> str:
        """The warmth × clarity result in words."""
        return QUADRANT_LABELS[self.quadrant]

    @property
    def quadrant_advice(self) -> str:
        """What the warmth × clarity result means for next time."""
        return QUADRANT_ADVICE[self.quadrant]


def _quadrant(warm: int, clear: int, replies: int) -> Quadrant:
    need = max(1, round(replies * 0.2))
    is_warm, is_clear = warm >= need, clear >= 1
    if is_warm and is_clear:
        return "warm_clear"
    if is_warm:
        return "warm_vague"
    if is_clear:
        return "clear_cold"
    return "neither"


def _same(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def _rewrite_for(conversation: Conversation, turn: Turn) -> tuple[str | None, str | None]:
    """A better way to say ``turn``'s reply: the analyser's rewrite, else the best authored one."""
    for item in turn.analysis.feedback:
        if item.suggestion and not _same(item.suggestion, turn.reply):
            return item.suggestion, item.message
    node = conversation.scenario.nodes.get(turn.node)
    if node is not None:
        for reply in node.replies:
            if reply.quality == "good" and not _same(reply.text, turn.reply):
                return reply.text, reply.why
    return None, None


def build_debrief(conversation: Conversation) -> Debrief:
    """Sum up a conversation: score with reasons, figures, best and worst reply."""
    turns = conversation.turns
    spoken = [t for t in turns if not t.silence]
    silences = len(turns) - len(spoken)
    questions = [q for t in spoken for q in t.analysis.questions]
    counts = Counter(q.type for q in questions)
    pitfalls: Counter[str] = Counter(p for t in spoken for p in t.analysis.pitfalls)
    warm = sum(t.analysis.warmth for t in spoken)
    clear = sum(t.analysis.clarity for t in spoken)
    reflections = sum(t.analysis.reflection for t in spoken)
    start, end = conversation.scenario.trust, conversation.state.trust
    ending = conversation.ending

    reasons: list[Reason] = []
    if spoken:
        mean = sum(t.analysis.score for t in spoken) / len(spoken)
        reply_points = round(mean * 0.6)
        reasons.append(
            Reason(
                "Replikkene",
                reply_points,
                60,
                (
                    f"Snittet av {len(spoken)} replikker var {round(mean)} av 100."
                    if len(spoken) > 1
                    else f"Den ene replikken fikk {round(mean)} av 100."
                ),
            )
        )
    else:
        reasons.append(Reason("Replikkene", 0, 60, "Ingen replikker å vurdere."))
    outcome = ending.outcome if ending else None
    outcome_detail = {
        "good": "Samtalen endte i en god avtale.",
        "mixed": "Samtalen endte uten en tydelig avtale.",
        "poor": "Medarbeideren trakk seg, eller saken låste seg.",
        None: "Samtalen ble avsluttet før en slutt.",
    }[outcome]
    reasons.append(Reason("Slutten", OUTCOME_POINTS[outcome], 20, outcome_detail))
    trust_points = max(0, min(20, 10 + (end - start) // 2))
    direction = "steg" if end > start else "sank" if end < start else "ble stående"
    reasons.append(
        Reason("Tilliten", trust_points, 20, f"Tilliten {direction} fra {start} til {end}.")
    )
    if pitfalls:
        penalty = min(15, 5 * sum(pitfalls.values()))
        reasons.append(
            Reason(
                "Fallgruver",
                -penalty,
                0,
                "; ".join(f"{PITFALL_LABELS.get(p, p)} ({n})" for p, n in pitfalls.most_common()),
            )
        )
    score = max(0, min(100, sum(r.points for r in reasons)))

    # The best reply is one worth copying; the worst one worth rewriting.
    # They are never the same turn.
    best = max(spoken, key=lambda t: (t.analysis.score, -t.index), default=None)
    if best is not None and best.analysis.score < BEST_FLOOR:
        best = None
    rest = [t for t in spoken if t is not best and t.analysis.score < WORST_CEILING]
    worst = min(rest, key=lambda t: (t.analysis.score, t.index), default=None)
    rewrite, rewrite_why = _rewrite_for(conversation, worst) if worst else (None, None)

    by_index = {t.index: t for t in turns}
    not_taken = [NotTaken(u, by_index.get(u.replaced_by)) for u in conversation.undone]

    return Debrief(
        score=score,
        reasons=reasons,
        replies=len(spoken),
        silences=silences,
        questions=len(questions),
        open_questions=counts.get("open", 0),
        closed_questions=counts.get("closed", 0),
        why_questions=counts.get("why", 0),
        reflections=reflections,
        warm_replies=warm,
        clear_replies=clear,
        quadrant=_quadrant(warm, clear, len(spoken)),
        pitfalls=dict(pitfalls),
        best=best,
        worst=worst,
        rewrite=rewrite,
        rewrite_why=rewrite_why,
        not_taken=not_taken,
        ending_id=conversation.state.ending,
        ending_title=ending.title if ending else None,
        ending_outcome=outcome,
        learning=ending.learning if ending else None,
        trust_start=start,
        trust_end=end,
    )
