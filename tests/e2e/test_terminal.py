"""The installed ``samtale`` in a real terminal (tmux): play to the debrief, export.

These tests start the console script that ``pip install`` put beside the
running Python, press keys like a person, and read the screen and the files.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from .tmux import Terminal

SAMTALE = Path(sys.executable).with_name("samtale")
REPLIES = [
    "Takk for at du kom, Maria. Jeg har spurt deg mye om papirer i det siste, "
    "og det tror jeg ikke har vært bra for oss. Hvordan har du det nå?",
    "Så det du sier er at et anfall tar mer enn selve dagen. Det høres tungt ut. "
    "Hva er det som gjør det verre på jobb?",
    "Hvorfor sa du ikke fra tidligere?",
]

pytestmark = [
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
    pytest.mark.skipif(not SAMTALE.exists(), reason=f"no installed samtale at {SAMTALE}"),
]


PLACEHOLDER = "Skriv svaret ditt"


def send(term: Terminal, reply: str) -> None:
    """Type a reply, send it, and wait until the reply box is empty again."""
    term.type(reply)
    term.wait_gone(PLACEHOLDER)
    term.keys("Enter")
    term.wait_for(PLACEHOLDER)


def start(data: Path, *args: str, size=(80, 24), no_color: bool = False) -> Terminal:
    env = {"SAMTALE_DATA_DIR": str(data), "TERM": "xterm-256color", "HOME": str(data.parent)}
    if no_color:
        env["NO_COLOR"] = "1"
    return Terminal([str(SAMTALE), *args], size=size, env=env, cwd=data.parent)


@pytest.mark.parametrize("no_color", [False, True], ids=["colour", "no-colour"])
def test_play_to_debrief_and_export(tmp_path: Path, no_color: bool) -> None:
    data = tmp_path / "data"
    term = start(data, "play", "maria", no_color=no_color)
    try:
        term.wait_for("Coach")
        term.keys("1")
        term.wait_for("sykmeldingen")
        for reply in REPLIES:
            send(term, reply)
        screen = term.wait_for("Hvorfor-spørsmål")  # the per-turn note in coach mode
        assert "Maria" in screen
        term.keys("C-s")
        screen = term.wait_for("Oppsummering")
        term.keys("e")
        screen = term.wait_for(".md", timeout=20)
        term.keys("C-q")
        deadline_screen = term.screen()
        assert "Traceback" not in deadline_screen
    finally:
        term.close()
    sessions = list((data / "sessions").glob("*.toml"))
    assert len(sessions) == 1, sessions
    assert oct(sessions[0].stat().st_mode & 0o777) == oct(0o600)
    exports = list((data / "exports").glob("*.md"))
    assert len(exports) == 1, exports
    text = exports[0].read_text(encoding="utf-8")
    assert "Maria" in text and "Hvorfor sa du ikke fra tidligere" in text
    assert oct(exports[0].stat().st_mode & 0o777) == oct(0o600)
    assert not (tmp_path / ".local").exists(), "nothing may be written outside the data dir"


def test_resize_to_tiny_and_back_keeps_the_conversation(tmp_path: Path) -> None:
    data = tmp_path / "data"
    term = start(data, "play", "maria")
    try:
        term.wait_for("Coach")
        term.keys("1")
        term.wait_for("sykmeldingen")
        send(term, REPLIES[0])
        term.resize(40, 12)
        term.wait_for("større")
        term.resize(80, 24)
        screen = term.wait_gone("større")
        assert "Maria" in screen
        send(term, REPLIES[1])
        term.keys("C-q")
    finally:
        term.close()
    session = next((data / "sessions").glob("*.toml")).read_text(encoding="utf-8")
    assert "anfall tar mer enn selve dagen" in session


def test_kill_minus_nine_loses_no_completed_turn(tmp_path: Path) -> None:
    data = tmp_path / "data"
    term = start(data, "play", "maria")
    try:
        term.wait_for("Coach")
        term.keys("1")
        term.wait_for("sykmeldingen")
        for reply in REPLIES[:2]:
            send(term, reply)
        import time

        time.sleep(1.0)  # the save runs in a worker right after the turn
        os.kill(term.pid(), 9)
    finally:
        term.close()
    term = start(data)
    try:
        screen = term.wait_for("Maria", timeout=20)
        assert "Fortsett" in screen or "fortsette" in screen.lower(), screen
        term.keys("Enter")
        screen = term.wait_for("anfall tar mer enn selve dagen")
        term.keys("C-q")
    finally:
        term.close()
