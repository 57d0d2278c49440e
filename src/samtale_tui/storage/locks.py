"""Per-session locks, so two Samtale processes never write the same session.

A lock is an exclusive ``flock`` on ``sessions/<id>.lock``, held while a
session is open in a process. The operating system drops it when the process
ends, even after a crash or ``kill -9``, so a session left by a dead process
can be resumed and one still open in another SSH session cannot. On systems
without ``fcntl`` the locks always succeed.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from samtale_tui.paths import FILE_MODE

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class SessionLocks:
    """The session locks one store holds."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._held: dict[str, int] = {}

    def path(self, session_id: str) -> Path:
        """The lock file of a session."""
        return self.folder / f"{session_id}.lock"

    def holds(self, session_id: str) -> bool:
        """True when this process holds the session's lock."""
        return session_id in self._held

    def acquire(self, session_id: str) -> bool:
        """Take the session's lock; False when another process holds it.

        Raises:
            OSError: when the lock file cannot be created.
        """
        if session_id in self._held:
            return True
        fd = os.open(self.path(session_id), os.O_RDWR | os.O_CREAT, FILE_MODE)
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                return False
            except OSError:
                pass  # no locking on this file system (e.g. some NFS): carry on without
        self._held[session_id] = fd
        return True

    def is_free(self, session_id: str) -> bool:
        """True when no process (this one included) holds the session's lock."""
        if session_id in self._held:
            return False
        path = self.path(session_id)
        if fcntl is None or not path.exists():
            return True
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return True
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError:
            return True  # no locking on this file system
        else:
            fcntl.flock(fd, fcntl.LOCK_UN)
            return True
        finally:
            os.close(fd)

    def release(self, session_id: str, remove: bool = False) -> None:
        """Let go of the session's lock (and remove the lock file when done with it)."""
        fd = self._held.pop(session_id, None)
        if fd is None:
            return
        if remove:
            with contextlib.suppress(OSError):
                self.path(session_id).unlink()
        with contextlib.suppress(OSError):
            os.close(fd)

    def release_all(self) -> None:
        """Let go of every lock this store holds."""
        for session_id in list(self._held):
            self.release(session_id)


__all__ = ["SessionLocks"]
