"""Stock phrases whose shorter wording says the same (session 78, for the reading grade).

Counted over the corpus bullets above grade 8 (words of 3+ syllables the earlier lists leave); each is limited to
where the short form means the same in every criterion it matches:

- "the following <noun>:" → "these <noun>:" ("including the following tumor types:", "you met the following
  criteria:", "any of the following:"): a heading that points at the list after its colon; "these" points at the
  same list (offline_words already says "all of these criteria:"). Only right before the colon, or one to three
  words before it, so the list is what follows; not "following" as a time word ("following surgery"), nor "the
  following" with no colon after it (the list may be in the next criterion, where "these" would point back);
- "for a period of (at least) N" → "for (at least) N" ("for a period of 3 months after the last dose"): the same
  stretch of time, said without the frame word; not "in/within a period of N", whose window the fact rules read;
- "during (the) study period" → "during the study" (offline_words says "the study period" after "the", "this");

Left: "is/are/be (not) sufficient" → "enough" ("will not be sufficient for entry"): the fact check reads "sufficient"
as a fact of its own and the bullet fell back a level.

Read by translator.offline_grade_words.GRADE (so by offline_words.WORDS: on the source and on the composed text).
"""

from __future__ import annotations

_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

FILLERS: list[tuple[str, str]] = [
    # lower case as the words stand when read (a shouted "THE FOLLOWING CRITERIA:" keeps its capitals; a sentence's
    # opening "The following tumors exclude:" is read in the lower case the offline rules give it, → "These tumors")
    (r"(?-i:the\s+following)(?=(?:\s+[a-z][\w/-]*){0,3}\s*:)", "these"),
    (r"for\s+a\s+period\s+of(?=\s+(?:at\s+least\s+|up\s+to\s+|about\s+)?" + _COUNT + r"\b)", "for"),
    (r"(?<=\bduring\s)(?:the\s+)?study\s+period", "the study"),
]  # fmt: skip
