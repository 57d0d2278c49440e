"""The storage commands: play --script saves, data, export, progress, forget, --no-save."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from samtale_tui.cli import main
from samtale_tui.storage import Store

MINI = Path(__file__).parent / "fixtures" / "mini.toml"


@pytest.fixture
def script(tmp_path: Path) -> Path:
    path = tmp_path / "script.txt"
    path.write_text(
        "Hvordan har du det nå for tiden?\n/pause\n# a comment\n`kode` | <b>fet</b> #\n",
        encoding="utf-8",
    )
    return path


def files_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_play_script_saves_each_turn_and_export_reads_it(
    tmp_path: Path, script: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "data"
    assert main(["--data-dir", str(root), "play", str(MINI), "--script", str(script)]) == 0
    err = capsys.readouterr().err
    assert "lagret som" in err
    store = Store(root)
    rows = store.list_sessions()
    assert len(rows) == 1 and rows[0].turns == 3 and rows[0].finished
    path = store.session_path(rows[0].id)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600

    assert main(["--data-dir", str(root), "export", "--last"]) == 0
    out = capsys.readouterr().out
    tokens = MarkdownIt("commonmark").parse(out)
    assert tokens[0].tag == "h1"
    assert "<b>" not in MarkdownIt("commonmark").render(out)

    out_file = tmp_path / "økt.md"
    assert main(["--data-dir", str(root), "export", rows[0].id, "-o", str(out_file)]) == 0
    assert out_file.read_text(encoding="utf-8") == out
    assert str(out_file) in capsys.readouterr().err


def test_no_save_writes_nothing(
    tmp_path: Path, script: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "data"
    assert (
        main(["--data-dir", str(root), "--no-save", "play", str(MINI), "--script", str(script)])
        == 0
    )
    assert main(["--data-dir", str(root), "--no-save", "data"]) == 0
    assert main(["--data-dir", str(root), "--no-save", "progress", "--json"]) == 0
    assert "Gjestemodus" in capsys.readouterr().out
    assert not root.exists()


def test_env_var_decides_the_data_dir(
    tmp_path: Path,
    script: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = tmp_path / "fra-miljø"
    monkeypatch.setenv("SAMTALE_DATA_DIR", str(root))
    assert main(["play", str(MINI), "--script", str(script)]) == 0
    assert len(Store(root).list_sessions()) == 1
    assert main(["data"]) == 0
    out = capsys.readouterr().out
    assert str(root) in out and "1 økter" in out


def test_data_dir_option_beats_env_var(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SAMTALE_DATA_DIR", str(tmp_path / "env"))
    assert main(["--data-dir", str(tmp_path / "opt"), "data"]) == 0
    out = capsys.readouterr().out
    assert str(tmp_path / "opt") in out and "--data-dir" in out
    assert "Ingenting er lagret" in out


def test_unwritable_data_dir_plays_in_guest_mode_with_a_clear_message(
    tmp_path: Path, script: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "fil"
    blocker.write_text("", encoding="utf-8")
    code = main(["--data-dir", str(blocker / "data"), "play", str(MINI), "--script", str(script)])
    captured = capsys.readouterr()
    assert code == 0
    assert "gjestemodus" in captured.err and "Traceback" not in captured.err
    assert "Kari" in captured.out


def test_progress_json_and_text(
    tmp_path: Path, script: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "data"
    for _ in range(2):
        main(["--data-dir", str(root), "play", str(MINI), "--script", str(script)])
    capsys.readouterr()
    assert main(["--data-dir", str(root), "progress", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sessions"] == 2 and data["counted"] == 2
    assert data["scenarios"][0]["attempts"] == 2
    assert {s["id"] for s in data["skills"]} >= {"open_share", "why_questions", "drill"}
    assert main(["--data-dir", str(root), "progress"]) == 0
    text = capsys.readouterr().out
    assert "Åpne spørsmål" in text and "Mini" in text


def test_export_errors_are_clear(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "data"
    assert main(["--data-dir", str(root), "export"]) == 1
    assert "ingen lagrede økter" in capsys.readouterr().err
    Store.open(root)
    assert main(["--data-dir", str(root), "export", "finnes-ikke"]) == 1
    assert "Fant ingen" in capsys.readouterr().err
    assert main(["--data-dir", str(root), "export", "--agreement", "x", "--last"]) == 2


def test_corrupt_file_is_reported_once_on_the_cli(
    tmp_path: Path, script: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "data"
    main(["--data-dir", str(root), "play", str(MINI), "--script", str(script)])
    (root / "sessions" / "20200101-000000-dead.toml").write_text("[[[", encoding="utf-8")
    capsys.readouterr()
    assert main(["--data-dir", str(root), "progress"]) == 0
    err = capsys.readouterr().err
    assert "20200101-000000-dead.toml" in err and "quarantine" in err
    assert main(["--data-dir", str(root), "progress"]) == 0
    assert capsys.readouterr().err == ""
    assert (root / "quarantine" / "20200101-000000-dead.toml").exists()


def test_forget(
    tmp_path: Path,
    script: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = tmp_path / "data"
    main(["--data-dir", str(root), "play", str(MINI), "--script", str(script)])
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    assert main(["--data-dir", str(root), "forget"]) == 2
    assert root.exists()
    assert main(["--data-dir", str(root), "forget", "--yes"]) == 0
    assert not root.exists()
    assert main(["--data-dir", str(root), "forget", "--yes"]) == 0
    assert "Ingenting å slette" in capsys.readouterr().out


def test_forget_asks_first(tmp_path: Path, script: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "data"
    main(["--data-dir", str(root), "play", str(MINI), "--script", str(script)])
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", lambda _prompt: "nei")
    assert main(["--data-dir", str(root), "forget"]) == 1
    assert root.exists()
    monkeypatch.setattr("builtins.input", lambda _prompt: "ja")
    assert main(["--data-dir", str(root), "forget"]) == 0
    assert not root.exists()


def test_headless_storage_commands_do_not_import_textual(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from samtale_tui.cli import main\n"
        f"main(['--data-dir', {str(tmp_path)!r}, 'play', {str(MINI)!r}, '--script', '-'])\n"
        f"main(['--data-dir', {str(tmp_path)!r}, 'progress'])\n"
        f"main(['--data-dir', {str(tmp_path)!r}, 'export'])\n"
        f"main(['--data-dir', {str(tmp_path)!r}, 'data'])\n"
        "assert not any(m.startswith('textual') for m in sys.modules), 'textual imported'\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], input="Hei\n", capture_output=True, text=True, env=os.environ
    )
    assert proc.returncode == 0, proc.stderr


def test_export_by_id_prefix_and_agreement(
    tmp_path: Path, script: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import datetime

    from samtale_tui.agreement import new_agreement

    root = tmp_path / "data"
    main(["--data-dir", str(root), "play", str(MINI), "--script", str(script)])
    store = Store(root)
    session_id = store.list_sessions()[0].id
    plan = new_agreement(datetime(2026, 11, 25)).model_copy(update={"employee": "Kari # | <b>"})
    store.save_agreement(plan)
    capsys.readouterr()
    assert main(["--data-dir", str(root), "export", session_id[:-2]]) == 0
    assert capsys.readouterr().out.startswith("# Samtale:")
    assert main(["--data-dir", str(root), "export", "--agreement", plan.id]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Oppfølgingsplan") and "Kari \\# \\| \\<b\\>" in out
    assert main(["--data-dir", str(root), "data"]) == 0
    assert plan.id in capsys.readouterr().out
    main(["--data-dir", str(root), "play", str(MINI), "--script", str(script)])
    capsys.readouterr()
    assert main(["--data-dir", str(root), "export", "20"]) == 1  # a prefix of both ids
    assert "Flere økter" in capsys.readouterr().err


def test_global_options_also_after_the_command(
    tmp_path: Path, script: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "data"
    assert main(["play", str(MINI), "--script", str(script), "--data-dir", str(root)]) == 0
    assert main(["progress", "--json", "--data-dir", str(root)]) == 0
    capsys.readouterr()
    assert main(["export", "--last", "--data-dir", str(root), "--no-save"]) == 2
    assert main(["data", "--data-dir", str(root)]) == 0
    assert "1 økter" in capsys.readouterr().out
