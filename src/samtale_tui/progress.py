"""Progress over time: per skill, per scenario, and the history (no Textual).

Built from the session rows the store lists (the debrief figures saved with
each session) and the rewrite-drill rounds, so it never replays a conversation
and a thousand sessions load quickly.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from samtale_tui.storage.records import DrillRecord, SessionRow, SummaryRecord

SPARKS = "▁▂▃▄▅▆▇█"
ASCII_SPARKS = "_.-=+*#@"


@dataclass(frozen=True)
class Skill:
    """One skill followed over time.

    Attributes:
        id: stable id (used in JSON).
        label: Norwegian label.
        unit: ``share`` (0..1, shown as per cent), ``count``, ``ratio`` or ``points``.
        higher_is_better: False for why-questions.
        help: one Norwegian sentence on what is measured.
    """

    id: str
    label: str
    unit: str
    higher_is_better: bool
    help: str


SKILLS: tuple[Skill, ...] = (
    Skill("open_share", "Åpne spørsmål", "share", True, "Andelen av spørsmålene som var åpne."),
    Skill("why_questions", "Hvorfor-spørsmål", "count", False, "Hvorfor-spørsmål per samtale."),
    Skill("warmth", "Varme", "share", True, "Andelen replikker som viste omsorg."),
    Skill("clarity", "Tydelighet", "share", True, "Andelen replikker med ramme og neste steg."),
    Skill("reflections", "Speilinger", "ratio", True, "Speilinger per spørsmål."),
    Skill("score", "Poeng", "points", True, "Poengsummen fra gjennomgangen, 0 til 100."),
    Skill("drill", "Omskrivingsdrill", "points", True, "Rundepoeng i omskrivingsdrillen."),
)
SKILL_BY_ID: dict[str, Skill] = {s.id: s for s in SKILLS}

_VALUE: dict[str, Callable[[SummaryRecord], float]] = {
    "open_share": lambda s: s.open_share,
    "why_questions": lambda s: float(s.why_questions),
    "warmth": lambda s: s.warmth_share,
    "clarity": lambda s: s.clarity_share,
    "reflections": lambda s: s.reflections_per_question,
    "score": lambda s: float(s.score),
}


@dataclass(frozen=True)
class Point:
    """One measurement: when, the value, and the session or drill it came from."""

    when: datetime
    value: float
    ref: str


@dataclass
class SkillTrend:
    """A skill's measurements in time order."""

    skill: Skill
    points: list[Point] = field(default_factory=list)

    @property
    def values(self) -> list[float]:
        """The values in time order."""
        return [p.value for p in self.points]

    @property
    def latest(self) -> float | None:
        """The newest value."""
        return self.points[-1].value if self.points else None

    @property
    def average(self) -> float | None:
        """The mean of all values."""
        return sum(self.values) / len(self.points) if self.points else None

    def change(self, window: int = 3) -> float | None:
        """Mean of the last ``window`` values minus the mean of the first ``window``.

        None until there are at least two measurements.
        """
        values = self.values
        if len(values) < 2:
            return None
        n = min(window, len(values) // 2)
        return sum(values[-n:]) / n - sum(values[:n]) / n

    def direction(self) -> str:
        """``bedre``, ``svakere``, ``uendret`` or ``for lite data`` (Norwegian)."""
        change = self.change()
        if change is None:
            return "for lite data"
        scale = {"share": 0.05, "count": 0.25, "ratio": 0.1, "points": 3.0}[self.skill.unit]
        if abs(change) < scale:
            return "uendret"
        better = change > 0 if self.skill.higher_is_better else change < 0
        return "bedre" if better else "svakere"

    def weekly(self) -> list[tuple[str, float]]:
        """The mean per ISO week, oldest first, as (``2026-U48``, mean)."""
        weeks: dict[tuple[int, int], list[float]] = defaultdict(list)
        for p in self.points:
            year, week, _ = p.when.isocalendar()
            weeks[(year, week)].append(p.value)
        return [(f"{y}-U{w:02d}", sum(v) / len(v)) for (y, w), v in sorted(weeks.items())]


@dataclass
class ScenarioStats:
    """How a scenario has gone: attempts, best and last score."""

    scenario_id: str
    title: str
    attempts: int = 0
    finished: int = 0
    best: int | None = None
    last: int | None = None
    last_played: datetime | None = None


@dataclass
class Progress:
    """Everything the progress view shows."""

    skills: list[SkillTrend]
    scenarios: list[ScenarioStats]
    history: list[SessionRow]
    drills: list[DrillRecord]

    @property
    def sessions_counted(self) -> int:
        """Finished sessions with at least one reply (those in the skill trends)."""
        return len(self.skill("score").points)

    def skill(self, skill_id: str) -> SkillTrend:
        """The trend of one skill."""
        return next(t for t in self.skills if t.skill.id == skill_id)


def counts(row: SessionRow) -> bool:
    """True when a session counts towards the skill trends."""
    return row.finished and row.summary.replies > 0


def build_progress(rows: Iterable[SessionRow], drills: Iterable[DrillRecord] = ()) -> Progress:
    """Build the progress view from session rows and drill rounds (any order)."""
    # a session left before the first reply holds nothing worth showing
    history = sorted((r for r in rows if r.turns > 0), key=lambda r: (r.started, r.id))
    drill_list = sorted(drills, key=lambda d: (d.date, d.id))
    trends = {s.id: SkillTrend(s) for s in SKILLS}
    per_scenario: dict[str, ScenarioStats] = {}
    for row in history:
        if row.turns == 0:
            continue
        stats = per_scenario.setdefault(
            row.scenario_id, ScenarioStats(row.scenario_id, row.scenario_title)
        )
        stats.title = row.scenario_title
        stats.attempts += 1
        stats.last_played = row.started
        if not counts(row):
            continue
        stats.finished += 1
        stats.last = row.summary.score
        stats.best = row.summary.score if stats.best is None else max(stats.best, row.summary.score)
        for skill_id, value in _VALUE.items():
            trends[skill_id].points.append(Point(row.started, value(row.summary), row.id))
    for drill in drill_list:
        if drill.items:
            trends["drill"].points.append(Point(drill.date, float(drill.score), drill.id))
    scenarios = sorted(
        per_scenario.values(), key=lambda s: s.last_played or datetime.min, reverse=True
    )
    return Progress(
        skills=[trends[s.id] for s in SKILLS],
        scenarios=scenarios,
        history=list(reversed(history)),
        drills=drill_list,
    )


def sparkline(
    values: Sequence[float],
    width: int = 20,
    lo: float | None = None,
    hi: float | None = None,
    ascii_only: bool = False,
) -> str:
    """The last ``width`` values as a one-line bar chart.

    Args:
        values: the values, oldest first.
        width: how many of the newest values to draw.
        lo: bottom of the scale (the smallest value when None).
        hi: top of the scale (the largest value when None).
        ascii_only: draw with ASCII characters (for terminals without Unicode).
    """
    chars = ASCII_SPARKS if ascii_only else SPARKS
    shown = list(values)[-width:]
    if not shown:
        return ""
    low = min(shown) if lo is None else lo
    high = max(shown) if hi is None else hi
    if high <= low:
        return chars[len(chars) // 2] * len(shown)
    top = len(chars) - 1
    return "".join(chars[max(0, min(top, round((v - low) / (high - low) * top)))] for v in shown)


SCALE: dict[str, tuple[float | None, float | None]] = {
    "share": (0.0, 1.0),
    "points": (0.0, 100.0),
    "count": (0.0, None),
    "ratio": (0.0, None),
}


def skill_sparkline(trend: SkillTrend, width: int = 20, ascii_only: bool = False) -> str:
    """A skill's sparkline on the skill's own scale."""
    lo, hi = SCALE[trend.skill.unit]
    return sparkline(trend.values, width, lo, hi, ascii_only)


def format_value(skill: Skill, value: float | None) -> str:
    """A value as Norwegian text: ``62 %``, ``1,5``, ``73``."""
    if value is None:
        return "–"
    if skill.unit == "share":
        return f"{round(value * 100)} %"
    if skill.unit == "points":
        return str(round(value))
    return f"{value:.1f}".replace(".", ",")


def to_json(progress: Progress) -> dict[str, Any]:
    """The progress as the JSON document of ``samtale progress --json``."""
    return {
        "sessions": len(progress.history),
        "counted": progress.sessions_counted,
        "skills": [
            {
                "id": t.skill.id,
                "label": t.skill.label,
                "unit": t.skill.unit,
                "higher_is_better": t.skill.higher_is_better,
                "latest": t.latest,
                "average": t.average,
                "change": t.change(),
                "direction": t.direction(),
                "weekly": [{"week": w, "mean": m} for w, m in t.weekly()],
                "points": [
                    {"when": p.when.isoformat(), "value": p.value, "ref": p.ref} for p in t.points
                ],
            }
            for t in progress.skills
        ],
        "scenarios": [
            {
                "id": s.scenario_id,
                "title": s.title,
                "attempts": s.attempts,
                "finished": s.finished,
                "best": s.best,
                "last": s.last,
                "last_played": s.last_played.isoformat() if s.last_played else None,
            }
            for s in progress.scenarios
        ],
        "history": [
            {
                "id": r.id,
                "scenario": r.scenario_id,
                "title": r.scenario_title,
                "mode": r.mode,
                "started": r.started.isoformat(),
                "finished": r.finished,
                "turns": r.turns,
                "score": r.summary.score,
            }
            for r in progress.history
        ],
    }


def as_text(progress: Progress, ascii_only: bool = False) -> str:
    """The progress as readable Norwegian text (``samtale progress``)."""
    if not progress.history and not progress.drills:
        return "Ingen lagrede økter ennå. Spill et scenario, så vises fremgangen her."
    out = [f"Fremgang: {progress.sessions_counted} fullførte samtaler", ""]
    out.append("Ferdigheter (eldst til venstre)")
    for t in progress.skills:
        if not t.points:
            continue
        out.append(
            f"  {t.skill.label:<18} {skill_sparkline(t, 20, ascii_only):<20}  "
            f"siste {format_value(t.skill, t.latest):>5}  snitt {format_value(t.skill, t.average):>5}"
            f"  {t.direction()}"
        )
    weeks = progress.skill("score").weekly()[-6:]
    if len(weeks) > 1:
        out += ["", "Poeng uke for uke (snitt)"]
        out.append("  " + "  ".join(f"{week}: {round(mean)}" for week, mean in weeks))
    if progress.scenarios:
        out += ["", "Scenarioer"]
        for s in progress.scenarios:
            best = "–" if s.best is None else str(s.best)
            last = "–" if s.last is None else str(s.last)
            out.append(
                f"  {s.title[:40]:<40} forsøk {s.attempts:>3}  best {best:>3}  sist {last:>3}"
            )
    if progress.history:
        out += ["", "Siste økter"]
        for r in progress.history[:10]:
            status = str(r.summary.score) if r.finished else "uferdig"
            out.append(
                f"  {r.started:%d.%m.%Y %H:%M}  {r.id}  {r.scenario_title[:36]:<36} {status:>7}"
            )
    return "\n".join(out)


def load_progress(store: Any) -> Progress:
    """Build the progress view from a store (``Store`` or ``NullStore``)."""
    return build_progress(store.list_sessions(), store.list_drills())


__all__ = [
    "SKILLS",
    "Point",
    "Progress",
    "ScenarioStats",
    "Skill",
    "SkillTrend",
    "as_text",
    "build_progress",
    "format_value",
    "load_progress",
    "skill_sparkline",
    "sparkline",
    "to_json",
]
