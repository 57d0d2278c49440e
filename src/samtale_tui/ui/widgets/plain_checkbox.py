"""A checkbox whose state reads without colour: ``[X]`` when on, ``[ ]`` when off.

Textual's own checkbox shows the same ``X`` in both states and tells them
apart by colour alone, which fails under ``NO_COLOR`` and on a washed-out
projector.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Checkbox


class PlainCheckbox(Checkbox):
    """A checkbox that shows its state with a character, not only a colour."""

    BUTTON_LEFT = "["
    BUTTON_RIGHT = "]"

    @property
    def _button(self) -> Content:
        button_style = self.get_visual_style("toggle--button")
        inner = "X" if self.value else " "
        return Content.assemble("[", (inner, button_style), "]")
