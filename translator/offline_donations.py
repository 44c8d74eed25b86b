"""A blood donation in a window before the study, put to the reader (offline backend): "Blood donation within 90 days
before the start of the clinical study" → "You have donated blood within 90 days before the start of the clinical
study"; "Blood donation or significant blood loss within 60 days prior to Day 1" → "You have donated blood or had
significant blood loss in the 60 days before Day 1".

A donation is the reader's own act, done before the study when a window before it times it: "You have donated", as
offline_openings says "Major surgery within 4 weeks before X" → "You have had major surgery". A blood loss joined to it
is had ("or had significant blood loss"); an amount beside the donation ("(500 mL)", "of more than 0.45L") stays where
it is, so it qualifies the same words it did.

Only in an exclusion and at the top of a criterion, as the other noun-phrase openings; only where every time of the
first sentence is a window before the study (or "within N months" of its start), and nothing in it puts a donation
now or later ("or during the trial", "intended donation during the trial", "planned"), or joins another noun phrase
the verbs would not fit ("or receipt of blood donation"); not "Blood donations for 3 months before the study" (a
window "for", whose meaning a verb would have to choose).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.criteria import SectionKind
from translator.facts import Fact, FactKind
from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb
from translator.offline_sentence_ends import sentence_end
from translator.offline_use_windows import start_of_study_after
from translator.offline_windows import before_the_study

_DONATION = re.compile(
    r"(?P<what>blood(?:\s+or\s+plasma)?|plasma)\s+donation\b(?!s)"
    r"(?:(?P<aside>\s*\([^()]*\)|\s+of\s+[^,;.()]*?\d[^,;.()]*?(?=\s+or\b))?"
    r"(?P<c>\s+or\s+)(?P<loss>(?:(?:significant|considerable|substantial|major|acute)\s+)?blood\s+loss)\b)?",
    re.IGNORECASE,
)
# a time now or later, a plan, or another noun phrase
_NOT_BEFORE = re.compile(
    r"\b(?:during|throughout|after|following|while|plann?ed|planning|plans?|intend\w*|intended|will|expected|"
    r"anticipated|ongoing|current(?:ly)?|now|concurrent\w*|same\s+time|until|since)\b"
    r"|\b(?:or|and|and/or)\s+(?:the\s+)?(?:receipt|use|administration|participation|transfusion|history|need)\b"
    # a further donation or loss in a list ("…, donation or whole blood loss 50-499 mL within 30 days", "or any blood
    # donation/loss"): "You have donated plasma …, donation or …" would run it into what was donated
    r"|\b(?:donations?|loss)\b",
    re.IGNORECASE,
)


def donation_opening(text: str, start: int, kind: SectionKind, facts: Sequence[Fact]) -> list[Edit]:
    """ "Blood donation within 90 days before X" → "You have donated blood within 90 days before X" (see the module)."""
    m = _DONATION.match(text, start)
    if kind is not SectionKind.EXCLUSION or m is None or dangling_verb(text, m.end()):
        return []
    end = sentence_end(text, m.end())
    windows = [f for f in facts if f.kind is FactKind.TEMPORAL and start <= f.start < end]
    if not windows or not all(_before(text, f) for f in windows):
        return []
    outside = list(text[start:end])  # the sentence with its windows blanked: "during the 3 months prior to" is one
    for f in windows:
        outside[f.start - start : f.end - start] = " " * (f.end - f.start)
    if _NOT_BEFORE.search("".join(outside), m.end() - start):
        return []
    edits = [Edit(start, m.end("what"), f"You have donated {m.group('what').lower()}", "person"),
             Edit(m.end("what"), _word_end(text, m.end("what")), "", "person")]  # fmt: skip
    if m.group("loss"):
        edits.append(Edit(m.start("loss"), m.start("loss"), "had ", "person"))
    return edits


def _word_end(text: str, at: int) -> int:
    """The end of " donation" after "blood" (the noun the verb now says)."""
    found = re.compile(r"\s+donation", re.IGNORECASE).match(text, at)
    assert found is not None  # the pattern matched it
    return found.end()


def _before(text: str, window: Fact) -> bool:
    """Whether a window puts the donation before the study: "within 90 days before X", "within 3 months of starting
    the clinical study" (an exclusion's "within 3 months" with no anchor is the months up to now)."""
    if window.relation == "within" and window.anchor is None:
        return True  # the extractor left "of starting …" outside the window, or said none: the months up to it
    return before_the_study(window, unanchored=True) or start_of_study_after(text, window.end) is not None
