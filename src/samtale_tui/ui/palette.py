"""Command palette: open any case, go to the main screens, pick a theme."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

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
            ("Hjelp", app.action_help, "Taster og god praksis (F1)"),
        ]
        for entry in available(HOME_ENTRIES):
            commands.append((entry.label, partial(app.open_entry, entry), entry.description))
        for scenario in app.config.library.scenarios:
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
