"""A group named by a positive test, put to the reader (offline backend).

"HIV-positive patients on combination antiretroviral therapy are ineligible because of the potential for
pharmacokinetic interactions with X", "HIV-positive subjects.", "HBsAg positive patients" stayed in the third person:
the subject has no "with" or "who" for offline_person, and the word of eligibility after it ("are ineligible") makes
it a rule for the group. Under "You cannot join if:" the group is what the reader is:

- the group alone: "HIV-positive subjects" → "You are HIV-positive"; "HIV-positive individuals on combination
  antiretroviral therapy" → "You are HIV-positive and on combination antiretroviral treatment" ("receiving X", "taking
  X" likewise: "… and receiving X");
- the group judged: "HIV-positive patients on X are ineligible because Y" → "If you are HIV-positive and on X, you are
  ineligible because Y"; "HIV positive patients will be excluded" → "If you are HIV positive, you will be excluded":
  the judgement and its reason stay as written.

Only the group's words change ("You are" before it, its noun out); the test and what it names keep theirs, so their
plain words (the short form "HIV") still reach them. In either section (an inclusion of the group asks the reader to
be one, as "You are HIV-positive" says), and only when nothing after the first
clause names people ("…; in addition, these patients are at increased risk …", "… or patients on any antiretroviral
therapy …": who is who would mix) or says more of the group than its judgement and reason.
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit

_TEST = r"(?:human\s+immunodeficiency\s+virus\s*\(HIV\)|HIV(?:-1)?|HBsAg|HBV|HCV|hepatitis\s+[BC])"
_GROUP = re.compile(
    rf"(?P<adj>{_TEST}[-\s]?(?:sero)?positive)\s+(?P<noun>patients|subjects|participants|individuals|persons|people)\b"
    # what they are on: "on combination antiretroviral therapy", "receiving anti-retroviral therapy (HAART)"
    r"(?:\s+(?P<on>on|receiving|taking)\s+(?P<what>[^.;:,()]*?(?:\([^()]*\))?))?"
    r"(?P<judged>\s+(?P<verb>are|will\s+be)\s+(?:ineligible|not\s+eligible|excluded(?:\s+from\s+(?:the|this)\s+"
    r"(?:study|trial))?)(?P<reason>\s+(?:because|due\s+to)\b[^;.]*)?)?"
    r"(?=\s*[.;]?\s*$)",
    re.IGNORECASE,
)
_PEOPLE = re.compile(
    r"\b(?:patients?|subjects?|participants?|individuals?|persons?|people|wom[ae]n|m[ae]n|they|them|their)\b", re.I
)


def positive_group_edits(text: str) -> list[Edit]:
    """ "HIV-positive patients on X are ineligible because Y" → "If you are HIV-positive and on X, you are ineligible
    because Y" (see the module), or no edit."""
    start = len(text) - len(text.lstrip())
    m = _GROUP.match(text, start)
    if m is None or (m.group("reason") and _PEOPLE.search(m.group("reason"))):
        return []
    judged = m.group("judged") is not None
    what = m.group("what")
    if m.group("on") and (what is None or not what.strip() or _PEOPLE.search(what)):
        return []
    opening = Edit(start, start, "If you are " if judged else "You are ", "person")
    noun = Edit(len(text[: m.start("noun")].rstrip()), m.end("noun"), " and" if m.group("on") else "", "person")
    edits = [opening, noun]
    if judged:  # ", you are ineligible …": the judgement, after the condition
        edits.append(Edit(len(text[: m.start("verb")].rstrip()), m.start("verb"), ", you ", "person"))
    return edits
