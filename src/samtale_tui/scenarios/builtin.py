"""Where the built-in scenarios are installed (light: no scenario model)."""

from __future__ import annotations

from pathlib import Path


def builtin_dir() -> Path:
    """The folder of built-in scenarios: inside the wheel, or in the source tree."""
    packaged = Path(__file__).resolve().parent.parent / "_scenarios"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "scenarios"
