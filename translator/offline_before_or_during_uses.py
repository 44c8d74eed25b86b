"""A use or a taking part that an exclusion times both before the study and during it, put to the reader (offline
backend): "Participation in another trial with an investigational drug (within two months prior to administration or
during the trial)" → "You have taken part or will take part in another trial with an experimental drug (within two
months before administration or during the trial)"; "Participation in another experimental protocol during the study
period, or within 4 weeks prior to day 1" → "You will take part or have taken part in another experimental protocol
during the study, or in the 4 weeks before day 1".

One verb cannot carry the two times: "You have used X … or during the study" puts the study's weeks in the past, "You
will use X within 2 weeks prior to Visit 1" puts the window after now. Two verbs, one per time, in the source's order of
the times (as offline_now_or_before_uses says "You are using or have used X, now or within the past 6 months"), and the
source's time words stay where they are. A use is used, a taking part taken part in, a treatment had.
translator.offline_uses_to_come says the same of a closing "… or during the study" (after offline_leads, which tries
this first and says it alike); this also takes the study's time in the middle ("during the study period, or within 4
weeks prior to day 1": the future verb first, so nothing moves) and both times inside one bracket.

Only in an exclusion and at the top of a criterion; only where the first sentence joins, with "or" or "and/or", a window
before the study (or one the extractor leaves unanchored, which an exclusion's "within 4 weeks" is: the weeks up to now)
and one "during" the study or a trial (not "during the screening period", where the reader may already be), and nothing
else of time: no plan ("or planned use during the study", "intended"), no "after", "until", "concurrent", no second noun
phrase the verbs would not fit, and no clause ("drugs which cannot be stopped …"), whose own verb the times might belong
to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.criteria import SectionKind
from translator.facts import Fact, FactKind
from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb
from translator.offline_sentence_ends import sentence_end
from translator.offline_windows import before_the_study

_OPENING = re.compile(
    r"(?:the\s+)?(?:(?P<use>use|usage)\s+of|(?P<part>participation|taking\s+part)\s+in|(?P<treat>treatment|therapy)"
    r"\s+with)\s+(?=[A-Za-z0-9(])",
    re.IGNORECASE,
)
# "during the study", "during the present clinical trial", "at any time during the study period" (not "during the
# screening period", which test_offline_plain13 keeps as a guess: the reader may be in it already)
_DURING = (
    r"(?:at\s+any\s+time\s+)?during\s+(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:study|trial)(?:\s+(?:period|phase))?\b"
)
_DURING_LAST = re.compile(rf"(?:\s*,)?\s+(?:or|and/or)\s+{_DURING}", re.IGNORECASE)
_DURING_FIRST = re.compile(rf"\b{_DURING}\s*,?\s+(?:or|and/or)\s+(?=(?:with)?in\b)", re.IGNORECASE)
# another time, a plan, a clause or a second noun phrase: the two verbs would not say it
_NOT_SAID = re.compile(
    r"\b(?:during|throughout|plann?ed|planning|plans?|will|after|following|while|expected|anticipated|intend\w*|"
    r"until|since|continu\w+|ongoing|current(?:ly)?|now|concurrent(?:ly)?|concomitant(?:ly)?|simultaneous(?:ly)?|"
    r"unless|except|which|that|who|whom|whose|if|when|where)\b"
    r"|\b(?:or|and|and/or)\s+(?:the\s+)?(?:(?:past|prior|previous|current|recent|expected|concurrent|planned)\s+)?"
    r"(?:failure|inability|history|presence|participation|enrol(?:l)?ment|receipt|administration|exposure|need|use|"
    r"taking\s+part|treatment|therapy)\b",
    re.IGNORECASE,
)
_VERBS = {  # (before, during): the verb for each time
    "use": ("have used", "will use"),
    "part": ("have taken part", "will take part"),
    "treat": ("have had", "will have"),
}


def before_or_during_use(text: str, start: int, kind: SectionKind, facts: Sequence[Fact]) -> list[Edit]:
    """ "Use of X within 2 weeks prior to Y or during the study" → "You have used or will use X …" (see the module)."""
    m = _OPENING.match(text, start)
    if kind is not SectionKind.EXCLUSION or m is None or dangling_verb(text, m.end()):
        return []
    end = sentence_end(text, m.end())
    during = _DURING_LAST.search(text, m.end(), end) or _DURING_FIRST.search(text, m.end(), end)
    if during is None:
        return []
    windows = [f for f in facts if f.kind is FactKind.TEMPORAL and m.end() <= f.start < end]
    # every time is the "during" or a window before the study, and one window is there
    outside = [f for f in windows if f.end <= during.start() or f.start >= during.end()]
    if not outside or not all(before_the_study(f, unanchored=True) for f in outside):
        return []
    if during.re is _DURING_LAST and not all(f.end <= during.start() for f in outside):
        return []  # the window first, then "or during …": the verbs follow that order
    if during.re is _DURING_FIRST and not all(f.start >= during.end() for f in outside):
        return []
    rest = text[m.end() : during.start()] + " " + text[during.end() : end]
    if _NOT_SAID.search(rest):
        return []
    what = "use" if m.group("use") else "part" if m.group("part") else "treat"
    before, later = _VERBS[what]
    said = f"{before} or {later}" if during.re is _DURING_LAST else f"{later} or {before}"
    tail = {"use": "", "part": " in", "treat": " treatment with"}[what]  # ("therapy" in the plain words' "treatment")
    return [Edit(start, m.end(), f"You {said}{tail} ", "person")]
