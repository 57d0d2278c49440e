"""The preparation checklist: tick the topics to bring up.

``ChecklistScreen(selected)`` dismisses with the ticked item ids (checklist
order) when the manager is done; the caller stores them on
``PracticeSession.checklist`` or the agreement.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import OptionList, Static

from samtale_tui.prep import checklist
from samtale_tui.ui.screens.prep_list import MarkedOptionList, Row
from samtale_tui.ui.widgets.footer import SteadyFooter


class ChecklistScreen(Screen[list[str]]):
    """Pick topics from the huskeliste, with guidance for each group."""

    HELP = (
        "Huskelisten samler temaer fra arbeidsmiljøet som kan være verdt å ta opp. Velg med "
        "mellomrom eller Enter; teksten nederst forklarer gruppen og punktet. Esc tar med "
        "valget tilbake."
    )

    CSS_PATH = "checklist.tcss"

    BINDINGS = [
        Binding("space", "toggle", "Velg/fjern", key_display="Mellomrom", id="checklist-toggle"),
        Binding("escape", "done", "Ferdig", id="checklist-done"),
        Binding("delete", "clear", "Fjern alle", show=False, id="checklist-clear"),
    ]

    def __init__(self, selected: Iterable[str] = ()) -> None:
        super().__init__()
        self.selected: set[str] = set(checklist.normalise(selected))
        self._ids: list[str | None] = []

    def compose(self) -> ComposeResult:
        yield Static("", id="checklist-title")
        yield MarkedOptionList(id="checklist-list")
        yield Static("", id="checklist-guidance")
        yield SteadyFooter()

    def on_mount(self) -> None:
        rows: list[Row] = []
        for group in checklist.GROUPS:
            rows.append(Row(Content.styled(group.title.upper(), "bold"), heading=True))
            rows.extend(Row(self._label(it.id), it.id) for it in group.items)
        self._ids = [row.id for row in rows]
        self.option_list.set_rows(rows)
        self.option_list.focus()
        self._update_title()
        self._show_guidance()

    @property
    def option_list(self) -> MarkedOptionList:
        """The list of groups and items."""
        return self.query_one("#checklist-list", MarkedOptionList)

    def _label(self, item_id: str) -> str:
        box = "[x]" if item_id in self.selected else "[ ]"
        return f"{box} {checklist.item(item_id).label}"

    def _update_title(self) -> None:
        count = len(self.selected)
        chosen = "ingen valgt" if not count else f"{count} valgt"
        self.query_one("#checklist-title", Static).update(
            f"Huskeliste: velg det du vil ta opp ({chosen})"
        )

    def _show_guidance(self) -> None:
        index = self.option_list.highlighted
        item_id = self._ids[index] if index is not None and index < len(self._ids) else None
        panel = self.query_one("#checklist-guidance", Static)
        if item_id is None:
            panel.update("")
            return
        group = checklist.group_of(item_id)
        item = checklist.item(item_id)
        panel.update(
            Content.assemble(
                (group.title, "bold"), "\n", group.guidance, "\n", (item.hint, "italic")
            )
        )

    @on(OptionList.OptionHighlighted, "#checklist-list")
    def _highlighted(self) -> None:
        self._show_guidance()

    @on(OptionList.OptionSelected, "#checklist-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_toggle()

    def action_toggle(self) -> None:
        """Tick or untick the highlighted item."""
        index = self.option_list.highlighted
        if index is None or self._ids[index] is None:
            return
        item_id = self._ids[index]
        assert item_id is not None
        self.selected.symmetric_difference_update({item_id})
        self.option_list.update_row(index, self._label(item_id))
        self._update_title()

    def action_clear(self) -> None:
        """Untick everything."""
        self.selected.clear()
        for index, item_id in enumerate(self._ids):
            if item_id is not None:
                self.option_list.update_row(index, self._label(item_id))
        self._update_title()

    @property
    def selection(self) -> list[str]:
        """The ticked ids, in checklist order."""
        return checklist.normalise(self.selected)

    def action_done(self) -> None:
        """Close and hand the selection to the caller."""
        self.dismiss(self.selection)
