"""Stock phrases whose shorter wording says the same (session 78, for the reading grade).

Counted over the corpus bullets above grade 8 (words of 3+ syllables the earlier lists leave); each is limited to
where the short form means the same in every criterion it matches:

- "the following <noun>:" → "these <noun>:" ("including the following tumor types:", "you met the following
  criteria:", "any of the following:"): a heading that points at the list after its colon; "these" points at the
  same list (offline_words already says "all of these criteria:"). Only right before the colon, or one to three
  words before it, so the list is what follows; not "following" as a time word ("following surgery"), nor "the
  following" with no colon after it (the list may be in the next criterion, where "these" would point back), nor
  before an event or a window ("the following screening labs:" is "after screening" to the fact check, "one or more
  of the following at diagnosis:" fell a level as "these at diagnosis", "the following days: 1, 2" may be the days
  after), and only before a plural ("the following
  lab values:", "the following are true:"; "with the following restriction:" stays);
- "for a period of (at least) N" → "for (at least) N" ("for a period of 3 months after the last dose"): the same
  stretch of time, said without the frame word; not "in/within a period of N", whose window the fact rules read;
- "during (the) study period" → "during the study" (offline_words says "the study period" after "the", "this");

Left: "is/are/be (not) sufficient" → "enough" ("will not be sufficient for entry"): the fact check reads "sufficient"
as a fact of its own and the bullet fell back a level.

Read by translator.offline_grade_words.GRADE (so by offline_words.WORDS: on the source and on the composed text).
"""

from __future__ import annotations

_NOT_LISTED = (
    r"(?:at|in|within|before|after|during|of|for|on|to|from|by|with|since|until|prior|screening|surgery|treatment|"
    r"therapy|randomi[sz]ation|enrol\w*|registration|dosing|visits?|baseline|transplant\w*|diagnosis|chemotherapy|"
    r"radiation|radiotherapy|infusions?|vaccination|administration|completion|discontinuation|"
    r"hours?|days?|weeks?|months?|years?|cycles?)\b"
)
_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

FILLERS: list[tuple[str, str]] = [
    # lower case as the words stand when read (a shouted "THE FOLLOWING CRITERIA:" keeps its capitals; a sentence's
    # opening "The following tumors exclude:" is read in the lower case the offline rules give it, → "These tumors")
    # (the words before the colon name what is listed: not a time or an event the fact check reads as after it, "the
    # following screening labs:" being "after screening" to it, nor a window, "one or more of the following at
    # diagnosis:", where the bullet fell a level)
    # (and a plural before the colon: "with the following restriction:", "satisfy the following criterion:" would
    # read "these restriction")
    (r"(?-i:the\s+following)(?=\s+are\s+[a-z]+\s*:|(?:\s+(?!" + _NOT_LISTED + r")[a-z][\w/-]*){0,2}\s+(?!"
     + _NOT_LISTED + r")(?:[a-z][\w/-]*s|criteria|data)\s*:)", "these"),
    (r"for\s+a\s+period\s+of(?=\s+(?:at\s+least\s+|up\s+to\s+|about\s+)?" + _COUNT + r"\b)", "for"),
    (r"(?<=\bduring\s)(?:the\s+)?study\s+period", "the study"),
]  # fmt: skip
