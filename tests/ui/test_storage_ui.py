"""The app with a real store: resume offer, progress screen, debrief export, guest notice."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from tests.ui.conftest import FIXED_NOW
from textual.widgets import OptionList

from samtale_tui.practice import PracticeSession
from samtale_tui.scenarios.library import Library
from samtale_tui.storage import NullStore, Store
from samtale_tui.ui.app import AppConfig, SamtaleApp
from samtale_tui.ui.screens.agreement import AgreementScreen
from samtale_tui.ui.screens.agreements import AgreementsScreen
from samtale_tui.ui.screens.progress import ProgressScreen, SavedSessionScreen
from samtale_tui.ui.screens.resume import ResumeScreen


def saved(store: Store, library: Library, replies: list[str | None], finish: bool, days: int = 0):
    session = PracticeSession.start(library.scenarios[0], "coach", FIXED_NOW - timedelta(days=days))
    session.conversation.replay(replies)
    if finish:
        session.conversation.finish()
    store.save_session(session)
    store.release(session.id)
    return session


async def settle(app: SamtaleApp, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_unfinished_session_is_offered_and_resumed(
    make_app: Callable[..., SamtaleApp], library: Library, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "data")
    left = saved(store, library, ["Hvordan har du det nå for tiden?"], finish=False)
    app = make_app(store=store)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, ResumeScreen)
        await pilot.press("enter")
        await settle(app, pilot)
        from samtale_tui.ui.screens.conversation import ConversationScreen

        assert isinstance(app.screen, ConversationScreen)
        assert app.screen.session.id == left.id
        assert len(app.screen.session.conversation.turns) == 1


async def test_abandoned_session_is_not_offered_again(
    make_app: Callable[..., SamtaleApp], library: Library, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "data")
    saved(store, library, ["Hei"], finish=False)
    app = make_app(store=store)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("l")
        await settle(app, pilot)
        assert not isinstance(app.screen, ResumeScreen)
    assert store.unfinished() == []


async def test_progress_screen_shows_skills_and_opens_history(
    make_app: Callable[..., SamtaleApp], library: Library, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "data")
    saved(store, library, ["Hvorfor har du vært borte så lenge?"], finish=True, days=7)
    saved(store, library, ["Hvordan har du det nå for tiden?"], finish=True, days=1)
    app = make_app(store=store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.push_screen(ProgressScreen())
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ProgressScreen)
        assert screen.progress is not None and screen.progress.sessions_counted == 2
        history = screen.query_one("#progress-history", OptionList)
        assert history.option_count == 2
        await pilot.press("enter")
        await settle(app, pilot)
        from samtale_tui.ui.screens.debrief import DebriefScreen

        assert isinstance(app.screen, DebriefScreen)


async def test_history_of_a_vanished_scenario_shows_the_export(
    make_app: Callable[..., SamtaleApp], library: Library, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "data")
    saved(store, library, ["Hei"], finish=True)
    app = make_app(store=store, library=Library([]))
    async with app.run_test(size=(100, 40)) as pilot:
        app.push_screen(ProgressScreen())
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, SavedSessionScreen)


async def test_debrief_export_and_make_agreement(
    make_app: Callable[..., SamtaleApp], library: Library, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "data")
    app = make_app(store=store)
    session = PracticeSession.start(library.scenarios[0], "coach", FIXED_NOW)
    session.conversation.replay(["Hvordan har du det nå for tiden?"])
    session.conversation.finish()
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(app, pilot)
        app.show_debrief(session)
        await settle(app, pilot)
        await pilot.press("e")
        await settle(app, pilot)
        files = list((tmp_path / "data" / "exports").glob("samtale-*.md"))
        assert len(files) == 1
        await pilot.press("a")
        await settle(app, pilot)
        assert isinstance(app.screen, AgreementScreen)
        await settle(app, pilot)
        assert store.list_agreements()[0].session_id == session.id


async def test_agreements_list_new_and_reopen(
    make_app: Callable[..., SamtaleApp], tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "data")
    app = make_app(store=store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.push_screen(AgreementsScreen())
        await settle(app, pilot)
        await pilot.press("n")
        await settle(app, pilot)
        assert isinstance(app.screen, AgreementScreen)
        await pilot.press(*"Ola")
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, AgreementsScreen)
        assert app.screen.query_one(OptionList).option_count == 1
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, AgreementScreen)
        assert app.screen.agreement is not None and app.screen.agreement.employee == "Ola"


def test_from_args_guest_and_unwritable(tmp_path: Path) -> None:
    guest = AppConfig.from_args(argparse.Namespace(data_dir=str(tmp_path / "d"), no_save=True))
    assert isinstance(guest.store, NullStore) and "Gjestemodus" in (guest.notice or "")
    assert not (tmp_path / "d").exists()
    blocker = tmp_path / "fil"
    blocker.write_text("", encoding="utf-8")
    bad = AppConfig.from_args(argparse.Namespace(data_dir=str(blocker / "d"), no_save=False))
    assert isinstance(bad.store, NullStore) and bad.notice and "gjestemodus" in bad.notice
    good = AppConfig.from_args(argparse.Namespace(data_dir=str(tmp_path / "ok"), no_save=False))
    assert isinstance(good.store, Store)


async def test_unwritable_folder_notice_is_shown(
    make_app: Callable[..., SamtaleApp], tmp_path: Path
) -> None:
    app = make_app(store=NullStore(), notice="Kan ikke skrive til /x: disken er full.")
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(app, pilot)
        assert any("disken er full" in str(n.message) for n in app._notifications)


async def test_unfinished_session_of_a_vanished_scenario_is_not_offered(
    make_app: Callable[..., SamtaleApp], library: Library, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "data")
    saved(store, library, ["Hei"], finish=False)
    app = make_app(store=store, library=Library([]))
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(app, pilot)
        assert not isinstance(app.screen, ResumeScreen)


async def test_a_screen_title_does_not_follow_you_back_home(
    make_app: Callable[..., SamtaleApp], tmp_path: Path
) -> None:
    from textual.widgets import Header

    store = Store.open(tmp_path / "data")
    app = make_app(store=store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        home_subtitle = app.screen.query_one(Header).screen_sub_title
        for screen in (AgreementsScreen(), ProgressScreen()):
            app.push_screen(screen)
            await settle(app, pilot)
            assert app.screen.query_one(Header).screen_sub_title != home_subtitle
            await pilot.press("escape")
            await settle(app, pilot)
            assert app.screen.query_one(Header).screen_sub_title == home_subtitle
