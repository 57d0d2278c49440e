"""Atomic, private file writes and tolerant TOML reads (no Textual)."""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samtale_tui.paths import FILE_MODE

if TYPE_CHECKING:
    from pydantic import BaseModel

TMP_SUFFIX = ".tmp"
STALE_TMP_SECONDS = 3600


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so the file on disk is always complete.

    The bytes go to a temporary file in the same folder (mode 0600), are
    flushed and fsynced, and the temporary file then replaces ``path`` with
    ``os.replace``. A write killed halfway leaves the previous file untouched.

    Raises:
        OSError: when the folder is read-only, the disk is full, and so on.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{os.urandom(4).hex()}{TMP_SUFFIX}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX only; best effort)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def to_toml(model: BaseModel) -> bytes:
    """Serialise a record as TOML (None values are left out: TOML has no null)."""
    import tomli_w

    text = tomli_w.dumps(_drop_none(model.model_dump(mode="python")))
    # A lone surrogate (a broken paste) cannot be encoded; replace it, never fail.
    return text.encode("utf-8", errors="replace")


def _drop_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _drop_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_drop_none(v) for v in value if v is not None]
    return value


def read_toml(path: Path) -> dict[str, Any]:
    """Read a TOML file.

    Raises:
        OSError: when the file cannot be read.
        ValueError: when it is not valid UTF-8 or not valid TOML.
    """
    from samtale_tui.tomlcompat import tomllib

    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"filen er ikke gyldig UTF-8 ({exc.reason} ved byte {exc.start})"
        ) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"filen er ikke gyldig TOML ({exc})") from None


def remove_stale_temp_files(folder: Path, now: float | None = None) -> None:
    """Remove temporary files left by a write that was killed (older than an hour)."""
    now = time.time() if now is None else now
    try:
        entries = list(folder.glob(f".*{TMP_SUFFIX}"))
    except OSError:
        return
    for entry in entries:
        with contextlib.suppress(OSError):
            if now - entry.stat().st_mtime > STALE_TMP_SECONDS:
                entry.unlink()


__all__ = ["atomic_write_bytes", "read_toml", "remove_stale_temp_files", "to_toml"]
