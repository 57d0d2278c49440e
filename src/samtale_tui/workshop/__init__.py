"""The team-routines workshop (source 002): agenda, questions, proposals, draft.

Pure Python; the workshop screens live in ``samtale_tui.ui.screens.workshop``.
"""

from samtale_tui.workshop.model import Proposal, WorkshopRecord
from samtale_tui.workshop.plan import QUESTIONS, AgendaStep, agenda_for

__all__ = ["QUESTIONS", "AgendaStep", "Proposal", "WorkshopRecord", "agenda_for"]
