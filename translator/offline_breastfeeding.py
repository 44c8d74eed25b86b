"""A mother's "nursing" and "lactating" said as "breastfeeding" on composed text (offline backend): "You are pregnant
or nursing" → "You are pregnant or breastfeeding"; not "nursing home" or "nursing infants". Moved out of
translator.offline_sexes, whose sex labels and pregnant readers say who may join.
"""

from __future__ import annotations

import re

# how states are listed: "pregnant, or nursing", "pregnant and/or lactating", "non-pregnant/non-lactating"
_LISTED = r"(?:\s*,\s*(?:(?:or|and|and/or|nor)\s+)?|\s+(?:or|and|and/or|nor)\s+|\s*/\s*)"
_AFTER_A_STATE = re.compile(
    rf"(?:\bpregnant|\bbreast-?\s?feeding|\bpregnancy){_LISTED}(?:non-?\s?|not\s+|currently\s+)?$", re.IGNORECASE
)
_BEFORE_A_STATE = re.compile(rf"{_LISTED}(?:non-?\s?|not\s+|currently\s+|possibly\s+)?pregnan", re.IGNORECASE)
_BEING = re.compile(r"\b(?:are|is|be|being|am|currently|now|not)\s+$", re.IGNORECASE)
_NOT_A_STATE = re.compile(
    r"\s+(?:homes?|facility|facilities|staff|care|infants?|bab(?:y|ies)|child(?:ren)?|students?|assistants?|"
    r"personnel|aides?|services?|units?)\b",
    re.IGNORECASE,
)


def breastfeeding(text: str) -> str:
    """ "You are pregnant or nursing" → "You are pregnant or breastfeeding"; "non-lactating" → "non-breastfeeding":
    "nursing" and "lactating" where they are a mother's state (beside "pregnant", of women, after "are"), not
    "nursing home" or "nursing infants"."""

    def said(m: re.Match[str]) -> str:
        return ("non-" if m.group("non") else "") + "breastfeeding"

    if re.search(r"breast-?\s?feed", text, re.IGNORECASE):
        return text  # "lactating/breastfeeding", "pregnant, lactating or breastfeeding": said once already
    out, last = [], 0
    for m in re.finditer(r"\b(?P<non>non-?\s?)?(?P<word>lactating|nursing)\b", text, re.IGNORECASE):
        if _NOT_A_STATE.match(text, m.end()):
            continue
        before = text[: m.start()]
        state = (
            _AFTER_A_STATE.search(before)
            or (not m.group("non") and _BEING.search(before))
            or _BEFORE_A_STATE.match(text, m.end())
            or re.match(r"\s+(?:wom[ae]n|females?|mothers?)\b", text[m.end() :], re.IGNORECASE)
        )  # fmt: skip
        if not state:
            continue
        word = said(m)
        if m.group()[0].isupper():
            word = word[0].upper() + word[1:]
        out.append(text[last : m.start()] + word)
        last = m.end()
    return "".join(out) + text[last:]
