"""The warmth × clarity picture, drawn in text, with where a talk landed."""

from __future__ import annotations

from rich.text import Text

from samtale_tui.debrief import QUADRANT_LABELS

CELL = 24
LAYOUT: tuple[tuple[str, tuple[str, str]], ...] = (
    ("Varm", ("warm_vague", "warm_clear")),
    ("Kald", ("neither", "clear_cold")),
)
MARK = "► DU ER HER"


def _cell_lines(quadrant: str, landed: bool) -> list[str]:
    label = QUADRANT_LABELS[quadrant]
    words = label.split()
    lines: list[str] = []
    line = ""
    for word in words:
        if len(line) + len(word) + 1 > CELL - 2:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    if quadrant == "warm_clear":
        lines.append("(målet)")
    while len(lines) < 2:
        lines.append("")
    if landed:
        lines.append(MARK)
    else:
        lines.append("")
    return lines


def quadrant_picture(landed: str) -> Text:
    """A 2×2 grid: rows warm/cold, columns vague/clear; the landed cell is marked."""
    text = Text()
    pad = " " * 7
    text.append(f"{pad} {'Uklar':^{CELL}} {'Tydelig':^{CELL}}\n", style="bold")
    text.append(f"{pad}┌{'─' * CELL}┬{'─' * CELL}┐\n")
    for row_index, (row_label, cells) in enumerate(LAYOUT):
        columns = [_cell_lines(q, q == landed) for q in cells]
        height = max(len(c) for c in columns)
        for line_no in range(height):
            label = row_label if line_no == 0 else ""
            text.append(f"{label:<7}", style="bold")
            text.append("│")
            for quadrant, lines in zip(cells, columns, strict=True):
                content = lines[line_no] if line_no < len(lines) else ""
                style = "reverse bold" if quadrant == landed else ""
                text.append(f" {content:<{CELL - 1}}", style=style)
                text.append("│")
            text.append("\n")
        if row_index == 0:
            text.append(f"{pad}├{'─' * CELL}┼{'─' * CELL}┤\n")
    text.append(f"{pad}└{'─' * CELL}┴{'─' * CELL}┘")
    return text
