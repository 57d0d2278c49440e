"""Markdown export: valid CommonMark whose structure no typed text can break."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from samtale_tui.agreement.model import Agreement, AgreementMeasure, ContactPlan
from samtale_tui.export import agreement_markdown, block, inline, session_markdown
from samtale_tui.practice import PracticeSession
from samtale_tui.scenarios.model import Scenario
from samtale_tui.storage.convert import session_record

md = MarkdownIt("commonmark")

HOSTILE = [
    "# Overskrift? | a | b |",
    "```python\nprint('hei')\n```",
    "<script>alert('x')</script> <b>fet</b> <!-- kommentar -->",
    "1. første\n2. andre",
    "- punkt\n* punkt\n+ punkt",
    "> sitat",
    "---",
    "Tekst\n===",
    "[lenke](http://example.com) ![bilde](x.png) <http://example.com>",
    "*kursiv* **fet** _under_ `kode` ~~streket~~",
    "&amp; &#35; \\ slutt med backslash\\",
    "    innrykket kode",
    "| Område | Vurdering |\n| --- | --- |",
]


def plain(token: Token) -> str:
    """The text of an inline token as a reader sees it."""
    parts = []
    for child in token.children or []:
        if child.type in ("text", "text_special"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "code_inline":
            parts.append(child.content)
    return "".join(parts)


def headings(tokens: list[Token]) -> list[tuple[str, str]]:
    out = []
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open":
            out.append((tok.tag, plain(tokens[i + 1])))
    return out


def kinds(tokens: list[Token]) -> set[str]:
    found = {t.type for t in tokens}
    for t in tokens:
        found |= {c.type for c in t.children or []}
    return found


def _children(tokens: list[Token]) -> list[Token]:
    return [c for t in tokens for c in t.children or []]


def all_text(tokens: list[Token]) -> str:
    return "\n".join(plain(t) for t in tokens if t.type == "inline")


def expected(text: str) -> str:
    """What a line of escaped text should read as: whitespace squashed."""
    cleaned = "".join(
        " " if c == "\t" else c
        for c in text
        if c == "\t" or unicodedata.category(c) not in ("Cc", "Cs")
    )
    return " ".join(cleaned.split())


def played(mini: Scenario, replies: list[str | None]) -> PracticeSession:
    session = PracticeSession.start(mini, "coach", datetime(2026, 11, 25, 14, 0))
    session.conversation.replay(replies)
    return session


def test_session_export_structure(mini: Scenario) -> None:
    session = played(mini, ["Hvordan har du det nå for tiden?", None, "Du må bare komme tilbake."])
    session.checklist = ["helse.mening"]
    session.job_wheel = {"oppgaver": 2}
    tokens = md.parse(session_markdown(session_record(session)))
    heads = headings(tokens)
    assert heads[0] == ("h1", "Samtale: Mini — en kort testsamtale")
    h2 = [text for tag, text in heads if tag == "h2"]
    for section in ("Resultat", "Nøkkeltall", "Samtalen", "Refleksjonsspørsmål"):
        assert section in h2
    assert "Huskeliste" in h2 and "Jobbhjulet" in h2
    turns = [text for tag, text in heads if tag == "h3" and text[0].isdigit()]
    assert turns == ["1. Kari", "2. Kari", "3. Kari"]
    text = all_text(tokens)
    assert "Poeng:" in text and "(bevisst pause)" in text
    assert "Hva gjorde at samtalen gikk som den gikk?" in text
    assert not {"html_block", "html_inline"} & kinds(tokens)


@pytest.mark.parametrize("reply", HOSTILE)
def test_hostile_replies_cannot_break_the_session_export(mini: Scenario, reply: str) -> None:
    clean = played(mini, ["Hvordan har du det nå for tiden?", "Hei"])
    hostile = played(mini, ["Hvordan har du det nå for tiden?", reply])
    clean_tokens = md.parse(session_markdown(session_record(clean)))
    tokens = md.parse(session_markdown(session_record(hostile)))
    # only our own section headings, and the transcript has the same shape
    sections = {
        "Resultat",
        "Nøkkeltall",
        "Slutten",
        "Beste replikk",
        "Replikken mest verdt å skrive om",
        "Samtalen",
        "Angrede replikker",
        "Refleksjonsspørsmål",
        "Huskeliste",
        "Jobbhjulet",
    }
    assert {text for tag, text in headings(tokens) if tag == "h2"} <= sections
    assert sum(tag == "h1" for tag, _ in headings(tokens)) == 1

    def transcript(ts: list[Token]) -> list[tuple[str, str]]:
        start = next(i for i, t in enumerate(ts) if t.type == "inline" and t.content == "Samtalen")
        blocks = ("heading_open", "blockquote_open", "bullet_list_open", "ordered_list_open")
        return [(t.type, t.tag) for t in ts[start:] if t.type in blocks]

    assert transcript(tokens) == transcript(clean_tokens)
    assert not {
        "html_block",
        "html_inline",
        "code_block",
        "fence",
        "code_inline",
        "link_open",
        "image",
        "hr",
    } & kinds(tokens)
    assert expected(" ".join(reply.splitlines())) in all_text(tokens)


def agreement(text: str = "") -> Agreement:
    now = datetime(2026, 11, 25, 14, 0)
    return Agreement(
        id="plan-1",
        created=now,
        updated=now,
        employee=f"Kari {text}".strip(),
        manager="Leder",
        meeting_date=date(2026, 11, 25),
        next_meetings=[date(2026, 12, 9)],
        goals=[f"Tilbake i 50 % {text}"],
        tasks=["Kundeoppfølging"],
        measures=[
            AgreementMeasure(
                what=f"Kortere dager {text}",
                why="Blir fort sliten",
                who=f"Kari og leder\n{text}",
                how_long="To uker",
                evaluate="På neste møte",
                if_not_working="Vi justerer",
            )
        ],
        success_criteria=["Fire dager i uka uten å bli utslitt"],
        individual_needs=[text or "Rolig arbeidsplass"],
        competence=["Kurs i nytt system"],
        contact=ContactPlan(
            agreed=f"Telefon hver fredag\n{text}",
            caring="Kort melding",
            operations="",
            problem_solving="",
        ),
        other=text,
        checklist=["helse.mening"],
        job_wheel={"oppgaver": 3},
    )


def test_agreement_export_structure() -> None:
    tokens = md.parse(agreement_markdown(agreement()))
    h2 = [text for tag, text in headings(tokens) if tag == "h2"]
    assert h2 == [
        "Mål og arbeidsoppgaver",
        "Tiltak",
        "Suksesskriterier",
        "Individuelle behov",
        "Kompetanseutvikling og faglig utvikling",
        "Kontakt under fraværet",
        "Annet",
        "Huskeliste",
        "Jobbhjulet",
        "Underskrifter",
    ]
    text = all_text(tokens)
    for fragment in (
        "Medarbeider: Kari",
        "25.11.2026",
        "09.12.2026",
        "Hvem gjør hva: Kari og leder",
        "Hvis det ikke virker: Vi justerer",
        "Telefon hver fredag",
        "Kort melding",
    ):
        assert fragment in text


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_cannot_break_the_agreement_export(text: str) -> None:
    clean = md.parse(agreement_markdown(agreement("vanlig tekst")))
    tokens = md.parse(agreement_markdown(agreement(text)))
    assert [tag for tag, _ in headings(tokens)] == [tag for tag, _ in headings(clean)]
    h2 = [(tag, t) for tag, t in headings(tokens) if tag == "h2"]
    assert h2 == [(tag, t) for tag, t in headings(clean) if tag == "h2"]
    assert expected(text.splitlines()[0]) in all_text(tokens)
    opens = lambda ts: [(t.type, t.tag) for t in ts if t.type.endswith("_open")]  # noqa: E731
    assert opens(tokens) == opens(clean)
    forbidden = {
        "html_block",
        "html_inline",
        "code_block",
        "fence",
        "code_inline",
        "link_open",
        "image",
        "hr",
        "em_open",
    }
    assert not (forbidden - kinds(clean)) & kinds(tokens)
    assert sum(t.type == "code_inline" for t in _children(tokens)) == sum(
        t.type == "code_inline" for t in _children(clean)
    )


def test_empty_agreement_has_signature_lines_and_blanks() -> None:
    now = datetime(2026, 11, 25)
    doc = agreement_markdown(Agreement(id="tom", created=now, updated=now))
    tokens = md.parse(doc)
    assert ("h2", "Underskrifter") in headings(tokens)
    assert "Medarbeider: ____________________" in all_text(tokens)


text_strategy = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80
) | st.text(alphabet="#|`<>*_[]()!-+=.1\\&~ \n\tabc", max_size=60)


@settings(max_examples=300, deadline=None)
@given(text_strategy)
def test_inline_text_reads_back_exactly_as_one_paragraph(text: str) -> None:
    escaped = inline(text)
    want = expected(" ".join(text.splitlines()))
    if not want:
        assert escaped == ""
        return
    for doc in (escaped, f"- {escaped}", f"**Du:** {escaped}", f"> {escaped}"):
        tokens = md.parse(doc)
        inlines = [t for t in tokens if t.type == "inline"]
        assert len(inlines) == 1, doc
        assert not {"html_inline", "code_inline", "link_open", "image", "em_open"} & kinds(tokens)
        read = plain(inlines[0])
        assert read.removeprefix("Du: ") == want, doc


@settings(max_examples=200, deadline=None)
@given(text_strategy)
def test_block_text_keeps_its_lines_inside_a_list_item(text: str) -> None:
    escaped = block(text, indent="  ")
    wanted = [expected(line) for line in text.splitlines()]
    wanted = [w for w in wanted if w]
    if not wanted:
        assert escaped == ""
        return
    tokens = md.parse(f"- Hvem: {escaped}\n- neste")
    assert sum(t.type == "list_item_open" for t in tokens) == 2
    inlines = [t for t in tokens if t.type == "inline"]
    assert plain(inlines[0]) == "Hvem: " + "\n".join(wanted)
