"""The team-routines workshop, step three: every proposal, and the draft to share."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Header, Markdown

from samtale_tui.ui.widgets.footer import SteadyFooter
from samtale_tui.workshop.export import workshop_markdown
from samtale_tui.workshop.model import WorkshopRecord


class WorkshopSummaryScreen(Screen[None]):
    """All proposals as a Markdown draft of the team's routines."""

    CSS_PATH = "workshop.tcss"
    HELP = (
        "Alle forslagene, samlet som et utkast til rutiner. e eksporterer utkastet til en "
        "Markdown-fil og sier hvor den ligger. Esc går tilbake til workshopen."
    )
    BINDINGS = [
        Binding("e", "export", "Eksporter", id="ws-export"),
        Binding("escape", "back", "Tilbake", id="ws-summary-back"),
    ]

    def __init__(self, record: WorkshopRecord) -> None:
        super().__init__()
        self.record = record

    def compose(self) -> ComposeResult:
        yield Header()
        yield Markdown(workshop_markdown(self.record), id="ws-summary")
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.query_one("#ws-summary", Markdown).focus()

    def action_export(self) -> None:
        """Write the draft to a Markdown file (in a worker) and say where."""
        from samtale_tui.ui.export_action import run_export

        name = f"workshop-{self.record.date.isoformat()}-{self.record.id[-4:]}.md"
        run_export(self.app, name, workshop_markdown(self.record), "Utkastet til rutiner")

    def action_back(self) -> None:
        """Back to the workshop."""
        self.app.pop_screen()
