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
