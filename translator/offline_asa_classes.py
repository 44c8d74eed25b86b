"""An anaesthesia risk class named alone, said of the reader (offline backend): "ASA I-III" → "Your American Society
of Anesthesiologists (ASA) physical status is class I-III."

A criterion that is only the American Society of Anesthesiologists' class and its levels names the reader's
physical status before surgery; no rule before this one finds a verb in it, so it stayed a bare name. The words
"physical status" are what the class rates (the lexicon's gloss of the letters says so); "class" stays before the
levels because the fact rules read a level after the scale's word ("is class 1 to 3"), not a name's value. Only a
whole bullet that is the name and its levels, with nothing else that could be a condition or another person's.
"""

from __future__ import annotations

import re

_ROMAN = r"(?:IV|V|VI|I{1,3})"
_LEVEL = rf"(?:{_ROMAN}|[1-6])[A-Ea-e]?"
_LEVELS = (
    rf"{_LEVEL}(?:\s*(?:-|–|to|,|or|and|,\s*or)\s*{_LEVEL})*"
    r"|(?:higher|lower|more|less|greater)\s+than\s+[1-6]|[1-6]\s+or\s+(?:higher|lower|more|less|greater)"
    r"|(?:at\s+least|at\s+most)\s+[1-6]"
)
_CLASS_ONLY = re.compile(
    r"(?P<name>American Society of Anesthesiologists \(ASA\)|ASA)"
    # not "classification 1 to 3" nor "physical status 1 to 3": numbers after a generic word are values, not levels
    rf"(?:\s+class\s+(?P<levels>{_LEVELS})|(?:\s+(?:physical\s+status|PS))?\s+(?P<romans>{_ROMAN}(?:\s*(?:-|–|to|,|or|and|,\s*or)\s*{_ROMAN})*)|\s+(?P<digits>[1-6]\s*(?:to|or)\s*[1-6]))"
    r"(?:\s+patients)?\s*\.?",
    re.IGNORECASE,
)


def asa_class(text: str) -> str:
    """`text` as the reader's class when it is only the ASA class and its levels (see the module)."""
    m = _CLASS_ONLY.fullmatch(text.strip())
    if m is None:
        return text
    levels = m.group("levels") or m.group("romans") or m.group("digits")
    return f"Your {m.group('name')} physical status is class {levels}."
