"""The conversation engine (pure Python, no Textual)."""

from samtale_tui.engine.conversation import (
    Conversation,
    ConversationOver,
    Hint,
    State,
    Turn,
    Undone,
    condition_matches,
)
from samtale_tui.engine.trust import clamp_trust, trust_word

__all__ = [
    "Conversation",
    "ConversationOver",
    "Hint",
    "State",
    "Turn",
    "Undone",
    "clamp_trust",
    "condition_matches",
    "trust_word",
]
