"""The rewrite drill: the pool, rounds, judging and scoring."""

from __future__ import annotations

from collections import Counter

import pytest

from samtale_tui.analysis import analyse
from samtale_tui.prep import drill
from samtale_tui.prep.drill import DrillItem, DrillRound


def test_pool_has_sixty_varied_items() -> None:
    assert len(drill.POOL) >= 60
    counts = Counter(item.kind for item in drill.POOL)
    assert set(counts) == {"why", "closed", "leading"}
    assert min(counts.values()) >= 18
    texts = [item.text for item in drill.POOL]
    assert len(set(texts)) == len(texts)
    assert len({item.id for item in drill.POOL}) == len(texts)
    # Varied openings: no single first word dominates the closed or leading items.
    for kind in ("closed", "leading"):
        firsts = Counter(i.text.split()[0] for i in drill.POOL if i.kind == kind)
        assert firsts.most_common(1)[0][1] <= 8, (kind, firsts)


@pytest.mark.parametrize("item", drill.POOL, ids=lambda i: i.id)
def test_every_pool_item_is_classified_as_the_kind_it_claims(item: DrillItem) -> None:
    analysis = analyse(item.text)
    if item.kind == "why":
        assert analysis.question_type == "why", (item.text, analysis.question_type)
    elif item.kind == "closed":
        assert analysis.question_type == "closed", (item.text, analysis.question_type)
        assert not analysis.has_pitfall("leading"), item.text
    else:
        assert analysis.has_pitfall("leading"), (item.text, analysis.pitfalls)


def test_the_same_seed_gives_the_same_round() -> None:
    assert drill.draw_round(42) == drill.draw_round(42)
    assert drill.draw_round(1) != drill.draw_round(2)


@pytest.mark.parametrize("seed", range(20))
def test_a_round_has_ten_distinct_items_of_all_kinds(seed: int) -> None:
    items = drill.draw_round(seed)
    assert len(items) == 10
    assert len(set(items)) == 10
    counts = Counter(i.kind for i in items)
    assert set(counts) == {"why", "closed", "leading"}
    assert max(counts.values()) - min(counts.values()) <= 1


def test_draw_tops_up_from_other_kinds_when_one_kind_is_short() -> None:
    pool = (
        DrillItem("w", "why", "Hvorfor?"),
        *(DrillItem(f"c{i}", "closed", f"Er {i}?") for i in range(6)),
        *(DrillItem(f"l{i}", "leading", f"Du er vel {i}?") for i in range(6)),
    )
    items = drill.draw_round(3, size=10, pool=pool)
    assert len(items) == 10 and len(set(items)) == 10


def test_draw_refuses_a_round_larger_than_the_pool() -> None:
    with pytest.raises(ValueError):
        drill.draw_round(0, size=3, pool=(DrillItem("w", "why", "Hvorfor?"),))


WHY = DrillItem("why-x", "why", "Hvorfor sa du ikke fra tidligere?")


def test_an_open_rewrite_passes() -> None:
    result = drill.judge(WHY, "Hva gjorde at du ventet med å si ifra?")
    assert result.passed
    assert result.analysis.question_type == "open"


def test_a_why_rewrite_fails() -> None:
    result = drill.judge(WHY, "Hvorfor ventet du så lenge?")
    assert not result.passed
    assert "hvorfor" in result.verdict.lower()


def test_the_unchanged_question_fails() -> None:
    result = drill.judge(WHY, "  hvorfor sa du ikke fra tidligere ")
    assert not result.passed
    assert "samme" in result.verdict


def test_a_statement_fails() -> None:
    result = drill.judge(WHY, "Vi tar det senere.")
    assert not result.passed


def test_a_closed_rewrite_fails() -> None:
    result = drill.judge(DrillItem("c", "closed", "Har du det bra?"), "Er du glad?")
    assert not result.passed
    assert "ja/nei" in result.verdict


def test_suggestion_comes_from_the_analyser() -> None:
    bad = drill.judge(WHY, "Hvorfor ventet du?")
    own = [f.suggestion for f in bad.analysis.feedback if f.suggestion]
    original = [f.suggestion for f in analyse(WHY.text).feedback if f.suggestion]
    if own or original:
        assert bad.suggestion in own + original
    else:
        assert bad.suggestion is None


def test_a_full_round_is_scored() -> None:
    rnd = DrillRound.new(seed=7)
    assert rnd.current is rnd.items[0]
    for i in range(rnd.size):
        rnd.answer("Hva tenker du om det?" if i % 2 == 0 else rnd.current.text)
    assert rnd.finished and rnd.current is None
    assert rnd.score == 5
    assert rnd.percent == 50
    assert rnd.summary() == "5 av 10 gode omskrivinger"
    assert sum(a for a, _ in rnd.by_kind().values()) == 5
    assert sum(n for _, n in rnd.by_kind().values()) == 10
    with pytest.raises(ValueError):
        rnd.answer("Hva nå?")
    md = "\n".join(rnd.to_markdown_lines())
    assert "5 av 10" in md and md.count("[x]") == 5


def test_a_finished_round_becomes_a_drill_record() -> None:
    from datetime import datetime

    rnd = DrillRound.new(seed=3)
    for i in range(rnd.size):
        rnd.answer("Hva tenker du om det?" if i < 7 else "Er alt bra?")
    when = datetime(2026, 11, 25, 14, 0, 0)
    record = rnd.to_record(when)
    assert record.date == when
    assert record.score == 70
    assert record.passed == 7
    assert [i.prompt for i in record.items] == [i.text for i in rnd.items]
    assert {i.kind for i in record.items} <= {"why", "closed", "leading"}
    assert record.id.startswith("20261125-140000-")
