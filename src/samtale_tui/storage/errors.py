"""Storage errors, with messages in Norwegian for the user."""

from __future__ import annotations

import errno
from dataclasses import dataclass
from pathlib import Path


class StorageError(Exception):
    """Saving or loading failed; ``str(error)`` is a Norwegian message for the user."""


READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


def describe_os_error(exc: OSError, where: Path) -> str:
    """A clear Norwegian sentence for an operating-system error at ``where``."""
    if exc.errno in READ_ONLY:
        return (
            f"Kan ikke skrive til {where}: mappen er skrivebeskyttet, "
            "eller du har ikke tilgang til den."
        )
    if exc.errno in FULL:
        return f"Kan ikke skrive til {where}: disken er full."
    reason = exc.strerror or type(exc).__name__
    return f"Kan ikke skrive til {where}: {reason}."


def save_failed(exc: OSError, where: Path) -> StorageError:
    """The error raised when a save fails: what happened, and what it means."""
    return StorageError(
        describe_os_error(exc, where)
        + " Økten er ikke lagret, men ligger i minnet: du kan fortsette og eksportere den"
        " et annet sted, eller starte Samtale med --data-dir MAPPE."
    )


@dataclass(frozen=True)
class Problem:
    """A data file that could not be used, reported once to the user.

    Attributes:
        path: where the file is now (in ``quarantine/`` if it was moved there).
        reason: why it could not be used, in Norwegian.
        original: where the file was found.
    """

    path: Path
    reason: str
    original: Path | None = None

    def __str__(self) -> str:
        if self.original is not None and self.original != self.path:
            return f"{self.original}: {self.reason} Filen er flyttet til {self.path}."
        return f"{self.path}: {self.reason}"


__all__ = ["Problem", "StorageError", "describe_os_error", "save_failed"]
