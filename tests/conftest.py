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
