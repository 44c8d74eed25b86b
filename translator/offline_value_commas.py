"""A comma between the reader's value and how or when it is measured (offline backend, on the final text).

"An ECOG performance status of 0 to 1 assessed within 7 days before randomization" put to the reader reads "Your
ECOG performance status is 0 to 1 checked within 7 days …", where "1 checked" runs the value into the test. Spoken,
there is a pause: "Your ECOG performance status is 0 to 1, checked within 7 days before randomization". The comma
goes only where a reader's sentence ("Your X is/are …") has given a value with a number and the next word is a
participle of measuring ("checked", "measured", "obtained", "as measured") right after the value's last word; it adds
no word and moves none, so what was measured, when and how stays as the source said it.
"""

from __future__ import annotations

import re

_PARTICIPLES = (
    r"checked|measured|assessed|done|tested|obtained|performed|confirmed|taken|calculated|estimated|determined|"
    r"documented|drawn|collected|recorded"
)
# "Your X is|are <value with a digit> <participle>": the value holds no clause, aside or list of its own
_VALUE_THEN_HOW = re.compile(
    rf"(?P<head>\bYour [^.;:()\[\]]*? (?:is|are) (?=[^.;:()\[\]]*?\d)[^.;:,()\[\]]*?[\w%+³²µ])"
    rf" (?P<how>(?:as )?(?:{_PARTICIPLES}))\b"
    # the participle says how or when ("checked by", "obtained within", "measured twice"), not which value
    # ("calculated creatinine clearance", "recorded detectable viral load")
    r"(?=[.,;:]|$| (?:by|in|at|on|within|with|using|per|from|after|before|during|over|as|twice|once|\d))"
)
# words after which the participle is not the value's: a clause, or the end of a preposition's phrase
_NOT_VALUE = re.compile(
    r"\b(?:that|which|who|whose|when|where|if|unless|by|with|for|of|to|from|than|a|an|the|or|and|either|both|your|"
    r"any|no|not|per)$"
)
# a value that already says how or from what it comes ("measured or estimated using values obtained …"): the
# participle may be those words', and a comma would give it to the value
_CLAUSE = re.compile(rf"\b(?:that|which|who|whose|when|where|if|unless|because|using|with|based|{_PARTICIPLES})\b")


def value_commas(text: str) -> str:
    """`text` with a comma between a reader's value and the participle that says how it is measured."""
    return _VALUE_THEN_HOW.sub(_with_comma, text)


def _with_comma(m: re.Match[str]) -> str:
    head = m["head"]
    value = head[head.rfind(" is ") + 4 :] if " is " in head else head[head.rfind(" are ") + 5 :]
    if _NOT_VALUE.search(head) or _CLAUSE.search(value):
        return m[0]
    return f"{head}, {m['how']}"
