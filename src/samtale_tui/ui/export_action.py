"""Export actions for the app: write Markdown to a file and say where.

The file goes to ``exports/`` in the data folder; when that cannot be written
(guest mode, a read-only or full disk) it goes to the current folder, and
then to the system's temporary folder, so the user can always take the
session elsewhere. Writing happens in a thread worker.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samtale_tui.storage import StorageError
from samtale_tui.storage.errors import describe_os_error
from samtale_tui.storage.files import atomic_write_bytes

if TYPE_CHECKING:
    from textual.app import App

    from samtale_tui.agreement.model import Agreement
    from samtale_tui.practice import PracticeSession


def candidate_paths(store: Any, name: str) -> list[Path]:
    """Where to try to write an export called ``name``, best first."""
    places: list[Path] = []
    with contextlib.suppress(StorageError, OSError):
        places.append(store.export_path(name))
    places.append(Path.cwd() / name)
    places.append(Path(tempfile.gettempdir()) / name)
    return places


def write_export(store: Any, name: str, text: str) -> tuple[Path | None, str | None]:
    """Write ``text`` to the first place that works.

    Returns:
        The path written (or None), and the first error met (or None).
    """
    first_error: str | None = None
    data = text.encode("utf-8")
    for path in candidate_paths(store, name):
        try:
            atomic_write_bytes(path, data)
        except OSError as exc:
            first_error = first_error or describe_os_error(exc, path.parent)
            continue
        return path, first_error
    return None, first_error


def run_export(app: App[Any], name: str, text: str, what: str) -> None:
    store = app.config.store  # type: ignore[attr-defined]

    def work() -> None:
        path, problem = write_export(store, name, text)
        if path is None:
            app.call_from_thread(
                app.notify,
                f"{what} kunne ikke skrives: {problem}",
                title="Eksport feilet",
                severity="error",
                timeout=10,
            )
            return
        note = f"{what} er skrevet til\n{path}"
        if problem:
            note += f"\n({problem})"
        app.call_from_thread(app.notify, note, title="Eksportert", timeout=10)

    app.run_worker(work, thread=True, group="export", exit_on_error=False)


def export_session(app: App[Any], session: PracticeSession) -> None:
    """Export a session (with its debrief) as Markdown: the debrief's «Eksporter»."""
    from samtale_tui.export import session_markdown
    from samtale_tui.storage.convert import session_record

    text = session_markdown(session_record(session))
    run_export(app, f"samtale-{session.id}.md", text, "Samtalen")


def export_agreement(app: App[Any], agreement: Agreement) -> None:
    """Export a follow-up agreement as Markdown."""
    from samtale_tui.export import agreement_markdown

    run_export(app, f"oppfolgingsplan-{agreement.id}.md", agreement_markdown(agreement), "Planen")


__all__ = ["candidate_paths", "export_agreement", "export_session", "run_export", "write_export"]
