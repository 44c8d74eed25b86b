"""A test that "showed no A, no B and no C": the plain wording of "negative for A, B or C".

"Colonoscopy negative for obstructive lesions, cancer, or inflammatory bowel disease" is said by an LLM as "a
colonoscopy showed no obstructive lesions, no cancer and no inflammatory bowel disease". The source's "negative" is
a result (`translator.results`), no negation cue; read as cues, the bullet's three "no"s were negations added and
its result was missing. Only the repeated form after a verb of showing ("showed no A, no B and no C", "found no A
or no B"): it says a result over a list, which a lone "showed no evidence of X" need not (a rewording says that as
"you have no X", a plain negation), so that one stays a cue.
"""

from __future__ import annotations

import re

_SHOWN_RE = re.compile(
    r"\b(?:show(?:s|ed|n|ing)?|demonstrat(?:e|es|ed|ing)|f(?:ound|ind|inds)|reveal(?:s|ed|ing)?|detect(?:s|ed)?)\s+(no)\b",
    re.IGNORECASE,
)
_AGAIN_RE = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(no)\b", re.IGNORECASE)
_CLAUSE_END_RE = re.compile(r"[.;:()]")
# Every item of the list has its "no": "showed no A, no B and C" is not read so (C is shown), and its "no"s stay cues.
_JOINER_RE = re.compile(r",\s*(?:(?:and|or)\b)?|\b(?:and|or)\b", re.IGNORECASE)
# One "no" over a whole list of names ("showed no HIV, hepatitis B or hepatitis C"), the way an LLM words
# "negative for HIV, hepatitis B or hepatitis C": read as the repeated form is. Only a list of short items (up to
# four words each, no verb of their own, no other negation): a clause after it ("showed no X, and you have Y") is
# no item the "no" covers. And only after a lab test ("Your tests showed no …", "a stool culture found no …"):
# "No evidence of A, B or C on CT" is said as "a CT scan showed no A, B or C", a negation kept, no result.
_TESTED = re.compile(r"\b(?:tests?|testing|cultures?|serology|screening|swabs?|samples?|assays?|PCR|results?)"
                     r"(?:\s+\w+){0,2}\s+$", re.IGNORECASE)
_ONE_NO = re.compile(r"(?:\s+(?!(?:not|no|never|without|nor|you|your|is|are|was|were|has|have|had)\b)[\w'-]+"
                     r"(?:\s+(?!(?:not|no|never|without|nor|you|your|is|are|was|were|has|have|had|and|or)\b)"
                     r"[\w'-]+){0,3}(?:,|,?\s+(?:and|or)\b|,\s+(?:and|or)\b)?)+\s*", re.IGNORECASE)


def shown_none(text: str) -> list[list[tuple[int, int]]]:
    """Each "showed no A, no B and no C" of `text`: the spans of its "no"s, the first one first."""
    if "no" not in text.lower():
        return []
    found = []
    for m in _SHOWN_RE.finditer(text):
        stop = _CLAUSE_END_RE.search(text, m.end())
        end = stop.start() if stop else len(text)
        nos = [m.span(1), *(a.span(1) for a in _AGAIN_RE.finditer(text, m.end(), end))]
        joiners = len(_JOINER_RE.findall(text, m.end(), end))
        if (len(nos) > 1 and joiners == len(nos) - 1) or (
                len(nos) == 1 and joiners and _ONE_NO.fullmatch(text, m.end(), end)
                and _TESTED.search(text, max(m.start() - 40, 0), m.start())):
            found.append(nos)
    return found
