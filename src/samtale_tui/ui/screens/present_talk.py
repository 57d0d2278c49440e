"""Trainer mode, step two: the conversation on the big screen.

Few, large elements: the employee's words in a calm column, the options as
A to D with the room's show of hands, a big countdown. Feedback and trust stay
hidden until the trainer reveals them, so no number anchors the discussion.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Digits, Input, Static

from samtale_tui.engine import ConversationOver, trust_word
from samtale_tui.practice import PracticeSession, new_session_id
from samtale_tui.trainer import LETTERS, GroupPlay, VoteRound
from samtale_tui.ui.widgets.countdown_clock import CountdownClock
from samtale_tui.ui.widgets.footer import SteadyFooter
from samtale_tui.ui.wording import describe

DEFAULT_MINUTES = 3


def vote_bar(count: int, total: int, width: int = 20) -> str:
    """A bar of hands, readable without colour: ``■■■■□□□□``."""
    if total <= 0:
        return "·" * width
    filled = round(width * count / total)
    return "■" * filled + "□" * (width - filled)


class PresentTalkScreen(Screen[None]):
    """The conversation, presented to a room."""

    CSS_PATH = "present_talk.tcss"
    HELP = (
        "Rommet diskuterer og stemmer. Tast a–d for hver hånd som går opp, x nullstiller. "
        "Enter spiller alternativet med flest stemmer, 1–4 spiller et bestemt alternativ, "
        "t lar deg skrive rommets egne ord, p er en bevisst pause. r viser tilbakemelding "
        "og tillit for siste tur. Mellomrom starter og pauser klokka, 0 nullstiller den, "
        "+ og - endrer tiden. s avslutter og viser oppsummeringen."
    )
    BINDINGS = [
        Binding("a", "vote(0)", "En stemme på A", show=False),
        Binding("b", "vote(1)", "En stemme på B", show=False),
        Binding("c", "vote(2)", "En stemme på C", show=False),
        Binding("d", "vote(3)", "En stemme på D", show=False),
        Binding("x", "clear_votes", "Nullstill", show=False),
        Binding("enter", "play_leading", "Spill", id="present-play"),
        Binding("1", "play(0)", "Spill A", show=False),
        Binding("2", "play(1)", "Spill B", show=False),
        Binding("3", "play(2)", "Spill C", show=False),
        Binding("4", "play(3)", "Spill D", show=False),
        Binding("t", "type_reply", "Egne ord", id="present-type"),
        Binding("p", "pause", "Pause", id="present-pause"),
        Binding("r", "reveal", "Vis", id="present-reveal"),
        Binding("space", "timer", "Klokke", id="present-timer"),
        Binding("0", "timer_reset", "Nullstill klokka", show=False),
        Binding("plus", "timer_adjust(60)", "+1 min", show=False),
        Binding("minus", "timer_adjust(-60)", "-1 min", show=False),
        Binding("s", "finish", "Slutt", id="present-finish"),
        Binding("escape", "back", "Tilbake", show=False, id="present-talk-back"),
    ]

    def __init__(self, play: GroupPlay, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.play = play
        self.clock = clock
        self.session: PracticeSession | None = None

    def _session(self) -> PracticeSession:
        """The saved session behind the room's conversation (made on first use)."""
        if self.session is None:
            now = self.app.config.clock()  # type: ignore[attr-defined]
            self.session = PracticeSession(
                id=new_session_id(now),
                scenario=self.play.conversation.scenario,
                mode="present",
                started=now,
                conversation=self.play.conversation,
                updated=now,
            )
        return self.session

    def _save(self) -> None:
        session = self._session()
        session.updated = self.app.config.clock()  # type: ignore[attr-defined]
        save = getattr(self.app, "save_session", None)
        if save is not None:
            save(session)

    # -- layout ------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Horizontal(id="present-top"):
            yield Static(id="present-title")
            yield CountdownClock(DEFAULT_MINUTES * 60, self.clock, id="present-clock")
        with VerticalScroll(id="present-column"):
            yield Static(id="present-history")
            yield Static(id="present-now")
            yield Static(id="present-discussion")
            with Vertical(id="present-options"):
                for index in range(len(LETTERS)):
                    yield Static(classes="present-option", id=f"present-option-{index}")
            yield Digits("", id="present-tally")
            yield Static(id="present-reveal")
        yield Input(
            placeholder="Rommets egne ord – Enter spiller, Esc avbryter", id="present-input"
        )
        yield SteadyFooter(compact=True)

    def on_mount(self) -> None:
        self.query_one("#present-input", Input).display = False
        self.query_one("#present-reveal", Static).display = False
        self._refresh_all()

    # -- drawing -------------------------------------------------------------
    def _refresh_all(self) -> None:
        conversation = self.play.conversation
        scenario = conversation.scenario
        team = self.play.current_team()
        title = Text(scenario.title, style="bold")
        title.append(f"\nTur {len(conversation.turns) + 1}")
        if team:
            title.append(f" · Nå svarer: {team}", style="bold")
        if conversation.over:
            title = Text(scenario.title, style="bold")
            title.append("\nSamtalen er over")
        self.query_one("#present-title", Static).update(title)
        self._draw_history()
        self._draw_now()
        self._draw_options()
        self._draw_reveal()

    def _draw_history(self) -> None:
        conversation = self.play.conversation
        name = conversation.scenario.persona.name
        text = Text()
        rounds = {r.turn: r for r in self.play.rounds}
        for turn in conversation.turns[-3:]:
            text.append(f"{name}: ", style="bold")
            text.append(turn.employee + "\n", style="dim")
            who = "Rommet"
            vote_round = rounds.get(turn.index)
            if vote_round and vote_round.team:
                who = vote_round.team
            text.append(f"  {who}: ", style="bold")
            text.append(("(pause)" if turn.silence else turn.reply) + "\n", style="dim")
            if vote_round and vote_round.revealed:
                text.append(f"    ↳ {describe(turn.analysis)}", style="italic")
                text.append(f" · tillit {turn.trust_before} → {turn.trust_after}\n", style="italic")
            text.append("\n")
        self.query_one("#present-history", Static).update(text)

    def _draw_now(self) -> None:
        conversation = self.play.conversation
        name = conversation.scenario.persona.name
        text = Text()
        text.append(f"{name}:\n", style="bold")
        text.append(f"«{conversation.employee_line()}»", style="bold")
        if conversation.over:
            ending = conversation.ending
            if ending is not None:
                text.append(f"\n\nSlutt: {ending.title}", style="bold")
            text.append("\n\nTrykk s for oppsummeringen.", style="italic")
        self.query_one("#present-now", Static).update(text)
        node = conversation.scenario.nodes.get(conversation.state.node)
        prompt = node.discussion if node is not None and not conversation.over else None
        discussion = self.query_one("#present-discussion", Static)
        discussion.display = bool(prompt)
        if prompt:
            discussion.update(Text.assemble(("Til diskusjon: ", "bold"), prompt))

    def _draw_options(self) -> None:
        options = [] if self.play.conversation.over else self.play.options()
        counts = self.play.counts
        total = sum(counts[: len(options)])
        for index in range(len(LETTERS)):
            widget = self.query_one(f"#present-option-{index}", Static)
            if index >= len(options):
                widget.display = False
                continue
            widget.display = True
            # A grid keeps a wrapped option under its own text, not under the letter.
            row = Table.grid(padding=(0, 2), expand=True)
            row.add_column(no_wrap=True)
            row.add_column(ratio=1)
            row.add_row(
                Text(f" {LETTERS[index]} ", style="reverse bold"),
                Text.assemble(
                    options[index],
                    "\n",
                    (f"{vote_bar(counts[index], total)} {counts[index]}", "bold"),
                ),
            )
            widget.update(row)
        tally = self.query_one("#present-tally", Digits)
        tally.display = bool(options)
        tally.update("  ".join(f"{LETTERS[i]}{counts[i]}" for i in range(len(options))))

    def _draw_reveal(self) -> None:
        panel = self.query_one("#present-reveal", Static)
        last = self.play.rounds[-1] if self.play.rounds else None
        if last is None or not last.revealed:
            panel.display = False
            return
        turn = next((t for t in self.play.conversation.turns if t.index == last.turn), None)
        if turn is None:
            panel.display = False
            return
        panel.display = True
        text = Text()
        text.append(f"Tur {turn.index}: {describe(turn.analysis)}\n", style="bold")
        for item in turn.analysis.feedback[:3]:
            marker = "+" if item.positive else "–"
            text.append(f" {marker} {item.message}\n")
            if item.suggestion:
                text.append(f"   Prøv: «{item.suggestion}»\n", style="italic")
        text.append(
            f"Tillit: {turn.trust_before} → {turn.trust_after} ({trust_word(turn.trust_after)})\n"
        )
        if turn.note:
            text.append(f"Hvorfor: {turn.note}\n", style="italic")
        text.append(self._vote_summary(last))
        panel.update(text)

    def _vote_summary(self, vote_round: VoteRound) -> str:
        if vote_round.chosen is None:
            return "Rommet valgte egne ord." if vote_round.typed else "Rommet valgte en pause."
        chosen = LETTERS[vote_round.chosen]
        if vote_round.chose_best:
            return f"Rommet valgte {chosen}: det beste alternativet."
        best = LETTERS[vote_round.best] if vote_round.best is not None else "?"
        return f"Rommet valgte {chosen}. Det beste alternativet var {best}."

    # -- actions -------------------------------------------------------------
    def action_vote(self, option: int) -> None:
        """One more hand for an option."""
        self.play.vote(option)
        self._draw_options()

    def action_clear_votes(self) -> None:
        """Start the show of hands again."""
        self.play.counts = [0, 0, 0, 0]
        self._draw_options()

    def _after_turn(self) -> None:
        self._save()
        self.query_one(CountdownClock).reset()
        self._refresh_all()
        self.query_one("#present-column", VerticalScroll).scroll_end(animate=False)

    def action_play_leading(self) -> None:
        """Play the option with most hands."""
        if self.play.conversation.over:
            self.action_finish()
            return
        leading = self.play.leading_option()
        if leading is None:
            self.notify("Ingen stemmer ennå. Tast a–d for hver hånd, eller 1–4 for et valg.")
            return
        self.action_play(leading)

    def action_play(self, option: int) -> None:
        """Play option ``option`` (0 is A)."""
        if self.play.conversation.over or option >= len(self.play.options()):
            return
        try:
            self.play.play_option(option)
        except ConversationOver:
            return
        self._after_turn()

    def action_type_reply(self) -> None:
        """Let the trainer type the room's own wording."""
        if self.play.conversation.over:
            return
        field = self.query_one("#present-input", Input)
        field.display = True
        field.focus()

    @on(Input.Submitted, "#present-input")
    def _typed(self, event: Input.Submitted) -> None:
        event.stop()
        field = self.query_one("#present-input", Input)
        text = event.value.strip()
        field.value = ""
        field.display = False
        self.focus_next()
        if not text or self.play.conversation.over:
            return
        self.play.play_typed(text)
        self._after_turn()

    def action_pause(self) -> None:
        """The room stays silent on purpose."""
        if self.play.conversation.over:
            return
        self.play.play_pause()
        self._after_turn()

    def action_reveal(self) -> None:
        """Show feedback and trust for the last turn."""
        if self.play.reveal_last() is None:
            self.notify("Ingen tur å vise ennå.")
            return
        self._refresh_all()
        self.query_one("#present-column", VerticalScroll).scroll_end(animate=False)

    def action_timer(self) -> None:
        """Start or pause the countdown."""
        self.query_one(CountdownClock).toggle()

    def action_timer_reset(self) -> None:
        """Back to the full time."""
        self.query_one(CountdownClock).reset()

    def action_timer_adjust(self, seconds: int) -> None:
        """Change the full time by ``seconds`` (at least one minute)."""
        self.query_one(CountdownClock).adjust(seconds)

    def action_finish(self) -> None:
        """End the conversation and show the room's debrief."""
        from samtale_tui.ui.screens.present_debrief import PresentDebriefScreen

        self.play.conversation.finish()
        self._save()
        self.app.switch_screen(
            PresentDebriefScreen(self.play, clock=self.clock, session=self._session())
        )

    def action_back(self) -> None:
        """Close the input if open; otherwise back to the setup."""
        field = self.query_one("#present-input", Input)
        if field.display:
            field.value = ""
            field.display = False
            self.focus_next()
            return
        # A stray Esc in front of a room should not end the round: ask once.
        played = bool(self.play.conversation.turns)
        if played and not getattr(self, "_leave_warned", False):
            self._leave_warned = True
            self.notify(
                "Esc en gang til går tilbake og avslutter runden. S viser oppsummeringen.",
                title="Avslutte runden?",
                timeout=6,
            )
            return
        self.app.pop_screen()
