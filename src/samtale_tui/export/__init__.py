"""Markdown export (CommonMark) of sessions and agreements. No Textual."""

from samtale_tui.export.escape import block, inline
from samtale_tui.export.markdown import agreement_markdown, session_markdown

__all__ = ["agreement_markdown", "block", "inline", "session_markdown"]
