"""Command palette: open any case, go to the main screens, pick a theme."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.widgets.option_list import Option

from samtale_tui.ui.navigation import HOME_ENTRIES, available
from samtale_tui.ui.themes import THEME_LABELS

Command = tuple[str, Callable[[], Any], str]


def first_sentence(text: str, limit: int = 90) -> str:
    """The first sentence of ``text``, cut to ``limit`` characters."""
    end = text.find(". ")
    sentence = text if end < 0 else text[: end + 1]
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"


class SamtaleCommands(Provider):
    """Cases, main screens and themes, in Norwegian."""

    def _commands(self) -> list[Command]:
        app: Any = self.app
        commands: list[Command] = [
            ("Bibliotek", app.show_home, "Tilbake til listen over caser"),
        ]
        for entry in available(HOME_ENTRIES):
            commands.append((entry.label, partial(app.open_entry, entry), entry.description))
        for scenario in app.config.library.cards:
            commands.append(
                (
                    f"Åpne case: {scenario.title}",
                    partial(app.open_scenario, scenario.id),
                    first_sentence(scenario.summary),
                )
            )
        for name, label in THEME_LABELS.items():
            commands.append((f"Tema: {label}", partial(setattr, app, "theme", name), ""))
        return commands

    async def discover(self) -> Hits:
        for title, callback, help_text in self._commands():
            yield DiscoveryHit(title, callback, help=help_text or None)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, callback, help_text in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, help=help_text or None)


class NorwegianCommandPalette(CommandPalette):
    """Textual's command palette with its two built-in English texts in Norwegian."""

    def __init__(self) -> None:
        super().__init__(placeholder="Søk etter kommandoer og caser …", id="--command-palette")

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # Same as Textual's (8.2), with the message in Norwegian.
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(
                        Align.center(Text("Ingen treff", style="not bold")),
                        disabled=True,
                        id=self._NO_MATCHES,
                    )
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
