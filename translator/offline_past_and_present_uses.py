"""A use, a treatment or a taking part said both before and now, or recently, put to the reader (offline backend):
"Previous or current use of darunavir" → "You have used or are currently using darunavir", "Current or recent
participation in another study" → "You are currently taking part or have recently taken part in another study",
"Recent use of X" → "You have recently used X", "Recent major surgery" → "You have recently had major surgery".

Each time word of the source stays, in the source's order, with the tense it says: "prior", "previous" and "past"
are said by "have" (as offline_openings' "Prior X" → "You have had X"), "recent" as "recently", "current" as
"currently". A "concurrent" or "concomitant" use (beside the study treatment, not only now) and a "planned" one keep
their words, since "currently" would not say the same. The verb follows the noun, as offline_leads' "Use of X": a use
is used, a treatment or therapy is had (or got, now), a participation or enrolment taken part in; "Recent" before a
procedure or treatment offline_had_events names ("surgery", "radiotherapy", "transfusion") is had.

Only in an exclusion and at the top of a criterion, as the other noun-phrase openings; not where the first sentence
has a verb of its own after the opening, a window or a word that puts the use later ("during", "planned",
"after"), or a second noun phrase the verb would not fit ("… or failure to recover").
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_had_events import EVENT
from translator.offline_openings import dangling_verb
from translator.offline_sentence_ends import sentence_end

_BEFORE = r"(?:prior|previous|past|recent)"
_WHAT = (
    r"(?:(?P<use>use|usage)\s+of|(?P<treat>treatment|therapy)\s+with|(?P<part>participation|enrol(?:l)?ment)\s+in)"
    r"\s+(?=[A-Za-z0-9])"
)
_BOTH = re.compile(
    rf"(?:(?P<then>{_BEFORE})\s+or\s+current|current\s+or\s+(?P<then2>{_BEFORE}))\s+{_WHAT}", re.IGNORECASE
)
# (not a hospitalization: its plain words, "hospital stay", would want an article the source does not have)
_RECENT = re.compile(rf"recent\s+(?:{_WHAT}|(?!hospitali[sz]ation)(?={EVENT.pattern}))", re.IGNORECASE)
# a time still to come or beside the study treatment, or a second noun phrase: the tenses would be a guess
_NOT_SAID = re.compile(
    r"\b(?:during|throughout|plann?ed|planning|will|after|following|while|concurrent(?:ly)?|concomitant(?:ly)?|"
    r"same\s+time|anticipated|expected|intend\w*|until|continu\w+|start\w*|initiat\w*)\b"
    r"|\b(?:or|and|and/or)\s+(?:the\s+)?(?:(?:recent|prior|previous|past|current)\s+)?(?:failure|inability|history|"
    r"presence|participation|receipt|administration|exposure|consumption|intake|treatment|need|requirement|evidence|"
    r"use)\b",
    re.IGNORECASE,
)


def _had(m: re.Match[str], adverb: str, said: bool) -> str:
    """The past of the use, the treatment or the taking part: "have used", "have recently had treatment with";
    `said`: with what it takes ("treatment with", "in"), which only the second of two verbs says."""
    if m.group("use"):
        return f"have {adverb}used"
    if m.group("treat"):
        return f"have {adverb}had" + (f" {m.group('treat').lower()} with" if said else "")
    return f"have {adverb}taken part" + (" in" if said else "")


def _now(m: re.Match[str], said: bool) -> str:
    if m.group("use"):
        return "are currently using"
    if m.group("treat"):
        return "are currently getting" + (f" {m.group('treat').lower()} with" if said else "")
    return "are currently taking part" + (" in" if said else "")


def past_and_present_use(text: str, start: int, kind: SectionKind) -> list[Edit]:
    """ "Previous or current use of X" → "You have used or are currently using X", "Recent use of X" → "You have
    recently used X" (see the module)."""
    if kind is not SectionKind.EXCLUSION:
        return []
    m = _BOTH.match(text, start) or _RECENT.match(text, start)
    if m is None or dangling_verb(text, m.end()):
        return []
    if _NOT_SAID.search(text[m.end() : sentence_end(text, m.end())]):  # the opening's own words are said
        return []
    if m.re is _RECENT:
        if not (m.group("use") or m.group("treat") or m.group("part")):
            return [Edit(start, m.end(), "You have recently had ", "person")]  # "Recent major surgery"
        return [Edit(start, m.end(), f"You {_had(m, 'recently ', True)} ", "person")]
    adverb = "recently " if (m.group("then") or m.group("then2")).lower() == "recent" else ""
    # the two verbs share what follows: "have had or are currently getting treatment with X"
    if m.group("then"):
        said = f"{_had(m, adverb, False)} or {_now(m, True)}"
    else:
        said = f"{_now(m, False)} or {_had(m, adverb, True)}"
    return [Edit(start, m.end(), f"You {said} ", "person")]
