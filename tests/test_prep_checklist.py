"""The preparation checklist: groups, selection and export."""

from __future__ import annotations

import subprocess
import sys

import pytest

from samtale_tui.prep import checklist


def test_groups_follow_the_huskeliste() -> None:
    titles = [g.id for g in checklist.GROUPS]
    assert titles == ["helse", "fysisk", "samarbeid", "arbeid", "trivsel", "privat", "framover"]
    for group in checklist.GROUPS:
        assert group.guidance.strip()
        assert group.items, group.id
        for item in group.items:
            assert item.id.startswith(f"{group.id}.")
            assert item.label and item.hint


def test_item_ids_are_unique() -> None:
    ids = [it.id for g in checklist.GROUPS for it in g.items]
    assert len(ids) == len(set(ids))


def test_normalise_drops_unknown_and_duplicates_and_keeps_checklist_order() -> None:
    chosen = ["framover.oppgaver", "gone.item", "helse.mestring", "helse.mestring"]
    assert checklist.normalise(chosen) == ["helse.mestring", "framover.oppgaver"]


def test_markdown_lists_only_ticked_items_under_their_group() -> None:
    lines = checklist.to_markdown_lines(["samarbeid.kolleger", "privat.apning"])
    text = "\n".join(lines)
    assert lines[0] == "## Huskeliste"
    assert "### Samarbeid" in text
    assert "- [x] Kolleger" in text
    assert "Fysiske arbeidsforhold" not in text
    assert text.index("Samarbeid") < text.index("Private forhold")


def test_markdown_of_an_empty_selection_says_so() -> None:
    assert "Ingen temaer valgt." in checklist.to_markdown_lines([])


def test_private_matters_are_the_employees_choice() -> None:
    private = next(g for g in checklist.GROUPS if g.id == "privat")
    assert "den ansatte" in private.guidance
    assert "bestemmer" in private.guidance


def test_unknown_item_raises_key_error() -> None:
    with pytest.raises(KeyError):
        checklist.item("nope")


def test_prep_domain_does_not_import_textual() -> None:
    code = (
        "import sys\n"
        "import samtale_tui.prep.checklist, samtale_tui.prep.jobwheel, samtale_tui.prep.questions\n"
        "import samtale_tui.prep.drill, samtale_tui.prep.contact\n"
        "print(any(m == 'textual' or m.startswith('textual.') for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_whole_preparation_as_markdown() -> None:
    from samtale_tui.prep import to_markdown_lines

    text = "\n".join(to_markdown_lines(["helse.mestring"], {"ledelse": 2}, title="Forberedelse"))
    assert text.startswith("# Forberedelse\n")
    assert "## Huskeliste" in text and "- [x] Mestring" in text
    assert "## Jobbhjulet" in text and "| Ledelse | 2 |" in text
