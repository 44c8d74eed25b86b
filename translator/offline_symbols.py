"""Comparator symbols left in a bullet, in words: "platelets >60,000/mc" → "platelets more than 60,000/mc".

`offline_edits.fact_edits` words a whole fact ("≥ 18 years" → "18 years or older") where it can, and
leaves it as written where a whole wording could say something else (a unit that goes on past the fact,
"150/100 mmHg" read as two facts, a name between two bounds). The symbol alone can still be said: its
word goes where it stands and everything after it is kept, so the value, the unit and what is measured
are untouched. Only a symbol read left to right is worded: "18 ≤ age" compares the other way round
("age is at least 18"), so a symbol after a number is left alone, as is one inside a code or a formula.
"""

from __future__ import annotations

import re

_WORDS = {
    ">": "more than", "≥": "at least", ">=": "at least", "=>": "at least", ">/=": "at least", "> or =": "at least",
    "<": "less than", "≤": "at most", "<=": "at most", "=<": "at most", "</=": "at most", "< or =": "at most",
    # the HTML escapes some sources carry ("eGFR &lt; 60"), which the facts read as these comparators too
    "&gt;": "more than", "&gt;=": "at least", "&ge;": "at least", "&lt;": "less than", "&lt;=": "at most",
    "&le;": "at most",
}
# The longest spellings first, so ">=" is not read as ">" followed by "=".
_SYMBOL = "|".join(re.escape(s) for s in sorted(_WORDS, key=len, reverse=True))
_COMPARED = re.compile(
    # Not after a digit, a closing bracket, another symbol or a letter glued to a digit ("18≤age", "x)<5",
    # "T2<3"); not before a second symbol ("<>"), and only before a number ("<5", "< 0.5", "<.5").
    rf"(?<![\d)\]<>=≤≥/])(?<!\d\s)(?P<symbol>{_SYMBOL})\s*(?=\.?\d)"
)
# What stands before a symbol that must keep it: the name of a two-sided range read from its low end
# ("18 ≤ age ≤ 65": "age at most 65" would be right, "18 ≤ age at most 65" reads wrong), or a tag ("<br>").
_KEEP_AFTER = re.compile(rf"(?:\d[\w/%.]*\s*(?:{_SYMBOL})\s*[A-Za-z][\w-]*\s*|<\w+\s*/?)$")


def symbol_words(text: str) -> str:
    """`text` with each comparator symbol read left to right before a number said in words."""
    out: list[str] = []
    at = 0
    for m in _COMPARED.finditer(text):
        if _KEEP_AFTER.search(text, 0, m.start()):
            continue
        words = _WORDS[m.group("symbol")]
        before = text[at : m.start()]
        if words.startswith("at ") and re.search(r"\bat\s*$", before, re.IGNORECASE):
            words = "no less than" if words == "at least" else "no more than"  # "at ≥10^5 CFU/mL": no "at at least"
        if before and not before[-1].isspace() and before[-1] not in "([":
            before += " "  # "neutrophils>1.0" → "neutrophils more than 1.0"
        out.append(f"{before}{words} ")
        at = m.end()
    out.append(text[at:])
    # "Hemoglobin at least 7.5 g/dL>": a ">" that ends the text compares nothing (markup a record lost its tag of)
    said = _GLUED_NUMBER.sub(" ", "".join(out))
    if said.count("=") == 1 and not _ANOTHER_BOUND.search(said):  # "Your PSA is = 20 ng/ml" → "… is 20 ng/ml"
        said = _IS_EQUAL.sub(r"\g<verb> ", said)  # "within12 weeks", "equal to110 mmHg": the word and its number apart
    return said if "<" in said else _LAST_BRACKET.sub("", said)  # (not the end of a tag: "<b>x</b>", "<script>")


# "=" after the verb an opening wrote ("PSA = 20 ng/ml" → "Your PSA is = 20 ng/ml"): the verb says it. Only where
# it is the text's one "=": in "Age = 18 years and = 50 years" (a record that lost its "≥" and "≤") an "=" dropped
# from the first value alone would make the two read as different bounds.
_IS_EQUAL = re.compile(r"\b(?P<verb>is|are|was|were)\s*=\s*(?=\.?\d)")
# nor beside another bound: "eGFR =20 mL/min and <60 mL/min" read "is 20 mL/min and less than 60" would hide that the
# "=" stands where a floor was
_ANOTHER_BOUND = re.compile(
    r"[<>≤≥]|\b(?:less|more|greater|fewer|lower|higher|younger|older)\s+than\b|\bat\s+(?:least|most)\b|\bup\s+to\b|"
    r"\bor\s+(?:more|less|greater|fewer|lower|higher|younger|older)\b",
    re.IGNORECASE,
)
_GLUED_NUMBER = re.compile(r"(?:(?<=\bthan)|(?<=\bwithin)|(?<=\bequal to))(?=\d)", re.IGNORECASE)
_LAST_BRACKET = re.compile(r"(?<=[\w.)%])\s*>\s*(?=\.?\s*$)")
