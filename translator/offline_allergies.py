"""An allergy, an intolerance or an allergic reaction at the top of an exclusion, put to the reader (offline backend).

offline_openings says "Allergy to X" → "You have an allergy to X" and "Hypersensitivity to X" → "You have
hypersensitivity to X", one noun at a time; these take the shapes it leaves as written:

- two or more such nouns joined: "Allergy or intolerance to mannitol" → "You have an allergy or intolerance to
  mannitol", "Allergy/sensitivity to study vaccine products" → "You have an allergy/sensitivity to …",
  "Intolerance or contraindications to trastuzumab" → "You have an intolerance or contraindications to …" (the
  article fits the first noun, and a plural first noun takes none);
- "Allergic to X" → "You are allergic to X";
- "Allergic reaction(s) to X" → "You have had an allergic reaction to X" / "You have had allergic reactions to X":
  a reaction is an event, and one a criterion can name has happened (an allergy, a state, stays "You have").

Not "Allergy or history of hypersensitivity to X" (a history: offline_openings' words for it), nor a heading
("Allergy/Intolerance:", "Hypersensitivity: Subjects with …"), nor a clause with a verb of its own ("Allergy/
sensitivity to study vaccine products … will be excluded"). offline_leads.lead_edits, which calls this at the top
of a criterion, adds the later mentions of the reader and drops any rewrite the fidelity check faults.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb

_NOUN = r"(?:allerg(?:y|ies)|hypersensitivit(?:y|ies)|intoleran(?:ce|ces)|sensitivit(?:y|ies)|contra-?indications?)"
_JOINED = re.compile(
    rf"(?P<first>{_NOUN})(?P<more>(?:\s*(?:/|,|\bor\b|\band/or\b|\band\b)\s*(?:other\s+)?{_NOUN})+)"
    r"\s+(?P<prep>to|against)\b(?!\s*:?\s*$)",
    re.IGNORECASE,
)
_ALLERGIC = re.compile(r"allergic\s+to\b(?=\s+\S)", re.IGNORECASE)
_REACTION = re.compile(r"(?:an?\s+)?allergic\s+(?P<noun>reactions?)\s+(?P<prep>to|against)\b(?=\s+\S)", re.IGNORECASE)
# a second verb a rewrite to "You" would leave with its "-s" ("Allergic to X OR reacts to any dose of X")
_OTHER_VERB = re.compile(r"\b(?:or|and|and/or)\s+(?!(?:is|has|was)\b)\w+s\s+(?:to|with|on)\b", re.IGNORECASE)


def allergy_opening(text: str, start: int, kind: SectionKind) -> list[Edit]:
    """ "Allergy or intolerance to X" → "You have an allergy or intolerance to X", "Allergic to X" → "You are
    allergic to X", "Allergic reaction to X" → "You have had an allergic reaction to X" (see the module)."""
    if kind is not SectionKind.EXCLUSION:
        return []
    joined = _JOINED.match(text, start)
    allergic = _ALLERGIC.match(text, start)
    reaction = _REACTION.match(text, start)
    m = joined or allergic or reaction
    if m is None or dangling_verb(text, m.end()):
        return []
    clause = re.split(r"[.;](?:\s|$)", text[m.end() :], maxsplit=1)[0]
    if _OTHER_VERB.search(clause):
        return []
    if joined is not None:
        first = joined.group("first")
        plural = first.lower().endswith(("ies", "ces", "s"))
        article = "" if plural else ("an " if first[0].lower() in "aeiou" else "a ")
        said = f"You have {article}{first.lower()}{joined.group('more')} {joined.group('prep').lower()}"
        return [Edit(start, joined.end(), said, "person")]
    if allergic is not None:
        return [Edit(start, allergic.end(), "You are allergic to", "person")]
    assert reaction is not None
    noun = reaction.group("noun").lower()
    article = "" if noun.endswith("s") else "an "
    return [
        Edit(start, reaction.end(), f"You have had {article}allergic {noun} {reaction.group('prep').lower()}", "person")
    ]
