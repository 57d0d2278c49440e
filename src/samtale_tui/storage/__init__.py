"""Local storage of sessions, agreements, drill rounds and progress (no Textual).

``Store`` keeps everything under the user's data directory (see
``samtale_tui.paths``); ``NullStore`` is guest mode and keeps nothing.
``open_store`` picks one for the command line and the app.
"""

from __future__ import annotations

from pathlib import Path

from samtale_tui.storage.errors import Problem, StorageError
from samtale_tui.storage.null import NullStore
from samtale_tui.storage.records import DrillItem, DrillRecord, SessionRecord, SessionRow
from samtale_tui.storage.store import Store


def open_store(root: Path | None, save: bool = True) -> tuple[Store | NullStore, str | None]:
    """Open the store for a data directory, falling back to guest mode.

    Args:
        root: the data directory (``samtale_tui.paths.data_dir``).
        save: False for guest mode (``--no-save``): nothing is written.

    Returns:
        The store, and a Norwegian message to show when it fell back to guest
        mode because the folder could not be written (else None).
    """
    if not save or root is None:
        return NullStore(root), None
    try:
        return Store.open(root), None
    except StorageError as exc:
        return NullStore(root), str(exc)


__all__ = [
    "DrillItem",
    "DrillRecord",
    "NullStore",
    "Problem",
    "SessionRecord",
    "SessionRow",
    "StorageError",
    "Store",
    "open_store",
]
