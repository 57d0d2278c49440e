"""The store: sessions, agreements and drill rounds on the user's own disk.

One TOML file per item, written atomically. Files that cannot be read are set
aside in ``quarantine/`` and reported once; the rest still loads. Nothing here
imports Textual, and nothing raises anything but ``StorageError`` at the user.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
import threading
import weakref
import zlib
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from samtale_tui import paths
from samtale_tui.storage.errors import Problem, StorageError, describe_os_error, save_failed
from samtale_tui.storage.files import (
    atomic_write_bytes,
    read_toml,
    remove_stale_temp_files,
    to_toml,
)
from samtale_tui.storage.locks import SessionLocks

# The records, the models they hold and pydantic are imported where they are
# used: opening the store is on the app's start-up path, reading records is not.
if TYPE_CHECKING:
    from pydantic import BaseModel, ValidationError

    from samtale_tui.agreement.model import Agreement
    from samtale_tui.practice import PracticeSession
    from samtale_tui.scenarios.model import Scenario
    from samtale_tui.storage.records import DrillRecord, SessionRecord, SessionRow
    from samtale_tui.workshop.model import WorkshopRecord

M = TypeVar("M", bound="BaseModel")

CACHE_FILE = "sessions.toml"
BEST_FILE = "best.json"


def _validation_reason(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ())) or "filen"
    more = f" (og {exc.error_count() - 1} feil til)" if exc.error_count() > 1 else ""
    return f"innholdet er ugyldig: {where}: {first.get('msg', 'ugyldig verdi')}{more}"


def _move_aside(path: Path, folder: Path) -> Path | None:
    """Move ``path`` into ``folder`` under a name not yet taken; never overwrite.

    A hard link fails if the name exists, so two processes can never pick the
    same target; where hard links are not possible, a checked rename is used.
    Returns the new path, or None when ``path`` was already gone.
    """
    for n in range(10_000):
        name = path.name if n == 0 else f"{path.stem}.{n}{path.suffix}"
        target = folder / name
        try:
            os.link(path, target)
        except FileExistsError:
            continue
        except FileNotFoundError:
            return None
        except OSError:
            if target.exists():
                continue
            os.replace(path, target)  # no hard links here (e.g. some network drives)
            return target
        os.unlink(path)
        return target
    raise OSError("no free name in the quarantine folder")


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:].rstrip(".") + "."


class Store:
    """Saved data under one data directory.

    Build it with ``Store.open(path)``, which creates the folders (0700) and
    checks that they can be written.

    Attributes:
        root: the data directory.
        guest: always False here (``NullStore`` is the guest store).
    """

    guest = False

    def __init__(self, root: Path) -> None:
        self.root = root
        self.sessions_dir = root / paths.SESSIONS
        self.agreements_dir = root / paths.AGREEMENTS
        self.drills_dir = root / paths.DRILLS
        self.workshops_dir = root / paths.WORKSHOPS
        self.quarantine_dir = root / paths.QUARANTINE
        self.exports_dir = root / paths.EXPORTS
        self.cache_dir = root / paths.CACHE
        self.locks = SessionLocks(self.sessions_dir)
        self._problems: list[Problem] = []
        self._lock = threading.RLock()
        self._best: dict[str, int] | None = None
        self._owned: weakref.WeakValueDictionary[str, PracticeSession] = (
            weakref.WeakValueDictionary()
        )

    # -- opening -----------------------------------------------------------
    @classmethod
    def open(cls, root: Path) -> Store:
        """Open (and create) the store at ``root``.

        Raises:
            StorageError: when the folder cannot be created or written.
        """
        store = cls(root)
        try:
            for name in paths.SUBDIRS:
                paths.ensure_dir(root / name)
            probe = store.sessions_dir / f".probe-{os.getpid()}"
            atomic_write_bytes(probe, b"")
            probe.unlink()
        except OSError as exc:
            raise StorageError(
                describe_os_error(exc, root) + " Samtale kjører i gjestemodus: ingenting lagres."
            ) from None
        for folder in (
            store.sessions_dir,
            store.agreements_dir,
            store.drills_dir,
            store.workshops_dir,
        ):
            remove_stale_temp_files(folder)
        return store

    # -- problems ----------------------------------------------------------
    def take_problems(self) -> list[Problem]:
        """The problems met since the last call (each is reported once)."""
        with self._lock:
            problems, self._problems = self._problems, []
        return problems

    def _quarantine(self, path: Path, reason: str) -> None:
        """Move a bad file to ``quarantine/`` (never deleting or overwriting anything)."""
        with self._lock:
            try:
                paths.ensure_dir(self.quarantine_dir)
                target = _move_aside(path, self.quarantine_dir)
                if target is None:
                    return  # another Samtale set it aside just now
                note = target.with_name(target.name + ".grunn.txt")
                with contextlib.suppress(OSError):
                    atomic_write_bytes(note, f"{path}\n{reason}\n".encode())
            except OSError:
                self._problems.append(Problem(path, f"{reason} Filen ble ikke brukt."))
                return
            self._problems.append(Problem(target, reason, original=path))

    def _load(self, path: Path, model: type[M]) -> M | None:
        """Load one record; a bad file is quarantined and None returned."""
        from pydantic import ValidationError

        from samtale_tui.storage.records import SCHEMA_VERSION

        try:
            data = read_toml(path)
        except FileNotFoundError:
            return None
        except OSError as exc:
            self._problems.append(Problem(path, f"kunne ikke leses ({exc.strerror})."))
            return None
        except ValueError as exc:
            self._quarantine(path, _sentence(str(exc)))
            return None
        version = data.get("schema_version")
        if isinstance(version, int) and version > SCHEMA_VERSION:
            self._problems.append(
                Problem(path, "er laget av en nyere versjon av Samtale og hoppes over.")
            )
            return None
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            self._quarantine(path, _sentence(_validation_reason(exc)))
            return None

    def _save(self, folder: Path, item_id: str, record: BaseModel) -> Path:
        path = folder / f"{item_id}.toml"
        data = to_toml(record)
        try:
            try:
                atomic_write_bytes(path, data)
            except FileNotFoundError:
                # the folder went away (``samtale forget`` in another window): make it again
                paths.ensure_dir(folder)
                atomic_write_bytes(path, data)
        except OSError as exc:
            raise save_failed(exc, folder) from None
        return path

    @staticmethod
    def _files(folder: Path) -> list[Path]:
        try:
            return sorted(p for p in folder.glob("*.toml") if not p.name.startswith("."))
        except OSError:
            return []

    # -- sessions ----------------------------------------------------------
    def _acquire(self, session_id: str) -> bool:
        """Take a session's lock, making the sessions folder again if it went away."""
        try:
            return self.locks.acquire(session_id)
        except FileNotFoundError:
            paths.ensure_dir(self.sessions_dir)
            return self.locks.acquire(session_id)

    def session_path(self, session_id: str) -> Path:
        """Where a session is saved."""
        return self.sessions_dir / f"{session_id}.toml"

    def save_session(self, session: PracticeSession, abandoned: bool = False) -> Path:
        """Save a session (after every turn). Thread-safe.

        Raises:
            StorageError: when the disk is read-only or full, or another Samtale
                has the session open.
        """
        from samtale_tui.storage.convert import session_record

        with self._lock:
            if self._owned.get(session.id) is not session:
                self._claim(session)
            record = session_record(session, abandoned=abandoned)
            return self.save_record(record)

    def _claim(self, session: PracticeSession) -> None:
        """Make sure a new session's id is not already taken on disk or elsewhere.

        Ids carry a random suffix, but two processes starting in the same
        second could still draw the same one; then this session gets a new id.
        """
        from samtale_tui.practice import new_session_id

        for _ in range(50):
            held_before = self.locks.holds(session.id)
            try:
                acquired = self._acquire(session.id)
            except OSError as exc:
                raise save_failed(exc, self.sessions_dir) from None
            if acquired and not held_before and not self.session_path(session.id).exists():
                self._owned[session.id] = session
                return
            if acquired and not held_before:
                self.locks.release(session.id)
            session.id = new_session_id(session.started)
        raise StorageError("Fant ingen ledig id for økten.")

    def save_record(self, record: SessionRecord) -> Path:
        """Save a session record, holding the session's lock while it is open."""
        with self._lock:
            try:
                if not self._acquire(record.id):
                    raise StorageError(
                        f"Økten {record.id} er åpen i en annen Samtale, og lagres ikke her."
                    )
            except OSError as exc:
                raise save_failed(exc, self.sessions_dir) from None
            path = self._save(self.sessions_dir, record.id, record)
            self._best = None
            if record.finished or record.abandoned:
                self.locks.release(record.id, remove=True)
            return path

    def find_session_id(self, prefix: str) -> str:
        """The full id of the one session whose id starts with ``prefix``.

        Raises:
            StorageError: when none or several match.
        """
        return self._find(self.sessions_dir, prefix, "lagret økt", "økter")

    def find_agreement_id(self, prefix: str) -> str:
        """The full id of the one agreement whose id starts with ``prefix``.

        Raises:
            StorageError: when none or several match.
        """
        return self._find(self.agreements_dir, prefix, "oppfølgingsplan", "planer")

    def _find(self, folder: Path, prefix: str, one: str, many: str) -> str:
        if prefix and (folder / f"{prefix}.toml").exists():
            return prefix
        matches = [p.stem for p in self._files(folder) if prefix and p.stem.startswith(prefix)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise StorageError(f"Fant ingen {one} med id {prefix}.")
        raise StorageError(
            f"Flere {many} begynner med {prefix}: {', '.join(matches[:5])}. Skriv mer av id-en."
        )

    def load_session(self, session_id: str) -> SessionRecord:
        """Load one session.

        Raises:
            StorageError: when there is no such session or its file was bad.
        """
        from samtale_tui.storage.records import SessionRecord

        path = self.session_path(session_id)
        if not path.exists():
            raise StorageError(f"Fant ingen lagret økt med id {session_id}.")
        record = self._load(path, SessionRecord)
        if record is None:
            problems = "; ".join(str(p) for p in self._problems[-1:])
            raise StorageError(f"Økten {session_id} kunne ikke leses. {problems}".strip())
        return record

    def iter_sessions(self) -> Iterator[SessionRecord]:
        """Every readable session, oldest first (bad files are quarantined)."""
        from samtale_tui.storage.records import SessionRecord

        for path in self._files(self.sessions_dir):
            record = self._load(path, SessionRecord)
            if record is not None:
                yield record

    def list_sessions(self) -> list[SessionRow]:
        """Every readable session in brief, newest first.

        Reads a small cache and parses only the session files that changed
        since, so a thousand sessions list quickly.
        """
        from samtale_tui.storage.records import SessionRecord, SessionRow

        with self._lock:
            cached = self._read_cache()
            rows: list[SessionRow] = []
            changed = False
            for name, st in self._scan(self.sessions_dir):
                path = self.sessions_dir / name
                row = cached.get(name)
                if row is not None and row.mtime_ns == st.st_mtime_ns and row.size == st.st_size:
                    rows.append(row)
                    continue
                record = self._load(path, SessionRecord)
                changed = True
                if record is not None:
                    rows.append(SessionRow.of(record, path.name, st.st_mtime_ns, st.st_size))
            if changed or len(rows) != len(cached):
                self._write_cache(rows)
        rows.sort(key=lambda r: (r.started, r.id), reverse=True)
        return rows

    @staticmethod
    def _scan(folder: Path) -> list[tuple[str, os.stat_result]]:
        """The ``*.toml`` files in a folder with their stat, in name order (fast)."""
        found: list[tuple[str, os.stat_result]] = []
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.name.endswith(".toml") and not entry.name.startswith("."):
                        with contextlib.suppress(OSError):
                            found.append((entry.name, entry.stat()))
        except OSError:
            return []
        found.sort(key=lambda item: item[0])
        return found

    def _cache_path(self) -> Path:
        return self.cache_dir / CACHE_FILE

    def _read_cache(self) -> dict[str, SessionRow]:
        from pydantic import ValidationError

        from samtale_tui.storage.records import SessionCache

        try:
            cache = SessionCache.model_validate(read_toml(self._cache_path()))
        except (OSError, ValueError, ValidationError):
            return {}  # derived data: rebuilt from the session files
        return {row.file: row for row in cache.rows}

    def _write_cache(self, rows: list[SessionRow]) -> None:
        from samtale_tui.storage.records import SessionCache

        with contextlib.suppress(OSError):
            paths.ensure_dir(self.cache_dir)
            atomic_write_bytes(self._cache_path(), to_toml(SessionCache(rows=rows)))

    def best_scores(self) -> dict[str, int]:
        """The best score per scenario, over finished sessions with replies."""
        with self._lock:
            if self._best is None:
                fingerprint = self._sessions_fingerprint()
                best: dict[str, int] = {}
                for row in self.list_sessions():
                    if row.finished and row.summary.replies > 0:
                        best[row.scenario_id] = max(best.get(row.scenario_id, 0), row.summary.score)
                self._best = best
                self._write_known_best(fingerprint, best)
            return dict(self._best)

    def known_best_scores(self) -> dict[str, int] | None:
        """The best scores as last worked out, if no session file has changed since.

        Cheap enough for the first screen: one listing of the sessions folder
        and one small JSON file, no session is read. None when out of date.
        """
        try:
            data = json.loads((self.cache_dir / BEST_FILE).read_text(encoding="utf-8"))
            if data["fingerprint"] != self._sessions_fingerprint():
                return None
            return {str(k): int(v) for k, v in data["best"].items()}
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None

    def _sessions_fingerprint(self) -> str:
        """Changes whenever a session file is added, removed or rewritten."""
        scan = self._scan(self.sessions_dir)
        listing = "\n".join(f"{name}:{st.st_size}:{st.st_mtime_ns}" for name, st in scan)
        return f"{len(scan)}:{zlib.crc32(listing.encode('utf-8', errors='replace')):08x}"

    def _write_known_best(self, fingerprint: str, best: dict[str, int]) -> None:
        data = json.dumps({"fingerprint": fingerprint, "best": best}).encode("utf-8")
        with contextlib.suppress(OSError):
            paths.ensure_dir(self.cache_dir)
            atomic_write_bytes(self.cache_dir / BEST_FILE, data)

    def best_score(self, scenario_id: str) -> int | None:
        """The best score in a scenario, or None when it was never finished."""
        return self.best_scores().get(scenario_id)

    def last_session(self) -> SessionRecord | None:
        """The most recently started session, if any."""
        for row in self.list_sessions():
            with contextlib.suppress(StorageError):
                return self.load_session(row.id)
        return None

    def unfinished(self) -> list[SessionRow]:
        """Sessions left unfinished that no running Samtale has open, newest first.

        Only sessions with at least one turn are offered for resumption.
        """
        return [
            row
            for row in self.list_sessions()
            if not row.finished
            and not row.abandoned
            and row.turns > 0
            and self.locks.is_free(row.id)
        ]

    def resume(self, session_id: str, scenario: Scenario) -> PracticeSession:
        """Take up an unfinished session where it stood.

        Raises:
            StorageError: when it is open elsewhere, unreadable, or no longer fits
                its scenario.
        """
        from samtale_tui.storage.convert import practice_session

        with self._lock:
            try:
                acquired = self._acquire(session_id)
            except OSError as exc:
                raise save_failed(exc, self.sessions_dir) from None
            if not acquired:
                raise StorageError(f"Økten {session_id} er åpen i en annen Samtale.")
            try:
                session = practice_session(self.load_session(session_id), scenario)
                self._owned[session_id] = session
                return session
            except StorageError:
                self.locks.release(session_id)
                raise

    def abandon(self, session_id: str) -> None:
        """Mark an unfinished session as not to be offered again (it stays saved).

        Raises:
            StorageError: when it cannot be saved.
        """
        record = self.load_session(session_id)
        self.save_record(record.model_copy(update={"abandoned": True}))

    def release(self, session_id: str) -> None:
        """Close a session in this process (another Samtale may then resume it)."""
        with self._lock:
            self.locks.release(session_id)

    def close(self) -> None:
        """Let go of every session lock (when the app quits)."""
        with self._lock:
            self.locks.release_all()

    # -- agreements ----------------------------------------------------------
    def save_agreement(self, agreement: Agreement) -> Path:
        """Save an agreement (as it is being written).

        Raises:
            StorageError: when the disk is read-only or full.
        """
        with self._lock:
            return self._save(self.agreements_dir, agreement.id, agreement)

    def load_agreement(self, agreement_id: str) -> Agreement:
        """Load one agreement.

        Raises:
            StorageError: when there is none with that id, or its file was bad.
        """
        from samtale_tui.agreement.model import Agreement

        path = self.agreements_dir / f"{agreement_id}.toml"
        if not path.exists():
            raise StorageError(f"Fant ingen oppfølgingsplan med id {agreement_id}.")
        agreement = self._load(path, Agreement)
        if agreement is None:
            raise StorageError(f"Oppfølgingsplanen {agreement_id} kunne ikke leses.")
        return agreement

    def list_agreements(self) -> list[Agreement]:
        """Every readable agreement, most recently changed first."""
        from samtale_tui.agreement.model import Agreement

        items = [a for p in self._files(self.agreements_dir) if (a := self._load(p, Agreement))]
        items.sort(key=lambda a: (a.updated, a.id), reverse=True)
        return items

    def delete_agreement(self, agreement_id: str) -> None:
        """Delete one agreement.

        Raises:
            StorageError: when it cannot be removed.
        """
        try:
            (self.agreements_dir / f"{agreement_id}.toml").unlink(missing_ok=True)
        except OSError as exc:
            raise StorageError(describe_os_error(exc, self.agreements_dir)) from None

    # -- drills --------------------------------------------------------------
    def save_drill(self, result: DrillRecord) -> Path:
        """Save a round of the rewrite drill.

        Raises:
            StorageError: when the disk is read-only or full.
        """
        with self._lock:
            return self._save(self.drills_dir, result.id, result)

    def list_drills(self) -> list[DrillRecord]:
        """Every readable drill round, oldest first."""
        from samtale_tui.storage.records import DrillRecord

        items = [d for p in self._files(self.drills_dir) if (d := self._load(p, DrillRecord))]
        items.sort(key=lambda d: (d.date, d.id))
        return items

    # -- workshops -------------------------------------------------------------
    def save_workshop(self, record: WorkshopRecord) -> Path:
        """Save a team-routines workshop (as its proposals are typed in).

        Raises:
            StorageError: when the disk is read-only or full.
        """
        with self._lock:
            paths.ensure_dir(self.workshops_dir)
            return self._save(self.workshops_dir, record.id, record)

    def list_workshops(self) -> list[WorkshopRecord]:
        """Every readable workshop, oldest first."""
        from samtale_tui.workshop.model import WorkshopRecord

        items = [w for p in self._files(self.workshops_dir) if (w := self._load(p, WorkshopRecord))]
        items.sort(key=lambda w: (w.date, w.id))
        return items

    # -- exports -------------------------------------------------------------
    def export_path(self, name: str) -> Path:
        """A path for an exported file in ``exports/`` (the folder is created)."""
        paths.ensure_dir(self.exports_dir)
        return self.exports_dir / name

    # -- the whole store -----------------------------------------------------
    def describe(self) -> dict[str, int]:
        """How many files of each kind are stored, and their total size in bytes."""
        counts: dict[str, int] = {}
        total = 0
        for name in (
            paths.SESSIONS,
            paths.AGREEMENTS,
            paths.DRILLS,
            paths.WORKSHOPS,
            paths.QUARANTINE,
            paths.EXPORTS,
        ):
            folder = self.root / name
            files = [p for p in folder.glob("*") if p.is_file() and not p.name.startswith(".")]
            if name == paths.SESSIONS:
                files = [p for p in files if p.suffix == ".toml"]
            if name == paths.QUARANTINE:
                files = [p for p in files if not p.name.endswith(".grunn.txt")]
            counts[name] = len(files)
            total += sum(p.stat().st_size for p in files)
        counts["bytes"] = total
        return counts

    def forget(self) -> None:
        """Delete everything Samtale has stored under the data directory.

        Raises:
            StorageError: when something could not be removed.
        """
        with self._lock:
            self.locks.release_all()
            failed: list[str] = []

            def onerror(_func: Callable[..., object], path: str, _exc: object) -> None:
                failed.append(path)

            for name in paths.SUBDIRS:
                folder = self.root / name
                if not folder.exists():
                    continue
                if sys.version_info >= (3, 12):
                    shutil.rmtree(folder, onexc=onerror)
                else:  # pragma: no cover - Python 3.10 and 3.11
                    shutil.rmtree(folder, onerror=onerror)
            with contextlib.suppress(OSError):
                self.root.rmdir()  # only if nothing else is in it
            if failed:
                raise StorageError(
                    "Noe kunne ikke slettes: "
                    + ", ".join(failed[:5])
                    + (" …" if len(failed) > 5 else "")
                )


def now() -> datetime:
    """The current local time (one place, so tests can patch it)."""
    return datetime.now()


__all__ = ["Store", "now"]
