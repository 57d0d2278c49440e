"""Samtale: practise sick-leave follow-up conversations in the terminal."""

__version__ = "0.1.0"
