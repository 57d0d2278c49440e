"""The scenario parse cache: same library, rebuilt when a file changes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from samtale_tui.scenarios.library import CACHE_FILE, load_library

FIXTURES = Path(__file__).parent / "fixtures"


def test_cached_library_equals_parsed_library(tmp_path: Path) -> None:
    plain = load_library()
    first = load_library(cache_dir=tmp_path)
    assert (tmp_path / CACHE_FILE).exists()
    assert oct((tmp_path / CACHE_FILE).stat().st_mode & 0o777) == oct(0o600)
    second = load_library(cache_dir=tmp_path)
    assert plain.scenarios == first.scenarios == second.scenarios
    assert plain.problems == second.problems


def test_changed_file_is_parsed_again(tmp_path: Path) -> None:
    extra = tmp_path / "extra"
    extra.mkdir()
    cache = tmp_path / "cache"
    cache.mkdir()
    target = extra / "mini.toml"
    shutil.copy(FIXTURES / "mini.toml", target)
    assert load_library([extra], cache_dir=cache).get("mini").title.startswith("Mini")
    text = target.read_text(encoding="utf-8").replace(
        'title = "Mini — en kort testsamtale"', 'title = "Endret tittel"'
    )
    target.write_text(text, encoding="utf-8")
    os.utime(target, ns=(1, 1))
    assert load_library([extra], cache_dir=cache).get("mini").title == "Endret tittel"


def test_corrupt_cache_is_ignored(tmp_path: Path) -> None:
    (tmp_path / CACHE_FILE).write_text("{ikke json", encoding="utf-8")
    assert load_library(cache_dir=tmp_path).scenarios == load_library().scenarios


def test_broken_files_are_never_cached(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    lib = load_library([FIXTURES / "broken"], cache_dir=cache)
    again = load_library([FIXTURES / "broken"], cache_dir=cache)
    assert lib.problems == again.problems
    assert "graph_errors" not in (cache / CACHE_FILE).read_text(encoding="utf-8")
