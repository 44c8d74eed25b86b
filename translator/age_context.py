"""Whether a bare number is an age from the words before it ("aged 18", "age ≥ 65 and ≤ 80").

A number with no unit of its own is read as an age when "age" stands shortly before it in the same clause. The word
says the age of the first number after it, and of a second one only where that second is the same measure's other
bound ("age ≥ 18 and ≤ 75", "aged 18 years or older and 65 or younger"): "onset before age 50 and a monthly
frequency of 4-14 headache days" counts days, and "Age 18 and BMI 20-30" a body mass index. So a second number is
an age only when nothing but bound words, joining words and age units stands between it and the number before it.
"""

from __future__ import annotations

import re

# a colon right after the word is a label's ("Age: 18 and over"); one further on ends the clause about age
# a comma then another measure ends it too: "If ≥65 years of age, score of ≥25 on the MMSE" (the 25 is a score)
_AGE_CONTEXT_RE = re.compile(
    r"\b(?:age[sd]?|aging)\b(?:\s*:)?(?![^.;:]*,\s*(?:a\s+|an\s+|the\s+)?(?:score|level|value|count|result|weight|"
    r"body|bmi|index|grade|stage|class|rating|total)\b)[^.;:]{0,30}$",
    re.IGNORECASE,
)
# the words that may stand between an age and the same age's other bound
_BOUND_WORDS = frozenset(
    re.findall(
        r"\w+",
        "and or to through nor but between from at least most less more than greater fewer equal up over under above "
        "below older younger old no not inclusive incl inclusively of age aged ages years year yrs yr y yo months "
        "month m mo mos weeks week wk wks days day d minimum maximum min max the",
    )
)
_AGE_WORD = re.compile(r"\b(?:age[sd]?|aging)\b", re.IGNORECASE)
_PLURAL_NOUN = re.compile(r"[a-z]{2,}[^s']s")  # "lesions", "points" ("as", "is", "has", "was" and "this" are none)
# the word after a number, past its range ("2-5 lesions", "65 years")
_WORD_AFTER = re.compile(r"[\d.,]+(?:\s*(?:-|–|to|and)\s*[\d.,]+)?\s*(?P<word>[A-Za-z]+)")


def age_in_context(text: str, at: int) -> bool:
    """Whether the number at offset `at` of `text` is an age by the words before it (see the module)."""
    # the age word nearest the number ("donor age <50yrs = 0, donor age >50yrs": the second "age" is the 50's)
    words = [w.start() for w in _AGE_WORD.finditer(text, max(0, at - 40), at)]
    m = next((m for w in reversed(words) if (m := _AGE_CONTEXT_RE.match(text, w, at)) is not None), None)
    if m is None:
        return False
    said = text[m.start() : at]
    if said.count(")") > said.count("("):
        return False  # "(for ≤ 16 years of age) ≥ 50": the age was the bracket's, and the number after it a score
    digits = [d.end() for d in re.finditer(r"\d", said)]
    if not digits:
        return True
    between = text[m.start() + digits[-1] : at]
    if not all(word.lower() in _BOUND_WORDS for word in re.findall(r"[A-Za-z]+", between)):
        return False
    after = _WORD_AFTER.match(text, at)  # "age over 50 and 2-5 lesions": the second number counts lesions
    word = after.group("word").lower() if after is not None else ""
    return not _PLURAL_NOUN.fullmatch(word) or word in _BOUND_WORDS
