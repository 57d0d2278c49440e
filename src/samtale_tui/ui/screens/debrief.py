"""Debrief: the score and its reasons, the warmth × clarity picture, and what to try."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Static

from samtale_tui.debrief import PITFALL_LABELS, Debrief, build_debrief
from samtale_tui.engine import Turn
from samtale_tui.practice import PracticeSession
from samtale_tui.ui.navigation import DEBRIEF_ENTRIES, Entry, available, load_target
from samtale_tui.ui.widgets.footer import SteadyFooter
from samtale_tui.ui.widgets.quadrant import quadrant_picture
from samtale_tui.ui.widgets.trust_meter import change_text
from samtale_tui.ui.wording import MODE_LABELS, describe

OUTCOME_WORDS: dict[str | None, str] = {
    "good": "god slutt",
    "mixed": "blandet slutt",
    "poor": "dårlig slutt",
    None: "avsluttet før en slutt",
}


def _reply(turn: Turn) -> str:
    return "(bevisst pause)" if turn.silence else f"«{turn.reply}»"


def score_table(debrief: Debrief) -> Table:
    """The score's parts, each with its points and why."""
    table = Table(box=None, show_header=False, expand=True, padding=(0, 1, 0, 0))
    table.add_column("Del", style="bold", no_wrap=True)
    table.add_column("Poeng", justify="right", no_wrap=True)
    table.add_column("Hvorfor", ratio=1)
    for reason in debrief.reasons:
        points = (
            f"{reason.points}" if reason.max_points == 0 else f"{reason.points}/{reason.max_points}"
        )
        table.add_row(reason.label, points, reason.detail)
    return table


def figures_text(debrief: Debrief) -> Text:
    """Open-question share, why-questions, reflections per question, pitfalls."""
    text = Text()

    def row(label: str, value: str) -> None:
        text.append(f"{label:<28}", style="bold")
        text.append(f"{value}\n")

    share = round(debrief.open_share * 100)
    row("Åpne spørsmål", f"{debrief.open_questions} av {debrief.questions} ({share} %)")
    row("Lukkede spørsmål", str(debrief.closed_questions))
    row("Hvorfor-spørsmål", str(debrief.why_questions))
    row("Speilinger per spørsmål", f"{debrief.reflections_per_question:.1f}".replace(".", ","))
    row("Replikker / pauser", f"{debrief.replies} / {debrief.silences}")
    row("Tillit", f"{debrief.trust_start} → {debrief.trust_end}")
    if debrief.pitfalls:
        text.append("Fallgruver\n", style="bold")
        for name, count in sorted(debrief.pitfalls.items(), key=lambda kv: -kv[1]):
            text.append(f"  ⚠ {PITFALL_LABELS.get(name, name)}: {count}\n")
    else:
        row("Fallgruver", "ingen")
    text.rstrip()
    return text


def turns_text(debrief: Debrief) -> Text:
    """The best reply, and the one most worth rewriting with a suggestion."""
    text = Text()
    if debrief.best is not None:
        text.append(f"Beste replikk (tur {debrief.best.index})\n", style="bold")
        text.append(f"  {_reply(debrief.best)}\n")
        text.append(f"  {describe(debrief.best.analysis)}\n", style="italic")
    worst = debrief.worst
    if worst is not None and debrief.best is not None and worst.index == debrief.best.index:
        worst = None
    if worst is not None:
        rewrite = debrief.rewrite and debrief.rewrite.strip() != worst.reply.strip()
        heading = "Verdt å skrive om" if rewrite else "Svakeste replikk"
        text.append(f"\n{heading} (tur {worst.index})\n", style="bold")
        text.append(f"  {_reply(worst)}\n")
        text.append(f"  {describe(worst.analysis)}\n", style="italic")
        if rewrite and debrief.rewrite:
            text.append("  Prøv heller: ", style="bold")
            text.append(f"«{debrief.rewrite.strip('«»')}»\n")
            if debrief.rewrite_why:
                text.append(f"  {debrief.rewrite_why}\n", style="italic")
    if debrief.best is None and debrief.worst is None:
        text.append("Ingen replikker å vurdere.")
    text.rstrip()
    return text


def not_taken_text(debrief: Debrief) -> Text:
    """Each undone reply beside the one that replaced it."""
    text = Text()
    for item in debrief.not_taken:
        undone = item.undone.turn
        text.append(f"Tur {undone.index}\n", style="bold")
        text.append("  Angret:    ", style="bold")
        text.append(
            f"{_reply(undone)}  (tillit {change_text(undone.trust_after - undone.trust_before) or '±0'})\n"
        )
        text.append("  I stedet:  ", style="bold")
        if item.replacement is None:
            text.append("ingen ny replikk\n")
        else:
            new = item.replacement
            change = change_text(new.trust_after - new.trust_before) or "±0"
            text.append(f"{_reply(new)}  (tillit {change})\n")
    text.rstrip()
    return text


class DebriefScreen(Screen[None]):
    """What went well, what to try instead, and why."""

    CSS_PATH = "debrief.tcss"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]
    """From 120 columns the picture and the figures sit side by side."""
    HELP = (
        "Oppsummeringen av samtalen. Pil opp/ned og Page Up/Down blar. "
        "«Prøv igjen» starter samme case på nytt i samme modus."
    )
    BINDINGS = [
        Binding("p", "again", "Prøv igjen", id="again"),
        Binding("b,escape", "library", "Biblioteket", id="library"),
    ]

    def __init__(self, session: PracticeSession) -> None:
        super().__init__()
        self.session = session
        self.debrief = build_debrief(session.conversation)
        self.entries: list[Entry] = available(DEBRIEF_ENTRIES)
        for index, entry in enumerate(self.entries):
            # F-keys read «F3»; a letter is shown as typed (an «A» reads as Shift+A).
            display = entry.key.upper() if len(entry.key) > 1 else entry.key
            self._bindings.bind(entry.key, f"entry({index})", entry.label, key_display=display)

    def compose(self) -> ComposeResult:
        debrief = self.debrief
        scenario = self.session.scenario
        yield Header()
        with VerticalScroll(id="debrief-body"):
            yield self._section(
                f"Poeng: {debrief.score} av 100",
                score_table(debrief),
                "score",
                self._ending_short(),
            )
            with Horizontal(id="pair"):
                yield self._section(
                    "Varm og tydelig?",
                    Text.assemble(
                        quadrant_picture(debrief.quadrant),
                        "\n\n",
                        (f"{debrief.quadrant_label}. ", "bold"),
                        debrief.quadrant_advice,
                        f"\nVarme replikker: {debrief.warm_replies} av {debrief.replies}. "
                        f"Tydelige: {debrief.clear_replies} av {debrief.replies}.",
                    ),
                    "quadrant",
                )
                yield self._section("Nøkkeltall", figures_text(debrief), "figures")
            yield self._section("Replikkene", turns_text(debrief), "turns")
            if debrief.not_taken:
                yield self._section("Veien du ikke tok", not_taken_text(debrief), "not-taken")
            yield self._section("Slutten", self._ending_text(), "ending")
            questions = Text()
            for i, question in enumerate(scenario.reflection_questions, start=1):
                questions.append(f"{i}. {question}\n")
            questions.rstrip()
            yield self._section("Til refleksjon", questions, "reflection")
        yield SteadyFooter()

    @staticmethod
    def _section(title: str, content: object, name: str, subtitle: str = "") -> Static:
        widget = Static(content, id=f"section-{name}", classes="section")  # type: ignore[arg-type]
        widget.border_title = title
        if subtitle:
            widget.border_subtitle = subtitle
        return widget

    def _ending_short(self) -> str:
        debrief = self.debrief
        if debrief.ending_title is None:
            return "Avsluttet før en slutt"
        return f"{debrief.ending_title} ({OUTCOME_WORDS[debrief.ending_outcome]})"

    def _ending_text(self) -> Text:
        debrief = self.debrief
        text = Text()
        if debrief.ending_title is None:
            text.append("Ingen slutt nådd\n", style="bold")
        else:
            text.append(f"{debrief.ending_title} ", style="bold")
            text.append(f"({OUTCOME_WORDS.get(debrief.ending_outcome, '')})\n")
        if debrief.learning:
            text.append("Læring: ", style="bold")
            text.append(debrief.learning)
        else:
            text.append("Du avsluttet før samtalen nådde en slutt.")
        return text

    def on_mount(self) -> None:
        session = self.session
        self.sub_title = f"Oppsummering · {MODE_LABELS[session.mode]} · {session.scenario.title}"
        self.query_one("#debrief-body", VerticalScroll).focus()

    def action_again(self) -> None:
        """Start the same case again in the same mode, with the same preparation."""
        from samtale_tui.ui.screens.preparation import Preparation

        session = self.session
        prepared = None
        if session.checklist or session.job_wheel:
            prepared = Preparation(checklist=list(session.checklist), job_wheel=session.job_wheel)
        self.app.start_session(session.scenario, session.mode, prepared)  # type: ignore[attr-defined]

    def action_library(self) -> None:
        """Back to the library."""
        self.app.show_home()  # type: ignore[attr-defined]

    def action_entry(self, index: int) -> None:
        """Run a debrief entry (see ``ui/navigation.py``): a screen or an action."""
        from textual.screen import Screen as ScreenClass

        entry = self.entries[index]
        try:
            target = load_target(entry.target)
        except (ImportError, AttributeError) as exc:
            self.notify(f"{entry.label} kan ikke åpnes: {exc}", severity="error")
            return
        if isinstance(target, type) and issubclass(target, ScreenClass):
            self.app.push_screen(target(self.session))
        elif callable(target):
            target(self.app, self.session)
