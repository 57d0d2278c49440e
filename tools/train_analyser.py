#!/usr/bin/env python3
"""Fit the analyser's learned word evidence and write ``learned_weights.json``.

Trains on the labelled replies kept in the repository: ``tests/analysis_heldout.py``
and every batch in ``tests/analysis_blind.py``. Batches still waiting in
``tests/analysis_unseen.py`` and the dev set in ``../shared/corpus`` are left
out on purpose, so they keep measuring the analyser on replies it never saw.

Usage: python tools/train_analyser.py [--check] [--all]
  --check  only say whether the shipped weights match the current rows.
  --all    fit every label, also those the app does not use (for experiments).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

from samtale_tui.analysis.learned import THRESHOLDS, WEIGHTS_FILE  # noqa: E402
from samtale_tui.analysis.training import Row, fingerprint, train  # noqa: E402

OUT = ROOT / "src" / "samtale_tui" / "analysis" / WEIGHTS_FILE


def training_rows() -> list[Row]:
    """Every labelled reply the weights are fitted on, in a fixed order."""
    import analysis_blind
    import analysis_heldout

    rows: list[Row] = list(analysis_heldout.CASES)
    names = sorted(n for n in dir(analysis_blind) if n.startswith("BATCH_"))
    for name in [*names, "REPORTED"]:
        rows.extend(getattr(analysis_blind, name))
    return rows


def main() -> int:
    rows = training_rows()
    if "--check" in sys.argv:
        shipped = json.loads(OUT.read_text("utf-8"))
        same = shipped["fingerprint"] == fingerprint(rows)
        print("up to date" if same else "stale: run tools/train_analyser.py")
        return 0 if same else 1
    labels = list(THRESHOLDS) if "--all" not in sys.argv else None
    data = train(rows, labels=labels)
    OUT.write_text(
        json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n", "utf-8"
    )
    sizes = {k: len(v["weights"]) for k, v in data["labels"].items()}
    print(f"{len(rows)} rows -> {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KB) {sizes}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
