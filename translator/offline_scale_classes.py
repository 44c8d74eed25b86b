"""A scale's class said as a class (offline backend): "New York Heart Association classification I or II" came out
"Your NYHA score is classification I or II." and "ASA physical status classification I or II" "Your … physical
status is classification I or II." (the lab rules say a bare scale's value as its score, and the value kept its
word); they say "Your NYHA is class I or II." and "… physical status is class I or II.", as "NYHA class III or IV"
already did. "class" stays before the levels: the fact rules read a level after the scale's word, and a changed
level is still caught."""

from __future__ import annotations

import re

_SCORE_CLASSIFICATION = re.compile(
    r"\b(?P<head>Your (?:New York Heart Association \(NYHA\)|NYHA)|physical status)(?: score)? is classification"
    r"(?: of)? (?=[IV1-4])"
)


def scale_class(text: str) -> str:
    return _SCORE_CLASSIFICATION.sub(r"\g<head> is class ", text)
