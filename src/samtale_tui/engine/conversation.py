"""The conversation engine: state, branch selection, undo and hints.

Pure Python. Given the same scenario and the same replies, it always gives
the same conversation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from samtale_tui.analysis import Analysis, analyse, silence_analysis
from samtale_tui.engine.trust import clamp_trust
from samtale_tui.scenarios.model import AuthoredReply, Branch, Condition, Ending, Scenario

Analyser = Callable[[str], Analysis]

MAX_REPLY_CHARS = 4000
"""Replies longer than this are cut before they enter the transcript."""


@dataclass(frozen=True, slots=True)
class State:
    """Where the conversation stands. Immutable, so undo is exact."""

    node: str
    trust: int
    flags: frozenset[str] = frozenset()
    turn: int = 0
    ending: str | None = None
    finished: bool = False


@dataclass(frozen=True, slots=True)
class Turn:
    """One exchange: what the employee said, the reply, and what followed."""

    index: int
    node: str
    employee: str
    reply: str
    analysis: Analysis
    branch: int
    goto: str
    trust_before: int
    trust_after: int
    note: str | None = None
    menu_choice: int | None = None

    @property
    def silence(self) -> bool:
        """True when the manager chose to stay silent."""
        return self.analysis.silence


@dataclass(frozen=True, slots=True)
class Undone:
    """A reply the manager took back, and the turn number it had."""

    turn: Turn
    replaced_by: int


@dataclass(frozen=True, slots=True)
class Hint:
    """The best authored reply at a node, and why it works."""

    text: str
    why: str


def condition_matches(when: Condition, analysis: Analysis, state: State) -> bool:
    """Decide whether a branch condition holds for a reply in a state."""
    turn = state.turn + 1
    checks = (
        when.question is None or analysis.question_type in when.question,
        when.warmth is None or analysis.warmth == when.warmth,
        when.clarity is None or analysis.clarity == when.clarity,
        when.reflection is None or analysis.reflection == when.reflection,
        when.silence is None or analysis.silence == when.silence,
        when.any_pitfall is None or bool(analysis.pitfalls) == when.any_pitfall,
        when.pitfalls_any is None or any(p in analysis.pitfalls for p in when.pitfalls_any),
        when.pitfalls_none is None or not any(p in analysis.pitfalls for p in when.pitfalls_none),
        when.topics_any is None or any(t in analysis.topics for t in when.topics_any),
        when.topics_all is None or all(t in analysis.topics for t in when.topics_all),
        when.min_score is None or analysis.score >= when.min_score,
        when.max_score is None or analysis.score <= when.max_score,
        when.min_trust is None or state.trust >= when.min_trust,
        when.max_trust is None or state.trust <= when.max_trust,
        when.flags_all is None or all(f in state.flags for f in when.flags_all),
        when.flags_none is None or not any(f in state.flags for f in when.flags_none),
        when.min_turn is None or turn >= when.min_turn,
        when.max_turn is None or turn <= when.max_turn,
    )
    return all(checks)


class ConversationOver(RuntimeError):
    """Raised when a reply is given after the conversation has ended."""


@dataclass
class Conversation:
    """A conversation in progress through one scenario.

    Args:
        scenario: the scenario to play.
        analyser: the reply analyser (the real one by default).
    """

    scenario: Scenario
    analyser: Analyser = analyse
    state: State = field(init=False)
    turns: list[Turn] = field(default_factory=list, init=False)
    undone: list[Undone] = field(default_factory=list, init=False)
    _history: list[State] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        self.state = State(node=self.scenario.start, trust=self.scenario.trust)

    # -- reading ---------------------------------------------------------
    @property
    def over(self) -> bool:
        """True once an ending is reached or the manager ended the talk."""
        return self.state.finished

    @property
    def ending(self) -> Ending | None:
        """The ending reached, if any."""
        if self.state.ending is None:
            return None
        return self.scenario.endings.get(self.state.ending)

    def employee_line(self) -> str:
        """What the employee says now (the ending's words once it is over)."""
        if self.state.ending is not None:
            return self.scenario.endings[self.state.ending].text
        return self.scenario.nodes[self.state.node].line_for(self.state.trust)

    def authored_replies(self) -> list[AuthoredReply]:
        """The menu-mode replies at the current node (none once it is over)."""
        if self.over:
            return []
        return list(self.scenario.nodes[self.state.node].replies)

    def hint(self) -> Hint | None:
        """The best authored reply here and why, or None once it is over."""
        for reply in self.authored_replies():
            if reply.quality == "good":
                return Hint(reply.text, reply.why)
        return None

    def preview(self, analysis: Analysis) -> tuple[int, Branch]:
        """Return the branch a reply would take, without taking it."""
        node = self.scenario.nodes[self.state.node]
        for i, branch in enumerate(node.branches):
            if condition_matches(branch.when, analysis, self.state):
                return i, branch
        return len(node.branches) - 1, node.branches[-1]

    # -- acting ----------------------------------------------------------
    def reply(self, text: str, menu_choice: int | None = None) -> Turn:
        """Give a reply; the employee reacts. Returns the turn played.

        Raises:
            ConversationOver: if the conversation has already ended.
        """
        text = text[:MAX_REPLY_CHARS]
        analysis = self.analyser(text) if text.strip() else silence_analysis()
        return self._play(text.strip(), analysis, menu_choice)

    def pause(self) -> Turn:
        """Stay silent on purpose and let the employee go on."""
        return self._play("", silence_analysis(), None)

    def choose(self, index: int) -> Turn:
        """Play authored reply number ``index`` (menu mode)."""
        replies = self.authored_replies()
        return self.reply(replies[index].text, menu_choice=index)

    def _play(self, text: str, analysis: Analysis, menu_choice: int | None) -> Turn:
        if self.over:
            raise ConversationOver("the conversation has ended")
        before = self.state
        index, branch = self.preview(analysis)
        trust = clamp_trust(before.trust + branch.trust)
        flags = (before.flags - set(branch.clear_flags)) | set(branch.set_flags)
        turn_no = before.turn + 1
        target = branch.goto
        ending: str | None = target if target in self.scenario.endings else None
        if ending is None and turn_no >= self.scenario.max_turns:
            ending = self.scenario.on_turn_limit
        turn = Turn(
            index=turn_no,
            node=before.node,
            employee=self.employee_line(),
            reply=text,
            analysis=analysis,
            branch=index,
            goto=target,
            trust_before=before.trust,
            trust_after=trust,
            note=branch.note,
            menu_choice=menu_choice,
        )
        self._history.append(before)
        self.turns.append(turn)
        self.state = State(
            node=before.node if ending else target,
            trust=trust,
            flags=frozenset(flags),
            turn=turn_no,
            ending=ending,
            finished=ending is not None,
        )
        return turn

    def can_undo(self) -> bool:
        """True when there is a reply to take back."""
        return bool(self.turns)

    def undo(self) -> Turn | None:
        """Take back the last reply, restoring the exact earlier state."""
        if not self.turns:
            return None
        turn = self.turns.pop()
        self.state = self._history.pop()
        self.undone.append(Undone(turn, replaced_by=turn.index))
        return turn

    def finish(self) -> None:
        """End the conversation early (no ending is reached)."""
        if not self.state.finished:
            self.state = replace(self.state, finished=True)

    def replay(self, replies: list[str | None]) -> None:
        """Play replies in order (``None`` is a pause); used to resume a session."""
        for text in replies:
            if self.over:
                break
            if text is None:
                self.pause()
            else:
                self.reply(text)
