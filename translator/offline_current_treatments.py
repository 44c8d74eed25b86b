"""An exclusion that names a treatment the reader is on now, put to the reader (offline backend).

"Current antiretroviral therapy", "Current ECT treatment", "Current psychotropic medication", "Current ongoing
treatment with Wellbutrin" name a treatment the reader gets now: "You are currently getting antiretroviral therapy",
"You are currently taking psychotropic medication". offline_openings says "Current treatment with X" as "You are now
getting treatment with X"; with words between "current" and the treatment it left the noun phrase. The words between
stay in their place, and "current" becomes "currently", the same time said of the getting.

Not where the sentence names another time too ("Current or recent treatment", "… or treatment within 4 weeks",
"Current or planned …", a history): "currently" would then say only one of them; nor where the clause has a verb of
its own (offline_openings.dangling_verb) or a lead-in (":").
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb

# "Current [ongoing] [up to three words] treatment|therapy|medication(s)"
_CURRENT = re.compile(
    r"current\s+(?P<what>(?:(?!(?:or|and|and/or|use|history|recent|past|prior|previous|planned|need|enrol\w*|"
    r"participation|diagnosis|signs?|evidence)\b)[\w/-]+\s+){0,3}?)(?P<noun>treatment|therapy|medications?)\b"
    # where the noun phrase ends ("Current medication use which …" goes on: not a medication taken)
    r"(?=\s*(?:$|[.,;:(]|(?:with|for|on|in|of|at|by|to|from|including|such|that|which|other|except|as)\b))",
    re.IGNORECASE,
)
# another time said beside the present one
_ANOTHER_TIME = re.compile(
    r"\b(?:or|and/or)\s+(?:\w+\s+)?(?:recent|recently|past|prior|previous|previously|planned|history|treatment|"
    r"therapy|use|within)\b|\b(?:within|days?|weeks?|months?|years?|history|planned|anticipated|during|until|since|"
    r"will|prior|previous|past)\b|:",
    re.IGNORECASE,
)


# a second thing named beside the treatment: "Current psychotropic medication or active psychotherapy" ("taking" would
# be said of both)
_SECOND_NOUN = re.compile(r"\s*,?\s*(?:or|and|and/or)\b", re.IGNORECASE)


def current_treatment_opening(text: str, start: int, kind: SectionKind) -> list[Edit]:
    """ "Current antiretroviral therapy" → "You are currently getting antiretroviral therapy" (see the module)."""
    m = _CURRENT.match(text, start)
    if kind is not SectionKind.EXCLUSION or m is None or dangling_verb(text, m.end()):
        return []
    masked = re.sub(r"\([^()]*\)", lambda p: " " * len(p.group()), text)  # an aside is not another time
    stop = re.search(r"(?<!\b[A-Za-z])[.;](?:\s|$)", masked[m.end() :])  # not the stop of "i.v." or "e.g."
    sentence = masked[start : m.end() + stop.start()] if stop else masked[start:]
    if _ANOTHER_TIME.search(sentence) or _SECOND_NOUN.match(masked, m.end()):
        return []
    verb = "taking" if m.group("noun").lower().startswith("medication") else "getting"
    return [Edit(start, m.start("what"), f"You are currently {verb} ", "person")]
