"""Read scenario files and turn every mistake into a ``Problem``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from samtale_tui.scenarios.model import Scenario
from samtale_tui.scenarios.problems import Problem, ScenarioError
from samtale_tui.tomlcompat import tomllib

MAX_SCENARIO_BYTES = 2_000_000


def _place(loc: tuple[Any, ...]) -> str:
    """Turn a pydantic location into ``nodes.start.branches[2].goto``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _friendly(error: dict[str, Any]) -> str:
    kind = error.get("type", "")
    msg = str(error.get("msg", "invalid value"))
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field (check the spelling; see docs/scenarios.md for the fields)"
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, ") :]
    value = error.get("input")
    if kind not in {"missing"} and isinstance(value, (str, int, float, bool)):
        shown = repr(value)
        if len(shown) > 60:
            shown = shown[:57] + "..."
        return f"{msg} (got {shown})"
    return msg


def parse_scenario(text: str, file: str) -> Scenario:
    """Parse and validate scenario TOML text.

    Raises:
        ScenarioError: with one ``Problem`` per mistake found.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ScenarioError([Problem(file, "", f"not valid TOML: {exc}")]) from None
    return validate_scenario(data, file)


def validate_scenario(data: dict[str, Any], file: str) -> Scenario:
    """Validate already-parsed TOML data as a scenario."""
    try:
        return Scenario.model_validate(data)
    except ValidationError as exc:
        problems = [
            Problem(file, _place(tuple(err["loc"])), _friendly(dict(err)))
            for err in exc.errors(include_url=False)
        ]
        raise ScenarioError(problems) from None


def load_scenario(path: Path, display: str | None = None) -> Scenario:
    """Read one scenario file.

    Raises:
        ScenarioError: when the file cannot be read or is not a valid scenario.
    """
    name = display or path.name
    try:
        if path.stat().st_size > MAX_SCENARIO_BYTES:
            raise ScenarioError([Problem(name, "", "file is larger than 2 MB; is it a scenario?")])
        raw = path.read_bytes()
    except OSError as exc:
        raise ScenarioError([Problem(name, "", f"cannot read file: {exc.strerror}")]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ScenarioError(
            [Problem(name, "", f"not UTF-8 text (byte {exc.start}); save the file as UTF-8")]
        ) from None
    return parse_scenario(text, name)
