"""Snapshots of the progress and agreement screens at 80x24 (fixed data, fixed clock)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from tests.ui.conftest import FIXED_NOW

from samtale_tui.agreement import Agreement, AgreementMeasure, ContactPlan
from samtale_tui.storage.records import DrillItem, DrillRecord, SessionRow, SummaryRecord
from samtale_tui.ui.app import SamtaleApp
from samtale_tui.ui.screens.agreement import AgreementScreen
from samtale_tui.ui.screens.progress import ProgressScreen


class FixedStore:
    """A read-only stand-in store with a known history."""

    guest = False

    def __init__(self) -> None:
        self.rows = [
            SessionRow(
                id=f"2026010{i}-0930-000{i}",
                file=f"{i}.toml",
                mtime_ns=0,
                size=0,
                scenario_id="mini" if i % 2 else "annen",
                scenario_title="Mini — en kort testsamtale" if i % 2 else "Elin — nye oppgaver",
                mode="coach",
                started=FIXED_NOW - timedelta(days=30 - 3 * i),
                updated=FIXED_NOW - timedelta(days=30 - 3 * i),
                finished=i != 6,
                turns=5,
                summary=SummaryRecord(
                    score=40 + 8 * i,
                    replies=5,
                    questions=4,
                    open_questions=min(4, i),
                    why_questions=max(0, 3 - i),
                    reflections=i // 2,
                    warm_replies=min(5, i),
                    clear_replies=min(5, i // 2),
                ),
            )
            for i in range(1, 7)
        ]

    def list_sessions(self) -> list[SessionRow]:
        return sorted(self.rows, key=lambda r: r.started, reverse=True)

    def list_drills(self) -> list[DrillRecord]:
        item = DrillItem(prompt="Hvorfor?", kind="why", rewrite="Hva skjedde?", score=80, ok=True)
        return [
            DrillRecord(id=f"d{i}", date=FIXED_NOW - timedelta(days=i), items=[item], score=s)
            for i, s in ((9, 50), (5, 70), (1, 90))
        ]

    def take_problems(self) -> list[Any]:
        return []

    def save_agreement(self, agreement: Agreement) -> None:
        pass


def test_progress_snapshot(snap_compare: Any, make_app: Callable[..., SamtaleApp]) -> None:
    app = make_app(store=FixedStore())

    async def show(pilot: Any) -> None:
        app.push_screen(ProgressScreen())
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(app, run_before=show, terminal_size=(80, 24))


def test_agreement_snapshot(snap_compare: Any, make_app: Callable[..., SamtaleApp]) -> None:
    app = make_app(store=FixedStore())
    plan = Agreement(
        id="plan",
        created=FIXED_NOW,
        updated=FIXED_NOW,
        employee="Kari",
        meeting_date=date(2026, 1, 5),
        next_meetings=[date(2026, 1, 19)],
        goals=["Tilbake i 50 % innen fire uker"],
        measures=[AgreementMeasure(what="Kortere dager", who="Kari og leder", how_long="To uker")],
        contact=ContactPlan(agreed="Telefon hver fredag kl. 10"),
    )

    async def show(pilot: Any) -> None:
        app.push_screen(AgreementScreen(agreement=plan))
        await pilot.pause()

    assert snap_compare(app, run_before=show, terminal_size=(80, 24))
