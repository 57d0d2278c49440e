"""Arne: good, poor and warm-but-vague playthroughs through the real analyser and engine."""

from __future__ import annotations

from playthrough import PlaythroughSuite


class TestArne(PlaythroughSuite):
    SCENARIO_ID = "arne"
    GOOD_ENDING = "ny_kurs"
    TEMPTING_PITFALLS = ["telling", "multiple_questions", "suspicion", "diagnosis"]
    DETOURS = {"skjema", "forsvar", "presset", "tilbake", "tilbake2"}
