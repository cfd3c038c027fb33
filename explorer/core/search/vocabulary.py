"""The numbers and word lists search matches through: match scores, stop words, scan bounds."""

from __future__ import annotations

# How well a line's word matches a query word, 0–100: exact > stem > prefix > fuzzy > synonym.
EXACT_SCORE = 100.0
STEM_SCORE = 92.0
# One score for every completion: a finer grade would let a rare short completion ("le" →
# "led") hold the early exit open while the common ones ("lead", "legal") are scanned.
PREFIX_SCORE = 85.0
# A word sharing the query word's root ("behave" for "behavior"): a guess at the same family.
ROOT_SCORE = 80.0
FUZZY_SCORE = 60.0  # plus up to FUZZY_SPREAD for a closer spelling
FUZZY_SPREAD = 18.0
# A jargon synonym ("kpi" for "key performance indicators") is a guess: below any direct match.
SYNONYM_SCORE = 55.0
# Synonyms from the content (alias words, areas, a pack's table) are looked for only when the
# typed word's own matches are on fewer lines than this: past it they would rank below enough
# lines anyway, and each one widens every scan.
SYNONYMS_BELOW = 300
SYNONYM_MAX_LINES = 2_000  # nor a synonym found on more lines than this (an area of a large pack)

FUZZY_CUTOFF = 75.0  # rapidfuzz ratio below which a word is not a typo of the query word
# Words shorter than this only match by prefix: one edit in a 4-letter word is another word ("okrs", "ours").
MIN_FUZZY_LENGTH = 5
# Below this, only swapped letters count as a typo ("scurm"): one changed letter in a short word
# is usually another word ("leave", "lever", "level").
MIN_EDIT_LENGTH = 6
MIN_STEM_LENGTH = 3

# Lines matching only some query words are shown only when the full matches are this few,
# and at most this many of them.
FEW_FULL_MATCHES = 5
PARTIAL_RESULTS = 20
# Scoring lines that match only some words, and looking for phrase matches past the point
# where the best full matches are certain, are both bounded so that no query can stall a
# keystroke. With both set to the index size the search is exact (the tests do that).
PARTIAL_SCAN_LIMIT = 400
PHRASE_SCAN_LIMIT = 200
# Rare, high-scoring matches of the other query words are scored up front (at most this
# many lines), so that they cannot hold the early exit open for everything else.
SEED_BUDGET = 300

# Ignored unless the query is made only of them.
STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "i",
        "in",
        "into",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "our",
        "so",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "to",
        "up",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "who",
        "will",
        "with",
        "you",
        "your",
    ]
)

# The words of a question ("how much does a director earn"): they carry no meaning a line
# could match, so like stop words they count only when the query is nothing else.
QUESTION_WORDS = frozenset(
    "how much many does do did doing done can could should would why whom whose me my am "
    "get getting become becoming make makes take takes long need like typical typically someone".split()
)
# What a question's words ask for: a concept word the lines of that kind carry (documents.py).
QUESTION_INTENTS: dict[tuple[str, ...], str] = {
    ("how", "much"): "~pay",
    ("how", "long"): "~experience",
    ("how", "many", "years"): "~experience",
}
