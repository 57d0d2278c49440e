"""The job wheel: areas, ratings, focus, bars and export."""

from __future__ import annotations

import pytest

from samtale_tui.analysis import analyse
from samtale_tui.prep import jobwheel
from samtale_tui.scenarios.model import JOB_WHEEL_AREAS


def test_areas_match_the_scenario_format() -> None:
    assert tuple(a.id for a in jobwheel.AREAS) == JOB_WHEEL_AREAS


@pytest.mark.parametrize("area", jobwheel.AREAS, ids=lambda a: a.id)
def test_each_area_has_a_label_an_explanation_and_an_open_question(area) -> None:
    assert area.label and area.explanation
    assert analyse(area.question).question_type == "open", area.question


def test_focus_is_the_lowest_rated_areas_in_order() -> None:
    ratings = {"oppgaver": 5, "ledelse": 2, "arbeidstid": 1, "utvikling": 2, "samarbeid": 7}
    focus = jobwheel.suggested_focus(ratings)
    assert [a.id for a in focus] == ["arbeidstid", "ledelse", "utvikling"]


def test_focus_skips_ideal_and_unrated_areas() -> None:
    assert jobwheel.suggested_focus({}) == []
    assert jobwheel.suggested_focus(dict.fromkeys(JOB_WHEEL_AREAS, 8)) == []
    assert [a.id for a in jobwheel.suggested_focus({"ledelse": 8, "utvikling": 7})] == ["utvikling"]


def test_bars_show_rating_by_shape_and_fit_80_columns() -> None:
    lines = jobwheel.render_bars({"oppgaver": 3, "arbeidstid": 0, "ledelse": 8})
    assert len(lines) == 8
    assert all(len(line) <= 60 for line in lines)
    assert lines[0].count("█") == 6 and lines[0].endswith("3/8")
    assert lines[3].count("█") == 16
    assert lines[6].count("█") == 0 and lines[6].endswith("0/8")
    assert lines[1].endswith("–/8")


def test_ascii_bars_use_only_ascii() -> None:
    lines = jobwheel.render_bars({"oppgaver": 4}, ascii_only=True)
    assert lines[0].split()[1] == "########--------"
    assert all(c.isascii() for c in "".join(lines).replace("–", "").replace("ø", ""))


@pytest.mark.parametrize(
    "ratings", [{"oppgaver": 9}, {"oppgaver": -1}, {"lønn": 3}, {"oppgaver": "3"}]
)
def test_validate_rejects_bad_ratings_with_a_norwegian_message(ratings) -> None:
    with pytest.raises(ValueError) as err:
        jobwheel.validate(ratings)
    assert any(w in str(err.value) for w in ("Ukjent", "bruk 0", "helt tall"))


def test_validate_returns_wheel_order() -> None:
    assert list(jobwheel.validate({"utvikling": 1, "oppgaver": 2})) == ["oppgaver", "utvikling"]


@pytest.mark.parametrize("text", ["9", "x", "", "-1", "3.5"])
def test_parse_rating_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        jobwheel.parse_rating(text)


def test_parse_rating_accepts() -> None:
    assert jobwheel.parse_rating(" 8 ") == 8


def test_markdown_has_table_and_focus() -> None:
    text = "\n".join(jobwheel.to_markdown_lines({"oppgaver": 2, "ledelse": 6}))
    assert "| Arbeidsoppgaver | 2 |" in text
    assert "| Kompetanse | – |" in text
    assert "### Start her" in text
    assert "**Arbeidsoppgaver** (2)" in text


def test_markdown_without_ratings() -> None:
    assert "Ikke fylt ut." in jobwheel.to_markdown_lines(None)
