"""Offline proof: the product works with every way onto the network closed.

Socket creation is made to fail for the whole test; headless play, the
Markdown export and a Pilot-driven conversation must still work. A static
check makes sure no product module imports a network client.
"""

from __future__ import annotations

import ast
import socket
from datetime import datetime
from pathlib import Path

import pytest

from samtale_tui.cli import main
from samtale_tui.scenarios import Library, load_scenario

SRC = Path(__file__).resolve().parents[1] / "src" / "samtale_tui"
FIXTURES = Path(__file__).parent / "fixtures"
NETWORK_MODULES = {
    "socket",
    "ssl",
    "http",
    "urllib.request",
    "urllib3",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "telnetlib",
    "xmlrpc",
    "websockets",
}


class NetworkUsed(AssertionError):
    """Raised when anything tries to open a socket."""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkUsed(f"network use attempted: {args!r}")

    # Creating an internet socket fails outright. asyncio's event loop needs a
    # local AF_UNIX socketpair for its self-pipe: an in-process pipe, not the
    # network, so that is allowed, but it may never connect or bind by name.
    real_socket = socket.socket
    internet = {socket.AF_INET, socket.AF_INET6}

    class GuardedSocket(real_socket):  # type: ignore[misc, valid-type]
        def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
            if family in internet or family == -1:
                refuse("socket", family)
            super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]

        def connect(self, *args: object) -> None:
            refuse(*args)

        def connect_ex(self, *args: object) -> int:
            refuse(*args)
            return 1

        def bind(self, *args: object) -> None:
            refuse(*args)

        def sendto(self, *args: object) -> int:
            refuse(*args)
            return 0

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)


def test_headless_play_and_export_offline(no_network, tmp_path: Path, capsys) -> None:
    script = tmp_path / "svar.txt"
    script.write_text(
        "Hvordan har du det nå for tiden?\n/pause\nLa oss avtale et nytt møte neste uke.\n",
        encoding="utf-8",
    )
    data = str(tmp_path / "data")
    assert (
        main(["--data-dir", data, "play", str(FIXTURES / "mini.toml"), "--script", str(script)])
        == 0
    )
    out = capsys.readouterr().out
    assert "Kari" in out
    assert main(["--data-dir", data, "score", "--json", "Hvorfor sa du ikke fra?"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "scenarios", "--json"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "export", "--last"]) == 0
    exported = capsys.readouterr().out
    assert exported.startswith("#") and "Hvordan har du det nå for tiden" in exported


async def test_pilot_conversation_offline(no_network, tmp_path: Path) -> None:
    from samtale_tui.storage import Store
    from samtale_tui.ui.app import AppConfig, build_app
    from samtale_tui.ui.screens.debrief import DebriefScreen

    store = Store.open(tmp_path / "data")
    config = AppConfig(
        library=Library([load_scenario(FIXTURES / "mini.toml")]),
        clock=lambda: datetime(2026, 11, 25, 9, 0),
        store=store,
        cursor_blink=False,
        background_after=0.0,
    )
    app = build_app(config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "1")
        await pilot.pause()
        await pilot.press(*"Hvordan har du det nå?", "enter")
        await pilot.pause()
        await pilot.press(*"Så du savner dem. La oss avtale et nytt møte neste uke.", "enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DebriefScreen)
        await app.workers.wait_for_complete()
    assert list((tmp_path / "data" / "sessions").glob("*.toml"))


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_product_module_imports_a_network_client() -> None:
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        for name in _imports(path):
            if any(name == m or name.startswith(m + ".") for m in NETWORK_MODULES):
                offenders.append(f"{path.relative_to(SRC)}: {name}")
    assert not offenders, offenders


def test_the_guard_really_refuses(no_network) -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(NetworkUsed):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkUsed):
        socket.socket()
