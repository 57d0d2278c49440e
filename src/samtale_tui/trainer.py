"""Group play for trainer mode: teams, turn rotation, votes and their history.

Pure Python. The presenter screens (``ui/screens/present*.py``) drive a
``GroupPlay`` beside an ordinary ``Conversation``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from samtale_tui.engine import Conversation, Turn

LETTERS = "ABCD"


def parse_teams(text: str) -> list[str]:
    """Split a typed list of teams or participants (comma, semicolon or newline)."""
    parts = [p.strip() for chunk in text.splitlines() for p in chunk.replace(";", ",").split(",")]
    seen: list[str] = []
    for part in parts:
        name = " ".join(part.split())[:40]
        if name and name.casefold() not in {s.casefold() for s in seen}:
            seen.append(name)
    return seen[:12]


@dataclass
class VoteRound:
    """What the room did at one turn.

    Attributes:
        turn: the turn number (1 for the first reply).
        node: the node the room answered.
        team: the team whose turn it was, if teams rotate.
        counts: the show of hands per option (A to D).
        chosen: the option played, or None when the room's own words were typed.
        typed: the room's own words, when typed.
        best: the index of the best authored option.
        score: the analysis score of the reply played.
        trust_change: what the reply did to trust.
        revealed: True once the trainer revealed the feedback for this turn.
    """

    turn: int
    node: str
    team: str | None
    counts: list[int]
    chosen: int | None
    typed: str | None
    best: int | None
    score: int = 0
    trust_change: int = 0
    revealed: bool = False

    @property
    def chose_best(self) -> bool:
        """True when the room played the best authored option."""
        return self.chosen is not None and self.chosen == self.best

    @property
    def total_votes(self) -> int:
        """How many hands went up in all."""
        return sum(self.counts)


@dataclass(frozen=True, slots=True)
class TeamFigures:
    """How one team did over the turns it answered."""

    team: str
    turns: int
    mean_score: float
    chose_best: int
    trust_change: int


@dataclass
class GroupPlay:
    """The group's side of a presented conversation.

    Args:
        conversation: the conversation being played.
        teams: team or participant names (may be empty).
        rotate: when True, turns go to each team in order.
    """

    conversation: Conversation
    teams: list[str] = field(default_factory=list)
    rotate: bool = False
    rounds: list[VoteRound] = field(default_factory=list)
    counts: list[int] = field(default_factory=lambda: [0, 0, 0, 0])

    def current_team(self) -> str | None:
        """The team whose turn it is now, if teams rotate."""
        if not self.teams or not self.rotate:
            return None
        return self.teams[len(self.conversation.turns) % len(self.teams)]

    def options(self) -> list[str]:
        """The authored replies at this node, to show as A to D."""
        return [r.text for r in self.conversation.authored_replies()][: len(LETTERS)]

    def best_option(self) -> int | None:
        """The index of the best authored reply here."""
        replies = self.conversation.authored_replies()
        for i, reply in enumerate(replies[: len(LETTERS)]):
            if reply.quality == "good":
                return i
        return None

    def vote(self, option: int, delta: int = 1) -> None:
        """Add (or with ``delta=-1`` remove) a hand for an option."""
        if 0 <= option < len(self.options()):
            self.counts[option] = max(0, self.counts[option] + delta)

    def leading_option(self) -> int | None:
        """The option with most hands (the first on a tie), or None with no votes."""
        options = len(self.options())
        if options == 0 or not any(self.counts[:options]):
            return None
        top = max(self.counts[:options])
        return self.counts.index(top)

    def play_option(self, option: int) -> Turn:
        """Play authored option ``option`` and record the round."""
        node, best, team = self.conversation.state.node, self.best_option(), self.current_team()
        turn = self.conversation.choose(option)
        self._record(turn, node, team, best, chosen=option, typed=None)
        return turn

    def play_typed(self, text: str) -> Turn:
        """Play the room's own wording and record the round."""
        node, best, team = self.conversation.state.node, self.best_option(), self.current_team()
        turn = self.conversation.reply(text)
        self._record(turn, node, team, best, chosen=None, typed=turn.reply or None)
        return turn

    def play_pause(self) -> Turn:
        """Let the room stay silent on purpose, and record the round."""
        node, best, team = self.conversation.state.node, self.best_option(), self.current_team()
        turn = self.conversation.pause()
        self._record(turn, node, team, best, chosen=None, typed=None)
        return turn

    def _record(
        self,
        turn: Turn,
        node: str,
        team: str | None,
        best: int | None,
        chosen: int | None,
        typed: str | None,
    ) -> None:
        self.rounds.append(
            VoteRound(
                turn=turn.index,
                node=node,
                team=team,
                counts=list(self.counts),
                chosen=chosen,
                typed=typed,
                best=best,
                score=turn.analysis.score,
                trust_change=turn.trust_after - turn.trust_before,
            )
        )
        self.counts = [0, 0, 0, 0]

    def reveal_last(self) -> VoteRound | None:
        """Mark the last round revealed and return it."""
        if not self.rounds:
            return None
        self.rounds[-1].revealed = True
        return self.rounds[-1]

    def team_figures(self) -> list[TeamFigures]:
        """Per-team figures, in team order (empty when no teams rotated)."""
        out: list[TeamFigures] = []
        for team in self.teams:
            rounds = [r for r in self.rounds if r.team == team]
            if not rounds:
                continue
            out.append(
                TeamFigures(
                    team=team,
                    turns=len(rounds),
                    mean_score=sum(r.score for r in rounds) / len(rounds),
                    chose_best=sum(r.chose_best for r in rounds),
                    trust_change=sum(r.trust_change for r in rounds),
                )
            )
        return out


@dataclass
class Countdown:
    """A countdown timer the trainer starts, pauses and resets.

    Time is passed in (seconds from any monotonic clock), so the timer is
    deterministic in tests.
    """

    duration: float = 180.0
    _elapsed: float = 0.0
    _started_at: float | None = None

    @property
    def running(self) -> bool:
        """True while counting down."""
        return self._started_at is not None

    def start(self, now: float) -> None:
        """Start (or continue) counting down."""
        if self._started_at is None and self.remaining(now) > 0:
            self._started_at = now

    def pause(self, now: float) -> None:
        """Stop counting, keeping the time left."""
        if self._started_at is not None:
            self._elapsed += now - self._started_at
            self._started_at = None

    def toggle(self, now: float) -> None:
        """Start when paused, pause when running."""
        if self.running:
            self.pause(now)
        else:
            self.start(now)

    def reset(self, duration: float | None = None) -> None:
        """Back to the full time (optionally a new one), paused."""
        if duration is not None:
            self.duration = max(0.0, duration)
        self._elapsed = 0.0
        self._started_at = None

    def remaining(self, now: float) -> float:
        """Seconds left (never below zero)."""
        elapsed = self._elapsed + (now - self._started_at if self._started_at is not None else 0)
        return max(0.0, self.duration - elapsed)

    def display(self, now: float) -> str:
        """The time left as ``MM:SS``."""
        left = round(self.remaining(now))
        return f"{left // 60:02d}:{left % 60:02d}"


def votes_markdown(play: GroupPlay) -> list[str]:
    """The room's choices, turn by turn, and the team figures, as Markdown lines."""
    from samtale_tui.export.escape import inline

    lines = ["## Hva rommet valgte", ""]
    if not play.rounds:
        return [*lines, "Ingen turer ble spilt.", ""]
    lines += [
        "| Tur | Lag | Stemmer | Valgt | Beste | Poeng | Tillit |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in play.rounds:
        votes = ", ".join(f"{LETTERS[i]}: {n}" for i, n in enumerate(r.counts) if n) or "ingen"
        if r.chosen is not None:
            chosen = LETTERS[r.chosen] + (" (beste)" if r.chose_best else "")
        else:
            chosen = "egne ord" if r.typed else "pause"
        best = LETTERS[r.best] if r.best is not None else "–"
        team = inline(r.team) if r.team else "–"
        lines.append(
            f"| {r.turn} | {team} | {votes} | {chosen} | {best} | {r.score} | {r.trust_change:+d} |"
        )
    lines.append("")
    figures = play.team_figures()
    if figures:
        lines += [
            "## Lagene",
            "",
            "| Lag | Turer | Snittpoeng | Valgte beste | Tillit |",
            "| --- | --- | --- | --- | --- |",
        ]
        for f in figures:
            lines.append(
                f"| {inline(f.team)} | {f.turns} | {f.mean_score:.0f} | {f.chose_best} | "
                f"{f.trust_change:+d} |"
            )
        lines.append("")
    return lines
