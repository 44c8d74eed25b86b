"""Windows and words around "Use of X" that still put the use in a time the reader can be told (offline backend).

translator.offline_leads says "Use of X within 30 days before Y" as "You have used X …" and declines when a word says
now or later ("during", "starting", "concomitant"). Two shapes of English trip that guard although their time is
plain:

- a window "within 4 weeks of starting the study" (or "of the initiation of study drug treatment", "prior to the
  start of the trial"): the extractor ends the window at "within 4 weeks" and leaves the start of the study outside
  it, so "starting" reads as a use that starts now. The start of the study is still to come at enrolment, so the
  weeks up to it lie before it: the use was had ("You have used X within 4 weeks of starting the study");
- a use "at the same time" with no window or other time at all ("Use of disallowed concomitant therapy", "Use of
  other prohibited concomitant medications"): the adjective says the use is beside the study's treatment, which is a
  use now, and "You use X" is the tense offline_leads already gives a use with no time.

Each helper only answers for the words; offline_leads keeps its other guards (a second noun, a clause's own time).
"""

from __future__ import annotations

import re

# what the study starts with, after "start of", "initiation of", "starting": the study, the trial or its treatment
_STUDY_THING = r"(?:the\s+)?(?:study|trial|protocol)(?:\s+(?:drug|treatment|medication|therapy|dosing|entry|period))*\b"
# the words that name the start of the study right after a window whose anchor the extractor did not read
_START_OF_STUDY = re.compile(
    r"\s*,?\s*(?:of|before|prior\s+to|preceding)\s+(?:the\s+)?(?:"
    rf"(?:start(?:ing)?|initiat(?:ion|ing)|beginning|commencing|commencement)\s+(?:of\s+)?{_STUDY_THING}"
    r")",
    re.IGNORECASE,
)
# a use beside the study's treatment: what the adjective says of its time
SAME_TIME = re.compile(r"\b(?:concomitant(?:ly)?|concurrent(?:ly)?|simultaneous(?:ly)?)\b", re.IGNORECASE)


def start_of_study_after(text: str, window_end: int) -> int | None:
    """Where the words naming the start of the study end, when they directly follow a window ("within 4 weeks" +
    " of starting the study"), or None."""
    m = _START_OF_STUDY.match(text, window_end)
    return m.end() if m else None


def only_same_time(words: str, not_now: re.Pattern[str]) -> bool:
    """Whether every word of `not_now` in `words` says "at the same time" ("concomitant", "concurrent"): no window, no
    plan, no "during"."""
    found = [m.group() for m in not_now.finditer(words)]
    return bool(found) and all(SAME_TIME.fullmatch(w) for w in found)
