"""What the app does with its store at start: tell, report, offer to resume.

Called once from ``SamtaleApp.on_mount``. The listing runs in a thread worker,
so a large history never delays the first screen.
"""

from __future__ import annotations

from typing import Any

from textual.app import App

GUEST_NOTICE = "Gjestemodus: ingenting lagres denne gangen."


def on_app_start(app: App[Any]) -> None:
    """Show why the app is in guest mode (if it fell back), then look for unfinished work."""
    config = app.config  # type: ignore[attr-defined]
    notice = getattr(config, "notice", None)
    if notice:
        app.notify(notice, title="Lagring er slått av", severity="warning", timeout=15)
    store = config.store
    if getattr(store, "guest", True):
        return
    wants_offer = config.start is None and config.resume is None and not config.scenario_id

    unfinished = getattr(store, "unfinished", None)
    take_problems = getattr(store, "take_problems", None)
    if unfinished is None or take_problems is None:
        return  # a stand-in store (tests) without listing

    def look() -> None:
        library = config.library
        rows = [r for r in unfinished() if library.get(r.scenario_id)] if wants_offer else []
        problems = [str(p) for p in take_problems()]
        app.call_from_thread(_report, app, problems, rows[0] if rows else None)

    app.run_worker(look, thread=True, group="storage-start", exit_on_error=False)


def _report(app: App[Any], problems: list[str], row: Any) -> None:
    from samtale_tui.ui.screens.home import HomeScreen
    from samtale_tui.ui.screens.resume import offer_resume

    for problem in problems:
        app.notify(problem, title="En lagret fil ble satt til side", severity="warning", timeout=15)
    if row is not None and isinstance(app.screen, HomeScreen):
        offer_resume(app, row)


__all__ = ["GUEST_NOTICE", "on_app_start"]
