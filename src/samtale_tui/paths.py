"""Where Samtale keeps its data: the one module that decides.

The data directory is, in order of precedence: ``--data-dir PATH``, the
``SAMTALE_DATA_DIR`` environment variable, or the platform's user data
directory for ``samtale`` (``~/.local/share/samtale`` on Linux). Folders are
created 0700 and files written 0600: the data is the user's alone.

Nothing here writes on import.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

APP_NAME = "samtale"
ENV_VAR = "SAMTALE_DATA_DIR"
DIR_MODE = 0o700
FILE_MODE = 0o600

SESSIONS = "sessions"
AGREEMENTS = "agreements"
DRILLS = "drills"
WORKSHOPS = "workshops"
QUARANTINE = "quarantine"
EXPORTS = "exports"
CACHE = "cache"

SUBDIRS: tuple[str, ...] = (
    SESSIONS,
    AGREEMENTS,
    DRILLS,
    WORKSHOPS,
    QUARANTINE,
    EXPORTS,
    CACHE,
)
"""Every folder the store uses under the data directory."""


def default_data_dir() -> Path:
    """The platform's user data directory for Samtale (not created)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False, roaming=False, ensure_exists=False)


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Decide the data directory (not created).

    Args:
        override: the ``--data-dir`` value, if given.
    """
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def data_dir_from_args(args: argparse.Namespace) -> Path:
    """The data directory for parsed command-line arguments."""
    return data_dir(getattr(args, "data_dir", None))


def guest_from_args(args: argparse.Namespace) -> bool:
    """True when ``--no-save`` was given: guest mode, nothing is written."""
    return bool(getattr(args, "no_save", False))


def ensure_dir(path: Path) -> Path:
    """Create a folder and any missing parents, each with mode 0700.

    Folders that already exist are left as they are (a folder given with
    ``--data-dir`` may be shared on purpose).

    Raises:
        OSError: when a folder cannot be created.
    """
    missing: list[Path] = []
    current = path
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=DIR_MODE)
        except FileExistsError:
            continue  # another process made it just now
        folder.chmod(DIR_MODE)  # mkdir's mode is masked by the umask
    if not path.is_dir():
        raise NotADirectoryError(f"{path} is not a folder")
    return path


__all__ = [
    "AGREEMENTS",
    "APP_NAME",
    "CACHE",
    "DIR_MODE",
    "DRILLS",
    "ENV_VAR",
    "EXPORTS",
    "FILE_MODE",
    "QUARANTINE",
    "SESSIONS",
    "SUBDIRS",
    "WORKSHOPS",
    "data_dir",
    "data_dir_from_args",
    "default_data_dir",
    "ensure_dir",
    "guest_from_args",
]
