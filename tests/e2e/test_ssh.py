"""Samtale over a real SSH login, as a user whose home directory is read-only.

Starts Debian's OpenSSH server on 127.0.0.1 (``.ci/run`` installs it when
missing), creates a throw-away user whose home is read-only, logs in with
``ssh -t`` in a real terminal at 80x24, and plays a few turns:

1. with ``SAMTALE_DATA_DIR`` pointing to a writable folder: the session is saved
   there, and nothing is written to the home directory;
2. with no writable folder at all: a clear message, guest mode, and the user
   can still practise.

Needs root (to create the user and run sshd); otherwise the tests are skipped
with the reason.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from .tmux import Terminal

SSHD = Path("/usr/sbin/sshd")
SAMTALE = Path(sys.executable).with_name("samtale")
USER = "samtale-e2e"
REPLY = "Takk for at du kom, Maria. Hvordan har du det nå?"
PLACEHOLDER = "Skriv svaret ditt"


def _why_not() -> str | None:
    if os.name != "posix" or os.geteuid() != 0:
        return "needs root to create a user and run sshd"
    if not SSHD.exists():
        return "OpenSSH server is not installed (apt-get install openssh-server)"
    if shutil.which("ssh") is None or shutil.which("ssh-keygen") is None:
        return "OpenSSH client is not installed"
    if shutil.which("tmux") is None:
        return "tmux is not installed"
    if shutil.which("useradd") is None:
        return "useradd is not available"
    if not SAMTALE.exists():
        return f"no installed samtale at {SAMTALE}"
    return None


pytestmark = pytest.mark.skipif(_why_not() is not None, reason=_why_not() or "")


@dataclass
class Server:
    root: Path
    port: int
    home: Path
    key: Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(*args: str) -> None:
    subprocess.run(args, check=True, capture_output=True)


@contextlib.contextmanager
def _traversable(*targets: Path) -> Iterator[None]:
    """Let other users pass through the folders above ``targets`` (search bit only).

    The interpreter often lives under ``/root/.pyenv``, and ``/root`` is 0700;
    the test user needs to run it. The old modes are restored afterwards.
    """
    changed: dict[Path, int] = {}
    for target in targets:
        for folder in Path(os.path.realpath(target)).parents:
            mode = folder.stat().st_mode
            if not mode & 0o001 and folder not in changed:
                changed[folder] = mode
                folder.chmod((mode & 0o7777) | 0o001)
    try:
        yield
    finally:
        for folder, mode in changed.items():
            folder.chmod(mode & 0o7777)


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with _traversable(Path(sys.executable), SAMTALE):
        yield from _server()


def _server() -> Iterator[Server]:
    root = Path(tempfile.mkdtemp(prefix="samtale-ssh-"))
    root.chmod(0o755)
    home = root / "home"
    home.mkdir()
    with contextlib.suppress(subprocess.CalledProcessError):
        _run("userdel", USER)
    _run("useradd", "-M", "-d", str(home), "-s", "/bin/sh", USER)
    _run("usermod", "-p", "*", USER)  # no password, but not locked
    home.chmod(0o555)  # read-only home, owned by root
    try:
        probe = subprocess.run(
            ["su", "-s", "/bin/sh", USER, "-c", f"{SAMTALE} --version"],
            capture_output=True,
            text=True,
            check=False,
        )
        if probe.returncode != 0:
            pytest.skip(f"the test user cannot run {SAMTALE}: {probe.stderr.strip()[:200]}")
        keys = root / "keys"
        keys.mkdir()
        _run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(root / "host_key"))
        _run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(root / "client_key"))
        shutil.copy(root / "client_key.pub", keys / USER)
        (keys / USER).chmod(0o644)
        port = _free_port()
        config = root / "sshd_config"
        config.write_text(
            f"Port {port}\nListenAddress 127.0.0.1\nHostKey {root / 'host_key'}\n"
            f"PidFile {root / 'sshd.pid'}\nAuthorizedKeysFile {keys}/%u\nStrictModes no\n"
            "PasswordAuthentication no\nKbdInteractiveAuthentication no\nUsePAM no\n"
            f"AllowUsers {USER}\nPermitRootLogin no\nX11Forwarding no\nPrintMotd no\n"
            "AcceptEnv LANG LC_*\n",
            encoding="utf-8",
        )
        Path("/run/sshd").mkdir(exist_ok=True)
        process = subprocess.Popen(
            [str(SSHD), "-D", "-f", str(config), "-E", str(root / "sshd.log")],
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        else:
            process.kill()
            pytest.skip("sshd did not start: " + (root / "sshd.log").read_text()[-300:])
        try:
            yield Server(root, port, home, root / "client_key")
        finally:
            process.terminate()
            process.wait(timeout=10)
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            _run("userdel", USER)
        shutil.rmtree(root, ignore_errors=True)


def _ssh(server: Server, remote: str) -> Terminal:
    return Terminal(
        [
            "ssh",
            "-t",
            "-i",
            str(server.key),
            "-p",
            str(server.port),
            "-o",
            "StrictHostKeyChecking=no",
            "-o",
            "UserKnownHostsFile=/dev/null",
            "-o",
            "LogLevel=ERROR",
            f"{USER}@127.0.0.1",
            remote,
        ],
        size=(80, 24),
    )


def _send(term: Terminal, reply: str) -> None:
    term.type(reply)
    term.wait_gone(PLACEHOLDER)
    term.keys("Enter")
    term.wait_for(PLACEHOLDER)


def _home_listing(home: Path) -> list[str]:
    return sorted(str(p.relative_to(home)) for p in home.rglob("*"))


def test_read_only_home_with_writable_data_dir(server: Server) -> None:
    data = server.root / "data"
    data.mkdir()
    uid = pwd.getpwnam(USER).pw_uid
    os.chown(data, uid, -1)
    data.chmod(0o700)
    before = _home_listing(server.home)
    term = _ssh(
        server, f"cd /tmp && SAMTALE_DATA_DIR={data} TERM=xterm-256color {SAMTALE} play maria"
    )
    try:
        term.wait_for("Coach", timeout=30)
        term.keys("1")
        term.wait_for("sykmeldingen")
        _send(term, REPLY)
        _send(term, "Så det du sier er at anfallene tar mer enn én dag. Det høres tungt ut.")
        term.keys("C-q")
        time.sleep(1.0)
    finally:
        term.close()
    sessions = list((data / "sessions").glob("*.toml"))
    assert len(sessions) == 1, sorted(p.name for p in data.rglob("*"))
    stat = sessions[0].stat()
    assert stat.st_uid == uid and (stat.st_mode & 0o777) == 0o600
    assert "Hvordan har du det nå" in sessions[0].read_text(encoding="utf-8")
    assert _home_listing(server.home) == before


def test_no_writable_folder_gives_guest_mode(server: Server) -> None:
    before = _home_listing(server.home)
    term = _ssh(server, f"cd /tmp && TERM=xterm-256color {SAMTALE} play maria")
    try:
        screen = term.wait_for("Coach", timeout=30)
        screen = term.wait_for("gjest", timeout=10) if "gjest" not in screen.lower() else screen
        term.keys("1")
        term.wait_for("sykmeldingen")
        _send(term, REPLY)
        screen = term.screen()
        assert "Maria" in screen
        term.keys("C-q")
    finally:
        term.close()
    assert _home_listing(server.home) == before
