"""Run Samtale with ``python -m samtale_tui``."""

from samtale_tui.cli import main

raise SystemExit(main())
