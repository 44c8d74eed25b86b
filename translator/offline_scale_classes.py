"""A scale's class said as a class (offline backend): "New York Heart Association classification I or II" came out
"Your NYHA score is classification I or II." and "ASA physical status classification I or II" "Your … physical
status is classification I or II." (the lab rules say a bare scale's value as its score, and the value kept its
word); they say "Your NYHA is class I or II." and "… physical status is class I or II.", as "NYHA class III or IV"
already did. "class" stays before the levels: the fact rules read a level after the scale's word, and a changed
level is still caught.

The heart failure scale ranks people, not a thing the reader has: "Your NYHA is class III or IV" names the scale as
if it were the reader's own measure (a "NYHA" the reader has). Where the class and its levels end the clause, it is
said as the class the reader is in: "You are in NYHA class III or IV"; "Your NYHA is functional class II-IV" → "You
are in NYHA functional class II-IV"; the source's name said twice ("New York Heart Association Class (NYHA) Class III
or IV" → "Your NYHA Class (NYHA) is class 3 or 4") once. Not where more words follow the levels ("class II
controlled with treatment", "class 3 or 4 heart failure"): those may say what the class is of, and keep the words
the rules wrote. A class that labels its definition ("NYHA III:Marked limitation of physical activity …") is said
"NYHA class III: Marked limitation …", the colon spaced as a colon is."""

from __future__ import annotations

import re

_SCORE_CLASSIFICATION = re.compile(
    r"\b(?P<head>Your (?:New York Heart Association \(NYHA\)|NYHA)|physical status)(?: score)? is classification"
    r"(?: of)? (?=[IV1-4])"
)
_LEVEL = r"(?:IV|I{1,3}|[1-4])"
# the reader's class of the heart failure scale, its levels ending the clause
_READER_CLASS = re.compile(
    r"\bYour (?P<name>New York Heart Association \(NYHA\)|NYHA)(?: [Cc]lass \(NYHA\))? is "
    r"(?P<word>(?:functional )?class) "
    rf"(?P<levels>{_LEVEL}(?:(?:\s*(?:-|/|,|or|and|to)\s*){_LEVEL})*)(?=\s*(?:[.;:]|$))"
)


# a class named as the label of its definition ("NYHA II : Slight limitation of physical activity. …", "NYHA
# III:Marked limitation …"): the class said as a class, its colon where a colon goes
_DEFINED_CLASS = re.compile(rf"^NYHA (?:[Cc]lass )?(?P<level>{_LEVEL})\s*:\s*(?=[A-Z])")


def scale_class(text: str) -> str:
    text = _SCORE_CLASSIFICATION.sub(r"\g<head> is class ", text)
    text = _DEFINED_CLASS.sub(r"NYHA class \g<level>: ", text)
    return _READER_CLASS.sub(r"You are in \g<name> \g<word> \g<levels>", text)
