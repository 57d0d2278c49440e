"""Scenarios: the format, loading, structural checks and the library.

The names below load on first use, so that importing a light module of this
package (``catalogue``, ``builtin``, ``problems``) does not import pydantic.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from samtale_tui.scenarios.builtin import builtin_dir
    from samtale_tui.scenarios.library import Library, load_library
    from samtale_tui.scenarios.loader import load_scenario, parse_scenario
    from samtale_tui.scenarios.model import Scenario
    from samtale_tui.scenarios.problems import Problem, ScenarioError

_WHERE = {
    "Library": "library",
    "load_library": "library",
    "builtin_dir": "builtin",
    "load_scenario": "loader",
    "parse_scenario": "loader",
    "Scenario": "model",
    "Problem": "problems",
    "ScenarioError": "problems",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


__all__ = [
    "Library",
    "Problem",
    "Scenario",
    "ScenarioError",
    "builtin_dir",
    "load_library",
    "load_scenario",
    "parse_scenario",
]
