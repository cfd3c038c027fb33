"""The tables search matches words through: thresholds and the jargon synonyms."""

from __future__ import annotations

FUZZY_CUTOFF = 75.0
# Words shorter than this only match by prefix: one edit in a 3-letter word is a different word.
MIN_FUZZY_LENGTH = 4
SYNONYM_SCORE = 95.0
STEM_SCORE = 96.0
# Lines matching only some query words are a fallback; scoring them is bounded so that a
# rare combination of common words cannot stall a keystroke. Full matches are always exact.
PARTIAL_SCAN_LIMIT = 1_000
# Jargon that the role texts spell out in words.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "kpi": ("kpis", "indicators", "metrics"),
    "kpis": ("indicators", "metrics"),
    "okr": ("objectives", "goals"),
    "okrs": ("objectives", "goals"),
    "roi": ("return", "investment"),
    "ux": ("experience", "design"),
    "ui": ("design", "designers"),
    "gtm": ("market",),
    "pm": ("product",),
    "ml": ("ai", "model"),
    "hire": ("hiring", "choose"),
    "money": ("budget", "revenue", "profitable", "funding"),
    "salary": ("pay",),
}
