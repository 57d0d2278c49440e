"""Preparation tools: checklist, job wheel, question bank, rewrite drill, kinds of contact.

Pure Python (never imports Textual). The UI screens in ``samtale_tui.ui.screens``
and the exporters read these modules; each offers a ``to_markdown_lines`` helper.
"""
