"""Criteria about people other than the reader, which an opening must not put to the reader.

- a condition located in a relative: "History of primary generalized epilepsy in a first degree relative" is the
  relative's epilepsy, and "You have had primary generalized epilepsy in a first degree relative" gives it to the
  reader ("a relative with this condition" is the reader's relative, and "family history of X in a relative" the
  reader's family history: those keep their openings);
- a phrase that ends in a profession: "Diabetes or obstetrics physicians" names doctors of a kind (the reader is
  one), not "You have diabetes or obstetrics doctors". A profession after "by" ("diagnosed by a physician", "deemed
  appropriate by the treating physicians") is whose judgement it is.
Such a criterion keeps the source's words.
"""

from __future__ import annotations

import re

_IN_A_RELATIVE = re.compile(
    r"\bin\s+(?:(?:a|an|any|one|two|the|his|her|their)\s+)?(?:(?:(?:first|second|third|1st|2nd|3rd)[- ]degree|"
    r"close|immediate|blood)\s+)?(?:relatives?|family(?:\s+members?)?|siblings?|parents?|mothers?|fathers?|"
    r"brothers?|sisters?)\b",
    re.IGNORECASE,
)
_FAMILY_HISTORY = re.compile(r"\bfamily\s+(?:medical\s+)?history\b", re.IGNORECASE)
_ENDS_IN_A_PROFESSION = re.compile(
    r"\b(?:physicians|doctors|nurses|surgeons|clinicians|midwives|pharmacists|dentists)\s*[.;]?\s*$", re.IGNORECASE
)
# the judges: "by a physician", "by the treating physicians", "by their own doctors"
_BY = re.compile(r"\bby\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_FIRST_SENTENCE_END = re.compile(r"[.;](?:\s|$)")


def names_someone_else(text: str) -> bool:
    """Whether the first sentence of `text` is about a relative or a profession (see the module): later sentences
    may be notes on others that leave the first the reader's."""
    end = _FIRST_SENTENCE_END.search(text)
    first = text[: end.start() if end else len(text)]
    relative = _IN_A_RELATIVE.search(first)
    if relative is not None and not _FAMILY_HISTORY.search(first, 0, relative.start()):
        return True
    profession = _ENDS_IN_A_PROFESSION.search(first.rstrip())
    return profession is not None and _BY.search(first, 0, profession.start()) is None
