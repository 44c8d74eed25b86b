"""A condition named with its grade first, put to the reader (offline backend): "Grade 2 or greater peripheral
neuropathy" → "You have grade 2 or higher peripheral neuropathy", "Grade 3 or higher laboratory abnormality within 28
days prior to study entry" → "You have had grade 3 or higher lab abnormality in the 28 days before study entry".

About 30 corpus criteria open with a toxicity grade ("Grade ≥2", "Grade >/= 3", "Grade II-IV", "Grade 3 or Grade 4")
and were left as the source's noun phrase. "You have" goes before the grade, so the grade, its comparator and the
condition keep their words; the tense is offline_noun_symptoms.had_or_have's (no time: "have"; every window before
the study: "have had"; any other time, such as "at randomization", keeps the words). Not a grade at most ("Grade 2 or
less neuropathy" may mean none at all, which "You have" would deny), nor a lab's grade with its comparator after it
("Grade 1 lipase or higher"), nor before a verb of its own, a second sentence or a colon.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.facts import Fact
from translator.offline_edits import Edit
from translator.offline_noun_symptoms import had_or_have
from translator.offline_openings import dangling_verb
from translator.offline_sentence_ends import sentence_end

_LEVEL = r"(?:\d[a-z]?|[IV]+)\b"
_GRADE = re.compile(
    rf"grade\s*(?:>=|≥|>/=|>|=>)?\s*{_LEVEL}(?:\s*(?:or|and|to|-|–|/)\s*(?:grade\s*)?{_LEVEL})?"
    r"(?:\s*(?:or|and/or)\s+(?:greater|higher|more|worse|above)\b)?\s+(?=[a-z])",
    re.IGNORECASE,
)
# a grade at most, or a grade of something named later ("Grade 2 or less", "Grade 3 or higher of the following:")
# the comparator after what is graded: "Grade 1 lipase or higher" is a lab's grade, not a condition one has
_LATE_COMPARATOR = re.compile(r"[\w-]+\s+(?:or|and/or)\s+(?:greater|higher|more|worse|above)\b", re.IGNORECASE)
_AT_MOST = re.compile(r"\b(?:less|lower|fewer|below|under|lesser|of\s+the\s+following)\b|[<≤:]", re.IGNORECASE)


def grade_opening(text: str, start: int, facts: Sequence[Fact]) -> list[Edit]:
    """ "Grade 2 or greater X" → "You have grade 2 or greater X" (see the module), or no edit."""
    m = _GRADE.match(text, start)
    if m is None or dangling_verb(text, m.end()) or sentence_end(text, m.end()) < len(text.rstrip(" .;")):
        return []
    verb = had_or_have(text, facts)
    if verb is None or _AT_MOST.search(text, start, sentence_end(text, m.end())):
        return []
    if _LATE_COMPARATOR.match(text, m.end()):
        return []
    return [Edit(start, start, f"You {verb} ", "person"), Edit(start, start + 1, text[start].lower(), "case")]
