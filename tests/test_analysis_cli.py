"""``samtale score``: the JSON contract, stdin, text mode and bad input."""

from __future__ import annotations

import io
import json

import pytest

from samtale_tui.cli import main

KEYS = {
    "text",
    "lang",
    "question_type",
    "questions",
    "warmth",
    "clarity",
    "reflection",
    "pitfalls",
    "topics",
    "score",
    "feedback",
}


def test_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    text = "Takk for at du kom. Hvorfor sa du ikke fra?"
    assert main(["score", "--json", text]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert set(obj) >= KEYS
    assert obj["text"] == text and obj["lang"] == "nb"
    assert obj["question_type"] == "why" and obj["questions"] == 1
    assert obj["warmth"] is True and isinstance(obj["score"], int)
    for item in obj["feedback"]:
        assert {"kind", "start", "end", "message", "suggestion"} <= set(item)
        assert 0 <= item["start"] < item["end"] <= len(text)
    why = next(i for i in obj["feedback"] if i["kind"] == "why")
    assert text[why["start"] : why["end"]].startswith("Hvorfor")
    assert why["suggestion"]


def test_stdin_one_reply_a_line_in_order(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    replies = ["How are you?", "", "Kan du jobbe halv dag?", "Ok."]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(replies) + "\n"))
    assert main(["score", "--json", "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["text"] for line in lines] == replies
    assert [json.loads(line)["lang"] for line in lines] == ["en"] * 4


@pytest.mark.parametrize("text", ["", "   ", "\x00"])
def test_empty_text_exits_2(text: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", text]) == 2
    err = capsys.readouterr().err
    assert "tom replikk" in err and "Traceback" not in err


def test_text_mode_shows_reply_score_and_advice(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", "Hvorfor kan du ikke ta nattevakter?"]) == 0
    out = capsys.readouterr().out
    assert "Hvorfor kan du ikke ta nattevakter?" in out
    assert "Poeng" in out and "hvorfor-spørsmål" in out
    assert "Hva gjør det vanskelig for deg å ta nattevakter nå?" in out


def test_text_mode_truncates_what_it_shows(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", "Hvordan har du det? " * 500]) == 0
    out = capsys.readouterr().out
    assert "tegn)" in out and len(out) < 20_000
