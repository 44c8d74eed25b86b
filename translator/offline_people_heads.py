"""A group of people where an opening's noun phrase ends: no "You have" before it (offline backend).

"Untreated AML patients over the age of 60", "Chronic hepatitis C treatment naive subjects", "Diagnosis of patients
with CD", "Newly diagnosed or already diagnosed patients with primary RLS": translator.offline_openings' "You have
untreated …", "You have a diagnosis of …" would make the reader have patients ("You have untreated AML patients").
Such criteria keep their words; a group named after a preposition or in a clause of its own ("a negative pregnancy
test for female subjects", "Stable disease in patients who …") is not the opening's noun.
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_openings import noun_opening as led_opening

_PEOPLE = r"(?:patients?|subjects?|participants?|individuals?|volunteers?|persons?|people|adults?|children)"
# the noun phrase after the opening, to the people it names: words, hyphens, commas and asides, no preposition or
# clause between ("Untreated AML patients", "hepatitis C virus (HCV), genotype-1 infected participants", "Newly
# diagnosed or already diagnosed patients": two words for one group); "of"
# only right after the opening ("Diagnosis of patients with CD" → "You have a diagnosis of patients")
_PEOPLE_HEAD = re.compile(
    rf"(?:\s+of)?(?:\s*\([^()]*\)|\s*,|\s+(?!(?:for|in|of|to|with|among|from|by|than|on|at|who|that|which|if)\b)"
    rf"[\w'’/-]+){{0,10}}?\s+{_PEOPLE}\b",
    re.IGNORECASE,
)


def people_head(text: str, at: int) -> bool:
    """Whether the noun phrase from `at` ends in a group of people (see the module): no "You have" before it."""
    while at > 0 and text[at - 1].isspace():
        at -= 1  # the opening took the space before the next word ("You have untreated "): each word has its own
    return _PEOPLE_HEAD.match(text, at) is not None


def noun_opening(text: str, start: int) -> list[Edit]:
    """translator.offline_openings.noun_opening, or none when the noun phrase after it names a group of people."""
    edits = led_opening(text, start)
    return [] if edits and people_head(text, max(e.end for e in edits)) else edits
