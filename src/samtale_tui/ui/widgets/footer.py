"""The footer of every screen: Textual's, rebuilt only when its keys change."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer


class SteadyFooter(Footer):
    """Textual's :class:`~textual.widgets.Footer`, with its keys in the first
    frame and rebuilt only when the keys it shows change.

    Textual's footer composes empty, then removes and remounts all its keys
    every time the screen publishes its bindings, even when nothing it shows
    has changed: a new screen publishes them three times as it starts (mount,
    focus, first refresh), and every focus change publishes them again. Each
    rebuild costs a frame, and the keys appear two or three frames after the
    rest of the screen. This one composes its keys with the screen and
    rebuilds only when what it shows (key, label, enabled, tooltip) changes;
    on a screen whose shown keys do not depend on focus, it is never rebuilt
    at all. On the home screen that brought start-up from about 1.22x to about
    1.06x an empty Textual app (``benchmarks/startup.py``).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Textual leaves this False until the screen first publishes its
        # bindings, and composes an empty footer until then.
        self._bindings_ready = True
        self._shown: tuple[Any, ...] | None = None

    def _keys_shown(self) -> tuple[Any, ...]:
        """What the footer would show for the screen's bindings right now."""
        return (
            self._bindings_ready,
            self.show_command_palette,
            self.compact,
            tuple(
                (
                    binding.key,
                    binding.key_display,
                    binding.description,
                    binding.action,
                    enabled,
                    tooltip,
                )
                for (_, binding, enabled, tooltip) in self.screen.active_bindings.values()
                if binding.show
            ),
        )

    def compose(self) -> ComposeResult:
        self._shown = self._keys_shown()
        yield from super().compose()

    def bindings_changed(self, screen: Screen[Any]) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen:
            self.call_after_refresh(self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        if self.is_attached and self._keys_shown() != self._shown:
            await self.recompose()
