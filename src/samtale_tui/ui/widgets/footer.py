"""The footer of every screen: Textual's, rebuilt only when its keys change."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer


class SteadyFooter(Footer):
    """Textual's :class:`~textual.widgets.Footer`, rebuilt only when the keys it
    shows change.

    Textual's footer removes and remounts all its keys every time the screen
    publishes its bindings, even when nothing it shows has changed; a new
    screen publishes them three times as it starts (mount, focus, first
    refresh), and every focus change publishes them again. Each rebuild costs a
    frame. At start-up this one rebuilt footer cut about 25 ms off the time to
    the finished home screen (``benchmarks/startup.py``), and moving focus
    between widgets no longer redraws the footer.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
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
