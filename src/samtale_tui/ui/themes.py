"""Samtale's three themes: dark, light and high contrast.

No information is carried by colour alone anywhere in the app (labels,
indentation, symbols and bars carry it), so every theme, and ``NO_COLOR``,
stays readable.
"""

from __future__ import annotations

from textual.theme import Theme

DARK = Theme(
    name="samtale-mork",
    primary="#5FA8D3",
    secondary="#3D6C8C",
    accent="#E8B04A",
    warning="#E8B04A",
    error="#E06C75",
    success="#7BC47F",
    foreground="#E4E4E4",
    background="#1B1F24",
    surface="#22272E",
    panel="#2D333B",
    dark=True,
)

LIGHT = Theme(
    name="samtale-lys",
    primary="#1F5F8B",
    secondary="#3D6C8C",
    accent="#A0620A",
    warning="#A0620A",
    error="#B3261E",
    success="#2E7D32",
    foreground="#1B1B1B",
    background="#F6F5F2",
    surface="#ECEAE4",
    panel="#E0DDD5",
    dark=False,
    variables={"footer-key-foreground": "#1F5F8B"},
)

CONTRAST = Theme(
    name="samtale-kontrast",
    primary="#FFFF00",
    secondary="#00FFFF",
    accent="#FFFF00",
    warning="#FFFF00",
    error="#FF6060",
    success="#00FF00",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#202020",
    boost="#303030",
    dark=True,
    luminosity_spread=0.0,
    text_alpha=1.0,
    variables={
        "footer-key-foreground": "#FFFF00",
        "border": "#FFFFFF",
        "border-blurred": "#A0A0A0",
        "block-cursor-background": "#FFFF00",
        "block-cursor-foreground": "#000000",
        "block-cursor-text-style": "bold",
    },
)

THEMES: tuple[Theme, ...] = (DARK, LIGHT, CONTRAST)
THEME_LABELS: dict[str, str] = {
    DARK.name: "Mørkt",
    LIGHT.name: "Lyst",
    CONTRAST.name: "Høy kontrast",
}
DEFAULT_THEME = DARK.name
