"""Group play: votes, rotation, history, team figures, and the countdown."""

from __future__ import annotations

from samtale_tui.engine import Conversation
from samtale_tui.trainer import Countdown, GroupPlay, parse_teams


def test_parse_teams() -> None:
    assert parse_teams("Rød, Blå;Grønn\n rød ,  ") == ["Rød", "Blå", "Grønn"]
    assert parse_teams("") == []


def test_votes_play_and_history(mini) -> None:
    play = GroupPlay(Conversation(mini), teams=["Rød", "Blå"], rotate=True)
    assert play.current_team() == "Rød"
    assert play.best_option() == 0
    play.vote(1)
    play.vote(1)
    play.vote(0)
    play.vote(3)  # no option D here: ignored
    assert play.leading_option() == 1
    play.play_option(1)  # the why-question
    assert play.counts == [0, 0, 0, 0]
    first = play.rounds[0]
    assert first.counts[:2] == [1, 2] and first.chosen == 1 and not first.chose_best
    assert first.team == "Rød" and first.trust_change < 0
    assert play.current_team() == "Blå"
    play.play_typed("Det er helt greit. Hva ville hjulpet deg nå?")
    assert play.rounds[1].typed and play.rounds[1].team == "Blå"
    assert not play.rounds[0].revealed
    assert play.reveal_last() is play.rounds[1] and play.rounds[1].revealed
    figures = {f.team: f for f in play.team_figures()}
    assert figures["Rød"].turns == 1 and figures["Rød"].chose_best == 0


def test_no_votes_no_leader(mini) -> None:
    play = GroupPlay(Conversation(mini))
    assert play.leading_option() is None
    assert play.current_team() is None
    play.play_pause()
    assert play.rounds[0].chosen is None and play.rounds[0].typed is None


def test_countdown() -> None:
    timer = Countdown(duration=120)
    assert timer.display(0) == "02:00"
    timer.start(10)
    assert timer.display(40) == "01:30"
    timer.pause(40)
    assert timer.display(1000) == "01:30"
    timer.toggle(1000)
    assert timer.running
    assert timer.remaining(2000) == 0 and timer.display(2000) == "00:00"
    timer.reset(60)
    assert not timer.running and timer.display(5000) == "01:00"


def test_votes_markdown_escapes_team_names(mini) -> None:
    from markdown_it import MarkdownIt

    from samtale_tui.trainer import votes_markdown

    play = GroupPlay(Conversation(mini), teams=["Bord | 1 <b>", "# To"], rotate=True)
    play.vote(0)
    play.play_option(0)
    play.play_typed("Så du savner dem. La oss avtale et nytt møte neste uke.")
    md = "\n".join(votes_markdown(play))
    tokens = MarkdownIt("commonmark").enable("table").parse(md)
    rows = [t for t in tokens if t.type == "tr_open"]
    assert len(rows) == 1 + 2 + 1 + 2  # two tables: header + rows each
    assert not any(t.type == "html_inline" for tok in tokens for t in (tok.children or []))
    assert "A (beste)" in md and "egne ord" in md
