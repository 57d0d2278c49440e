"""Trainer mode, step three: the debrief for the room.

The same figures as the practice debrief, plus what the room chose at each
turn against the best option, per-team figures, and the case's reflection
questions one at a time with a discussion timer.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Digits, Static

from samtale_tui.debrief import build_debrief
from samtale_tui.practice import PracticeSession
from samtale_tui.trainer import LETTERS, GroupPlay, VoteRound
from samtale_tui.ui.widgets.countdown_clock import CountdownClock
from samtale_tui.ui.widgets.footer import SteadyFooter

DISCUSSION_MINUTES = 5


def _choice(vote_round: VoteRound) -> str:
    if vote_round.chosen is not None:
        return LETTERS[vote_round.chosen]
    return "egne ord" if vote_round.typed else "pause"


class PresentDebriefScreen(Screen[None]):
    """What the room's conversation added up to."""

    CSS_PATH = "present_debrief.tcss"
    HELP = (
        "Oppsummering for rommet: poeng med begrunnelse, varme og tydelighet, hva rommet "
        "valgte ved hver tur, og refleksjonsspørsmålene ett om gangen. n og p blar i "
        "spørsmålene, mellomrom starter og pauser klokka, 0 nullstiller den. e eksporterer "
        "samtalen og rommets valg til Markdown."
    )
    BINDINGS = [
        Binding("n", "question(1)", "Neste", id="present-next-q"),
        Binding("p", "question(-1)", "Forrige", id="present-prev-q"),
        Binding("space", "timer", "Klokke", id="present-debrief-timer"),
        Binding("0", "timer_reset", "Nullstill klokka", show=False),
        Binding("plus", "timer_adjust(60)", "+1 min", show=False),
        Binding("minus", "timer_adjust(-60)", "-1 min", show=False),
        Binding("e", "export", "Eksporter", id="present-export"),
        Binding("escape", "home", "Bibliotek", id="present-home"),
    ]

    def __init__(
        self,
        play: GroupPlay,
        clock: Callable[[], float] = time.monotonic,
        session: PracticeSession | None = None,
    ) -> None:
        super().__init__()
        self.play = play
        self.session = session
        self.clock = clock
        self.debrief = build_debrief(play.conversation)
        self.question_index = 0

    def compose(self) -> ComposeResult:
        with Horizontal(id="pd-top"):
            yield Static(id="pd-title")
            yield Digits(f"{self.debrief.score}", id="pd-score")
        with VerticalScroll(id="pd-column"):
            yield Static(id="pd-summary")
            yield Static(id="pd-votes")
            yield Static(id="pd-teams")
            with Horizontal(id="pd-question-row"):
                yield Static(id="pd-question")
                yield CountdownClock(DISCUSSION_MINUTES * 60, self.clock, id="pd-clock")
        yield SteadyFooter(compact=True)

    def on_mount(self) -> None:
        self._draw()

    def _draw(self) -> None:
        d = self.debrief
        scenario = self.play.conversation.scenario
        title = Text(f"Oppsummering: {scenario.title}\n", style="bold")
        title.append(f"Poeng {d.score} av 100")
        self.query_one("#pd-title", Static).update(title)

        summary = Text()
        if d.ending_title:
            summary.append(f"Slutt: {d.ending_title}\n", style="bold")
            if d.learning:
                summary.append(f"{d.learning}\n")
        else:
            summary.append("Samtalen ble avsluttet før en slutt.\n", style="bold")
        summary.append(f"\n{d.quadrant_label}: ", style="bold")
        summary.append(d.quadrant_advice + "\n")
        summary.append(
            f"\nÅpne spørsmål: {d.open_questions} av {d.questions} · "
            f"hvorfor-spørsmål: {d.why_questions} · speilinger: {d.reflections} · "
            f"tillit {d.trust_start} → {d.trust_end}\n"
        )
        for reason in d.reasons:
            sign = "+" if reason.points >= 0 else ""
            summary.append(f"  {sign}{reason.points:>3}  {reason.label}: {reason.detail}\n")
        self.query_one("#pd-summary", Static).update(summary)

        votes = Table(title="Hva rommet valgte", expand=True, title_justify="left")
        for column in ("Tur", "Lag", "Stemmer", "Valgt", "Beste", "Poeng", "Tillit"):
            votes.add_column(column)
        for r in self.play.rounds:
            counts = " ".join(f"{LETTERS[i]}:{n}" for i, n in enumerate(r.counts) if n or i < 2)
            best = LETTERS[r.best] if r.best is not None else "–"
            mark = " ✓" if r.chose_best else ""
            votes.add_row(
                str(r.turn),
                r.team or "–",
                counts,
                _choice(r) + mark,
                best,
                str(r.score),
                f"{r.trust_change:+d}",
            )
        self.query_one("#pd-votes", Static).update(votes if self.play.rounds else "")

        teams_widget = self.query_one("#pd-teams", Static)
        figures = self.play.team_figures()
        teams_widget.display = bool(figures)
        if figures:
            teams = Table(title="Lagene", expand=True, title_justify="left")
            for column in ("Lag", "Turer", "Snittpoeng", "Valgte beste", "Tillit"):
                teams.add_column(column)
            for f in figures:
                teams.add_row(
                    f.team,
                    str(f.turns),
                    f"{f.mean_score:.0f}",
                    str(f.chose_best),
                    f"{f.trust_change:+d}",
                )
            teams_widget.update(teams)
        self._draw_question()

    def _draw_question(self) -> None:
        questions = self.play.conversation.scenario.reflection_questions
        index = self.question_index
        text = Text(f"Refleksjonsspørsmål {index + 1} av {len(questions)}\n", style="bold")
        text.append(questions[index])
        self.query_one("#pd-question", Static).update(text)

    def action_question(self, step: int) -> None:
        """Go to the next or previous reflection question (resets the timer)."""
        count = len(self.play.conversation.scenario.reflection_questions)
        self.question_index = max(0, min(count - 1, self.question_index + step))
        self.query_one(CountdownClock).reset()
        self._draw_question()

    def action_timer(self) -> None:
        """Start or pause the discussion timer."""
        self.query_one(CountdownClock).toggle()

    def action_timer_reset(self) -> None:
        """Back to the full discussion time."""
        self.query_one(CountdownClock).reset()

    def action_timer_adjust(self, seconds: int) -> None:
        """Change the discussion time by ``seconds`` (at least one minute)."""
        self.query_one(CountdownClock).adjust(seconds)

    def action_export(self) -> None:
        """Write the conversation, its debrief and the room's votes to Markdown."""
        if self.session is None:
            self.notify("Det er ingenting å eksportere.")
            return
        from samtale_tui.export import session_markdown
        from samtale_tui.storage.convert import session_record
        from samtale_tui.trainer import votes_markdown
        from samtale_tui.ui.export_action import run_export

        text = session_markdown(session_record(self.session)).rstrip("\n") + "\n\n"
        text += "\n".join(votes_markdown(self.play))
        run_export(self.app, f"samtale-rommet-{self.session.id}.md", text, "Oppsummeringen")

    def action_home(self) -> None:
        """Back to the library."""
        show_home = getattr(self.app, "show_home", None)
        if show_home is not None:
            show_home()
        else:
            self.app.pop_screen()
