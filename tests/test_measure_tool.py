"""``tools/measure_batches.py``: the figures of a labelled batch, as docs/scoring.md reports them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT / "tools" / "measure_batches.py"

BATCH = """
BATCH = [
    ("Takk for at du kom i dag.", "nb", "none", True, False, False, ()),
    ("Hvorfor sa du ikke fra tidligere?", "nb", "why", False, False, False, ()),
    ("Vi møtes igjen om to uker.", "nb", "none", False, True, False, ()),
    ("Er det virkelig så ille?", "nb", "closed", False, False, False, ("suspicion",)),
    ("Jeg vet at du har stått på for oss i mange år.", "nb", "none", True, False, False, ()),
]
"""


def _run(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(TOOL), *args], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout


def test_a_batch_file_is_measured_and_its_misses_listed(tmp_path: Path) -> None:
    batch = tmp_path / "batch.py"
    batch.write_text(BATCH, encoding="utf-8")
    out = _run(str(batch))
    assert "n=   5 qt=1.000 w=1.000 c=1.000 r=1.000 p=1.000" in out
    # without the learned word evidence the last reply loses its warmth
    bare = _run("-v", "--rules-only", str(batch))
    assert "w=0.667" in bare
    assert "warmth True->False" in bare


def test_lists_in_tests_are_measured_and_pooled() -> None:
    out = _run("analysis_heldout:CASES", "analysis_blind:REPORTED")
    lines = out.strip().splitlines()
    assert lines[0].startswith("analysis_heldout:CASES")
    assert lines[-1].startswith("ALL")
