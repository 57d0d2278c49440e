"""Camilla: good, poor and warm-but-vague playthroughs through the real analyser and engine."""

from __future__ import annotations

from playthrough import PlaythroughSuite


class TestCamilla(PlaythroughSuite):
    SCENARIO_ID = "camilla"
    GOOD_ENDING = "ny_balanse"
    TEMPTING_PITFALLS = ["minimizing", "leading", "diagnosis"]
    DETOURS = {"fasade_sterk", "forsvar", "presset", "tilbake", "tilbake2"}
