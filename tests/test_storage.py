"""The store: round trips, atomic writes, permissions, quarantine, locks, resumption."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samtale_tui.practice import PracticeSession
from samtale_tui.scenarios.model import Scenario
from samtale_tui.storage import NullStore, StorageError, Store, open_store
from samtale_tui.storage.convert import practice_session, session_record
from samtale_tui.storage.files import atomic_write_bytes
from samtale_tui.storage.records import DrillItem, DrillRecord, SessionRecord

MINI = Path(__file__).parent / "fixtures" / "mini.toml"
NOW = datetime(2026, 11, 25, 14, 0, 0)


def played(mini: Scenario, replies: list[str | None]) -> PracticeSession:
    session = PracticeSession.start(mini, "coach", NOW)
    session.conversation.replay(replies)
    return session


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "data")


def test_round_trip_save_load_equal(store: Store, mini: Scenario) -> None:
    session = played(mini, ["Hvordan har du det nå for tiden?", None])
    session.checklist = ["helse", "arbeidstid"]
    session.job_wheel = {"oppgaver": 3, "ledelse": 6}
    store.save_session(session)
    loaded = store.load_session(session.id)
    assert loaded == session_record(session)
    assert loaded.checklist == ["helse", "arbeidstid"]
    assert loaded.job_wheel == {"oppgaver": 3, "ledelse": 6}
    assert loaded.turns[1].silence


def test_resume_restores_exact_state_and_undo(store: Store, mini: Scenario) -> None:
    session = played(mini, ["Hvorfor har du vært borte så lenge?"])
    session.conversation.undo()
    session.conversation.reply("Hvordan har du det nå for tiden?")
    store.save_session(session)
    store.release(session.id)
    resumed = store.resume(session.id, mini)
    assert resumed.conversation.state == session.conversation.state
    assert [t.reply for t in resumed.conversation.turns] == [
        t.reply for t in session.conversation.turns
    ]
    assert len(resumed.conversation.undone) == 1
    assert resumed.conversation.undo() is not None
    assert resumed.conversation.state.node == mini.start
    assert session_record(resumed).turns == []


def test_permission_bits(tmp_path: Path, mini: Scenario) -> None:
    root = tmp_path / "a" / "b" / "data"
    store = Store.open(root)
    path = store.save_session(played(mini, ["Hei"]))
    for folder in (tmp_path / "a", root, store.sessions_dir, store.quarantine_dir):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_write_killed_halfway_leaves_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "x.toml"
    atomic_write_bytes(target, b'a = "first"\n')
    code = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from samtale_tui.storage import files
        def die(fd):
            os.kill(os.getpid(), signal.SIGKILL)
        files.os.fsync = die
        files.atomic_write_bytes(Path({str(target)!r}), b'a = "second, much longer"\\n' * 1000)
        """
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True)
    assert proc.returncode == -9
    assert target.read_bytes() == b'a = "first"\n'
    leftovers = [p for p in tmp_path.iterdir() if p.name != "x.toml"]
    assert leftovers, "the killed write left its temporary file"
    assert all(p.name.startswith(".") and p.name.endswith(".tmp") for p in leftovers)


def test_quarantine_of_corrupt_and_invalid_files(store: Store, mini: Scenario) -> None:
    good = played(mini, ["Hei"])
    store.save_session(good)
    bad_toml = store.sessions_dir / "20260101-000000-aaaa.toml"
    bad_toml.write_text("this is = = not toml", encoding="utf-8")
    invalid = store.sessions_dir / "20260101-000000-bbbb.toml"
    invalid.write_text('schema_version = 1\nid = "x"\n', encoding="utf-8")
    bad_utf8 = store.agreements_dir / "plan.toml"
    bad_utf8.write_bytes(b"employee = '\xff\xfe'\n")
    # something already in quarantine with the same name is never overwritten
    (store.quarantine_dir / bad_toml.name).write_text("older", encoding="utf-8")

    rows = store.list_sessions()
    assert [r.id for r in rows] == [good.id]
    assert store.list_agreements() == []
    problems = store.take_problems()
    assert len(problems) == 3
    assert not bad_toml.exists() and not invalid.exists() and not bad_utf8.exists()
    assert (store.quarantine_dir / bad_toml.name).read_text(encoding="utf-8") == "older"
    moved = {p.original: p for p in problems}
    assert moved[bad_toml].path.read_text(encoding="utf-8") == "this is = = not toml"
    assert "TOML" in moved[bad_toml].reason
    assert "ugyldig" in moved[invalid].reason
    assert "UTF-8" in moved[bad_utf8].reason
    assert str(moved[invalid].path) in str(moved[invalid])
    # reported once
    store.list_sessions()
    assert store.take_problems() == []


def test_newer_schema_is_skipped_not_quarantined(store: Store) -> None:
    newer = store.drills_dir / "future.toml"
    newer.write_text('schema_version = 99\nid = "future"\n', encoding="utf-8")
    assert store.list_drills() == []
    assert newer.exists()
    assert "nyere versjon" in str(store.take_problems()[0])


@pytest.mark.parametrize(
    ("code", "words"), [(errno.EROFS, "skrivebeskyttet"), (errno.ENOSPC, "disken er full")]
)
def test_read_only_or_full_disk_gives_clear_message(
    store: Store, mini: Scenario, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    session = played(mini, ["Hei"])

    def fail(*_args: object, **_kw: object) -> int:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr("samtale_tui.storage.files.os.open", fail)
    with pytest.raises(StorageError) as info:
        store.save_session(session)
    message = str(info.value)
    assert words in message and "minnet" in message
    assert session.conversation.turns  # the session stays in memory


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_directory(tmp_path: Path, mini: Scenario) -> None:
    store = Store.open(tmp_path / "data")
    store.sessions_dir.chmod(0o500)
    try:
        with pytest.raises(StorageError, match="skrivebeskyttet"):
            store.save_session(played(mini, ["Hei"]))
    finally:
        store.sessions_dir.chmod(0o700)


def test_unwritable_data_dir_falls_back_to_guest(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    store, message = open_store(blocker / "data")
    assert isinstance(store, NullStore)
    assert message and "gjestemodus" in message


def test_no_save_opens_guest_store_and_creates_nothing(tmp_path: Path) -> None:
    store, message = open_store(tmp_path / "data", save=False)
    assert isinstance(store, NullStore) and message is None
    assert not (tmp_path / "data").exists()


WRITER = """
import sys
from datetime import datetime
from pathlib import Path
from samtale_tui.practice import PracticeSession
from samtale_tui.scenarios import load_scenario
from samtale_tui.storage import Store
store = Store.open(Path(sys.argv[1]))
scenario = load_scenario(Path(sys.argv[2]))
for i in range(15):
    session = PracticeSession.start(scenario, "coach", datetime(2026, 11, 25, 14, 0, 0))
    session.conversation.reply("Hvordan har du det nå for tiden? " + sys.argv[3])
    store.save_session(session)
    session.conversation.reply("Skal vi avtale et nytt møte neste uke?")
    store.save_session(session)
"""


def test_two_writers_at_once_never_overwrite(tmp_path: Path) -> None:
    root = tmp_path / "data"
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(root), str(MINI), name])
        for name in ("A", "B")
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    store = Store.open(root)
    rows = store.list_sessions()
    assert len(rows) == 30  # same second, same scenario: still 30 distinct files
    replies = [store.load_session(r.id).turns[0].reply[-1] for r in rows]
    assert sorted(replies) == ["A"] * 15 + ["B"] * 15
    assert store.take_problems() == []


CRASHER = """
import os, signal, sys
from datetime import datetime
from pathlib import Path
from samtale_tui.practice import PracticeSession
from samtale_tui.scenarios import load_scenario
from samtale_tui.storage import Store
store = Store.open(Path(sys.argv[1]))
session = PracticeSession.start(load_scenario(Path(sys.argv[2])), "coach", datetime(2026, 11, 25))
session.conversation.reply("Hvordan har du det nå for tiden?")
store.save_session(session)
print(session.id, flush=True)
if sys.argv[3] == "crash":
    os.kill(os.getpid(), signal.SIGKILL)
sys.stdin.readline()  # stay alive, holding the session open
"""


def test_resumption_after_crash(tmp_path: Path, mini: Scenario) -> None:
    root = tmp_path / "data"
    proc = subprocess.run(
        [sys.executable, "-c", CRASHER, str(root), str(MINI), "crash"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == -9
    session_id = proc.stdout.strip()
    store = Store.open(root)
    assert [r.id for r in store.unfinished()] == [session_id]
    resumed = store.resume(session_id, mini)
    assert len(resumed.conversation.turns) == 1
    assert store.unfinished() == []  # this process has it open now
    resumed.conversation.reply("Så du savner fellesskapet. Skal vi avtale et nytt møte neste uke?")
    store.save_session(resumed)
    assert len(store.load_session(session_id).turns) == 2


def test_session_open_in_another_process_is_not_offered(tmp_path: Path, mini: Scenario) -> None:
    root = tmp_path / "data"
    proc = subprocess.Popen(
        [sys.executable, "-c", CRASHER, str(root), str(MINI), "stay"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        session_id = proc.stdout.readline().strip()
        store = Store.open(root)
        assert [r.id for r in store.list_sessions()] == [session_id]
        assert store.unfinished() == []
        with pytest.raises(StorageError, match="annen Samtale"):
            store.resume(session_id, mini)
    finally:
        proc.communicate("\n", timeout=60)
    assert [r.id for r in store.unfinished()] == [session_id]


def test_a_taken_id_is_never_overwritten(store: Store, mini: Scenario) -> None:
    first = played(mini, ["Hei"])
    store.save_session(first)
    twin = played(mini, ["Hvordan har du det nå for tiden?"])
    twin.id = first.id  # as if another process drew the same random suffix
    store.save_session(twin)
    assert twin.id != first.id
    assert store.load_session(first.id).turns[0].reply == "Hei"
    assert store.load_session(twin.id).turns[0].reply.startswith("Hvordan")


def test_finished_and_abandoned_sessions_are_not_offered(store: Store, mini: Scenario) -> None:
    done = played(mini, ["Hvordan har du det nå for tiden?"])
    done.conversation.finish()
    store.save_session(done)
    left = played(mini, ["Hei"])
    store.save_session(left)
    store.release(left.id)
    assert [r.id for r in store.unfinished()] == [left.id]
    store.abandon(left.id)
    assert store.unfinished() == []
    assert len(store.list_sessions()) == 2


def test_best_score_per_scenario(store: Store, mini: Scenario) -> None:
    assert store.best_score("mini") is None
    session = played(mini, ["Hvordan har du det nå for tiden?"])
    store.save_session(session)
    assert store.best_score("mini") is None  # not finished yet
    session.conversation.finish()
    store.save_session(session)
    assert store.best_score("mini") == store.list_sessions()[0].summary.score


def test_known_best_scores_only_while_no_session_changed(
    store: Store, mini: Scenario, tmp_path: Path
) -> None:
    """The home screen's quick answer: the last worked-out best scores, or None."""
    assert store.known_best_scores() is None  # never worked out
    assert store.best_scores() == {}
    assert store.known_best_scores() == {}
    session = played(mini, ["Hvordan har du det nå for tiden?"])
    session.conversation.finish()
    store.save_session(session)
    assert store.known_best_scores() is None  # a session was saved since
    best = store.best_scores()
    assert best == {"mini": store.list_sessions()[0].summary.score}
    reopened = Store.open(tmp_path / "data")
    assert reopened.known_best_scores() == best
    (tmp_path / "data" / "sessions" / "x.toml").write_text("ødelagt", encoding="utf-8")
    assert reopened.known_best_scores() is None  # any change to the folder
    (store.cache_dir / "best.json").write_text("[1, 2]", encoding="utf-8")
    assert store.known_best_scores() is None  # corrupt: worked out again


def test_listing_cache_follows_changed_files(store: Store, mini: Scenario) -> None:
    session = played(mini, ["Hei"])
    store.save_session(session)
    assert store.list_sessions()[0].turns == 1
    session.conversation.reply("Hvordan har du det nå for tiden?")
    store.save_session(session)
    assert store.list_sessions()[0].turns == 2
    store.session_path(session.id).unlink()
    assert store.list_sessions() == []


def test_resume_refuses_a_changed_scenario(store: Store, mini: Scenario) -> None:
    session = played(mini, ["Hei"])
    record = session_record(session).model_copy(
        update={"state": session_record(session).state.model_copy(update={"node": "borte"})}
    )
    with pytest.raises(StorageError, match="endret"):
        practice_session(record, mini)


def test_drills_round_trip(store: Store) -> None:
    drill = DrillRecord(
        id="drill-1",
        date=NOW,
        items=[
            DrillItem(
                prompt="Hvorfor kom du for sent?",
                kind="why",
                rewrite="Hva skjedde?",
                score=80,
                ok=True,
            )
        ],
        score=80,
    )
    store.save_drill(drill)
    assert store.list_drills() == [drill]
    assert drill.passed == 1


def test_surrogates_in_replies_never_break_saving(store: Store, mini: Scenario) -> None:
    session = played(mini, ["Hei \udcff der"])
    store.save_session(session)
    assert store.load_session(session.id).turns[0].reply.startswith("Hei ")


def test_forget_removes_everything(store: Store, mini: Scenario) -> None:
    store.save_session(played(mini, ["Hei"]))
    store.forget()
    assert not store.root.exists()


def test_load_missing_session_is_a_storage_error(store: Store) -> None:
    with pytest.raises(StorageError, match="Fant ingen"):
        store.load_session("20990101-000000-0000")


def test_session_record_is_valid_toml_model(store: Store, mini: Scenario) -> None:
    session = played(mini, ["Hvordan har du det?"])
    path = store.save_session(session)
    from samtale_tui.tomlcompat import tomllib

    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == 1
    assert SessionRecord.model_validate(data).id == session.id


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_corrupted_session_files_are_always_quarantined(
    tmp_path_factory: pytest.TempPathFactory, mini: Scenario, data: st.DataObject
) -> None:
    store = Store.open(tmp_path_factory.mktemp("fuzz") / "data")
    keep = played(mini, ["Hvordan har du det nå for tiden?"])
    store.save_session(keep)
    victim = played(mini, ["Hei", None])
    path = store.save_session(victim)
    raw = bytearray(path.read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(raw) - 1))
        action = data.draw(st.sampled_from(["flip", "cut", "insert"]))
        if action == "flip":
            raw[at] = data.draw(st.integers(0, 255))
        elif action == "cut":
            del raw[at:]
            if not raw:
                break
        else:
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=8))
    path.write_bytes(bytes(raw))
    rows = store.list_sessions()  # never raises
    ids = {r.id for r in rows}
    assert keep.id in ids
    problems = store.take_problems()
    if victim.id not in ids:
        assert len(problems) == 1 and problems[0].path.exists()
        assert problems[0].path.read_bytes() == bytes(raw)  # set aside untouched


def test_storage_modules_do_not_import_textual() -> None:
    code = (
        "import sys\n"
        "import samtale_tui.paths, samtale_tui.storage, samtale_tui.export, samtale_tui.progress\n"
        "import samtale_tui.agreement, samtale_tui.storage.headless\n"
        "import samtale_tui.commands.data, samtale_tui.commands.export\n"
        "import samtale_tui.commands.progress, samtale_tui.commands.forget\n"
        "print(','.join(m for m in sys.modules if m.split('.')[0] == 'textual'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_saving_after_forget_in_another_window_makes_the_folders_again(
    store: Store, mini: Scenario
) -> None:
    session = played(mini, ["Hei"])
    store.save_session(session)
    Store(store.root).forget()  # as if another Samtale ran «samtale forget»
    session.conversation.reply("Hvordan har du det nå for tiden?")
    store.save_session(session)
    assert len(store.load_session(session.id).turns) == 2
    fresh = played(mini, ["Hei"])
    store.save_session(fresh)
    assert {r.id for r in store.list_sessions()} == {session.id, fresh.id}


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    replies=st.lists(
        st.one_of(
            st.none(),
            st.sampled_from(
                [
                    "Hvordan har du det nå for tiden?",
                    "Hvorfor har du vært borte så lenge?",
                    "Så du savner fellesskapet. Skal vi avtale et nytt møte neste uke?",
                ]
            ),
            st.text(max_size=40),
        ),
        max_size=8,
    ),
    undo=st.booleans(),
)
def test_any_session_round_trips(
    tmp_path_factory: pytest.TempPathFactory,
    mini: Scenario,
    replies: list[str | None],
    undo: bool,
) -> None:
    store = Store.open(tmp_path_factory.mktemp("rt") / "data")
    session = played(mini, replies)
    if undo:
        session.conversation.undo()
    store.save_session(session)
    record = store.load_session(session.id)
    assert record == session_record(session)
    store.release(session.id)
    if not record.finished:
        again = store.resume(session.id, mini)
        assert session_record(again) == record


def test_move_aside_never_overwrites(tmp_path: Path) -> None:
    from samtale_tui.storage.store import _move_aside

    folder = tmp_path / "q"
    folder.mkdir()
    (folder / "a.toml").write_text("old", encoding="utf-8")
    (folder / "a.1.toml").write_text("older", encoding="utf-8")
    bad = tmp_path / "a.toml"
    bad.write_text("new", encoding="utf-8")
    target = _move_aside(bad, folder)
    assert target == folder / "a.2.toml" and target.read_text(encoding="utf-8") == "new"
    assert (folder / "a.toml").read_text(encoding="utf-8") == "old"
    assert not bad.exists()
    assert _move_aside(bad, folder) is None  # already gone: another process took it
