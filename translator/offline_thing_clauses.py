"""Items that go on with a clause about a thing, not the reader (offline backend).

A lead-in that ends in "that:" or "which:" opens a relative clause about the thing it names; its items that start with
a verb finish that clause: under "Participants with pathologically documented breast cancer that:", the item "is
unresectable or metastatic" says the cancer is, and under "Disease that:", "has recurred or progressed following
standard therapy" says the disease has. Read alone, the rules that put a verb-led item to the reader would make them
"You are unresectable or metastatic" and "You have recurred …": the reader given what is the cancer's. Such items keep
their own words (the lead-in stands just above them).

Not an item under "Patients who:" (its "are 18 years or older" is the reader's), nor an item with a subject of its own
("HER2-positive expression …" under the same lead-in), nor a lead-in that goes on past its "that" ("… criteria that
apply:").
"""

from __future__ import annotations

import re

_ABOUT_A_THING = re.compile(r"\b(?:that|which)\s*:\s*$", re.IGNORECASE)
_VERB_LED = re.compile(
    r"^\W*(?:(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|may|must|should)\b|"
    r"(?:not\s+)?(?:previously|already|currently)\b)",
    re.IGNORECASE,
)


def goes_on_about_a_thing(parent: str | None, text: str) -> bool:
    """Whether `text`, an item under `parent`, finishes the parent's relative clause about a thing (see the
    module)."""
    return parent is not None and bool(_ABOUT_A_THING.search(parent)) and bool(_VERB_LED.match(text))
