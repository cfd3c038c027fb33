"""Dates typed into a prompt: YYYY-MM-DD, or empty to clear."""

from __future__ import annotations

import datetime as dt


def parse_date_or_blank(text: str) -> dt.date | None:
    """'' → None; 'YYYY-MM-DD' → date; anything else raises ValueError."""
    text = text.strip()
    return dt.date.fromisoformat(text) if text else None


def date_problem(text: str) -> str | None:
    try:
        parse_date_or_blank(text)
    except ValueError:
        return "Use the form YYYY-MM-DD, or leave it empty."
    return None
