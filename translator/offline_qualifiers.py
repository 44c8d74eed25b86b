"""Words inside a fact that its plain wording must say again: "7 consecutive days", "the equivalent of 10 mg".

The offline backend words a fact from its normal form (`translator.phrasing`), which keeps the number, the
comparator, the unit and the time window, but not the words that say how the amount is counted: "at least 7
consecutive days" is not "at least 7 days" (seven days here and there), "more than the equivalent of 10 mg of
prednisone" is any steroid at that strength, not prednisone alone, "> 14 alcoholic drinks per week" counts
alcohol, "a total of 3" adds up. Such a word goes back where it stood (before the number, or before the noun it
describes); when it cannot, the fact stays as written. So does a fact that holds the verb of an elapsed time
("> 12 months has passed since X"), which the wording would drop.
"""

from __future__ import annotations

import re

# How an amount is counted (`translator.fidelity_qualifiers` checks all but "calendar" in any translation).
QUALIFIER_RE = re.compile(
    r"\b(?:consecutive|successive|calendar|alcoholic|equivalent|total|cumulative)\b", re.IGNORECASE
)
_BEFORE_NUMBER = re.compile(r"\b(?:(?:the\s+)?equivalent\s+of|(?:a\s+)?(?:cumulative\s+)?total\s+of)\s+", re.IGNORECASE)
_BEFORE_NOUN = re.compile(r"\b(consecutive|successive|calendar|alcoholic|cumulative)\s+([a-z]+)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# the noun the wording says for the source's own: "alcoholic beverages per day" is worded "drinks a day"
_SAME_NOUN = {"beverage": "drink", "beverages": "drinks"}
# the verb of an elapsed time: "as long as > 12 months has passed since completion of therapy" worded "as long as more
# than 12 months since completion" loses the clause's verb, so a fact that holds one stays as written
_ELAPSED = re.compile(r"\b(?:have|has|had)\s+(?:passed|elapsed|gone\s+by)\b", re.IGNORECASE)


def requalified(fact_text: str, wording: str) -> str | None:
    """`wording` with the qualifiers of `fact_text` it lacks put back, or None when one has no place in it."""
    if _ELAPSED.search(fact_text) and not _ELAPSED.search(wording):
        return None
    if not QUALIFIER_RE.search(fact_text):
        return wording
    said = wording
    lead = _BEFORE_NUMBER.search(fact_text)
    if lead is not None and " ".join(lead.group().split()).lower() not in said.lower():
        digit = _DIGIT.search(said)
        if digit is None:
            return None
        said = f"{said[: digit.start()]}{' '.join(lead.group().split()).lower()} {said[digit.start() :]}"
    for m in _BEFORE_NOUN.finditer(fact_text):
        adjective, noun = m.group(1).lower(), m.group(2)
        if re.search(rf"\b{adjective}\b", said, re.IGNORECASE):
            continue
        place = re.search(rf"\b{re.escape(_SAME_NOUN.get(noun.lower(), noun))}\b", said, re.IGNORECASE)
        if place is None:
            return None
        said = f"{said[: place.start()]}{adjective} {said[place.start() :]}"
    kept = {w.lower() for w in QUALIFIER_RE.findall(said)}
    return said if {w.lower() for w in QUALIFIER_RE.findall(fact_text)} <= kept else None
