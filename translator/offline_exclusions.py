"""Exclusion criteria stated as conditions, for the offline backend: under "You cannot join if…" a bullet
needs only the condition, so the words that say "this excludes" go.

- "Patients with X are not eligible" / "Subjects who have X will be excluded" → "You have X." ("who are X"
  → "You are X", "who were" → "You were", "who had" → "You had"; a use now: "Patients receiving X are also
  ineligible" → "You are receiving X.", "Patients on X" → "You are on X");
- "Patients must not have X" / "Must not be pregnant" → "You have X." / "You are pregnant." (the section
  heading says the "not": translator.fidelity counts a modal "not" under the exclusions as section wording).

Only where the meaning cannot move:
- the whole item is one sentence, and the eligibility words end it, or only an exception or an aside
  follows them ("Patients with X are not eligible unless appropriately treated" → "You have X, unless
  appropriately treated": under "You cannot join if…" the exception still lifts the exclusion; a "they"
  in it keeps the words);
- the subject is the plain patient noun ("Women with X are excluded" names who is excluded; dropping
  "women" would drop that);
- for "must not": no "and", "nor", "neither", "both" or "as well as" after it (outside brackets): "must
  not have X and Y" excludes either, while "You have X and Y" under the heading would read as both);
  and no second modal, "not" of the same clause, or ";" (a second rule the "not" might also cover).
An "or" list stays as written: "must not have X or Y" and "You cannot join if: You have X or Y" both
exclude either one.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_plain import HISTORY_OF
from translator.offline_reader_who import reader_who_edits
from translator.word_keys import word_key

_SUBJECT = r"(?:(?:the|all|any)\s+)?(?:patients?|subjects?|participants?|individuals?|persons?|people|volunteers?)"
_RELATION = {
    "with": "You have ", "who have": "You have ", "who has": "You have ", "who are": "You are ",
    "who is": "You are ", "who were": "You were ", "who was": "You were ", "who had": "You had ",
    # a use now: "Patients receiving X are ineligible" → "You are receiving X." (the participle stays as written)
    "on": "You are ", "receiving": "You are ", "taking": "You are ", "using": "You are ",
}  # fmt: skip
_STUDY = r"(?:this|the)\s+(?:study|trial)"
_EXCLUDED = re.compile(
    r"\s*,?\s+(?:(?:are|is|(?:will|shall|should|must)(?:\s+also)?\s+be)\s+(?:also\s+)?(?:not\s+eligible|ineligible|excluded)"
    rf"(?:\s+(?:from|for)\s+(?:{_STUDY}|participation|inclusion|enrol(?:l)?ment)"
    rf"(?:\s+(?:in|into)\s+{_STUDY})?)?"
    # "cannot take part", "should not be enrolled in the study", "are not to be enrolled"
    r"|(?:cannot|can\s+not|may\s+not|will\s+not|shall\s+not|should\s+not|must\s+not|are\s+not\s+to)\s+(?:be\s+)?"
    rf"(?:take\s+part|participate|enrol(?:l)?(?:ed)?|included|join)(?:\s+(?:in|into)\s+{_STUDY})?)"
    # what may follow the judgement and still qualify the condition: an exception ("… are excluded unless
    # appropriately treated") or an aside ("(those who received it as adjuvant treatment are allowed)")
    r"(?P<tail>\s*,?\s*(?:unless|except)\b[^.;]*|\s*\([^()]*\))?"
    r"\s*\.?\s*$",
    re.IGNORECASE,
)
_JUDGED_OPENING = re.compile(
    rf"(?P<subject>{_SUBJECT})\s+(?P<rel>with|who\s+(?:have|has|are|is|were|was|had)|on|receiving|taking|using)\s+(?=\S)",
    re.IGNORECASE,
)
_MUST_NOT = re.compile(
    rf"(?:(?P<subject>{_SUBJECT})\s+)?(?:must|should|shall)\s+not\s+(?P<verb>have|be)\s+(?=\S)", re.IGNORECASE
)
_BOTH = re.compile(r"\b(?:and|nor|neither|both|as\s+well\s+as|plus)\b|&|;", re.IGNORECASE)
_SECOND_RULE = re.compile(
    r"\b(?:must|should|shall|will|may|can|cannot|not|unless|except|excluding|eligible|excluded|allowed|permitted)\b",
    re.IGNORECASE,
)
# A second judgement or exception inside ("Patients with X who are eligible for Y are excluded"): left as written.
_JUDGED_AGAIN = re.compile(
    r"\b(?:eligible|ineligible|excluded|included|allowed|permitted|unless|except|excluding|must|should)\b", re.I
)
# A second subject in the list ("Subjects with X and subjects with Y are excluded"): "You have X and subjects with
# Y" would read as two kinds of people.
_ANOTHER_SUBJECT = re.compile(rf"\b{_SUBJECT}\b", re.IGNORECASE)
_HISTORY = re.compile(HISTORY_OF, re.IGNORECASE)
_OTHER_SENTENCE = re.compile(r"[.!?:]\s+\S")


def exclusion_edits(text: str, kind: SectionKind) -> list[Edit]:
    """Edits that leave only the condition of an exclusion criterion, or none when no rule applies safely."""
    if kind is not SectionKind.EXCLUSION:
        return []
    start = len(text) - len(text.lstrip())
    if _OTHER_SENTENCE.search(text, start) or "\n" in text.strip():
        return []
    return _judged(text, start) or _must_not(text, start)


def _judged(text: str, start: int) -> list[Edit]:
    """ "Patients with X are not eligible." → "You have X."."""
    opening = _JUDGED_OPENING.match(text, start)
    tail = _EXCLUDED.search(text)
    if opening is None or tail is None or tail.start() <= opening.end():
        return []
    body = text[opening.end() : tail.start()]
    if _depth(body) or _JUDGED_AGAIN.search(body) or _ANOTHER_SUBJECT.search(_outside_brackets(body)):
        return []
    if re.search(r"\b(?:who|whom|that|which)\s*(?:,[^,]*)?,?\s*$", body, re.IGNORECASE):
        return []  # "… or who, in the Investigator's view, should not participate": the clause's own judgement
    if tail.group("tail") and re.search(r"\b(?:they|them|their)\b", tail.group("tail"), re.IGNORECASE):
        return []  # "… unless they have been disease-free": "they" would stand beside "you"
    lead = _RELATION[" ".join(word_key(opening.group("rel")).split())]
    end = opening.end()
    if lead == "You are " and not opening.group("rel").lower().startswith("who"):
        if re.search(r"\b(?:who|whom|which)\b", body, re.IGNORECASE):
            return []  # "Patients receiving warfarin, who cannot be transferred …": "you …, who" reads wrong
        end = opening.start("rel")  # the participle stays, for the plain words ("getting")
    history = _HISTORY.match(text, end) if lead == "You have " else None
    if history is not None:  # "Patients with a history of myocardial infarction … are ineligible"
        lead, end = "You have had", history.end()
    cut = len(text[: tail.start()].rstrip(" ,;"))  # "…, will be excluded." → "… ." not "…,."
    # "Patients with X, who are Y, or who are Z are not eligible" → "You have X, are Y, or are Z."
    joined = reader_who_edits(text[: tail.start()], Edit(start, end, lead, "person"))
    if tail.group("tail"):  # the exception or aside stays, after the condition it qualifies
        said = tail.group("tail").strip()
        said = said if said.startswith(("(", ",")) else ", " + said
        said = f" {said}" if said.startswith("(") else said
        return [Edit(start, end, lead, "person"), *joined, Edit(cut, len(text), said, "person")]
    return [Edit(start, end, lead, "person"), *joined, Edit(cut, len(text), ".", "person")]


def _must_not(text: str, start: int) -> list[Edit]:
    """ "Patients must not have X" → "You have X"; "Must not be pregnant" → "You are pregnant"."""
    m = _MUST_NOT.match(text, start)
    if m is None:
        return []
    rest = _outside_brackets(text[m.end() :])
    if _BOTH.search(rest) or _SECOND_RULE.search(rest):
        return []
    lead = "You have " if m.group("verb").lower() == "have" else "You are "
    return [Edit(start, m.end(), lead, "person")]


def _depth(text: str) -> int:
    return abs(text.count("(") - text.count(")")) + abs(text.count("[") - text.count("]"))


def _outside_brackets(text: str) -> str:
    previous = None
    while previous != text:
        previous, text = text, re.sub(r"\([^()]*\)|\[[^\[\]]*\]", "", text)
    return text
