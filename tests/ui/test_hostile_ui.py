"""A 1 MB paste into the reply box, and a tiny terminal mid-conversation."""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from samtale_tui.ui.screens.conversation import ConversationScreen
from samtale_tui.ui.screens.too_small import TooSmallScreen

MEGABYTE = ("Hvordan har du det nå for tiden, og hva trenger du fra meg? " * 20_000)[:1_000_000]


async def test_megabyte_paste_is_cut_and_the_app_keeps_working(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "1")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        reply = screen.query_one("#reply", Input)
        reply.post_message(events.Paste(MEGABYTE))
        await pilot.pause()
        assert 0 < len(reply.value) <= 4000
        await pilot.press("enter")
        await pilot.pause()
        conversation = screen.session.conversation
        assert len(conversation.turns) == 1
        assert len(conversation.turns[0].reply) <= 4000
        await pilot.press(*"Hvordan har du det?", "enter")
        await pilot.pause()
        assert len(conversation.turns) == 2


async def test_tiny_terminal_mid_conversation_and_back(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "1")
        await pilot.pause()
        await pilot.press(*"Hvordan har du det?", "enter")
        await pilot.pause()
        await pilot.resize_terminal(40, 12)
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        assert len(screen.session.conversation.turns) == 1
        await pilot.press(*"Så du savner dem. La oss avtale et nytt møte neste uke.", "enter")
        await pilot.pause()
        assert len(screen.session.conversation.turns) == 2
