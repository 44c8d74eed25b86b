"""A permission or a prohibition an inclusion gives, put to the reader (offline backend).

- "Prior/Previous X (is) allowed": "You may have had X", and "(is) not allowed" → "You cannot join if you have had X":
  a permission stays a permission, a prohibition a prohibition ("Prior use of X allowed" → "You may have used X");
- a condition allowed: "Bone marrow metastases allowed", "Asymptomatic brain metastases are permitted" → "You may
  have bone marrow metastases". Only a whole criterion that is a condition's name (its last word a condition noun
  of translator.offline_conditions, or a lexicon condition) and the permission, nothing after it; a prohibition of
  a condition keeps its words, since "you cannot join if you have" would say again what the heading says.

An exclusion's "allowed" is a note on what it does not exclude, and keeps its words.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.lexicon import Lexicon
from translator.offline_conditions import names_a_condition
from translator.offline_edits import Edit

_ALLOWED = re.compile(
    r"(?P<prior>prior|previous|past)\s+(?P<what>[^.;:]+?)\s*,?\s+(?:(?P<be>is|are)\s+)?(?P<neg>not\s+)?"
    r"(?P<verb>allowed|permitted)\b(?!\s+to\b)",
    re.IGNORECASE,
)
_WHAT_TOO_MUCH = re.compile(
    r"\b(?:is|are|was|were|has|have|had|must|should|will|may|can|cannot|which|who|that|but|however|if|unless|"
    r"except|allowed|permitted|not|no)\b",
    re.IGNORECASE,
)
# what may follow the permission and still qualify it: a condition, an exception, a setting, a "but …"
_ALLOWED_TAIL = re.compile(r"\s*(?:[.,;(]|(?:if|provided|as\s+long\s+as|only|when|in|for|except|but)\b)", re.I)
_HAD = [
    (re.compile(r"(?:use|usage)\s+of\s+", re.IGNORECASE), "used "),
    (re.compile(r"participation\s+in\s+", re.IGNORECASE), "taken part in "),
    (re.compile(r"(?:exposure|treatment)\s+(?=to\b|with\b)", re.IGNORECASE), None),  # "had treatment with X": as is
]


def _prior_allowed(text: str, start: int, kind: SectionKind) -> list[Edit]:
    """ "Prior chemotherapy is allowed" → "You may have had chemotherapy"; "… is not allowed" → "You cannot join if
    you have had …"."""
    if kind is not SectionKind.INCLUSION:
        return []
    m = _ALLOWED.match(text, start)
    if m is None or _WHAT_TOO_MUCH.search(m.group("what")) or m.group("what").count("(") != m.group("what").count(")"):
        return []
    # a prohibition as the section's own wording: "You must not have had X" would add a "not" the check counts as a
    # negation of X, where "is not allowed" only says the criterion excludes
    modal = "You cannot join if you have " if m.group("neg") else "You may have "
    verb = "had "
    what_at = m.start("what")
    for pattern, said in _HAD:
        used = pattern.match(text, what_at)
        if used is not None and said is not None:
            verb, what_at = said, used.end()
            break
    tail = text[m.end() :]
    if tail.strip(" .") and not _ALLOWED_TAIL.match(tail):
        return []
    return [Edit(start, what_at, modal + verb, "person"), Edit(m.end("what"), m.end(), "", "person")]


_CONDITION_ALLOWED = re.compile(
    r"(?P<what>[A-Za-z][\w'’/-]*(?:,?\s+(?:or\s+|and\s+)?[A-Za-z][\w'’/-]*){0,5}?)\s+(?:(?:is|are)\s+)?"
    r"(?:allowed|permitted)\s*\.?\s*",
    re.IGNORECASE,
)
# "Only X allowed" restricts (no other kind may join), "prior X" is the rule above's, a thing at the same time is
# offline_same_time_permissions' ("Concurrent radiotherapy for brain metastases allowed"), and a preposition makes the
# condition something done for it or about it
_NOT_A_PERMISSION = re.compile(
    r"(?:only|prior|previous|past|concurrent|concomitant|simultaneous)\b|.*\b(?:for|with|to|of|in|on|at|by|from|after|"
    r"before|during)\b",
    re.IGNORECASE,
)


_TITLE_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ed|al|ic|ive|ous)(?=\s+[a-z])")


def _condition_allowed(text: str, start: int, kind: SectionKind, lexicon: Lexicon) -> list[Edit]:
    """ "Bone marrow metastases allowed" → "You may have bone marrow metastases" (see the module). The opening and
    the permission's words are the only edits, so the condition's own words go through the term rules."""
    if kind is not SectionKind.INCLUSION:
        return []
    m = _CONDITION_ALLOWED.fullmatch(text, start)
    if m is None or _WHAT_TOO_MUCH.search(m["what"]) or _NOT_A_PERMISSION.match(m["what"]):
        return []
    if not names_a_condition(m["what"], m["what"].split(), lexicon):
        return []
    edits = [Edit(start, start, "You may have ", "person"), Edit(m.end("what"), m.end(), "", "person")]
    return edits + lowered_adjective(text, start)


def lowered_adjective(text: str, start: int) -> list[Edit]:
    """The edit that lowers the capital of an adjective now inside a sentence, or none. An adjective's capital only
    marked the criterion's start ("Untreated disease"), which offline_case keeps when it does not know the word; a
    Title Case run ("Hodgkin Disease") keeps its capitals."""
    first = _TITLE_ADJECTIVE.match(text, start)
    return [] if first is None else [Edit(start, first.end(), first.group().lower(), "case")]


def allowed_opening(text: str, start: int, kind: SectionKind, lexicon: Lexicon) -> list[Edit]:
    """Edits that say an inclusion's permission (or prohibition) to the reader, or none (see the module)."""
    return _prior_allowed(text, start, kind) or _condition_allowed(text, start, kind, lexicon)
