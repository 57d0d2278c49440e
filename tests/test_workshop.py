"""The workshop domain: plan, proposals and the Markdown draft."""

from __future__ import annotations

import datetime

import pytest
from markdown_it import MarkdownIt
from pydantic import ValidationError

from samtale_tui.workshop.export import workshop_markdown
from samtale_tui.workshop.model import WorkshopRecord
from samtale_tui.workshop.plan import QUESTIONS, agenda_for, group_size, total_minutes


def record(participants: int = 8) -> WorkshopRecord:
    return WorkshopRecord(id="w1", date=datetime.date(2026, 11, 25), participants=participants)


def test_eight_questions_and_two_agendas() -> None:
    assert len(QUESTIONS) == 8
    assert group_size(12) == "small" and group_size(13) == "large"
    small, large = agenda_for("small"), agenda_for("large")
    assert any(s.collects for s in small) and any(s.collects for s in large)
    assert {s.phase for s in large} >= {"Gruppearbeid", "Plenum"}
    assert 120 <= total_minutes("small") <= 180
    assert 120 <= total_minutes("large") <= 180


def test_proposals_by_question_and_blank_ignored() -> None:
    r = record()
    r.add(0, "Ring meg første dag")
    r.add(0, "   ")
    r.add(3, "Melding for korte beskjeder", group="Gruppe 1")
    assert [p.text for p in r.for_question(0)] == ["Ring meg første dag"]
    assert r.for_question(3)[0].group == "Gruppe 1"
    with pytest.raises(ValidationError):
        r.add(8, "utenfor")


def _blocks(md: str) -> list[tuple[str, str]]:
    tokens = MarkdownIt("commonmark").parse(md)
    return [(t.type, t.tag) for t in tokens if t.nesting == 1]


def test_markdown_structure_survives_hostile_text() -> None:
    r = record(20)
    r.groups = ["Gruppe #1"]
    hostile = (
        "# Overskrift | tabell | `kode` <script>alert(1)</script> [lenke](x) *stjerne*\n\n- liste"
    )
    r.add(0, hostile, group="Gruppe #1")
    md = workshop_markdown(r)
    tokens = MarkdownIt("commonmark").parse(md)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[0].startswith("Utkast til rutiner")
    assert len([h for h in headings if h[0].isdigit()]) == 8
    assert not any(
        t.type in {"html_block", "html_inline", "code_inline", "link_open"}
        for t in [c for t in tokens for c in (t.children or [])] + tokens
    )
    assert "Overskrift" in md and "personalmøte" in md
    assert "Deltakere: 20" in md


def test_markdown_for_empty_workshop_says_so() -> None:
    md = workshop_markdown(record())
    assert md.count("Ingen forslag ble skrevet inn") == 8
