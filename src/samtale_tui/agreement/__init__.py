"""The follow-up agreement (oppfølgingsplan): model and drafting. No Textual."""

from samtale_tui.agreement.model import Agreement, AgreementMeasure, ContactPlan
from samtale_tui.agreement.prefill import draft_from_session, new_agreement

__all__ = ["Agreement", "AgreementMeasure", "ContactPlan", "draft_from_session", "new_agreement"]
