"""The footer rebuilds only when the keys it shows change, and then always."""

from __future__ import annotations

from typing import Any

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Input
from textual.widgets._footer import FooterKey

from samtale_tui.ui.widgets.footer import SteadyFooter


class TwoInputs(App[None]):
    BINDINGS = [
        Binding("f2", "save", "Lagre"),
        Binding("f3", "send", "Send"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.can_send = True
        self.rebuilds = 0

    def compose(self) -> ComposeResult:
        yield Input(id="a")
        yield Input(id="b")
        yield SteadyFooter(show_command_palette=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "send":
            return self.can_send or None
        return True

    def action_save(self) -> None: ...

    def action_send(self) -> None: ...


def keys(app: App[Any]) -> list[tuple[str, bool]]:
    return [(str(k.description), k.has_class("-disabled")) for k in app.screen.query(FooterKey)]


async def test_moving_focus_does_not_rebuild_the_footer() -> None:
    app = TwoInputs()
    async with app.run_test() as pilot:
        await pilot.pause()
        footer = app.query_one(SteadyFooter)
        first = list(footer.query(FooterKey))
        assert [str(k.description) for k in first] == ["Lagre", "Send"]
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "b"
        assert list(footer.query(FooterKey)) == first  # the same widgets: no rebuild


async def test_a_key_that_changes_is_shown_changed() -> None:
    app = TwoInputs()
    async with app.run_test() as pilot:
        await pilot.pause()
        assert keys(app) == [("Lagre", False), ("Send", False)]
        app.can_send = False
        app.screen.refresh_bindings()
        await pilot.pause()
        await pilot.pause()
        assert keys(app) == [("Lagre", False), ("Send", True)]


async def test_home_footer_is_complete_in_the_first_frame_and_never_rebuilt(make_app: Any) -> None:
    """The home screen's shown keys do not depend on focus, so its footer is
    composed once, with the screen (start-up waits for no footer rebuild)."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        first = list(app.screen.query(FooterKey))
        assert "Hjelp" in [str(k.description) for k in first]
        await pilot.pause()
        await pilot.pause()
        assert list(app.screen.query(FooterKey)) == first
