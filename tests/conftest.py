"""Shared fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from samtale_tui.scenarios import Scenario, load_scenario

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def mini() -> Scenario:
    """A small, complete scenario."""
    return load_scenario(FIXTURES / "mini.toml")


@pytest.fixture(autouse=True)
def _private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test saves into its own temporary data folder, never the real one."""
    folder = tmp_path_factory.mktemp("samtale") / "data"
    monkeypatch.setenv("SAMTALE_DATA_DIR", str(folder))
    return folder
