"""Feedback items: short, kind Norwegian verdicts, each naming its words."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from samtale_tui.analysis.model import Feedback, Question, Span
from samtale_tui.analysis.rewrite import (
    rewrite_closed,
    rewrite_leading,
    rewrite_telling,
    rewrite_why,
)

_QUOTE_MAX = 48
_QUOTE_SOURCE = 200
"""Characters of a span a message quotes from (the quote itself is shorter)."""
_MAX_QUESTION_ITEMS = 12
_REWRITE_MAX = 400
"""Characters of a question that its rewrite is built from (a rewrite is short)."""
"""Question verdicts listed per reply; a huge reply still gets a short list."""

MESSAGES: dict[str, str] = {
    "why": (
        "Et hvorfor-spørsmål kan høres ut som en anklage, selv når det er ment godt. "
        "Spør heller hva som gjorde det vanskelig."
    ),
    "closed": (
        "Dette kan besvares med ja eller nei. Et åpent spørsmål gir den ansatte mer rom "
        "til å fortelle."
    ),
    "open": "Et åpent spørsmål: det inviterer den ansatte til å svare med egne ord.",
    "warmth": "Varme: du viser at du ser personen og bryr deg.",
    "clarity": "Tydelighet: du gir en ramme eller et konkret neste steg.",
    "warmth_clarity": "Varm og tydelig på én gang – det er den kombinasjonen som virker best.",
    "reflection": "Speiling: du gir tilbake det du har hørt, og viser at du lytter.",
    "diagnosis": (
        "Den ansatte trenger ikke fortelle om diagnose eller behandling. Snakk heller om "
        "hva hen kan gjøre på jobb."
    ),
    "suspicion": (
        "Dette kan høres ut som at du tviler på at fraværet er ekte. Mistillit tærer på "
        "tilliten dere trenger."
    ),
    "telling": (
        "Her bestemmer du for den ansatte. Inviter heller til egne forslag, så eier hen "
        "løsningen selv."
    ),
    "minimizing": (
        "Dette kan oppleves som at du gjør situasjonen mindre enn den er. Anerkjenn heller "
        "det hen kjenner på."
    ),
    "leading": (
        "Spørsmålet legger svaret i munnen på den ansatte. Spør åpent, så får du høre hva "
        "hen faktisk mener."
    ),
    "multiple_questions": (
        "Flere spørsmål på en gang gjør det vanskelig å svare. Still ett og vent på svaret."
    ),
}

SUGGESTIONS: dict[str, dict[str, str]] = {
    "nb": {
        "diagnosis": "Hva kjenner du at du klarer på jobb akkurat nå?",
        "suspicion": (
            "Jeg ser at fraværet har økt, og jeg vil gjerne forstå hvordan du har det. "
            "Hva tenker du selv?"
        ),
        "minimizing": "Det høres krevende ut. Hvordan er det for deg nå?",
    },
    "en": {
        "diagnosis": "What do you feel you can manage at work right now?",
        "suspicion": (
            "I have noticed the absence has grown, and I would like to understand how you "
            "are. What do you think yourself?"
        ),
        "minimizing": "That sounds hard. How is it for you right now?",
    },
}


LEARNED_NOTE = "(Lest ut fra ordvalget: slike ord går ofte igjen i svar med dette kjennetegnet.)"
"""Added to a verdict that came from the learned word evidence, not from a rule."""


@lru_cache(maxsize=8192)
def _message(words: str, key: str) -> str:
    """Return the feedback message for ``words`` under ``key``, cached."""
    return f"{quote(words, 0, len(words))}: {MESSAGES[key]}"


def _learned_message(text: str, spans: list[Span], key: str) -> str:
    """The message for a learned verdict: every word that weighed, then the note."""
    words = [quote(text, s.start, min(s.end, s.start + _QUOTE_SOURCE)) for s in spans]
    listed = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " og " + words[-1]
    return f"{listed}: {MESSAGES[key]} {LEARNED_NOTE}"


def quote(text: str, start: int, end: int) -> str:
    """Return the span's words in «», shortened for display."""
    words = " ".join(text[start:end].split())
    if len(words) > _QUOTE_MAX:
        words = words[: _QUOTE_MAX - 1].rstrip() + "…"
    return f"«{words}»"


def _enclosing(sents: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int]:
    i = bisect_right(starts, pos) - 1
    return sents[max(i, 0)] if sents else (pos, pos)


def build(
    text: str,
    lang: str,
    question_type: str,
    questions: list[Question],
    warmth_spans: list[Span],
    clarity_spans: list[Span],
    reflection_spans: list[Span],
    pitfall_spans: list[tuple[str, Span]],
    sents: list[tuple[int, int]],
    learned: dict[str, list[Span]] | None = None,
) -> tuple[Feedback, ...]:
    """Return the feedback items for one analysed reply, worst first.

    ``learned`` holds the verdicts that came from the word evidence of
    ``learned.py``, each with the spans of the words that weighed; their
    messages name those words and say where the verdict came from.
    """
    learned = learned or {}
    out: list[Feedback] = []
    starts = [s for s, _ in sents]
    pitfall_names = {name for name, _ in pitfall_spans}
    done_leading = False
    for name, span in pitfall_spans:
        if name == "multiple_questions":
            first = questions[0]
            out.append(
                Feedback(
                    name,
                    span.start,
                    span.end,
                    _message(text[span.start : min(span.end, span.start + _QUOTE_SOURCE)], name),
                    _first_question(
                        text,
                        Question(
                            first.start, min(first.end, first.start + _REWRITE_MAX), first.type
                        ),
                    ),
                )
            )
            continue
        suggestion: str | None
        if name == "leading":
            if done_leading:
                continue
            done_leading = True
            q = next((q for q in questions if q.start <= span.start < q.end), None)
            s, e = (q.start, q.end) if q else _enclosing(sents, starts, span.start)
            suggestion = rewrite_leading(text[s : min(e, s + _REWRITE_MAX)], lang)
        elif name == "telling":
            s, e = _enclosing(sents, starts, span.start)
            suggestion = rewrite_telling(text[span.start : min(e, span.start + _REWRITE_MAX)], lang)
        else:
            suggestion = SUGGESTIONS["en" if lang == "en" else "nb"].get(name)
        out.append(
            Feedback(
                name,
                span.start,
                span.end,
                _learned_message(text, learned[name], name)
                if name in learned
                else _message(text[span.start : min(span.end, span.start + _QUOTE_SOURCE)], name),
                suggestion,
            )
        )
    quiet_closed = "leading" in pitfall_names
    quiet_open = bool(pitfall_names & _SPOILS_OPEN)
    harmful = [s for name, s in pitfall_spans if name in ("diagnosis", "suspicion")]
    for q in questions[:_MAX_QUESTION_ITEMS]:
        qtype = q.type
        if (qtype == "closed" and quiet_closed) or (qtype == "open" and quiet_open):
            continue
        if qtype == "closed" and any(q.start <= h.start < q.end for h in harmful):
            continue  # the pitfall's own advice says it better
        message, suggestion = _question_item(
            text[q.start : min(q.end, q.start + _REWRITE_MAX)], qtype, lang
        )
        out.append(Feedback(qtype, q.start, q.end, message, suggestion, qtype == "open"))
    both = bool(warmth_spans) and bool(clarity_spans)
    for kind, spans in (
        ("warmth", warmth_spans),
        ("clarity", clarity_spans),
        ("reflection", reflection_spans),
    ):
        if spans:
            span = spans[0]
            key = "warmth_clarity" if both and kind == "clarity" else kind
            out.append(
                Feedback(
                    kind,
                    span.start,
                    span.end,
                    _learned_message(text, learned[kind], key)
                    if kind in learned
                    else _message(
                        text[span.start : min(span.end, span.start + _QUOTE_SOURCE)], key
                    ),
                    None,
                    True,
                )
            )
    return tuple(out)


_SPOILS_OPEN = frozenset({"diagnosis", "leading"})


@lru_cache(maxsize=8192)
def _question_item(words: str, qtype: str, lang: str) -> tuple[str, str | None]:
    """Return (message, suggestion) for one question, cached by its words."""
    if qtype == "why":
        return _message(words, "why"), rewrite_why(words, lang)
    if qtype == "closed":
        return _message(words, "closed"), rewrite_closed(words, lang)
    return _message(words, "open"), None


def _first_question(text: str, q: Question) -> str:
    words = " ".join(text[q.start : q.end].split()).rstrip(" ,;:")
    if not words.endswith("?"):
        words += "?"
    return words[:1].upper() + words[1:]
