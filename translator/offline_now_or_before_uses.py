"""A use or a taking part that an exclusion times both now and in a window before, put to the reader (offline
backend): "Use of immunotherapies or immunosuppressants, now or within past 6 months" → "You are using or have used
immunotherapies or immunosuppressants, now or within past 6 months"; "Taking part in a clinical trial within 30
days before inclusion in this study or concurrent to this study" → "You have taken part or are taking part in a
clinical trial within 30 days before …".

One verb cannot carry the two times: "You have used X now" and "You are taking part in X within 30 days before
inclusion" each say one of them wrongly. Two verbs, one per time, in the source's order (as
offline_past_and_present_uses says "Previous or current use of X" → "You have used or are currently using X"), and
the source's time words stay where they are, so "now", "at the same time" and the window are still said. The verb
follows the noun, as offline_leads' "Use of X": a use is used, a participation or a taking part taken part in.

Tried before offline_openings.past_event_opening (which would say "You have used X now or within 6 months") and
the bare verbs' "Taking part" (which would say "You are taking part in X within 30 days before"), so in either kind
of criterion: the two times are the source's in both. Only where "now" (or "at the same time", "concurrently",
"concurrent to …") and a window ("within …", "in the past …") are joined by "or" in the first sentence, and the
sentence says no later time ("during", "after", "planned", "expected") and has no second noun phrase the verbs
would not fit ("…, or past participation in X", "or treatment with Y").
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb
from translator.offline_sentence_ends import blank_brackets, sentence_end

_OPENING = re.compile(
    r"(?:the\s+)?(?:(?P<use>use|usage)\s+of|(?:participation|taking\s+part|participating)\s+in)\s+(?=[A-Za-z0-9])",
    re.IGNORECASE,
)
_NOW = (
    r"(?:concurrent(?:ly)?(?:\s+(?:to|with)\b)?|concomitant(?:ly)?(?:\s+(?:to|with)\b)?|at\s+the\s+same\s+time|now|"
    r"currently)"
)
_WINDOW = (
    r"(?:within|in|during)\s+(?:the\s+)?(?:(?:past|last|previous|preceding)\s+)?"
    r"(?:(?:\d+(?:\.\d+)?|one|two|three|four|five|six|eight|twelve|a)\s*)?(?:hours?|days?|weeks?|months?|years?)\b"
)
# now, then "or" and a window; or a window (and what it is before, in the same clause), then "or" and now
_NOW_FIRST = re.compile(rf"\b(?:either\s+)?{_NOW}\s*,?\s+or\s+{_WINDOW}", re.IGNORECASE)
_WINDOW_FIRST = re.compile(rf"\b{_WINDOW}[^,;.()]{{0,80}}?\s+or\s+(?:either\s+)?{_NOW}(?![\w-])", re.IGNORECASE)
# a later time, a plan, or a second noun phrase: the two verbs would not say it
_NOT_SAID = re.compile(
    r"\b(?:during|throughout|duration|plann?ed|planning|plans?|will|after|following|while|expected|anticipated|"
    r"intend\w*|until|since|continu\w+|ongoing|unless|except)\b"
    r"|\b(?:or|and|and/or)\s+(?:the\s+)?(?:(?:past|prior|previous|current|recent|expected|concurrent)\s+)?"
    r"(?:failure|inability|history|presence|participation|enrol(?:l)?ment|receipt|administration|exposure|need|use|"
    r"taking\s+part|treatment\s+with|therapy\s+with)\b",
    re.IGNORECASE,
)


def now_or_before_use(text: str, start: int) -> list[Edit]:
    """ "Use of X now or within past 6 months" → "You are using or have used X now or …" (see the module)."""
    m = _OPENING.match(text, start)
    if m is None or dangling_verb(text, m.end()):
        return []
    masked = blank_brackets(text)
    first = masked[m.end() : sentence_end(masked, m.end())]
    times = _NOW_FIRST.search(first) or _WINDOW_FIRST.search(first)
    if times is None or _NOT_SAID.search(first):
        return []
    now, then = ("are using", "have used") if m.group("use") else ("are taking part", "have taken part")
    said = f"{now} or {then}" if times.re is _NOW_FIRST else f"{then} or {now}"
    return [Edit(start, m.end(), f"You {said}{'' if m.group('use') else ' in'} ", "person")]
