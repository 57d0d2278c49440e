"""Local storage of sessions, agreements, drill rounds and progress (no Textual).

``Store`` keeps everything under the user's data directory (see
``samtale_tui.paths``); ``NullStore`` is guest mode and keeps nothing.
``open_store`` picks one for the command line and the app.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samtale_tui.storage.errors import Problem, StorageError
from samtale_tui.storage.null import NullStore
from samtale_tui.storage.store import Store

if TYPE_CHECKING:
    from samtale_tui.storage.records import DrillItem, DrillRecord, SessionRecord, SessionRow

_RECORDS = {"DrillItem", "DrillRecord", "SessionRecord", "SessionRow"}


def __getattr__(name: str) -> Any:
    """The record models load on first use (they import pydantic)."""
    if name in _RECORDS:
        return getattr(importlib.import_module("samtale_tui.storage.records"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
