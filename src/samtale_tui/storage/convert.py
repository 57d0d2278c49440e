"""Turn a live ``PracticeSession`` into a ``SessionRecord`` and back (no Textual)."""

from __future__ import annotations

from samtale_tui.analysis import silence_analysis
from samtale_tui.debrief import Debrief, build_debrief
from samtale_tui.engine import Conversation, State, Turn, Undone
from samtale_tui.practice import PracticeSession
from samtale_tui.scenarios.model import Scenario
from samtale_tui.storage.errors import StorageError
from samtale_tui.storage.records import (
    ReasonRecord,
    SessionRecord,
    StateRecord,
    SummaryRecord,
    TurnRecord,
    UndoneRecord,
)


def turn_record(turn: Turn, flags_before: frozenset[str] | None = None) -> TurnRecord:
    """The stored form of one turn."""
    a = turn.analysis
    return TurnRecord(
        index=turn.index,
        node=turn.node,
        employee=turn.employee,
        reply=turn.reply,
        silence=turn.silence,
        menu_choice=turn.menu_choice,
        branch=turn.branch,
        goto=turn.goto,
        trust_before=turn.trust_before,
        trust_after=turn.trust_after,
        flags_before=sorted(flags_before or ()),
        note=turn.note,
        question_type=a.question_type,
        questions=len(a.questions),
        warmth=a.warmth,
        clarity=a.clarity,
        reflection=a.reflection,
        pitfalls=list(a.pitfalls),
        topics=list(a.topics),
        score=a.score,
        feedback=[f.message for f in a.feedback if f.message],
    )


def summary_record(debrief: Debrief) -> SummaryRecord:
    """The stored debrief figures."""
    return SummaryRecord(
        score=debrief.score,
        reasons=[
            ReasonRecord(label=r.label, points=r.points, max_points=r.max_points, detail=r.detail)
            for r in debrief.reasons
        ],
        replies=debrief.replies,
        silences=debrief.silences,
        questions=debrief.questions,
        open_questions=debrief.open_questions,
        closed_questions=debrief.closed_questions,
        why_questions=debrief.why_questions,
        reflections=debrief.reflections,
        warm_replies=debrief.warm_replies,
        clear_replies=debrief.clear_replies,
        quadrant=debrief.quadrant,
        pitfalls=dict(debrief.pitfalls),
        best=debrief.best.index if debrief.best else None,
        worst=debrief.worst.index if debrief.worst else None,
        rewrite=debrief.rewrite,
        rewrite_why=debrief.rewrite_why,
        ending_title=debrief.ending_title,
        ending_outcome=debrief.ending_outcome,
        learning=debrief.learning,
        trust_start=debrief.trust_start,
        trust_end=debrief.trust_end,
    )


def session_record(session: PracticeSession, abandoned: bool = False) -> SessionRecord:
    """The stored form of a practice session, with its debrief figures."""
    conversation = session.conversation
    history: list[State] = list(getattr(conversation, "_history", []))
    turns = [
        turn_record(turn, history[i].flags if i < len(history) else None)
        for i, turn in enumerate(conversation.turns)
    ]
    state = conversation.state
    scenario = session.scenario
    return SessionRecord(
        id=session.id,
        scenario_id=scenario.id,
        scenario_title=scenario.title,
        persona_name=scenario.persona.name,
        mode=session.mode,
        started=session.started,
        updated=session.updated or session.started,
        finished=session.finished,
        abandoned=abandoned,
        state=StateRecord(
            node=state.node,
            trust=state.trust,
            flags=sorted(state.flags),
            turn=state.turn,
            ending=state.ending,
            finished=state.finished,
        ),
        turns=turns,
        undone=[
            UndoneRecord(turn=turn_record(u.turn), replaced_by=u.replaced_by)
            for u in conversation.undone
        ],
        summary=summary_record(build_debrief(conversation)),
        reflection_questions=list(scenario.reflection_questions),
        checklist=list(session.checklist),
        job_wheel=dict(session.job_wheel) if session.job_wheel is not None else None,
    )


def _turn(conversation: Conversation, record: TurnRecord) -> Turn:
    analysis = silence_analysis() if record.silence else conversation.analyser(record.reply)
    return Turn(
        index=record.index,
        node=record.node,
        employee=record.employee,
        reply=record.reply,
        analysis=analysis,
        branch=record.branch,
        goto=record.goto,
        trust_before=record.trust_before,
        trust_after=record.trust_after,
        note=record.note,
        menu_choice=record.menu_choice,
    )


def _check_fits(record: SessionRecord, scenario: Scenario) -> None:
    nodes = {record.state.node, *(t.node for t in record.turns)}
    missing = sorted(n for n in nodes if n not in scenario.nodes)
    ending = record.state.ending
    if missing or (ending is not None and ending not in scenario.endings):
        raise StorageError(
            f"Scenarioet «{scenario.title}» er endret siden økten {record.id} ble lagret, "
            "så økten kan ikke fortsettes. Den kan fortsatt eksporteres."
        )


def practice_session(record: SessionRecord, scenario: Scenario) -> PracticeSession:
    """Rebuild a live session from its record, exactly where it stood.

    Replies are analysed again (the analysis is deterministic); the state and
    the history of states are restored as saved, so undo works after a resume.

    Raises:
        StorageError: when the scenario no longer fits the saved session.
    """
    if record.scenario_id != scenario.id:
        raise StorageError(
            f"Økten {record.id} hører til scenarioet {record.scenario_id}, ikke {scenario.id}."
        )
    _check_fits(record, scenario)
    conversation = Conversation(scenario)
    conversation.turns = [_turn(conversation, t) for t in record.turns]
    conversation.undone = [
        Undone(_turn(conversation, u.turn), replaced_by=u.replaced_by) for u in record.undone
    ]
    conversation._history = [
        State(
            node=t.node,
            trust=t.trust_before,
            flags=frozenset(t.flags_before),
            turn=t.index - 1,
        )
        for t in record.turns
    ]
    s = record.state
    conversation.state = State(
        node=s.node,
        trust=s.trust,
        flags=frozenset(s.flags),
        turn=s.turn,
        ending=s.ending,
        finished=s.finished,
    )
    return PracticeSession(
        id=record.id,
        scenario=scenario,
        mode=record.mode,
        started=record.started,
        conversation=conversation,
        updated=record.updated,
        checklist=list(record.checklist),
        job_wheel=dict(record.job_wheel) if record.job_wheel is not None else None,
    )


__all__ = ["practice_session", "session_record", "summary_record", "turn_record"]
