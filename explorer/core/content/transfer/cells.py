"""Spreadsheet cells that a spreadsheet would run as a formula get a leading ', removed again on import.

OWASP's CSV-injection advice: a cell starting with =, +, -, @, tab or carriage return is
prefixed with a single quote, which spreadsheets show as text and do not evaluate.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def guarded(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def unguarded(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else cell
