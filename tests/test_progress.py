"""Progress per skill and per scenario, from saved sessions and drill rounds."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from samtale_tui.practice import PracticeSession
from samtale_tui.progress import (
    as_text,
    build_progress,
    format_value,
    load_progress,
    skill_sparkline,
    sparkline,
    to_json,
)
from samtale_tui.scenarios.model import Scenario
from samtale_tui.storage import Store
from samtale_tui.storage.records import DrillItem, DrillRecord, SessionRow, SummaryRecord

T0 = datetime(2026, 11, 2, 9, 0)


def row(
    i: int, scenario: str = "a", score: int = 50, finished: bool = True, **summary: int
) -> SessionRow:
    values = {"replies": 4, "questions": 4, "open_questions": 2, "why_questions": 1} | summary
    return SessionRow(
        id=f"s{i:03d}",
        file=f"s{i:03d}.toml",
        mtime_ns=0,
        size=0,
        scenario_id=scenario,
        scenario_title=f"Scenario {scenario}",
        mode="coach",
        started=T0 + timedelta(days=i),
        updated=T0 + timedelta(days=i),
        finished=finished,
        turns=values["replies"],
        summary=SummaryRecord(score=score, **values),
    )


def test_skills_follow_sessions_in_time_order() -> None:
    rows = [
        row(2, score=80, open_questions=4, why_questions=0),
        row(0, score=40, open_questions=1, why_questions=3),
        row(1, score=60, open_questions=2, why_questions=1),
    ]
    progress = build_progress(rows)
    assert progress.skill("score").values == [40, 60, 80]
    assert progress.skill("open_share").values == [0.25, 0.5, 1.0]
    assert progress.skill("why_questions").values == [3, 1, 0]
    assert progress.skill("score").direction() == "bedre"
    assert progress.skill("why_questions").direction() == "bedre"  # fewer is better
    assert [r.id for r in progress.history] == ["s002", "s001", "s000"]


def test_worse_and_unchanged_and_too_little() -> None:
    worse = build_progress([row(0, score=90), row(1, score=40)])
    assert worse.skill("score").direction() == "svakere"
    same = build_progress([row(0, score=70), row(1, score=71)])
    assert same.skill("score").direction() == "uendret"
    assert build_progress([row(0)]).skill("score").direction() == "for lite data"


def test_per_scenario_attempts_best_last() -> None:
    rows = [
        row(0, "a", 50),
        row(1, "a", 90),
        row(2, "a", 70),
        row(3, "b", 30),
        row(4, "a", 10, finished=False),
    ]
    empty = row(5, "a", 0, finished=False).model_copy(update={"turns": 0})
    progress = build_progress([*rows, empty])
    assert empty.id not in [r.id for r in progress.history]
    a = next(s for s in progress.scenarios if s.scenario_id == "a")
    assert (a.attempts, a.finished, a.best, a.last) == (4, 3, 90, 70)
    assert progress.scenarios[0].scenario_id == "a"  # most recently played first
    assert progress.sessions_counted == 4  # the unfinished one is not in the trends


def test_drill_rounds_are_their_own_skill() -> None:
    drills = [
        DrillRecord(
            id="d2",
            date=T0 + timedelta(days=2),
            items=[DrillItem(prompt="Hvorfor?", kind="why")],
            score=90,
        ),
        DrillRecord(id="d1", date=T0, items=[DrillItem(prompt="Hvorfor?", kind="why")], score=50),
        DrillRecord(id="tom", date=T0, items=[], score=0),
    ]
    progress = build_progress([], drills)
    assert progress.skill("drill").values == [50, 90]
    assert progress.skill("score").values == []


def test_weekly_means() -> None:
    trend = build_progress([row(0, score=40), row(1, score=60), row(8, score=90)]).skill("score")
    assert trend.weekly() == [("2026-U45", 50.0), ("2026-U46", 90.0)]


def test_sparklines() -> None:
    assert sparkline([0, 50, 100], lo=0, hi=100) == "▁▅█"
    assert sparkline([1, 2, 3], width=2) == "▁█"
    assert sparkline([]) == ""
    assert sparkline([0, 100], lo=0, hi=100, ascii_only=True) == "_@"
    trend = build_progress([row(0, score=0), row(1, score=100)]).skill("score")
    assert skill_sparkline(trend) == "▁█"


def test_format_value() -> None:
    p = build_progress([row(0)])
    assert format_value(p.skill("open_share").skill, 0.5) == "50 %"
    assert format_value(p.skill("reflections").skill, 1.25) == "1,2"
    assert format_value(p.skill("score").skill, None) == "–"


def test_json_and_text() -> None:
    progress = build_progress([row(0), row(1, score=90)])
    data = to_json(progress)
    assert data["sessions"] == 2
    assert data["skills"][0]["id"] == "open_share"
    assert data["history"][0]["id"] == "s001"
    assert "Scenario a" in as_text(progress)
    assert "Ingen lagrede økter" in as_text(build_progress([]))
    weekly = as_text(build_progress([row(0, score=40), row(8, score=90)]))
    assert "2026-U45: 40  2026-U46: 90" in weekly


def test_load_progress_from_a_store(tmp_path: Path, mini: Scenario) -> None:
    store = Store.open(tmp_path / "data")
    for replies in (["Hvorfor har du vært borte så lenge?"], ["Hvordan har du det nå for tiden?"]):
        session = PracticeSession.start(mini, "coach", T0)
        session.conversation.replay(replies)
        session.conversation.finish()
        store.save_session(session)
    progress = load_progress(store)
    assert progress.sessions_counted == 2
    assert sorted(progress.skill("why_questions").values) == [0, 1]
