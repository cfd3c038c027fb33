"""US and UK spellings of one word, so that "prioritization" finds "prioritisation" and back.

Rather than rewriting the index, a query word is looked up under each of its spellings; a
variant only matters if the content really uses it, so a rule that also produces a non-word
("analysis" → "analyziz") costs nothing. Rules also apply to a word still being typed
("prioritiz" finds "prioritisation").
"""

from __future__ import annotations

import re

# (pattern, replacement): each is tried once on the query word, in both directions.
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        # -ise/-ize, -isation/-ization, -iser/-izer (also while typed: "organis", "organisa")
        (r"(?<=\w{3})is(?=(e|es|ed|er|ers|ing|in|a|at|ati|atio|ation|ations)?$)", "iz"),
        (r"(?<=\w{3})iz(?=(e|es|ed|er|ers|ing|in|a|at|ati|atio|ation|ations)?$)", "is"),
        # -yse/-yze
        (r"(?<=\w{2})ys(?=(e|es|ed|er|ers|ing|in)?$)", "yz"),
        (r"(?<=\w{2})yz(?=(e|es|ed|er|ers|ing|in)?$)", "ys"),
        # -our/-or: behaviour, colour, favourite, labour
        (r"(?<=\w{3})our(?=(s|ed|ing|ite|ites|able|er|ers|ful|y)?$)", "or"),
        (r"(?<=\w{3})or(?=(s|ed|ing|ite|ites|able|er|ers|ful|y)?$)", "our"),
        # -lling/-ling: modelling, travelled, labelled, cancelling
        (r"(?<=[aeiou])ll(?=(ing|ed|er|ers)$)", "l"),
        (r"(?<=[aeiou])l(?=(ing|ed|er|ers)$)", "ll"),
        # -re/-er: centre, metre, theatre
        (r"(?<=\w{3})tre(?=(s|d)?$)", "ter"),
        (r"(?<=\w{3})ter(?=(s|d)?$)", "tre"),
        # -ogue/-og: catalogue, dialogue
        (r"(?<=\w{3})ogue(?=s?$)", "og"),
        (r"(?<=\w{3})og(?=s?$)", "ogue"),
        # -ence/-ense: licence, defence, offence
        (r"(?<=(lic|def|off))ence(?=s?$)", "ense"),
        (r"(?<=(lic|def|off))ense(?=s?$)", "ence"),
    )
)
# Pairs no rule covers.
_IRREGULAR = {
    "programme": "program",
    "programmes": "programs",
    "judgement": "judgment",
    "judgements": "judgments",
    "acknowledgement": "acknowledgment",
    "ageing": "aging",
    "enrol": "enroll",
    "enrolment": "enrollment",
    "fulfil": "fulfill",
    "fulfilment": "fulfillment",
    "skilful": "skillful",
    "practise": "practice",
    "practised": "practiced",
    "grey": "gray",
    "cheque": "check",
    "mould": "mold",
    "tyre": "tire",
}
_IRREGULAR.update({us: uk for uk, us in list(_IRREGULAR.items())})


def spelling_variants(word: str) -> tuple[str, ...]:
    """The other spellings of `word` (not `word` itself); most words have none."""
    variants = dict.fromkeys(pattern.sub(replacement, word, count=1) for pattern, replacement in _RULES)
    if word in _IRREGULAR:
        variants[_IRREGULAR[word]] = None
    variants.pop(word, None)
    return tuple(variants)
