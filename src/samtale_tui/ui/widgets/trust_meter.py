"""Trust shown as a word, a bar and a number (and the last change)."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from samtale_tui.engine import trust_word

BAR_CELLS = 20


def trust_bar(trust: int, cells: int = BAR_CELLS) -> str:
    """A bar of full and empty blocks, readable without colour."""
    filled = round(max(0, min(100, trust)) * cells / 100)
    return "█" * filled + "░" * (cells - filled)


def change_text(delta: int) -> str:
    """``▲ +10``, ``▼ -15`` or an empty string."""
    if delta > 0:
        return f"▲ +{delta}"
    if delta < 0:
        return f"▼ {delta}"
    return ""


class TrustMeter(Widget):
    """``Tillit: Åpen ██████████░░░░░░░░░░ 60 ▲ +10``."""

    DEFAULT_CSS = """
    TrustMeter {
        width: auto;
        height: 1;
        padding: 0 1;
    }
    """

    trust: reactive[int] = reactive(50)
    delta: reactive[int] = reactive(0)
    show_change: reactive[bool] = reactive(True)

    def render(self) -> Text:
        text = Text()
        text.append("Tillit: ", style="bold")
        text.append(f"{trust_word(self.trust):<10} ")
        text.append(trust_bar(self.trust))
        text.append(f" {self.trust:>3}")
        change = change_text(self.delta) if self.show_change else ""
        text.append(f"  {change:<6}", style="bold")
        return text

    def get_content_width(self, container: object, viewport: object) -> int:
        return len("Tillit: ") + 11 + BAR_CELLS + 4 + 8
