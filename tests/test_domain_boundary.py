"""The domain must never import Textual."""

from __future__ import annotations

import subprocess
import sys

DOMAIN_MODULES = [
    "samtale_tui.analysis",
    "samtale_tui.engine",
    "samtale_tui.scenarios",
    "samtale_tui.playback",
    "samtale_tui.cli",
]


def test_domain_does_not_import_textual() -> None:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in DOMAIN_MODULES)
        + "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        + "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"domain imported Textual: {out.stdout.strip()}"


def test_headless_commands_do_not_import_textual(tmp_path) -> None:
    code = (
        "import sys\n"
        "from samtale_tui.cli import main\n"
        "main(['scenarios', '--json'])\n"
        "main(['check'])\n"
        "assert not any(m.startswith('textual') for m in sys.modules), 'textual imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
