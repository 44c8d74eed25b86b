"""When a criterion's time window lies: before the study (so the reader "has had" what it names) or not.

A window "before" an event ("in the 4 weeks before randomization") is before the study. So is one "within N days of"
an event still to come at enrolment (screening, randomization, the first dose): the days up to it. A window within N
days of another event (a diagnosis, surgery, the last dose) says nothing of which side of the study it lies on.
"""

from __future__ import annotations

import re

from translator.facts import Fact

# events still to come at enrolment: a window "within N days of" one of them lies before it
START_OF_STUDY = frozenset({
    "screening", "baseline", "randomization", "enrollment", "first dose", "study start", "treatment start",
    "day 1", "registration", "study drug", "study treatment", "consent",
    "visit 1", "cycle 1",  # the study's first visit and first cycle: "within 6 weeks of Visit 1"
})  # fmt: skip


# the day of a cycle the extractor reads as a time of its own ("within 28 days of Cycle 1 Day 1": "Day 1" at its own)
_CYCLE_BEFORE = re.compile(r"\bcycle\s+1\s*,?\s*$", re.IGNORECASE)


def day_of_cycle(text: str, fact: Fact) -> bool:
    """Whether `fact` is the "Day 1" that ends a window's "Cycle 1" anchor ("within 6 weeks of Cycle 1, Day 1"): the
    same start of the study, no time of its own."""
    return fact.relation == "at" and fact.text.lower() == "day 1" and bool(_CYCLE_BEFORE.search(text, 0, fact.start))


def before_the_study(window: Fact, *, unanchored: bool = False) -> bool:
    """Whether a temporal fact puts what it times before the study. `unanchored`: an exclusion's "within 4 weeks" with
    no anchor is the weeks up to now (as translator.offline_leads reads "Use of X within 4 weeks")."""
    if window.relation == "before":
        return window.low is not None or window.high is not None
    return window.relation == "within" and (window.anchor in START_OF_STUDY or (unanchored and window.anchor is None))



# a window's "prior to" whose object comes after a second preposition ("within 28 days prior to and throughout the
# study") or a second window ("for 4 weeks prior to and 4 weeks following the last dose", "> 1 hour before or > 1 hour
# after trial drug administration"): the window is measured back from that object, and "in the past 28 days" or "1
# hour ago" would measure it from now
_OPEN_PREPOSITION = re.compile(r"\b(?:prior\s+to|before|preceding)$", re.IGNORECASE)
_SECOND_PREPOSITION = re.compile(r"\s*(?:,|(?:and|or|and/or)\s+[a-z\d<>≤≥])", re.IGNORECASE)


def anchor_after_a_second_preposition(text: str, window: Fact) -> bool:
    """Whether the window's "prior to" waits for an object after a second preposition or an aside ("for 1 month prior
    to and during study treatment", "within 1 week prior to, the first dose"): the fact has no anchor, and a wording
    of it would have to guess one."""
    return bool(_OPEN_PREPOSITION.search(window.text)) and bool(_SECOND_PREPOSITION.match(text, window.end))
