"""Help (F1 or ?): the keys of the screen below, and good practice in brief."""

from __future__ import annotations

from typing import Any

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from samtale_tui.ui.wording import RUBRIC

GENERIC_ACTIONS = frozenset({"app.focus_next", "app.focus_previous", "screen.copy_text"})
"""Textual's own screen keys; help lists focus movement once, in Norwegian."""


def screen_keys(app: Any, screen: Screen[Any]) -> list[tuple[str, str, bool]]:
    """The keys of ``screen`` and of the app as (key, description, enabled).

    Only bindings defined on the screen or the app are listed (not the
    editing keys of a focused input).
    """
    rows: list[tuple[str, str, bool]] = [("Tab / Shift+Tab", "Flytt fokus", True)]
    seen: set[str] = set()
    for active in screen.active_bindings.values():
        binding = active.binding
        if active.node is not screen and active.node is not app:
            continue
        if binding.system or not binding.description or binding.action in GENERIC_ACTIONS:
            continue
        key = app.get_key_display(binding)
        description = binding.description
        if description in seen:
            merged = next(i for i, row in enumerate(rows) if row[1].startswith(description))
            old_key, _, enabled = rows[merged]
            rows[merged] = (f"{old_key} / {key}", description, enabled)
            continue
        seen.add(description)
        if binding.tooltip:
            description = f"{description}: {binding.tooltip}"
        rows.append((key, description, active.enabled))
    return rows


class HelpScreen(ModalScreen[None]):
    """Keys for the current screen and the rubric in brief."""

    CSS_PATH = "help.tcss"
    BINDINGS = [
        Binding("escape,f1,q,question_mark", "dismiss", "Lukk", id="close-help"),
        Binding("down,j", "scroll(1)", "Ned", show=False),
        Binding("up,k", "scroll(-1)", "Opp", show=False),
        Binding("pagedown,space", "scroll(10)", "Side ned", show=False),
        Binding("pageup", "scroll(-10)", "Side opp", show=False),
    ]

    def __init__(self, below: Screen[Any]) -> None:
        super().__init__()
        self.below_help = str(getattr(below, "HELP", "") or "")
        self.keys = screen_keys(below.app, below)

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog"):
            with VerticalScroll(id="help-body"):
                if self.below_help:
                    yield Static(self.below_help, id="help-intro", markup=False)
                yield Static(self._keys_table(), id="help-keys")
                yield Static(self._rubric(), id="help-rubric")
            yield Static("Esc, F1 eller q lukker hjelpen", id="help-close")

    def on_mount(self) -> None:
        self.query_one("#help-dialog").border_title = "Hjelp"
        self.query_one("#help-body").focus()

    def _keys_table(self) -> Table:
        table = Table(
            title="Taster her",
            title_justify="left",
            title_style="bold",
            show_header=False,
            box=None,
            padding=(0, 2, 0, 0),
            expand=True,
        )
        table.add_column("Tast", style="bold", no_wrap=True, min_width=16)
        table.add_column("Hva", ratio=1)
        for key, description, enabled in self.keys:
            table.add_row(key, description if enabled else f"{description} (ikke nå)")
        return table

    @staticmethod
    def _rubric() -> Text:
        text = Text()
        text.append("God praksis i korte trekk\n", style="bold")
        for heading, explanation in RUBRIC:
            text.append(f"• {heading}. ", style="bold")
            text.append(f"{explanation}\n")
        return text

    def action_scroll(self, lines: int) -> None:
        """Scroll the help text."""
        body = self.query_one("#help-body", VerticalScroll)
        body.scroll_relative(y=lines, animate=False)
