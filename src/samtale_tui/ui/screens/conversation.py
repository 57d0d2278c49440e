"""Conversation: the employee speaks, the manager replies, trust moves."""

from __future__ import annotations

from dataclasses import dataclass

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from samtale_tui.practice import PracticeSession
from samtale_tui.ui.navigation import module_exists
from samtale_tui.ui.widgets.coach_line import CoachLine
from samtale_tui.ui.widgets.footer import SteadyFooter
from samtale_tui.ui.widgets.reply_input import ReplyInput
from samtale_tui.ui.widgets.transcript import Transcript
from samtale_tui.ui.widgets.trust_meter import TrustMeter
from samtale_tui.ui.wording import MODE_LABELS, QUALITY_LABELS, live_hint

QUESTION_BANK = "samtale_tui.ui.screens.question_bank"


@dataclass
class DraftChanged(Message):
    """The reply being typed changed. A newer one replaces one still queued."""

    text: str

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, DraftChanged)


def _numbered(number: int, text: str) -> Table:
    """``number`` beside ``text``, a wrapped line starting under the text."""
    grid = Table.grid(padding=(0, 2), expand=True)
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_row(str(number), text)
    return grid


class ConversationScreen(Screen[None]):
    """Talk with the simulated employee."""

    CSS_PATH = "conversation.tcss"
    HELP = (
        "Skriv svaret ditt og trykk Enter. En bevisst pause er noen ganger det beste "
        "svaret. Det du angrer, vises i oppsummeringen som veien du ikke tok. "
        "I meny-modus velger du med pil opp/ned og Enter, eller 1–4."
    )
    BINDINGS = [
        Binding(
            "ctrl+t",
            "pause",
            "Pause",
            tooltip="Si ingenting med vilje, og la medarbeideren fortsette",
            id="pause",
        ),
        Binding(
            "ctrl+r",
            "hint",
            "Råd",
            tooltip="Vis et godt svar her, og hvorfor det virker",
            id="hint",
        ),
        Binding(
            "ctrl+z",
            "undo",
            "Angre",
            tooltip="Ta tilbake siste replikk og prøv noe annet (coach-modus)",
            id="undo",
        ),
        Binding(
            "ctrl+o",
            "options",
            "Valg",
            tooltip="Vis eller skjul de ferdige replikkene her",
            id="options",
        ),
        Binding(
            "ctrl+s",
            "end",
            "Slutt",
            tooltip="Avslutt samtalen nå og gå til oppsummeringen",
            id="end",
        ),
        Binding(
            "ctrl+b",
            "question_bank",
            "Spørsmål",
            tooltip="Velg et åpent spørsmål fra spørsmålsbanken",
            id="question-bank",
        ),
        Binding("pageup", "scroll_transcript(-1)", "Bla opp i samtalen", show=False, priority=True),
        Binding(
            "pagedown", "scroll_transcript(1)", "Bla ned i samtalen", show=False, priority=True
        ),
        Binding("1", "choose(0)", "Velg 1", show=False),
        Binding("2", "choose(1)", "Velg 2", show=False),
        Binding("3", "choose(2)", "Velg 3", show=False),
        Binding("4", "choose(3)", "Velg 4", show=False),
    ]

    def __init__(self, session: PracticeSession) -> None:
        super().__init__()
        self.session = session
        self.conversation = session.conversation
        self.name_of_employee = session.scenario.persona.name
        self.coach = session.mode == "coach"
        self.menu = session.mode == "menu"
        self._last_trust = self.conversation.state.trust

    # -- layout ------------------------------------------------------------
    def compose(self) -> ComposeResult:
        persona = self.session.scenario.persona
        yield Header()
        with Horizontal(id="status"):
            yield Static(
                Text.assemble((persona.name, "bold"), f" · {persona.role.lower()}"),
                id="who",
            )
            yield TrustMeter(id="trust")
        yield Transcript(id="transcript")
        yield Static(id="hint-panel", classes="panel")
        yield Static(id="options-panel", classes="panel")
        if self.menu:
            yield OptionList(id="menu")
        else:
            yield ReplyInput(placeholder="Skriv svaret ditt og trykk Enter …", id="reply")
        if self.coach:
            yield CoachLine(id="coach")
        yield Button("Se oppsummeringen (Enter)", id="to-debrief", variant="primary")
        yield SteadyFooter(compact=True)

    def on_mount(self) -> None:
        self.sub_title = f"{MODE_LABELS[self.session.mode]} · {self.session.scenario.title}"
        trust = self.query_one(TrustMeter)
        trust.show_change = self.session.mode != "realistic"
        self.query_one("#hint-panel").display = False
        self.query_one("#options-panel").display = False
        for reply in self.query("#reply"):
            reply.border_title = "Ditt svar"
        self._refresh(delta=0)

    def on_screen_resume(self) -> None:
        self._focus_input()

    # -- drawing -----------------------------------------------------------
    def _refresh(self, delta: int) -> None:
        conversation = self.conversation
        self.query_one(Transcript).show(conversation, self.name_of_employee, notes=self.coach)
        meter = self.query_one(TrustMeter)
        meter.trust = conversation.state.trust
        meter.delta = delta
        self._last_trust = conversation.state.trust
        self.query_one("#hint-panel").display = False
        if self.query_one("#options-panel").display:
            self._draw_options()
        if self.menu:
            self._fill_menu()
        self._show_over(conversation.over)
        self.refresh_bindings()
        self._focus_input()

    def _fill_menu(self) -> None:
        menu = self.query_one("#menu", OptionList)
        menu.clear_options()
        replies = self.conversation.authored_replies()
        menu.add_options(
            [Option(_numbered(i, r.text), id=str(i - 1)) for i, r in enumerate(replies, 1)]
        )
        last = f"–{len(replies)}" if len(replies) > 1 else ""
        menu.border_title = f"Velg en replikk (1{last} eller Enter)"
        if menu.option_count:
            menu.highlighted = 0

    def _draw_options(self) -> None:
        panel = self.query_one("#options-panel", Static)
        panel.border_title = "Ferdige replikker her"
        text = Text()
        for i, reply in enumerate(self.conversation.authored_replies(), start=1):
            text.append(f"{i}. {reply.text}" if i == 1 else f"\n{i}. {reply.text}")
            if self.coach:
                text.append(f"  ({QUALITY_LABELS[reply.quality]}: {reply.why})", style="italic")
        panel.update(text)

    def _show_over(self, over: bool) -> None:
        for selector in ("#reply", "#menu"):
            for widget in self.query(selector):
                widget.display = not over
        if over:
            self.query_one("#options-panel").display = False
            if self.coach:
                self.query_one(CoachLine).show(
                    "Samtalen er slutt. Ctrl+Z angrer siste replikk hvis du vil prøve noe annet."
                )
        elif self.coach:
            self.query_one(CoachLine).show(live_hint(self.conversation.analyser("")))
        self.query_one("#to-debrief").display = over

    def _focus_input(self) -> None:
        if self.conversation.over:
            self.query_one("#to-debrief").focus()
        elif self.menu:
            self.query_one("#menu").focus()
        else:
            self.query_one("#reply").focus()

    # -- typing --------------------------------------------------------------
    @on(Input.Changed, "#reply")
    def _draft_changed(self, event: Input.Changed) -> None:
        if self.coach:
            self.post_message(DraftChanged(event.value))

    @on(DraftChanged)
    def _update_coach_line(self, message: DraftChanged) -> None:
        if self.coach and not self.conversation.over:
            self.query_one(CoachLine).show(live_hint(self.conversation.analyser(message.text)))

    @on(Input.Submitted, "#reply")
    def _send(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        if not text:
            self.notify(
                "Skriv noe først, eller trykk Ctrl+T for en bevisst pause.", severity="warning"
            )
            return
        event.input.clear()
        self._played(lambda: self.conversation.reply(text))

    @on(OptionList.OptionSelected, "#menu")
    def _menu_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.action_choose(int(event.option.id))

    @on(Button.Pressed, "#to-debrief")
    def _to_debrief(self) -> None:
        self.app.show_debrief(self.session)  # type: ignore[attr-defined]

    def _played(self, play: object) -> None:
        before = self.conversation.state.trust
        play()  # type: ignore[operator]
        self.session.updated = self.app.config.clock()  # type: ignore[attr-defined]
        self._refresh(delta=self.conversation.state.trust - before)
        self.app.save_session(self.session)  # type: ignore[attr-defined]

    # -- actions -----------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide undo outside coach mode; grey out what cannot be done now."""
        if action == "undo":
            if not self.coach:
                return False
            return True if self.conversation.can_undo() else None
        if action == "choose":
            return self.menu and not self.conversation.over
        if action == "question_bank":
            return not self.menu and module_exists(QUESTION_BANK)
        if action in {"pause", "hint", "options", "end"} and self.conversation.over:
            return None
        return True

    def action_scroll_transcript(self, direction: int) -> None:
        """Scroll the transcript a page while the reply box keeps focus."""
        transcript = self.query_one(Transcript)
        if direction > 0:
            transcript.scroll_page_down(animate=False)
        else:
            transcript.scroll_page_up(animate=False)

    def action_pause(self) -> None:
        """Stay silent on purpose."""
        if not self.conversation.over:
            self._played(self.conversation.pause)

    def action_choose(self, index: int) -> None:
        """Play authored reply ``index`` (menu mode)."""
        if self.conversation.over or index >= len(self.conversation.authored_replies()):
            return
        self._played(lambda: self.conversation.choose(index))

    def action_hint(self) -> None:
        """Show the best authored reply here and why it works."""
        hint = self.conversation.hint()
        panel = self.query_one("#hint-panel", Static)
        if hint is None:
            self.notify("Ingen råd her.")
            return
        panel.update(
            Text.assemble(("Råd: ", "bold"), f"«{hint.text}»\n", (f"Hvorfor: {hint.why}", "italic"))
        )
        panel.display = True
        # One panel at a time, or a small window has no room left for the talk.
        self.query_one("#options-panel").display = False
        self._keep_latest_in_view()

    def _keep_latest_in_view(self) -> None:
        """After a panel opens, show the newest lines of the talk, not the oldest."""
        transcript = self.query_one(Transcript)
        transcript.call_after_refresh(transcript.scroll_end, animate=False)

    def action_options(self) -> None:
        """Show or hide the authored replies at this point."""
        panel = self.query_one("#options-panel", Static)
        if self.menu:
            self.notify("I meny-modus står alternativene allerede under samtalen.")
            return
        panel.display = not panel.display
        if panel.display:
            self._draw_options()
            self.query_one("#hint-panel").display = False
            self._keep_latest_in_view()

    def action_undo(self) -> None:
        """Take back the last reply (coach mode) and put it back in the reply box."""
        if not self.coach:
            return
        turn = self.conversation.undo()
        if turn is None:
            self.notify("Det er ingenting å angre.")
            return
        self._refresh(delta=0)
        reply = self.query_one("#reply", Input)
        reply.value = turn.reply
        reply.cursor_position = len(turn.reply)
        self.notify("Siste replikk er angret. Skriv om og send på nytt.", timeout=3)
        self.app.save_session(self.session)  # type: ignore[attr-defined]

    def action_end(self) -> None:
        """End the conversation now and go to the debrief."""
        self.conversation.finish()
        self.session.updated = self.app.config.clock()  # type: ignore[attr-defined]
        self.app.save_session(self.session)  # type: ignore[attr-defined]
        self.app.show_debrief(self.session)  # type: ignore[attr-defined]

    def action_question_bank(self) -> None:
        """Open the question bank and insert the chosen question into the reply box."""
        if self.menu or self.conversation.over or not module_exists(QUESTION_BANK):
            return
        from samtale_tui.ui.navigation import load_target

        screen_class = load_target(f"{QUESTION_BANK}:QuestionBankScreen")

        def insert(question: str | None) -> None:
            if question:
                reply = self.query_one("#reply", Input)
                reply.insert_text_at_cursor(question)
                reply.focus()

        self.app.push_screen(screen_class(), insert)  # type: ignore[operator]
