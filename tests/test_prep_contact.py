"""Kinds of contact during sick leave."""

from __future__ import annotations

from samtale_tui.analysis import analyse
from samtale_tui.prep import contact


def test_three_kinds_in_the_sources_order() -> None:
    assert [k.id for k in contact.KINDS] == ["omsorg", "drift", "problem"]
    for kind in contact.KINDS:
        assert kind.title and kind.purpose and len(kind.guidance) >= 3


def test_examples_are_open_questions() -> None:
    for kind in contact.KINDS:
        assert analyse(kind.example).question_type == "open", kind.example


def test_markdown_and_plain_lines_carry_every_kind() -> None:
    md = "\n".join(contact.to_markdown_lines())
    plain = "\n".join(contact.guidance_lines())
    for kind in contact.KINDS:
        assert kind.title in md and kind.title in plain
        assert all(tip in md for tip in kind.guidance)
    assert md.startswith("### Tre typer kontakt")
