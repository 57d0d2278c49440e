"""An option list that marks the highlighted row with a sign, not only colour.

Used by the preparation screens so the cursor stays visible in monochrome
(``NO_COLOR``) and on a projector with a washed-out palette.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

MARK = "› "
BLANK = "  "


@dataclass(frozen=True)
class Row:
    """One row: its text, an id (None for a heading), and whether it is a heading."""

    text: Content | str
    id: str | None = None
    heading: bool = False


class MarkedOptionList(OptionList):
    """An ``OptionList`` whose highlighted row starts with ``›``."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, markup=False)
        self._rows: list[Row] = []
        self._marked: int | None = None

    def _prompt(self, index: int) -> Content:
        row = self._rows[index]
        text = row.text if isinstance(row.text, Content) else Content(row.text)
        if row.heading:
            return text
        return Content(MARK if index == self._marked else BLANK) + text

    def set_rows(self, rows: Iterable[Row], highlight: int | None = None) -> None:
        """Replace every row; highlight ``highlight`` or the first non-heading row."""
        self._rows = list(rows)
        selectable = [i for i, r in enumerate(self._rows) if not r.heading]
        if highlight is None or highlight not in selectable:
            highlight = selectable[0] if selectable else None
        self._marked = highlight
        self.set_options(
            Option(self._prompt(i), id=row.id, disabled=row.heading)
            for i, row in enumerate(self._rows)
        )
        if highlight is not None:
            self.highlighted = highlight

    def update_row(self, index: int, text: Content | str) -> None:
        """Change the text of one row, keeping its id."""
        row = self._rows[index]
        self._rows[index] = Row(text, row.id, row.heading)
        self.replace_option_prompt_at_index(index, self._prompt(index))

    def watch_highlighted(self, highlighted: int | None) -> None:
        """Move the mark with the highlight."""
        super().watch_highlighted(highlighted)
        if highlighted == self._marked or highlighted is None:
            return
        if highlighted >= len(self._rows) or self._rows[highlighted].heading:
            return
        old, self._marked = self._marked, highlighted
        if old is not None and old < len(self._rows):
            self.replace_option_prompt_at_index(old, self._prompt(old))
        self.replace_option_prompt_at_index(highlighted, self._prompt(highlighted))
