"""Scenarios: the format, loading, structural checks and the library."""

from samtale_tui.scenarios.library import Library, builtin_dir, load_library
from samtale_tui.scenarios.loader import load_scenario, parse_scenario
from samtale_tui.scenarios.model import Scenario
from samtale_tui.scenarios.problems import Problem, ScenarioError

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
