"""Packs in and out of other formats: spreadsheets (CSV/TSV), Markdown frameworks, example packs."""
