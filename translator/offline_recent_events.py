"""An exclusion that names a recent event as a noun phrase, put to the reader (offline backend).

"Recent myocardial infarction", "Recent trauma or major surgery", "Recent tooth extraction (within 6 months of
screening visit)" name something the reader has had lately: "You have had a recent heart attack", "You have had
recent trauma or major surgery". The word "recent" stays where it was, so its time (and any window beside it) is
said just as the source says it; "have had" puts the event in the past, which "recent" already does.

- "Recent use of X" → "You have recently used X", "Recent receipt of X" → "You have recently received X": the nouns of
  a use said as its verb, as offline_leads says "Use of X within 30 days";
- an article before a single countable thing ("a recent stroke"), none before a plural, an uncountable thing
  ("recent trauma", "recent bleeding") or a list that opens with one.

Not where the event could be now or later too ("Recent or current infection", "Recent or anticipated use", "…
during the study"), where "recent" qualifies a state one has rather than had ("Recent history of X", "Recent
evidence of X", "recent signs of X": offline_openings has "history" its own way), where it names people ("Recent
recipients of a vaccine"), or where the clause has a verb of its own (offline_openings.dangling_verb).
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb

_RECENT = re.compile(r"recent\s+(?=[A-Za-z(])", re.IGNORECASE)
# "Recent use (within 21 days preceding X) of Y": the window between the noun and its "of" stays where it is
_USE = re.compile(
    r"(?P<noun>use|usage|receipt)(?P<aside>\s*\([^()]*\))?(?P<of>\s+of)\s+(?=\S)(?![a-z]+ing\b)", re.IGNORECASE
)
# a time that is not only past, a second time adjective, a state had now, or people: not an event had lately
_NOT_HAD = re.compile(
    r"\b(?:current(?:ly)?|ongoing|on-?going|anticipated|planned|plans?|expected|future|during|will|throughout|until|"
    r"while|concomitant|concurrent|active|unstable|recurrent|uncontrolled|history|evidence|signs?|symptoms?|"
    r"diagnosis|presence|onset|recipients?|users?|patients?|subjects?|participants?|wom[ae]n|m[ae]n|"
    r"initiation|change|changes|start|starting|stopping|discontinuation|participation)\b",
    re.IGNORECASE,
)
_JOINED_FIRST = re.compile(r"\s*(?:or|and|and/or|/|,)", re.IGNORECASE)  # "Recent or current X": two times
# where the first thing named ends: its head is the word before
_HEAD_END = re.compile(r"\s*(?:\(|,|;|\.|$|\s(?:or|and|and/or|with|including|of|for|in|to|from|within|at)\b)", re.I)
# things one has had without an article: "recent trauma", "recent surgery", "recent bleeding"
_UNCOUNTED = frozenset({
    "surgery", "trauma", "bleeding", "hemorrhage", "haemorrhage", "therapy", "treatment", "radiotherapy",
    "chemotherapy", "radiation", "abuse", "exposure", "ischemia", "ischaemia", "inflammation", "hemoptysis",
    "hypoglycemia", "hypoglycaemia", "consumption", "intake", "disease", "illness",
})  # fmt: skip


def _unclosed(sentence: str) -> bool:  # "Recent use (within 21 days … of X": an aside with no end
    return sentence.count("(") != sentence.count(")")


def _first_sentence(text: str, at: int) -> str:
    masked = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), text)
    stop = re.search(r"(?<!\b[A-Za-z])[.;](?:\s|$)", masked[at:])  # not the stop of "i.v." or "e.g."
    return text[at : at + stop.start()] if stop else text[at:]


def recent_event_opening(text: str, start: int, kind: SectionKind) -> list[Edit]:
    """ "Recent myocardial infarction" → "You have had a recent myocardial infarction" (see the module), or none."""
    m = _RECENT.match(text, start)
    if kind is not SectionKind.EXCLUSION or m is None or _JOINED_FIRST.match(text, m.end() - 1):
        return []
    sentence = _first_sentence(text, m.end())
    if _NOT_HAD.search(sentence) or dangling_verb(text, m.end()) or ":" in sentence or _unclosed(sentence):
        return []
    used = _USE.match(text, m.end())
    if used is not None and not re.search(r"\b(?:or|and)\s+(?:use|usage|receipt)\b", sentence, re.IGNORECASE):
        verb = "used" if used.group("noun").lower() != "receipt" else "received"
        opening = Edit(start, used.end("noun"), f"You have recently {verb}", "person")
        return [opening, Edit(used.start("of"), used.end("of"), "", "person")]  # its "of" goes with the noun
    if used is not None or _USE.search(sentence):
        return []  # "Recent cannabis use of more than …": the use is not first
    # the first thing named, its asides left out ("Recent (< 3 months) myocardial infarction", "Recent GI (…) bleed")
    named = re.sub(r"\s*\([^()]*\)", " ", sentence).strip()
    head_end = _HEAD_END.search(named)
    words = named[: head_end.start() if head_end else len(named)].split()
    if not words:
        return []
    head = words[-1].lower()
    if head in ("use", "usage", "receipt", "administration"):
        return []  # a use whose "of" the rule above did not find: no "You have had a recent use"
    counted = not head.endswith("s") and head not in _UNCOUNTED and not head.endswith("ing")
    said = "You have had a " if counted else "You have had "
    return [Edit(start, start + 1, said + text[start].lower(), "person")]  # "Recent" goes on as "recent"
