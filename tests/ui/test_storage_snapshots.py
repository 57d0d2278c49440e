"""Snapshots of the progress, agreement, agreement list and resume screens, and of the
message below the smallest size (fixed data, fixed clock)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from tests.ui.conftest import FIXED_NOW

from samtale_tui.agreement import Agreement, AgreementMeasure, ContactPlan
from samtale_tui.storage.records import DrillItem, DrillRecord, SessionRow, SummaryRecord
from samtale_tui.ui.app import SamtaleApp
from samtale_tui.ui.screens.agreement import AgreementScreen
from samtale_tui.ui.screens.agreements import AgreementsScreen
from samtale_tui.ui.screens.progress import ProgressScreen
from samtale_tui.ui.screens.resume import ResumeScreen, offer_resume
from samtale_tui.ui.screens.too_small import TooSmallScreen

SIZES = pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
"""Every screen is pictured at the smallest supported size and a larger one."""


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

    def list_agreements(self) -> list[Agreement]:
        return [
            Agreement(
                id=f"plan-{i}",
                created=FIXED_NOW - timedelta(days=10 * i),
                updated=FIXED_NOW - timedelta(days=10 * i),
                employee=name,
                scenario_id=scenario,
                meeting_date=date(2026, 1, 5) - timedelta(days=10 * i),
                goals=["Tilbake i 50 % innen fire uker"],
            )
            for i, (name, scenario) in enumerate([("Kari", "mini"), ("Elin", "annen")])
        ]


@SIZES
def test_progress_snapshot(
    snap_compare: Any, make_app: Callable[..., SamtaleApp], size: tuple[int, int]
) -> None:
    app = make_app(store=FixedStore())

    async def show(pilot: Any) -> None:
        app.push_screen(ProgressScreen())
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(app, run_before=show, terminal_size=size)


@SIZES
def test_agreement_snapshot(
    snap_compare: Any, make_app: Callable[..., SamtaleApp], size: tuple[int, int]
) -> None:
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

    assert snap_compare(app, run_before=show, terminal_size=size)


@SIZES
def test_agreement_list_snapshot(
    snap_compare: Any, make_app: Callable[..., SamtaleApp], size: tuple[int, int]
) -> None:
    app = make_app(store=FixedStore())

    async def show(pilot: Any) -> None:
        app.push_screen(AgreementsScreen())
        await pilot.pause()
        assert isinstance(app.screen, AgreementsScreen)
        assert len(app.screen.agreements) == 2

    assert snap_compare(app, run_before=show, terminal_size=size)


@SIZES
def test_resume_offer_snapshot(
    snap_compare: Any, make_app: Callable[..., SamtaleApp], size: tuple[int, int]
) -> None:
    store = FixedStore()
    app = make_app(store=store)
    unfinished = next(row for row in store.rows if not row.finished)

    async def show(pilot: Any) -> None:
        offer_resume(app, unfinished)
        await pilot.pause()
        assert isinstance(app.screen, ResumeScreen)

    assert snap_compare(app, run_before=show, terminal_size=size)


@pytest.mark.parametrize("size", [(79, 24), (40, 12)], ids=["79x24", "40x12"])
def test_too_small_snapshot(
    snap_compare: Any, make_app: Callable[..., SamtaleApp], size: tuple[int, int]
) -> None:
    async def check(pilot: Any) -> None:
        await pilot.pause()
        assert isinstance(pilot.app.screen, TooSmallScreen)

    assert snap_compare(make_app(), terminal_size=size, run_before=check)
