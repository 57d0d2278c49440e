"""The team-routines workshop, step three: every proposal, and the draft to share."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, Markdown

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
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#ws-summary", Markdown).focus()

    def action_export(self) -> None:
        """Write the draft to a Markdown file and say where."""
        self._export(workshop_markdown(self.record))

    @work(thread=True, exclusive=True, group="export-workshop", exit_on_error=False)
    def _export(self, markdown: str) -> None:
        from samtale_tui.storage import StorageError

        store = getattr(self.app.config, "store", None)  # type: ignore[attr-defined]
        name = f"workshop-{self.record.date.isoformat()}-{self.record.id[-4:]}.md"
        try:
            path = self._write(store, name, markdown)
        except (StorageError, OSError) as exc:
            self.app.call_from_thread(
                self.notify,
                f"Kunne ikke skrive filen: {exc}",
                title="Eksport feilet",
                severity="error",
            )
            return
        self.app.call_from_thread(
            self.notify, f"Utkastet er lagret i {path}", title="Eksportert", timeout=10
        )

    @staticmethod
    def _write(store: object, name: str, markdown: str) -> str:
        """Write into the store's export folder; in guest mode, the current folder."""
        from pathlib import Path

        from samtale_tui.storage import StorageError
        from samtale_tui.storage.files import atomic_write_bytes

        try:
            path = store.export_path(name)  # type: ignore[union-attr]
        except (StorageError, AttributeError):
            path = Path.cwd() / name
        atomic_write_bytes(path, markdown.encode("utf-8"))
        return str(path)

    def action_back(self) -> None:
        """Back to the workshop."""
        self.app.pop_screen()
