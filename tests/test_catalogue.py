"""The library's catalogue of cards: what the home screen shows before the
scenarios are loaded, trusted only while the scenario files are unchanged."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from samtale_tui.scenarios import catalogue
from samtale_tui.scenarios.catalogue import (
    CATALOGUE_FILE,
    DeferredLibrary,
    card_of,
    open_library,
    read_catalogue,
)
from samtale_tui.scenarios.library import Library, load_library

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def builtin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A built-in scenario folder of our own: the mini scenario only."""
    folder = tmp_path / "scenarios"
    folder.mkdir()
    shutil.copy(FIXTURES / "mini.toml", folder / "mini.toml")
    monkeypatch.setattr("samtale_tui.scenarios.builtin.builtin_dir", lambda: folder)
    monkeypatch.setattr("samtale_tui.scenarios.library.builtin_dir", lambda: folder)
    return folder


def catalogue_dir() -> Path:
    from samtale_tui.scenarios.builtin import builtin_dir

    return builtin_dir()


def test_full_load_writes_cards_equal_to_the_scenarios(tmp_path: Path) -> None:
    library = load_library(cache_dir=tmp_path)
    files = catalogue.listing([catalogue_dir()])
    found = read_catalogue(tmp_path, files)
    assert found is not None
    cards, problems = found
    assert cards == [card_of(s) for s in library.scenarios]
    assert problems == library.problems
    assert oct((tmp_path / CATALOGUE_FILE).stat().st_mode & 0o777) == oct(0o600)


def test_first_start_loads_fully_and_later_starts_use_the_cards(
    tmp_path: Path, builtin: Path
) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    first = open_library(cache)
    assert isinstance(first, Library)
    second = open_library(cache)
    assert isinstance(second, DeferredLibrary)
    assert not second.loaded
    assert [c.title for c in second.cards] == [s.title for s in first.scenarios]
    assert second.ids() == ["mini"]
    assert not second.loaded, "cards and ids never load the scenarios"
    assert second.get("mini") == first.get("mini")
    assert second.loaded


def test_a_changed_scenario_file_makes_the_catalogue_stale(tmp_path: Path, builtin: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    open_library(cache)
    target = builtin / "mini.toml"
    target.write_text(
        target.read_text(encoding="utf-8").replace(
            'title = "Mini — en kort testsamtale"', 'title = "Endret tittel"'
        ),
        encoding="utf-8",
    )
    os.utime(target, ns=(1, 1))
    again = open_library(cache)
    assert isinstance(again, Library), "a stale catalogue is never trusted"
    assert again.cards[0].title == "Endret tittel"


def test_a_new_scenario_file_makes_the_catalogue_stale(tmp_path: Path, builtin: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    open_library(cache)
    extra = (FIXTURES / "mini.toml").read_text(encoding="utf-8").replace('id = "mini"', 'id = "to"')
    (builtin / "to.toml").write_text(extra, encoding="utf-8")
    assert isinstance(open_library(cache), Library)
    assert open_library(cache).ids() == ["mini", "to"]


@pytest.mark.parametrize(
    "content", ["{ikke json", "[]", '{"stamp": [], "cards": 3}', '{"cards": []}']
)
def test_a_corrupt_catalogue_is_ignored(tmp_path: Path, builtin: Path, content: str) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    open_library(cache)
    (cache / CATALOGUE_FILE).write_text(content, encoding="utf-8")
    library = open_library(cache)
    assert isinstance(library, Library)
    assert library.ids() == ["mini"]


def test_a_catalogue_with_a_wrong_card_is_ignored(tmp_path: Path, builtin: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    open_library(cache)
    data = json.loads((cache / CATALOGUE_FILE).read_text(encoding="utf-8"))
    del data["cards"][0]["persona"]
    (cache / CATALOGUE_FILE).write_text(json.dumps(data), encoding="utf-8")
    assert isinstance(open_library(cache), Library)


def test_deferred_library_loads_once_from_many_threads() -> None:
    calls: list[int] = []
    gate = threading.Event()

    def load() -> Library:
        gate.wait(5)
        calls.append(1)
        return Library([])

    deferred = DeferredLibrary([], [], load)
    threads = [threading.Thread(target=deferred.preload) for _ in range(8)]
    for thread in threads:
        thread.start()
    gate.set()
    for thread in threads:
        thread.join(5)
    assert calls == [1]
    assert deferred.scenarios == []


def test_starting_the_app_with_a_warm_data_folder_does_not_import_pydantic(
    tmp_path: Path,
) -> None:
    """The start-up path (config, library cards, store, home screen module) stays
    light; the scenario model and pydantic load in the background afterwards."""
    code = (
        "import argparse, sys\n"
        "from samtale_tui.ui.app import AppConfig\n"
        "from samtale_tui.scenarios.catalogue import DeferredLibrary\n"
        f"args = argparse.Namespace(data_dir={str(tmp_path)!r})\n"
        "config = AppConfig.from_args(args)\n"
        "import samtale_tui.ui.screens.home\n"
        "print(isinstance(config.library, DeferredLibrary), 'pydantic' in sys.modules)\n"
    )
    run = [sys.executable, "-c", code]
    first = subprocess.run(run, capture_output=True, text=True, check=True)
    assert first.stdout.split() == ["False", "True"], first.stderr
    second = subprocess.run(run, capture_output=True, text=True, check=True)
    assert second.stdout.split() == ["True", "False"], second.stderr
