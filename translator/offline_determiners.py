"""Articles a rewrite leaves out, for the offline backend: "the" and "a" before a singular noun that a plain word or an
opening leaves bare.

A plain word can bring a countable noun where the source's word needed no article ("by investigator" → "by the
study doctor", "with reproductive potential" → "with the ability to have children"), and an opening can put one
after "have" ("History of stroke" → "You have had a stroke"). These edits add the article, on the source text
like every edit (translator.offline_edits); translator.offline_edits.articles fits "a"/"an" to a replaced word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.offline_edits import Edit, is_plural, wants_an

# A singular noun a plain word brings where the source's word needed no article ("by investigator" → "by study
# doctor", "with reproductive potential" → "with ability to have children"), and the words before it that want one.
# (not the doctor as a modifier: "doctor-diagnosed asthma"; `_MODIFIER`: "physician diagnosed asthma")
_COUNTED = re.compile(r"(?:study\s+)?doctor(?![s-])\b|ability\b")
_MODIFIER = re.compile(r"\s+diagnosed\s+(?!by\b|with\b|as\b|in\b)[a-z]", re.IGNORECASE)
_WANTS_THE = re.compile(
    r"(?<![\w-])(?:by|per|to|of|in|with|from|for|at|on|under|upon|without|including|have|has|had|lack|lacks|lacking|out)"
    r"\s+(?P<study>study\s+)?$",
    re.IGNORECASE,
)
# "per investigator assessment" → "per the study doctor's assessment": whose judgement it is
_JUDGEMENT = re.compile(
    r"\s+(?:assessment|opinion|judge?ment|discretion|decision|choice|criteria|evaluation|review|care|supervision|"
    r"orders?|advice|guidance|prescription)\b",
    re.IGNORECASE,
)
# the source's own "in opinion of", "at discretion of" (no article in front of a judgement noun)
_BARE_JUDGEMENT = re.compile(
    r"\b(?:in|at|per|upon|on|according\s+to)\s+(?P<noun>(?i:opinion|discretion|judge?ment|view))\s+of\b", re.IGNORECASE
)


# A countable event or procedure a plain word or an opening leaves bare: "You have had heart attack", "You have stroke"
_ONE_EVENT = re.compile(
    r"(?i:heart\s+attack|stroke|(?:kidney|liver|heart|lung|organ|bone\s+marrow|stem\s+cell)\s+transplant|blood\s+clot|"
    r"heart\s+ultrasound|"
    # "You have had seizure", "You have seizure disorder"; not "seizure disorders", "seizure activity"
    r"seizure(?!\s+disorders)(?:\s+disorder)?(?![\w-])(?!\s+(?:activit|threshold|control|medic|prophyla|free|focus|"
    r"type|frequenc|episode|risk)))(?![\w-])"
)
_HAVE_BEFORE = re.compile(r"(?<![\w-])(?:have|has|had|with|after)\s+$", re.IGNORECASE)


def _a(following: str) -> str:
    return "an " if wants_an(following.split(maxsplit=1)[0]) else "a "  # "an organ transplant"


def _one_event(text: str, edits: Sequence[Edit]) -> list[Edit]:
    """ "a" before `_ONE_EVENT` where "have", "had", "with" or "after" (the source's or an opening's) leaves it bare."""
    fixes: list[Edit] = []
    for edit in edits:
        if any(f.start == edit.start for f in fixes):
            continue  # "Subject has acute myocardial infarction": "has" and the opening ask for the same "a"
        said = edit.what in ("term", "plain") and _ONE_EVENT.match(edit.text)
        if said and _HAVE_BEFORE.search(text, 0, edit.start) and not _ONE_EVENT.match(text, edit.start):
            fixes.append(
                Edit(edit.start, edit.start, _a(edit.text), edit.what)
            )  # "with echocardiogram" → "with a heart …"
        elif edit.what in ("person", "plain") and re.search(r"\b(?:have|has|had)$", edit.text.rstrip()):
            at = len(text) - len(text[edit.end :].lstrip())
            following = next((e for e in edits if e.start == at and e.end > at), None)
            if (
                following is not None
                and following.what in ("term", "plain", "case")
                and _ONE_EVENT.match(following.text)
            ):
                # "History of myocardial infarction", "Stroke within 2 years"
                fixes.append(Edit(at, at, _a(following.text), "person" if following.what == "case" else following.what))
            elif following is None and _ONE_EVENT.match(text, at):
                fixes.append(Edit(at, at, _a(text[at:]), edit.what))  # "History of stroke" → "You have had a stroke"
    return fixes


def determiners(text: str, edits: Sequence[Edit]) -> list[Edit]:
    """ "the" where the rewrite (or the source) leaves a singular noun bare: "by the study doctor", "You have the
    ability to have children", "in the opinion of"."""
    fixes: list[Edit] = _one_event(text, edits) + _plural_verbs(text, edits)
    for edit in edits:
        if edit.what not in ("term", "plain") or not _COUNTED.match(edit.text):
            continue
        wants = _WANTS_THE.search(text, 0, edit.start)
        if _COUNTED.match(text, edit.start) or wants is None or (wants.group("study") and edit.text != "doctor"):
            continue  # the source said it so ("by physician" kept as written is the source's own)
        if _MODIFIER.match(text, edit.end):
            continue  # "History of physician diagnosed asthma": "the doctor diagnosed asthma" would make a clause
        # "by study physician" → "by the study doctor"
        at = wants.start("study") if wants.group("study") else edit.start
        fixes.append(Edit(at, at, "the ", edit.what))
        if _JUDGEMENT.match(text, edit.end) and edit.text.endswith("doctor"):
            fixes.append(Edit(edit.end, edit.end, "'s", edit.what))
    if edits:
        for m in _BARE_JUDGEMENT.finditer(text):
            fixes.append(Edit(m.start("noun"), m.start("noun"), "the ", "term"))
    return fixes


# A term that is the subject of its clause (after the start, a comma, a colon or a bracket) and a singular verb after
# it: "For the purposes of this trial, women of childbearing potential is defined as: …" names the term, but with
# the plural plain wording "women who can become pregnant is defined as" the verb no longer agrees, and "is" reads
# as part of the "who" clause.
_SUBJECT_PLACE = re.compile(r"(?:^|[.;:,(]\s*)(?:(?:the|all|any)\s+)?$", re.IGNORECASE)
_SINGULAR_VERB = re.compile(r"\s+(?P<verb>is|was|has)\b(?!\s+(?:been\s+)?(?:to|of)\b)")
_PLURAL_VERB = {"is": "are", "was": "were", "has": "have"}
# "there is evidence of X" → "there are signs of X": the verb before a plural plain wording agrees with it too
_THERE_BEFORE = re.compile(r"\b[Tt]here\s+(?P<verb>is|was)\s+(?:(?:no|any|some)\s+)?$")


def _plural_verbs(text: str, edits: Sequence[Edit]) -> list[Edit]:
    fixes: list[Edit] = []
    for edit in edits:
        if edit.what not in ("term", "abbreviation") or not is_plural(edit.text):
            continue
        verb = _SINGULAR_VERB.match(text, edit.end)
        if verb is not None and _SUBJECT_PLACE.search(text, 0, edit.start):
            fixes.append(Edit(verb.start("verb"), verb.end("verb"), _PLURAL_VERB[verb.group("verb")], edit.what))
    for edit in edits:  # (a stock phrase too: "evidence of" → "signs of" is offline_plain's)
        if edit.what not in ("term", "abbreviation", "plain") or not is_plural(edit.text):
            continue
        there = _THERE_BEFORE.search(text, 0, edit.start)
        if there is not None and not is_plural(text[edit.start : edit.end]):
            fixes.append(Edit(there.start("verb"), there.end("verb"), _PLURAL_VERB[there.group("verb")], edit.what))
    return fixes
