"""What a slow SSH link must carry, and how much memory the app needs.

Runs the installed ``samtale`` in a real pseudo-terminal at 80x24 and prints:

* peak memory (VmHWM) of Samtale at the home screen, beside an empty Textual
  app measured the same way;
* bytes written to the terminal per keystroke while typing a reply in the
  conversation screen, in coach mode (the hint line follows the typing) and in
  realistic mode.

Usage: ``python benchmarks/terminal.py [--json]``. Linux only (reads /proc).
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import pty
import select
import statistics
import struct
import sys
import tempfile
import termios
import time
from pathlib import Path

SAMTALE = str(Path(sys.executable).with_name("samtale"))
EMPTY_APP = (
    "from textual.app import App\n"
    "from textual.widgets import Footer, Header, Static\n"
    "class Empty(App):\n"
    "    def compose(self):\n"
    "        yield Header(); yield Static('Hei'); yield Footer()\n"
    "Empty().run()\n"
)
REPLY = "Hva tenker du selv om hvordan arbeidsdagen kunne sett ut"


class Pty:
    """A program in a pseudo-terminal of a fixed size."""

    def __init__(self, argv: list[str], env: dict[str, str], size: tuple[int, int] = (80, 24)):
        pid, fd = pty.fork()
        if pid == 0:  # the child
            os.execve(argv[0], argv, env)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
        self.screen = b""

    def read_until_quiet(self, quiet: float = 0.3, limit: float = 20.0) -> int:
        """Read until nothing arrives for ``quiet`` seconds; return the bytes read."""
        total = 0
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.fd], [], [], quiet)
            if not ready:
                break
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                break
            total += len(chunk)
            self.screen = (self.screen + chunk)[-200_000:]
        return total

    def wait_for(self, text: str, limit: float = 20.0) -> None:
        deadline = time.monotonic() + limit
        needle = text.encode()
        while needle not in self.screen and time.monotonic() < deadline:
            self.read_until_quiet(0.1, 1.0)
        if needle not in self.screen:
            raise RuntimeError(f"{text!r} never appeared")

    def send(self, data: str) -> None:
        os.write(self.fd, data.encode())

    def peak_kib(self) -> int:
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
        return -1

    def close(self) -> None:
        try:
            os.kill(self.pid, 9)
            os.waitpid(self.pid, 0)
        except OSError:
            pass
        os.close(self.fd)


def environment(data: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        # bytecode cache on, as in any normal installation (see startup.py)
        if not k.startswith("TEXTUAL") and k != "PYTHONDONTWRITEBYTECODE"
    }
    env.update({"TERM": "xterm-256color", "SAMTALE_DATA_DIR": data, "COLUMNS": "80", "LINES": "24"})
    return env


def memory(data: str) -> dict[str, int]:
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as handle:
        handle.write(EMPTY_APP)
    empty = Pty([sys.executable, handle.name], environment(data))
    try:
        empty.wait_for("Hei")
        empty.read_until_quiet(0.5)
        empty_kib = empty.peak_kib()
    finally:
        empty.close()
        os.unlink(handle.name)
    app = Pty([SAMTALE], environment(data))
    try:
        app.wait_for("Caser")
        app.read_until_quiet(0.5)
        app_kib = app.peak_kib()
    finally:
        app.close()
    return {"empty_app_peak_kib": empty_kib, "samtale_peak_kib": app_kib}


def bytes_per_key(data: str, mode_key: str) -> list[int]:
    app = Pty([SAMTALE, "play", "maria"], environment(data))
    try:
        app.wait_for("Coach")
        app.read_until_quiet(0.5)
        app.send(mode_key)
        app.wait_for("sykmeldingen")
        app.read_until_quiet(0.8)
        counts = []
        for char in REPLY:
            app.send(char)
            counts.append(app.read_until_quiet(0.15, 3.0))
        return counts
    finally:
        app.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not Path(SAMTALE).exists():
        print(f"samtale is not installed beside {sys.executable}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as data:
        result: dict[str, object] = memory(data)
        for name, key in (("coach", "1"), ("realistic", "2")):
            counts = bytes_per_key(data, key)
            result[f"bytes_per_key_{name}_median"] = int(statistics.median(counts))
            result[f"bytes_per_key_{name}_p90"] = int(sorted(counts)[int(len(counts) * 0.9)])
            result[f"bytes_per_key_{name}_max"] = max(counts)
    if args.json:
        print(json.dumps(result))
        return 0
    ratio = result["samtale_peak_kib"] / max(1, result["empty_app_peak_kib"])  # type: ignore[operator]
    print(
        f"peak memory: samtale {result['samtale_peak_kib'] / 1024:.1f} MiB, "
        f"empty Textual app {result['empty_app_peak_kib'] / 1024:.1f} MiB ({ratio:.2f}x)"
    )
    for name in ("coach", "realistic"):
        print(
            f"bytes to the terminal per keystroke ({name}): median "
            f"{result[f'bytes_per_key_{name}_median']}, p90 {result[f'bytes_per_key_{name}_p90']}, "
            f"max {result[f'bytes_per_key_{name}_max']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
