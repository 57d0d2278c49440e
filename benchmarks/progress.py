"""Benchmark: load the progress view with 1,000 saved sessions.

Generates 1,000 sessions (10 to 14 turns each) in a temporary data folder,
then times ``load_progress`` cold (no listing cache: every file parsed) and
warm (the usual case: the cache is fresh). Aim: warm under 0.5 s.

Run: ``.venv/bin/python benchmarks/progress.py [--sessions N]``
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from samtale_tui.progress import load_progress
from samtale_tui.storage import Store
from samtale_tui.storage.files import atomic_write_bytes, to_toml
from samtale_tui.storage.records import SessionRecord, StateRecord, SummaryRecord, TurnRecord

REPLIES = [
    "Hvordan har du det nå for tiden?",
    "Hvorfor har du vært så mye borte?",
    "Jeg hører at det har vært tungt. Hva tenker du kunne hjulpet?",
    "Skal vi avtale et nytt møte om to uker, og så tar jeg kontakt med HR?",
]


def make_record(i: int, start: datetime) -> SessionRecord:
    turns = [
        TurnRecord(
            index=n + 1,
            node=f"n{n}",
            employee="Jeg vet ikke helt. Det har vært mye i det siste, og jeg sover dårlig.",
            reply=REPLIES[(i + n) % len(REPLIES)],
            goto=f"n{n + 1}",
            trust_before=50,
            trust_after=55,
            question_type="open",
            questions=1,
            warmth=n % 2 == 0,
            clarity=n % 3 == 0,
            score=40 + (i * 7 + n) % 60,
            feedback=["Åpent spørsmål inviterer til refleksjon."],
        )
        for n in range(10 + i % 5)
    ]
    return SessionRecord(
        id=f"{start:%Y%m%d-%H%M%S}-{i:04x}",
        scenario_id=f"scenario-{i % 12}",
        scenario_title=f"Scenario {i % 12}",
        persona_name="Kari",
        mode="coach",
        started=start,
        updated=start,
        finished=True,
        state=StateRecord(node="slutt", trust=60, turn=len(turns), finished=True),
        turns=turns,
        summary=SummaryRecord(
            score=40 + i % 60,
            replies=len(turns),
            questions=len(turns),
            open_questions=len(turns) - i % 4,
            why_questions=i % 4,
            reflections=i % 5,
            warm_replies=len(turns) // 2,
            clear_replies=len(turns) // 3,
            quadrant="warm_clear",
        ),
        reflection_questions=["Hva gikk bra?", "Hva ville du gjort annerledes?"],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "data")
        t0 = time.perf_counter()
        start = datetime(2026, 1, 1, 9, 0)
        for i in range(args.sessions):
            record = make_record(i, start + timedelta(hours=7 * i))
            atomic_write_bytes(store.session_path(record.id), to_toml(record))
        written = time.perf_counter() - t0
        size = sum(p.stat().st_size for p in store.sessions_dir.iterdir())

        t0 = time.perf_counter()
        progress = load_progress(Store(store.root))
        cold = time.perf_counter() - t0
        assert progress.sessions_counted == args.sessions

        runs = []
        for _ in range(5):
            t0 = time.perf_counter()
            progress = load_progress(Store(store.root))
            runs.append(time.perf_counter() - t0)
        warm = min(runs)
        assert progress.sessions_counted == args.sessions

    print(f"sessions           {args.sessions}")
    print(f"on disk            {size / 1024 / 1024:.1f} MB")
    print(f"write all          {written:.2f} s")
    print(f"progress, cold     {cold:.3f} s  (no cache: every file parsed)")
    print(f"progress, warm     {warm:.3f} s  (best of 5; aim < 0.5 s)")
    print("result             " + ("OK" if warm < 0.5 else "SLOWER THAN AIM"))


if __name__ == "__main__":
    main()
