"""Read scenario files and turn every mistake into a ``Problem``."""

from __future__ import annotations

import re
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


_TYPE_WORDS: dict[str, str] = {
    "string_type": "må være tekst i anførselstegn",
    "int_type": "må være et heltall",
    "int_parsing": "må være et heltall",
    "int_from_float": "må være et heltall",
    "bool_type": "må være true eller false",
    "bool_parsing": "må være true eller false",
    "list_type": 'må være en liste, for eksempel ["a", "b"]',
    "dict_type": "må være en tabell, for eksempel [navn] eller { felt = ... }",
    "model_type": "må være en tabell, for eksempel [navn] eller { felt = ... }",
    "model_attributes_type": "må være en tabell, for eksempel [navn] eller { felt = ... }",
    "string_too_short": "kan ikke være tom",
}


def _norwegian(kind: str, msg: str, ctx: dict[str, Any]) -> str:
    """Pydantic's message for an error type, in Norwegian where we know it."""
    if kind in _TYPE_WORDS:
        return _TYPE_WORDS[kind]
    if kind == "literal_error":
        expected = str(ctx.get("expected", "")).replace(" or ", " eller ")
        return f"må være en av: {expected}"
    if kind == "less_than_equal":
        return f"kan ikke være større enn {ctx.get('le')}"
    if kind == "greater_than_equal":
        return f"kan ikke være mindre enn {ctx.get('ge')}"
    if kind == "too_short":
        return f"for få elementer: minst {ctx.get('min_length')}"
    if kind == "too_long":
        return f"for mange elementer: høyst {ctx.get('max_length')}"
    return msg


def _friendly(error: dict[str, Any]) -> str:
    kind = error.get("type", "")
    msg = str(error.get("msg", "ugyldig verdi"))
    if kind == "missing":
        return "påkrevd felt mangler (se docs/scenarios.md)"
    if kind == "extra_forbidden":
        return "ukjent felt (sjekk stavemåten; feltene står i docs/scenarios.md)"
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, ") :]
    else:
        msg = _norwegian(kind, msg, dict(error.get("ctx") or {}))
    value = error.get("input")
    if kind not in {"missing"} and isinstance(value, (str, int, float, bool)):
        shown = repr(value)
        if len(shown) > 60:
            shown = shown[:57] + "..."
        return f"{msg} (fant {shown})"
    return msg


_TOML_WORDS: tuple[tuple[str, str], ...] = (
    ("(at end of document)", "(på slutten av filen)"),
    ("Illegal character", "Ugyldig tegn"),
    ("Invalid value", "Ugyldig verdi"),
    ("Invalid statement", "Ugyldig linje"),
    ("Cannot overwrite a value", "Verdien er allerede satt (samme nøkkel to ganger?)"),
    ("Cannot declare", "Kan ikke deklarere"),
    ("twice", "to ganger"),
    ("Unclosed array", "Listen er ikke lukket"),
    ("Unclosed inline table", "Tabellen er ikke lukket"),
    ("Unterminated string", "Teksten mangler avsluttende anførselstegn"),
    ("Expected '=' after a key in a key/value pair", "Forventet '=' etter nøkkelen"),
)


def _toml_error(exc: Exception) -> str:
    """The TOML reader's message, with its place in Norwegian."""
    text = str(exc)
    text = re.sub(r"\(at line (\d+), column (\d+)\)", r"(linje \1, kolonne \2)", text)
    for english, norwegian in _TOML_WORDS:
        text = text.replace(english, norwegian)
    return text


def parse_scenario(text: str, file: str) -> Scenario:
    """Parse and validate scenario TOML text.

    Raises:
        ScenarioError: with one ``Problem`` per mistake found.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ScenarioError([Problem(file, "", f"ikke gyldig TOML: {_toml_error(exc)}")]) from None
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
            raise ScenarioError(
                [Problem(name, "", "filen er større enn 2 MB; er det et scenario?")]
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise ScenarioError([Problem(name, "", f"kan ikke lese filen: {exc.strerror}")]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ScenarioError(
            [Problem(name, "", f"ikke UTF-8-tekst (byte {exc.start}); lagre filen som UTF-8")]
        ) from None
    return parse_scenario(text, name)
