"""Drive a real terminal program in tmux: type, press keys, read the screen."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import time
import uuid
from collections.abc import Mapping
from pathlib import Path


class TmuxUnavailable(RuntimeError):
    """tmux is not installed."""


class Terminal:
    """One program running in its own tmux server at a fixed size.

    Args:
        command: the command line to run.
        size: (columns, rows).
        env: extra environment variables for the program.
        cwd: the working directory.
    """

    def __init__(
        self,
        command: list[str],
        size: tuple[int, int] = (80, 24),
        env: Mapping[str, str] | None = None,
        cwd: Path | None = None,
    ) -> None:
        if shutil.which("tmux") is None:
            raise TmuxUnavailable("tmux is not installed (apt-get install tmux)")
        self.socket = f"samtale-e2e-{uuid.uuid4().hex[:8]}"
        self.session = "e2e"
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in (env or {}).items())
        line = f"env {exports} {shlex.join(command)}" if exports else shlex.join(command)
        # Keep the pane after the program exits, so its last screen can be read.
        self._tmux(
            "new-session",
            "-d",
            "-s",
            self.session,
            "-x",
            str(size[0]),
            "-y",
            str(size[1]),
            *(["-c", str(cwd)] if cwd else []),
            line,
        )
        self._tmux("set-option", "-t", self.session, "remain-on-exit", "on")

    def _tmux(self, *args: str) -> str:
        env = dict(os.environ)
        env.pop("TMUX", None)
        env.setdefault("TERM", "xterm-256color")
        out = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, env=env, check=False
        )
        if out.returncode != 0 and args[0] not in {"kill-server"}:
            raise RuntimeError(f"tmux {args[0]} failed: {out.stderr.strip()}")
        return out.stdout

    def screen(self) -> str:
        """The visible screen as text."""
        return self._tmux("capture-pane", "-p", "-t", self.session)

    def keys(self, *names: str) -> None:
        """Press tmux key names (Enter, Escape, C-s, F1, ...)."""
        for name in names:
            self._tmux("send-keys", "-t", self.session, name)
            time.sleep(0.05)

    def type(self, text: str) -> None:
        """Type text literally."""
        self._tmux("send-keys", "-t", self.session, "-l", text)
        time.sleep(0.05)

    def wait_for(self, text: str, timeout: float = 20.0) -> str:
        """Wait until ``text`` is on the screen; return the screen."""
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} did not appear within {timeout} s. Screen:\n{screen}")

    def wait_gone(self, text: str, timeout: float = 20.0) -> str:
        """Wait until ``text`` is no longer on the screen."""
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text not in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} was still on the screen after {timeout} s:\n{screen}")

    def resize(self, columns: int, rows: int) -> None:
        """Resize the terminal."""
        self._tmux("resize-window", "-t", self.session, "-x", str(columns), "-y", str(rows))

    def exited(self) -> bool:
        """True once the program has exited."""
        return (
            self._tmux("display-message", "-p", "-t", self.session, "#{pane_dead}").strip() == "1"
        )

    def pid(self) -> int:
        """The program's process id."""
        return int(self._tmux("display-message", "-p", "-t", self.session, "#{pane_pid}").strip())

    def close(self) -> None:
        """Kill the program and its tmux server."""
        self._tmux("kill-server")
