"""Four noun openings at the top of a criterion put to the reader, each word of the source kept (offline backend).

- "The presence of X" → "You have X", as offline_openings says "Presence of X" (the article adds nothing);
- "Presence or history of X" → "You have or have had X", as offline_openings says "History or presence of X" (now or
  then, in the same order as the source); not "Presence or recent history of X" (a time of its own);
- "Absence of X" → "You have no X": the same denial in the words of "No X" → "You have no X" (offline_openings);
  not a clause with a negation of its own, nor an article or a count after "of" ("Absence of a plaque": no "You have
  no a plaque"); after "a"/"an" the denial is "You do not have" ("Absence of an NPM1 exon12 mutation" → "You do not
  have an NPM1 exon12 mutation"), with the same guards and no time in the clause ("Absence of a menstrual period in
  the past 12 months": "do not have" would put it now); "Absence of X or Y" is "You do not have X or Y" too, with no
  time in the clause: "You have no X or Y" leaves a reader to wonder whether the "no" reaches Y, "do not have"
  denies each; not "X and Y", whose "do not have" may deny only both together;
- "Contraindication(s) to/for X" → "You have a contraindication to X" ("You have contraindications to X", "You have a
  known contraindication to X"): a reason one has not to be given X.

Each rewrites only the opening words; offline_leads.lead_edits, which calls these at the top of a criterion, adds the
later mentions of the reader and drops any whose rewrite the fidelity check faults.
"""

from __future__ import annotations

import re

from translator.offline_current_openings import current_opening
from translator.offline_edits import Edit
from translator.offline_evidence_openings import evidence_opening
from translator.offline_expected import expected_opening
from translator.offline_history_or_openings import history_or_opening
from translator.offline_openings import dangling_verb

_PRESENCE = re.compile(r"the\s+presence\s+of\s+(?=[A-Za-z])(?!(?:any\s+)?(?:of\s+)?(?:the\s+)?following\b)", re.I)
_PRESENCE_OR_HISTORY = re.compile(
    r"presence\s+(?:or|and/or)\s+history\s+of\s+(?=[A-Za-z])(?!(?:any\s+)?(?:of\s+)?(?:the\s+)?following\b)", re.I
)
# not before an article or a count ("no a plaque", "no one lesion"): "no" takes a bare noun
_ABSENCE = re.compile(
    r"(?:the\s+)?absence\s+of\s+(?=[A-Za-z])(?!(?:any|the|all|a|an|one|at|more|less|both|either)\b)", re.IGNORECASE
)
# a list or a second denial inside the first clause: "no" would cover it otherwise than "absence of" did
_JOINED_OR_DENIED = re.compile(
    r"\b(?:or|and|and/or|nor|no|not|none|never|without|except|unless|absence|lack)\b", re.IGNORECASE
)
_ABSENCE_OF_ONE = re.compile(r"(?:the\s+)?absence\s+of\s+(?=an?\s+[A-Za-z])", re.IGNORECASE)
# a time in the clause, which the present "do not have" would not keep
_TIMED = re.compile(
    r"\b(?:in\s+the\s+(?:past|last|previous)|within|prior|previous(?:ly)?|before|since|during|after|ago|history|"
    r"days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)
_CONTRA = re.compile(
    r"(?P<adj>(?:known|absolute|any|relative)\s+)?(?P<noun>contra-?indications?)\s+(?P<prep>to|for)\s+(?=\S)", re.I
)


def noun_opening(text: str, start: int) -> list[Edit]:
    """ "The presence of X" → "You have X", "Presence or history of X" → "You have or have had X", "Absence of X" →
    "You have no X", "Contraindication to X" → "You have a contraindication to X" (see the module)."""
    # "Clinical evidence of X", "Evidence or history of X"; "History or active X"; "Anticipated need for X"; "Current
    # need for X"
    evidence = evidence_opening(text, start) or history_or_opening(text, start)
    if evidence := evidence or expected_opening(text, start) or current_opening(text, start):
        return evidence
    m = _PRESENCE.match(text, start) or _PRESENCE_OR_HISTORY.match(text, start)
    if m is not None:
        said = "You have or have had " if m.re is _PRESENCE_OR_HISTORY else "You have "
        return [] if dangling_verb(text, m.end()) else [Edit(start, m.end(), said, "person")]
    m = _ABSENCE.match(text, start)
    if m is not None:
        clause = re.split(r"[.;:(](?:\s|$)|\(", text[m.end() :], maxsplit=1)[0]
        if dangling_verb(text, m.end()):
            return []
        if not _JOINED_OR_DENIED.search(clause):
            return [Edit(start, m.end(), "You have no ", "person")]
        return [Edit(start, m.end(), "You do not have ", "person")] if _or_list(clause) else []
    m = _ABSENCE_OF_ONE.match(text, start)
    if m is not None:  # (an aside opens after a space: "t(15;17), … and …" is no aside, and its "and" counts)
        clause = re.split(r"[.;:](?:\s|$)|\s\(", text[m.end() :], maxsplit=1)[0]
        if dangling_verb(text, m.end()) or (_JOINED_OR_DENIED.search(clause) and not _or_list(clause)):
            return []
        return [] if _TIMED.search(clause) else [Edit(start, m.end(), "You do not have ", "person")]
    m = _CONTRA.match(text, start)
    if m is None or dangling_verb(text, m.end()):
        return []
    adj = (m.group("adj") or "").lower()
    plural = m.group("noun").lower().endswith("s")
    if adj.startswith("any"):
        article = "any "
    elif plural:
        article = adj
    else:
        article = ("an " if adj[:1] in "aeiou" and adj else "a ") + adj
    said = f"You have {article}{m.group('noun').lower()} {m.group('prep').lower()} "
    return [Edit(start, m.end(), said, "person")]


# an alternative of its own after "or", which "do not have" would deny with the first: "Absence of cognitive impairment
# or presence of severe dementia" is no impairment, or dementia
_OR_ANOTHER_NOUN = re.compile(
    r"\bor\s+(?:the\s+)?(?:presence|absence|history|evidence|signs?|lack|need|use|diagnosis|known|current|previous|"
    r"prior|any|positive|negative|failure|inability)\b",
    re.IGNORECASE,
)


def _or_list(clause: str) -> bool:
    """Whether the words after "Absence of" join only with "or" and say no time ("X or Y", "X, Y or Z"): the list
    "You do not have" denies each member of."""
    others = [j for j in _JOINED_OR_DENIED.findall(clause) if j.lower() != "or"]
    # "at the first diagnosis" is a time too, which the present "do not have" would move to now
    if others or _TIMED.search(clause) or re.search(r"\bat\b", clause, re.IGNORECASE):
        return False
    return not _OR_ANOTHER_NOUN.search(clause)
