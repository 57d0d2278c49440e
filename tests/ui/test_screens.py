"""Home, help, palette, size guard, navigation entries and the question bank."""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Input, OptionList, Static

from samtale_tui.scenarios.library import Library
from samtale_tui.ui import navigation
from samtale_tui.ui.navigation import Entry, available
from samtale_tui.ui.screens.brief import BriefScreen, tips_for
from samtale_tui.ui.screens.conversation import ConversationScreen
from samtale_tui.ui.screens.help import HelpScreen
from samtale_tui.ui.screens.home import HomeScreen, matches
from samtale_tui.ui.screens.too_small import TooSmallScreen


def detail(app: Any) -> str:
    return str(app.screen.query_one("#detail", Static).render())


async def test_home_lists_cases_and_filters_by_typing(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, HomeScreen)
        cases = screen.query_one("#scenario-list", OptionList)
        assert cases.option_count == 1
        assert "Kari" in detail(app)
        row = str(cases.get_option_at_index(0).prompt)
        assert "Mini" in row and "Lett" in row and "ny" in row
        await pilot.press(*"finnes ikke")
        await pilot.pause()
        assert cases.option_count == 0
        assert "Ingen caser passer" in detail(app)
        await pilot.press("escape")
        await pilot.pause()
        assert screen.query_one("#filter", Input).value == ""
        assert cases.option_count == 1
        await pilot.press(*"kari")
        await pilot.pause()
        assert cases.option_count == 1


async def test_home_without_cases_explains_itself(make_app: Any) -> None:
    app = make_app(library=Library([]))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert "Ingen caser er installert" in detail(app)


def test_filter_needs_every_word(mini: Any) -> None:
    assert matches(mini, "kari test")
    assert matches(mini, "KONSULENT")
    assert not matches(mini, "kari ola")


def test_brief_tips_are_topped_up_from_the_rubric(mini: Any) -> None:
    assert len(tips_for(mini)) == 3


async def test_brief_shows_the_case_and_escape_goes_back(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, BriefScreen)
        text = str(app.screen.query_one("#brief-text", Static).render())
        for expected in ("Hvem du møter", "Situasjonen", "Målet ditt", "Tips", "Kari"):
            assert expected in text
        modes = app.screen.query_one("#modes", OptionList)
        assert modes.option_count == 3
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_scenario_id_opens_its_brief_and_unknown_ids_are_reported(make_app: Any) -> None:
    app = make_app(scenario_id="mini")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, BriefScreen)
    app = make_app(scenario_id="nope")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert any("nope" in n.message for n in app._notifications)


async def test_help_lists_the_keys_of_the_screen_below(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "1")
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        descriptions = [row[1] for row in app.screen.keys]
        for expected in ("Pause", "Råd", "Angre", "Valg", "Slutt", "Hjelp"):
            assert any(d.split(":")[0] == expected for d in descriptions), expected
        assert any("la medarbeideren fortsette" in d for d in descriptions)
        assert "Focus Next" not in descriptions
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen)


async def test_question_mark_opens_help_where_nothing_is_typed(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rubric = str(app.screen.query_one("#help-rubric", Static).render())
        assert "Unngå «hvorfor»" in rubric


async def test_palette_opens_a_case(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Åpne case: Mini")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, BriefScreen)
        assert app.screen.scenario.id == "mini"


async def test_a_too_small_window_asks_to_be_made_larger(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=(70, 20)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        message = str(app.screen.query_one("#too-small-message", Static).render())
        assert "Gjør vinduet større" in message and "80 x 24" in message
        # Neither help nor the palette opens over the message.
        await pilot.press("ctrl+p", "f1")
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


def test_entries_are_shown_only_when_their_module_exists() -> None:
    present = Entry("f7", "Finnes", "samtale_tui.ui.screens.home:HomeScreen")
    missing = Entry("f8", "Mangler", "samtale_tui.ui.screens.nothing_here:Nope")
    assert available([present, missing]) == [present]
    assert navigation.load_target(present.target) is HomeScreen


async def test_home_binds_entry_keys(make_app: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        navigation,
        "HOME_ENTRIES",
        [Entry("f7", "Hjelp igjen", "samtale_tui.ui.screens.too_small:TooSmallScreen")],
    )
    monkeypatch.setattr("samtale_tui.ui.screens.home.HOME_ENTRIES", navigation.HOME_ENTRIES)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f7")
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)


async def test_question_bank_inserts_into_the_reply(make_app: Any) -> None:
    pytest.importorskip("samtale_tui.ui.screens.question_bank")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "1")
        await pilot.pause()
        await pilot.press(*"Ok. ")
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert type(app.screen).__name__ == "QuestionBankScreen"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen)
        reply = app.screen.query_one("#reply", Input)
        assert reply.value.startswith("Ok. ") and len(reply.value) > len("Ok. ") + 5
        assert app.focused is reply


async def test_home_shows_the_best_score_from_the_store(make_app: Any) -> None:
    class Store:
        guest = False

        def save_session(self, session: object) -> None:
            pass

        def best_scores(self) -> dict[str, int]:
            return {"mini": 82}

    app = make_app(store=Store())
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        cases = app.screen.query_one("#scenario-list", OptionList)
        assert "fullført, beste 82" in str(cases.get_option_at_index(0).prompt)


async def test_f9_cycles_the_three_themes(make_app: Any) -> None:
    from samtale_tui.ui.themes import THEMES

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "1")
        await pilot.pause()
        seen = [app.theme]
        for _ in THEMES:
            await pilot.press("f9")
            await pilot.pause()
            seen.append(app.theme)
        assert set(seen) == {theme.name for theme in THEMES}
        assert seen[0] == seen[-1]


async def test_no_color_marks_the_highlight_without_colour(
    make_app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        modes = app.screen.query_one("#modes", OptionList)
        style = modes.get_component_rich_style("option-list--option-highlighted")
        assert style.reverse and style.bold


async def test_page_keys_scroll_the_brief_while_the_mode_list_keeps_focus(
    make_app: Any,
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        body = app.screen.query_one("#brief-body")
        modes = app.screen.query_one("#modes", OptionList)
        await pilot.press("pagedown")
        await pilot.pause()
        assert body.scroll_y > 0
        assert modes.highlighted == 0 and app.focused is modes


async def test_debrief_entries_run_functions_with_the_session(
    make_app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from samtale_tui.ui import wording

    calls: list[Any] = []
    monkeypatch.setattr(wording, "probe", lambda app, session: calls.append(session), raising=False)
    monkeypatch.setattr(
        "samtale_tui.ui.screens.debrief.DEBRIEF_ENTRIES",
        [Entry("x", "Prøve", "samtale_tui.ui.wording:probe")],
    )
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "2")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        assert len(calls) == 1 and calls[0] is app.screen.session


async def test_a_session_to_resume_opens_in_the_conversation(make_app: Any, mini: Any) -> None:
    from samtale_tui.practice import PracticeSession

    from .conftest import FIXED_NOW

    session = PracticeSession.start(mini, "coach", FIXED_NOW)
    session.conversation.reply("Hvordan har du det nå for tiden?")
    app = make_app(resume=session)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen)
        assert app.screen.session is session
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen)


async def test_palette_speaks_norwegian_and_lists_help_once(make_app: Any) -> None:
    from textual.command import CommandInput, CommandList

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause(0.5)
        placeholder = app.screen.query_one(CommandInput).placeholder
        assert placeholder.startswith("Søk")
        options = app.screen.query_one(CommandList)
        titles = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert sum(1 for t in titles if t.startswith("Hjelp")) == 1
        await pilot.press(*"xqzxqz")
        await pilot.pause(1.0)
        shown = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert not any("No matches" in s for s in shown)
        assert any("Ingen treff" in s for s in shown)


async def test_the_collector_paused_by_the_launch_comes_back_after_loading(make_app: Any) -> None:
    """``samtale`` pauses cyclic collection while starting (see
    ``samtale_tui.collection``); the app turns it back on once the first screen
    is drawn and the background loading is done."""
    import gc

    from samtale_tui import collection

    collection.pause()
    try:
        app = make_app()
        async with app.run_test(size=(80, 24)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert gc.isenabled()
    finally:
        collection._paused = False
        gc.enable()
        gc.unfreeze()
