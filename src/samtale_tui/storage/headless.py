"""Open the store for a command-line run, and save headless plays (no Textual)."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from samtale_tui.engine import Conversation
from samtale_tui.paths import data_dir_from_args, guest_from_args
from samtale_tui.practice import Mode, PracticeSession
from samtale_tui.scenarios.model import Scenario
from samtale_tui.storage import NullStore, StorageError, Store, open_store


def store_from_args(args: argparse.Namespace, create: bool = True) -> Store | NullStore:
    """The store for parsed arguments: guest mode on ``--no-save``.

    Args:
        args: the parsed command line.
        create: create the data folder if missing (False: read what is there).

    When the folder cannot be written, the reason is printed to stderr and
    the guest store returned.
    """
    root = data_dir_from_args(args)
    if guest_from_args(args):
        return NullStore(root)
    if not create:
        return Store(root)
    store, message = open_store(root)
    if message:
        print(f"samtale: {message}", file=sys.stderr)
    return store


def report_problems(store: Store | NullStore) -> None:
    """Print, once, the data files that were set aside or skipped."""
    for problem in store.take_problems():
        print(f"samtale: en lagret fil kunne ikke brukes: {problem}", file=sys.stderr)


def play_and_save(
    scenario: Scenario,
    replies: list[str | None],
    args: argparse.Namespace,
    mode: Mode = "realistic",
    now: datetime | None = None,
) -> Conversation:
    """Play a script like the app does: the session is saved after every turn.

    A save that fails is reported once on stderr; the play goes on.
    """
    store = store_from_args(args)
    session = PracticeSession.start(scenario, mode, now or datetime.now())
    conversation = session.conversation
    failed = store.guest
    for text in replies:
        if conversation.over:
            break
        if text is None:
            conversation.pause()
        else:
            conversation.reply(text)
        session.updated = datetime.now() if now is None else now
        if not failed:
            try:
                store.save_session(session)
            except StorageError as exc:
                print(f"samtale: {exc}", file=sys.stderr)
                failed = True
    if not failed and conversation.turns:
        conversation.finish()
        try:
            store.save_session(session)
            print(f"samtale: økten er lagret som {session.id}", file=sys.stderr)
        except StorageError as exc:
            print(f"samtale: {exc}", file=sys.stderr)
    store.close()
    return conversation


__all__ = ["play_and_save", "report_problems", "store_from_args"]
