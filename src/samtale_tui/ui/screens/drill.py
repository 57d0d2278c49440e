"""The rewrite drill: ten questions to turn into open ones, judged as you go.

``DrillScreen(seed=None)`` plays one round. When the round is done it is
saved through the app's store (``config.store.save_drill``) in a worker, and
Escape dismisses with the round (None if it was left unfinished).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, Static

from samtale_tui.prep import drill
from samtale_tui.prep.drill import DrillResult, DrillRound
from samtale_tui.ui.widgets.footer import SteadyFooter

PASS_MARK = "✓ Bra"
FAIL_MARK = "✗ Ikke helt"
SHORT_LABELS = {"why": "Hvorfor", "closed": "Lukket", "leading": "Ledende"}


class DrillScreen(Screen[DrillRound | None]):
    """One round of the rewrite drill."""

    HELP = (
        "Skriv om spørsmålet til ett åpent spørsmål, gjerne med hva, hvilke eller hvordan. "
        "Appen vurderer omskrivingen og viser sitt eget forslag. En runde har ti "
        "spørsmål; resultatet lagres i fremgangen din."
    )

    CSS_PATH = "drill.tcss"

    BINDINGS = [
        Binding("enter", "next", "Neste", id="drill-next"),
        Binding("n", "new_round", "Ny runde", id="drill-new"),
        Binding("escape", "leave", "Tilbake", id="drill-leave"),
        Binding("pagedown", "scroll_body(1)", "Bla ned", show=False),
        Binding("pageup", "scroll_body(-1)", "Bla opp", show=False),
    ]

    def __init__(self, seed: int | None = None) -> None:
        super().__init__()
        self._seed = seed
        self.round: DrillRound | None = None
        self.judged: DrillResult | None = None
        self.saved: bool | None = None
        self.showing_summary = False

    # -- the app's dependencies, read defensively ----------------------------
    @property
    def _config(self) -> Any:
        return getattr(self.app, "config", None)

    def _now(self) -> datetime:
        clock = getattr(self._config, "clock", None)
        return clock() if callable(clock) else datetime.now()

    def _first_seed(self) -> int:
        if self._seed is not None:
            return self._seed
        base = getattr(self._config, "seed", 0) or 0
        return int(self._now().timestamp()) ^ int(base)

    # -- layout --------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Static("", id="drill-title")
        with VerticalScroll(id="drill-body"):
            yield Static("", id="drill-kind")
            yield Static("", id="drill-question")
            yield Static("", id="drill-tip")
            yield Input(placeholder="Skriv et åpent spørsmål og trykk Enter", id="drill-input")
            yield Static("", id="drill-result")
        yield SteadyFooter()

    def on_mount(self) -> None:
        self._start(self._first_seed())

    def _start(self, seed: int) -> None:
        self.round = DrillRound.new(seed)
        self.judged = None
        self.saved = None
        self.showing_summary = False
        self._show_question()

    @property
    def input(self) -> Input:
        """The rewrite box."""
        return self.query_one("#drill-input", Input)

    def _set(self, widget_id: str, content: Content | str) -> None:
        """Show ``content``; plain strings are never read as markup."""
        shown = Content(content) if isinstance(content, str) else content
        self.query_one(f"#{widget_id}", Static).update(shown)

    def _show_question(self) -> None:
        rnd = self.round
        assert rnd is not None
        item = rnd.current
        if item is None:
            self._show_summary()
            return
        self._set(
            "drill-title",
            f"Omskrivingsdrill: spørsmål {rnd.position + 1} av {rnd.size}"
            f"  ·  {rnd.score} gode så langt",
        )
        self._set("drill-kind", Content.styled(drill.KIND_LABELS[item.kind].upper(), "bold"))
        self._set("drill-question", Content.styled(f"«{item.text}»", "bold"))
        self._set("drill-tip", drill.KIND_TIPS[item.kind])
        self._set("drill-result", "")
        self.input.display = True
        self.input.disabled = False
        self.input.value = ""
        self.input.focus()
        self.refresh_bindings()

    def _show_result(self, result: DrillResult) -> None:
        parts: list[Content | str | tuple[str, str]] = [
            (PASS_MARK if result.passed else FAIL_MARK, "bold"),
            "  ",
            result.verdict,
        ]
        wanted = [f for f in result.analysis.feedback if f.positive == result.passed]
        messages = [f.message for f in wanted if f.message][:2]
        if messages:
            parts += ["\n\n", ("Tilbakemelding:", "bold")]
            parts += [f"\n- {m}" for m in messages]
        if result.suggestion:
            label = "Et annet forslag: " if result.passed else "Forslag: "
            parts += ["\n\n", (label, "bold"), result.suggestion]
        parts += ["\n\n", ("Trykk Enter for neste spørsmål.", "italic")]
        self._set("drill-result", Content.assemble(*parts))

    def _show_summary(self) -> None:
        rnd = self.round
        assert rnd is not None
        self.showing_summary = True
        self._set("drill-title", f"Omskrivingsdrill: ferdig  ·  {rnd.summary()}")
        self._set("drill-kind", Content.styled(f"RESULTAT: {rnd.percent} %", "bold"))
        per_kind = [
            f"{SHORT_LABELS[kind]}: {passed} av {answered}"
            for kind, (passed, answered) in sorted(
                rnd.by_kind().items(), key=lambda kv: drill.KINDS.index(kv[0])
            )
        ]
        self._set("drill-question", "  ·  ".join(per_kind))
        self._set("drill-tip", self._saved_text())
        lines = []
        for r in rnd.results:
            mark = "[x]" if r.passed else "[ ]"
            lines.append(f"{mark} «{r.item.text}»\n    → {r.rewrite.strip() or '(tomt)'}")
            if not r.passed and r.suggestion:
                lines.append(f"    Forslag: {r.suggestion}")
        self._set("drill-result", "\n".join(lines))
        self.input.display = False
        self.set_focus(None)
        self.refresh_bindings()

    def _saved_text(self) -> str:
        if self.saved is None:
            return "Lagrer …"
        if self.saved:
            return "Lagret i fremgangen din. N: ny runde, Esc: tilbake."
        return "Ikke lagret (gjestemodus). N: ny runde, Esc: tilbake."

    # -- flow ----------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Show only the keys that do something now."""
        if action == "next":
            return self.judged is not None
        if action == "new_round":
            return self.showing_summary
        return True

    @on(Input.Submitted, "#drill-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        rnd = self.round
        if rnd is None or rnd.finished or self.judged is not None:
            return
        if not event.value.strip():
            self.notify("Skriv et åpent spørsmål først.", timeout=3)
            return
        self.judged = rnd.answer(event.value)
        self._show_result(self.judged)
        self.input.disabled = True
        self.set_focus(None)
        self.refresh_bindings()
        if rnd.finished:
            self._save(rnd)

    def action_next(self) -> None:
        """Go on to the next question, or to the summary."""
        if self.judged is None:
            return
        self.judged = None
        self._show_question()

    def action_new_round(self) -> None:
        """Start another round with the next seed."""
        if self.round is not None:
            self._start(self.round.seed + 1)

    def action_scroll_body(self, direction: int) -> None:
        """Page the question, verdict or summary up or down."""
        body = self.query_one("#drill-body", VerticalScroll)
        if direction > 0:
            body.scroll_page_down(animate=False)
        else:
            body.scroll_page_up(animate=False)

    def action_leave(self) -> None:
        """Go back; a finished round is handed to the caller."""
        finished = self.round is not None and self.round.finished
        self.dismiss(self.round if finished else None)

    # -- saving --------------------------------------------------------------
    def _save(self, rnd: DrillRound) -> None:
        store = getattr(self._config, "store", None)
        if store is None or not hasattr(store, "save_drill"):
            self.saved = False
            return
        if getattr(self._config, "save", True) is False or getattr(store, "guest", False):
            self.saved = False
            return
        self._save_in_thread(store, rnd, self._now())

    @work(thread=True, exclusive=True, group="save-drill", exit_on_error=False)
    def _save_in_thread(self, store: Any, rnd: DrillRound, now: datetime) -> None:
        try:
            store.save_drill(rnd.to_record(now))
        except Exception as exc:  # a failed save is reported, never raised
            self.app.call_from_thread(self._saved_done, False, str(exc))
            return
        self.app.call_from_thread(self._saved_done, True, "")

    def _saved_done(self, ok: bool, error: str) -> None:
        self.saved = ok
        if not ok:
            self.notify(f"Kunne ikke lagre runden: {error}", severity="error", timeout=8)
        if self.showing_summary:
            self._set("drill-tip", self._saved_text())
