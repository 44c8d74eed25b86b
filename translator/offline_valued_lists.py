"""A closing list of examples whose items carry their own values: still a plain list, so still a sentence of its own.

translator.offline_sentences moves a closing unbracketed ", such as X" / ", including X" to a sentence of its own only
where X is a plain list of names: a time window or a condition after the list could belong to the whole sentence, and
as a sentence of its own it would belong to the examples alone. Its test also stops at every number and comparator,
which keeps in one long sentence a list whose items are measured ("…, such as complete left bundle branch block,
third-degree heart block, or PR interval more than 250 ms."; "…, such as high blood pressure (more than 140/90 mmHg)").
A value says how much of the named thing it measures, and stays on that item wherever the sentence ends (a heart
rhythm problem has no "250 ms"), so such a list is split as a plain one:

- the list's only words that are not names are digits, comparators (<, >, ≤, ≥, =, "than") and "per" ("beats per
  minute");
- no unit of time, except in a rate ("per minute", "/min"): "3 weeks", "6 months" may be the sentence's window
  ("… such as aspirin more than 3 days": the days may be how long any of them was taken), and so keep it whole;
- no comma that goes on to a participle or a relative clause (", preventing …", ", which …"): the sentence goes on
  after the list, and what follows may be the head's.

Every other guard of offline_sentences holds (no list in the head whose last item the tail's "or" could be, at most 25
words, no bracket left open, no "A, or B").
"""

from __future__ import annotations

import re

# the words of a measured item that offline_sentences' list test otherwise stops at
_VALUE_WORDS = re.compile(r"\d|[<>≤≥=]|than|per", re.IGNORECASE)
_GOES_ON = re.compile(r",\s*(?:[A-Za-z]+(?:ing|ed)|which|that|who|whose|where)\b", re.IGNORECASE)
_TIME_UNIT = re.compile(
    r"(?<!\bper\s)(?<!/)\b(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?)\b",
    re.IGNORECASE,
)


def valued_list(body: str, not_a_list: re.Pattern[str]) -> bool:
    """Whether `body`, which `not_a_list` stops at, stops only at the values its items carry (see the module)."""
    hits = [m.group(0) for m in not_a_list.finditer(body)]
    if not hits or not all(_VALUE_WORDS.fullmatch(hit) for hit in hits):
        return False
    return _TIME_UNIT.search(body) is None and not continues(body)


def continues(body: str) -> bool:
    """Whether a comma in `body` goes on to a participle or a relative clause, which may be the head's rather than the
    last item's: "any abnormality, including corneal thickness more than 620 µm, preventing reliable applanation
    tonometry" (the abnormality prevents it; split there, "You have any abnormality." would say any at all)."""
    return _GOES_ON.search(body) is not None
