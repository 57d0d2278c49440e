"""Headless play: run a reply script through a scenario and report it.

Used by ``samtale play ID --script FILE`` and by the tests that prove each
scenario. No Textual here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from samtale_tui.analysis import Analysis
from samtale_tui.engine import Conversation, trust_word
from samtale_tui.scenarios.model import Scenario

PAUSE = "/pause"

QUESTION_WORDS = {
    "open": "åpent spørsmål",
    "closed": "lukket spørsmål",
    "why": "hvorfor-spørsmål",
    "none": "ingen spørsmål",
}

PITFALL_WORDS = {
    "diagnosis": "diagnose",
    "suspicion": "mistro",
    "telling": "bestemmer for den andre",
    "minimizing": "bagatelliserer",
    "leading": "ledende",
    "multiple_questions": "flere spørsmål",
}


def read_script(lines: Iterable[str]) -> list[str | None]:
    """Turn script lines into replies: ``None`` for ``/pause``; blank lines and ``#`` comments skipped."""
    replies: list[str | None] = []
    for raw in lines:
        line = raw.rstrip("\r\n")
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        replies.append(None if stripped.lower() == PAUSE else stripped)
    return replies


def play_script(scenario: Scenario, replies: list[str | None]) -> Conversation:
    """Play the replies until they run out or an ending is reached."""
    conversation = Conversation(scenario)
    conversation.replay(replies)
    return conversation


def summarise(analysis: Analysis) -> str:
    """A one-line Norwegian summary of an analysis."""
    if analysis.silence:
        return "bevisst pause"
    parts = [QUESTION_WORDS.get(analysis.question_type, analysis.question_type)]
    for flag, word in (
        (analysis.warmth, "varme"),
        (analysis.clarity, "tydelighet"),
        (analysis.reflection, "speiling"),
    ):
        if flag:
            parts.append(word)
    parts.extend(f"fallgruve: {PITFALL_WORDS.get(p, p)}" for p in analysis.pitfalls)
    parts.append(f"poeng {analysis.score}")
    return " · ".join(parts)


def as_text(conversation: Conversation) -> str:
    """The conversation as readable text, as ``samtale play --script`` prints it."""
    scenario = conversation.scenario
    name = scenario.persona.name
    out = [f"{scenario.title} ({scenario.id})", f"Tillit ved start: {scenario.trust}", ""]
    for turn in conversation.turns:
        out.append(f"{turn.index:>2}. {name}: {turn.employee}")
        reply = "(pause)" if turn.silence else turn.reply
        out.append(f"    Du: {reply}")
        out.append(f"    [{summarise(turn.analysis)}]")
        out.append(
            f"    tillit {turn.trust_before} → {turn.trust_after} ({trust_word(turn.trust_after)})"
        )
        if turn.note:
            out.append(f"    note: {turn.note}")
        out.append("")
    ending = conversation.ending
    if ending is not None:
        out.append(f"{name}: {ending.text}")
        out.append("")
        out.append(f"Slutt: {ending.title} [{conversation.state.ending}, {ending.outcome}]")
        out.append(f"Læringspunkt: {ending.learning}")
    else:
        out.append(f"Neste replikk fra {name}: {conversation.employee_line()}")
        out.append("Slutt: ikke nådd (manuset tok slutt)")
    out.append(
        f"Tillit til slutt: {conversation.state.trust} ({trust_word(conversation.state.trust)})"
    )
    return "\n".join(out)


def as_json(conversation: Conversation) -> dict[str, Any]:
    """The conversation as the JSON document of ``samtale play --json``."""
    return {
        "scenario": conversation.scenario.id,
        "turns": [
            {
                "node": t.node,
                "employee": t.employee,
                "reply": None if t.silence else t.reply,
                "analysis": t.analysis.to_json(),
                "trust": t.trust_after,
            }
            for t in conversation.turns
        ],
        "ending": conversation.state.ending,
        "trust": conversation.state.trust,
    }
