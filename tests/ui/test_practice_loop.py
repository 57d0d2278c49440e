"""Play whole conversations through the UI, in each mode, to the debrief."""

from __future__ import annotations

from typing import Any

from textual.widgets import Input, OptionList, Static

from samtale_tui.ui.screens.brief import BriefScreen
from samtale_tui.ui.screens.conversation import ConversationScreen
from samtale_tui.ui.screens.debrief import DebriefScreen
from samtale_tui.ui.screens.home import HomeScreen
from samtale_tui.ui.widgets.coach_line import CoachLine
from samtale_tui.ui.widgets.transcript import Transcript
from samtale_tui.ui.widgets.trust_meter import TrustMeter

from .conftest import RecordingStore

OPEN = "Hvordan har du det nå for tiden?"
WHY = "Hvorfor har du vært borte så lenge?"
AGREE = "Så du savner kollegene. Skal vi avtale et nytt møte neste uke?"


def transcript_text(app: Any) -> str:
    """Everything the transcript shows, as plain text."""
    parts = []
    for widget in app.screen.query_one(Transcript).query(Static):
        parts.append(str(widget.render()))
    return "\n".join(parts)


async def open_mode(pilot: Any, key: str) -> None:
    """From home: open the highlighted case and start it in a mode."""
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, BriefScreen)
    await pilot.press(key)
    await pilot.pause()
    assert isinstance(pilot.app.screen, ConversationScreen)


async def say(pilot: Any, text: str) -> None:
    """Type a reply and send it."""
    await pilot.press(*text)
    await pilot.press("enter")
    await pilot.pause()


async def test_coach_mode_with_hint_pause_undo_to_debrief(make_app: Any) -> None:
    store = RecordingStore()
    app = make_app(store=store)
    async with app.run_test(size=(100, 40)) as pilot:
        await open_mode(pilot, "1")
        screen = app.screen
        conversation = screen.conversation
        assert app.focused is screen.query_one("#reply", Input)

        # The coach line follows the typing.
        await pilot.press(*"Hvorfor har du")
        await pilot.pause()
        assert "Hvorfor-spørsmål" in screen.query_one(CoachLine).text
        await pilot.press("ctrl+u")
        await pilot.press(*"Hva")
        await pilot.pause()
        assert "Åpent spørsmål" in screen.query_one(CoachLine).text
        await pilot.press("ctrl+u")

        # A deliberate pause is a turn of its own.
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert conversation.state.turn == 1
        assert conversation.turns[-1].silence
        assert "bevisst pause" in transcript_text(app)

        # A why-question closes Kari down; undo puts it back in the reply box.
        await say(pilot, WHY)
        assert conversation.state.node == "lukket"
        assert "Coach:" in transcript_text(app)
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert conversation.state.node == "start"
        assert screen.query_one("#reply", Input).value == WHY
        await pilot.press("ctrl+u")

        # A hint shows the best authored reply and why.
        await pilot.press("ctrl+r")
        await pilot.pause()
        hint_panel = screen.query_one("#hint-panel", Static)
        assert hint_panel.display
        assert "Hvordan har du det nå for tiden?" in str(hint_panel.render())

        await say(pilot, OPEN)
        assert conversation.state.node == "aapen"
        assert screen.query_one(TrustMeter).trust == conversation.state.trust
        await say(pilot, AGREE)
        assert conversation.over and conversation.state.ending == "avtale"
        assert "Slutt: En god avtale" in transcript_text(app)
        assert app.focused is screen.query_one("#to-debrief")

        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DebriefScreen)
        debrief_text = " ".join(str(s.render()) for s in app.screen.query(".section"))
        assert "Varm og tydelig" in debrief_text
        assert "Veien du ikke tok" in [str(s.border_title) for s in app.screen.query(".section")]
        assert WHY in debrief_text
        await app.workers.wait_for_complete()
    # Saved at the start, after every turn, and after the undo.
    assert len(store.saved) >= 5
    assert store.saved[-1][1:] == (3, True)


async def test_realistic_mode_has_no_feedback_until_the_debrief(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await open_mode(pilot, "2")
        screen = app.screen
        assert not screen.query(CoachLine)
        await say(pilot, OPEN)
        assert "Coach:" not in transcript_text(app)
        # The authored options can be shown, without their quality.
        await pilot.press("ctrl+o")
        await pilot.pause()
        options = str(screen.query_one("#options-panel", Static).render())
        assert "Så du savner fellesskapet" in options
        assert "(god" not in options and "(svak" not in options
        # Undo belongs to coach mode only.
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert screen.conversation.state.turn == 1
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert screen.conversation.state.turn == 2
        # Ending early goes straight to the debrief.
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, DebriefScreen)
        assert app.screen.session.finished
        ending = str(app.screen.query_one("#section-ending", Static).render())
        assert "Ingen slutt nådd" in ending
        # Back to the library.
        await pilot.press("b")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_menu_mode_picks_authored_replies(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await open_mode(pilot, "3")
        screen = app.screen
        menu = screen.query_one("#menu", OptionList)
        assert app.focused is menu
        assert menu.option_count == 2
        assert not screen.query("#reply")
        # The first authored reply here is the open question: Enter picks it.
        await pilot.press("enter")
        await pilot.pause()
        assert screen.conversation.state.node == "aapen"
        assert screen.conversation.turns[-1].menu_choice == 0
        # Hint and pause work in menu mode too.
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert screen.query_one("#hint-panel").display
        # Number keys pick a reply directly: 1 is the agreement.
        await pilot.press("1")
        await pilot.pause()
        assert screen.conversation.state.ending == "avtale"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DebriefScreen)
        # Try again starts a new conversation in the same mode.
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen)
        assert app.screen.session.mode == "menu"
        assert app.screen.conversation.state.turn == 0


async def test_undo_after_an_ending_lets_you_try_again(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await open_mode(pilot, "1")
        screen = app.screen
        await say(pilot, OPEN)
        await say(pilot, "Du må bare komme tilbake.")
        await say(pilot, "Er du syk eller ikke?")
        assert screen.conversation.over
        assert not screen.query_one("#reply").display
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert not screen.conversation.over
        assert screen.query_one("#reply").display
        assert app.focused is screen.query_one("#reply")


async def test_empty_reply_is_not_sent(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await open_mode(pilot, "2")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.conversation.state.turn == 0
        assert any("bevisst pause" in n.message for n in app._notifications)


async def test_storage_error_is_shown_and_the_session_kept(make_app: Any) -> None:
    store = RecordingStore(fail="Disken er full. Frigjør plass og prøv igjen.")
    app = make_app(store=store)
    async with app.run_test(size=(100, 40)) as pilot:
        await open_mode(pilot, "2")
        await say(pilot, OPEN)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen)
        assert app.screen.conversation.state.turn == 1
        messages = [n.message for n in app._notifications]
        assert any("Disken er full" in m for m in messages)


async def test_unexpected_save_failure_is_reported_not_raised(make_app: Any) -> None:
    class Broken:
        def save_session(self, session: object) -> None:
            raise OSError("read-only")

    app = make_app(store=Broken())
    async with app.run_test(size=(100, 40)) as pilot:
        await open_mode(pilot, "2")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running
        assert any("Klarte ikke å lagre" in n.message for n in app._notifications)


async def test_preparation_from_the_brief_is_saved_with_the_session(make_app: Any) -> None:
    from samtale_tui.export.markdown import session_markdown
    from samtale_tui.storage.convert import session_record
    from samtale_tui.ui.screens.preparation import PreparationScreen

    app = make_app(store=RecordingStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, BriefScreen)
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, PreparationScreen)
        await pilot.press("enter", "space", "escape")  # tick the first checklist item
        await pilot.pause()
        await pilot.press("escape")  # back to the brief, keeping the preparation
        await pilot.pause()
        assert isinstance(app.screen, BriefScreen)
        assert "1 tema" in str(app.screen.query_one("#modes").border_subtitle)
        # Reopening shows what was already ticked.
        await pilot.press("f")
        await pilot.pause()
        rows = [str(o.prompt) for o in app.screen.query_one("#prep-tools").options]
        assert "1 valgt" in rows[0]
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("1")
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen)
        session = app.screen.session
        assert len(session.checklist) == 1
        markdown = session_markdown(session_record(session))
        assert "## Huskeliste" in markdown and "- [x] " in markdown


async def test_starting_without_preparation_leaves_the_session_unprepared(make_app: Any) -> None:
    app = make_app(store=RecordingStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await open_mode(pilot, "1")
        assert app.screen.session.checklist == []
        assert app.screen.session.job_wheel is None


async def test_menu_title_names_the_keys_that_exist(make_app: Any) -> None:
    app = make_app(store=RecordingStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await open_mode(pilot, "3")
        menu = app.screen.query_one("#menu", OptionList)
        count = menu.option_count
        assert count >= 1
        expected = f"1–{count}" if count > 1 else "(1 eller"
        assert expected in str(menu.border_title)


async def test_hint_and_options_take_turns_so_the_talk_stays_in_view(make_app: Any) -> None:
    app = make_app(store=RecordingStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await open_mode(pilot, "1")
        screen = app.screen
        hint, options = screen.query_one("#hint-panel"), screen.query_one("#options-panel")
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert options.display and not hint.display
        assert "Ferdige replikker" in str(options.border_title)
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert hint.display and not options.display
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert options.display and not hint.display
