"""``samtale check``: every problem reported with file and place."""

from __future__ import annotations

from pathlib import Path

import pytest

from samtale_tui.cli import main
from samtale_tui.scenarios import ScenarioError, parse_scenario
from samtale_tui.scenarios.check import check_files, check_structure

FIXTURES = Path(__file__).parent / "fixtures"
BROKEN = FIXTURES / "broken"


def run_check(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["check", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_broken_folder_reports_every_problem(capsys) -> None:
    code, out, _ = run_check(capsys, str(BROKEN))
    assert code == 1
    expected = [
        "graph_errors.toml: nodes.start.branches[0].goto: feil: ingen node eller slutt heter "
        "'midle' (mente du 'middle'?)",
        "graph_errors.toml: on_turn_limit: feil: ingen slutt heter 'tiden'",
        "graph_errors.toml: nodes.start.lines: feil: ingen replikk for tillit 41 til 59",
        "graph_errors.toml: nodes.middle.branches: feil: ingen reservegren",
        "graph_errors.toml: nodes.loop: feil: blindvei",
        "graph_errors.toml: nodes.glemt: feil: kan ikke nås",
        "graph_errors.toml: nodes.loop: feil: ingen slutt kan nås herfra",
        "graph_errors.toml: endings.aldri: advarsel: nås aldri",
        "graph_errors.toml: nodes.loop.branches[1]: advarsel: kan aldri velges",
        "missing_fields.toml: title: feil: påkrevd felt mangler",
        "missing_fields.toml: persona: feil: påkrevd felt mangler",
        "missing_fields.toml: difficulty: feil: kan ikke være større enn 3 (fant 5)",
        "missing_fields.toml: colour: feil: ukjent felt",
        "missing_fields.toml: nodes.start.replies[1].quality: feil: må være en av",
        "missing_fields.toml: nodes.start.branches[0].when.pitfalls_any: feil: ukjent fallgruve 'mistro'",
        "missing_fields.toml: nodes.start.branches[0].when.question[0]: feil:",
        "not_toml.toml: feil: ikke gyldig TOML:",
        "dup_b.toml: id: feil: scenario-id-en 'dup' er brukt to ganger",
    ]
    for fragment in expected:
        assert fragment in out, f"missing: {fragment}\n---\n{out}"


def test_not_toml_names_the_line(capsys) -> None:
    code, out, _ = run_check(capsys, str(BROKEN / "not_toml.toml"))
    assert code == 1
    assert "linje 2" in out


def test_clean_file_exits_zero(capsys) -> None:
    code, out, err = run_check(capsys, str(FIXTURES / "mini.toml"))
    assert code == 0, out
    assert out == ""
    assert "0 feil" in err


def test_builtin_library_is_clean(capsys) -> None:
    code, out, _ = run_check(capsys)
    assert code == 0, out
    assert "advarsel" not in out


def test_missing_path_is_bad_usage(capsys, tmp_path) -> None:
    code, _, err = run_check(capsys, str(tmp_path / "finnes-ikke.toml"))
    assert code == 2
    assert "finner ingen slik fil" in err


def test_empty_folder_is_bad_usage(capsys, tmp_path) -> None:
    code, _, err = run_check(capsys, str(tmp_path))
    assert code == 2
    assert "ingen .toml-filer" in err


def test_not_utf8_is_reported(capsys) -> None:
    code, out, _ = run_check(capsys, str(FIXTURES / "unreadable"))
    assert code == 1
    assert "ikke UTF-8" in out


def test_quiet_hides_warnings(capsys) -> None:
    _, out, _ = run_check(capsys, "-q", str(BROKEN / "graph_errors.toml"))
    assert "advarsel" not in out and "feil" in out


def test_parse_errors_carry_file_and_place() -> None:
    with pytest.raises(ScenarioError) as info:
        parse_scenario('id = "x"\n', "x.toml")
    problems = info.value.problems
    assert all(p.file == "x.toml" for p in problems)
    assert {"title", "persona", "nodes"} <= {p.place for p in problems}


def test_measures_must_be_concrete(mini) -> None:
    data = mini.model_dump()
    data["agreement"]["measures"][0]["evaluate"] = ""
    from samtale_tui.scenarios.loader import validate_scenario

    scenario = validate_scenario(data, "m.toml")
    warnings = [p for p in check_structure(scenario, "m.toml") if p.severity == "warning"]
    assert any("evaluate" in p.message for p in warnings)


def test_check_files_keeps_good_scenarios() -> None:
    scenarios, problems = check_files([FIXTURES / "mini.toml", BROKEN / "not_toml.toml"])
    assert [s.id for s in scenarios] == ["mini"]
    assert len(problems) == 1


def test_usage_errors_are_norwegian_and_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["play"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "bruk: samtale play" in err and "mangler: SCENARIO_ID" in err
    assert "usage" not in err and "required" not in err
