"""A topic with no requirement, said as one (offline backend).

Older NCI PDQ records list every topic of their template and fill the ones the trial sets no rule on with "Not
specified": "Performance status: Not specified", "Life expectancy: Not specified", or an item "Not specified" under a
heading "Hepatic:". The words are the source's way of saying that any value is fine, and a patient reading "Life
expectancy: Not specified" may wonder what they were meant to specify. The sentence says what the words mean, and no
more: "There is no requirement on life expectancy.", "There is no hepatic requirement.", "There is no age requirement."
(a one-word topic names a kind of requirement), and under a heading "There is no requirement." The topic keeps its words
(the term rules may still say them plainly); only "not specified" is put as "no requirement", one negation for
another, which the negation checks count alike (the tests check it).

Only the whole criterion: a topic of a few words and "not specified" at its end. "Any treatment not specified in the
protocol" is a rule about treatments, not a topic with none.

A list with nothing in it says so with a word: "Exclusion Criteria: None" or "Not applicable" as the section's only
line. Kept as written, a bullet "None" under "You cannot join if…" reads as a stray word; it says "None are listed."
Only at the top of a list: under a heading ("Prior chemotherapy:" and "None") the word can be the rule itself, none
allowed. "NA" and "N/A" (Chia's records fill an empty list with "NA") are said alike: the checks take "None are listed."
for them as the same statement (translator.fidelity_empty), not as a negation added.
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_unspecified_elsewhere import said_elsewhere

_TOPIC_NOT_SPECIFIED = re.compile(
    r"(?P<topic>[A-Za-z][A-Za-z/-]*(?:\s+[A-Za-z][A-Za-z/-]*){0,4})\s*(?P<tail>:?\s*not\s+specified\s*\.?)\s*$",
    re.IGNORECASE,
)
_ALONE = re.compile(r"\s*not\s+specified\s*\.?\s*$", re.IGNORECASE)
# a one-word topic names the kind of requirement, an adjective ("Hepatic", "Renal") or a noun ("Age", "Surgery"); "on
# surgery" would read as a time ("on surgery" as "at surgery") to the checks, and to a reader
_ONE_WORD = re.compile(r"[A-Za-z-]+")
# words that make the text more than a topic: a verb, a negation of its own, a person
_MORE_THAN_A_TOPIC = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|must|should|will|may|can|not|no|any|all|other|if|unless|except|"
    r"patients?|subjects?|participants?|you|your|the|in|of|for|with|by|to)\b",
    re.IGNORECASE,
)
NO_REQUIREMENT = "There is no requirement"
_NONE = re.compile(r"\s*(?:none|not\s+applicable|n\s*/\s*a|na)\s*\.?\s*", re.IGNORECASE)


def none_listed(text: str, parent: str | None) -> list[Edit]:
    """ "None", "NA" or "Not applicable" as a whole top-level criterion → "None are listed." (see the module)."""
    if parent is not None or not _NONE.fullmatch(text):
        return []
    return [Edit(0, len(text), "None are listed.", "person")]


def unspecified_edits(text: str) -> list[Edit]:
    """ "Performance status: Not specified" → "There is no requirement on performance status" (see the module)."""
    start = len(text) - len(text.lstrip())
    if elsewhere := said_elsewhere(text):  # "See Disease Characteristics": the rule is under another heading
        return elsewhere
    if _ALONE.fullmatch(text):
        return [Edit(start, len(text), NO_REQUIREMENT, "person")]
    m = _TOPIC_NOT_SPECIFIED.fullmatch(text, start)
    if m is None or _MORE_THAN_A_TOPIC.search(m.group("topic")):
        return []
    topic = m.group("topic")
    # the topic mid-sentence now: its first capital lowered, unless it is a short form ("HIV status")
    case = [] if topic[1:2].isupper() else [Edit(start, start + 1, topic[0].lower(), "case")]
    if _ONE_WORD.fullmatch(topic):
        lead, tail = "There is no ", " requirement"
    else:
        lead, tail = f"{NO_REQUIREMENT} on ", ""
    return [Edit(start, start, lead, "person"), *case, Edit(m.end("topic"), m.end(), tail, "person")]
