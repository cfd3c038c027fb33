"""Dates typed into a prompt: YYYY-MM-DD, or empty to clear."""

from __future__ import annotations

import datetime as dt
import re


def parse_date_or_blank(text: str) -> dt.date | None:
    """'' → None; 'YYYY-MM-DD' → date; anything else raises ValueError."""
    text = text.strip()
    return dt.date.fromisoformat(text) if text else None


def date_problem(text: str) -> str | None:
    try:
        parse_date_or_blank(text)
    except ValueError:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
            return f"{text.strip()} is not a date: check the month (01–12) and the day."
        return "Use the form YYYY-MM-DD, or leave it empty."
    return None
