"""Frank: good, poor and warm-but-vague playthroughs through the real analyser and engine."""

from __future__ import annotations

from playthrough import PlaythroughSuite


class TestFrank(PlaythroughSuite):
    SCENARIO_ID = "frank"
    GOOD_ENDING = "ny_start"
    TEMPTING_PITFALLS = ["minimizing", "diagnosis"]
    DETOURS = {"frisk_erklart", "stille", "kort", "presset", "tilbake", "tilbake2"}
