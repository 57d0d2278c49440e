"""The cyclic collector is held back while the app starts, and always comes back."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from samtale_tui import collection


@pytest.fixture(autouse=True)
def restore_collector() -> Iterator[None]:
    yield
    collection._paused = False
    gc.enable()
    gc.unfreeze()


def test_pause_then_resume_freezes_what_is_alive_and_collects_again() -> None:
    collection.pause()
    assert not gc.isenabled()
    collection.resume()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0


def test_resume_without_pause_changes_nothing() -> None:
    gc.unfreeze()
    collection.resume()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_collector_someone_else_disabled_stays_disabled() -> None:
    gc.disable()
    collection.pause()
    collection.resume()
    assert not gc.isenabled()
