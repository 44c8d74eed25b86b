"""A group of people where an opening's noun phrase ends: no "You have" before it (offline backend).

"Untreated AML patients over the age of 60", "Chronic hepatitis C treatment naive subjects", "Diagnosis of patients
with CD", "Newly diagnosed or already diagnosed patients with primary RLS": translator.offline_openings' "You have
untreated …", "You have a diagnosis of …" would make the reader have patients ("You have untreated AML patients").
Such criteria keep their words.

Narrow on purpose (a wider guard once reverted good rewrites): only a plural group ("patients", "subjects", not
"patient", which also names one person in a clause of its own: "glomerulonephritis or patient with one kidney"),
reached by plain words of one noun phrase (no article, preposition or clause word between: "unless the patient",
"a negative pregnancy test for female subjects" are left alone), and that ends the phrase: a word after it that
goes on with the noun phrase makes the group an adjective ("volunteers' consent", "subjects group").
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_openings import noun_opening as led_opening

_PEOPLE = r"(?:patients|subjects|participants|individuals|volunteers|persons|people)"
# words that end one noun phrase or open a clause: the group after them is not the opening's noun
_STOP = (
    r"(?:for|in|of|to|with|among|from|by|than|on|at|who|whose|that|which|if|unless|except|the|a|an|this|these|those|"
    r"their|his|her|such|other|all|any|no|not|is|are|was|were|has|have|had|must|should|may|will|can|be|including|"
    r"excluding|especially|particularly|notably|namely|defined|as)"
)
_WORD = r"(?<![\w'’/-])[\w'’/-]+(?![\w'’/-])"
# the noun phrase after the opening, to the people it names: whole words, commas and asides, up to ten of them, not
# right after "or"/"and" ("X or patients who …" lists a second subject: translator.offline_listed_subjects'); "of"
# only right after the opening ("Diagnosis of patients with CD" → "You have a diagnosis of patients")
_PEOPLE_HEAD = re.compile(
    rf"(?:\s*of\b)?(?:\s*\([^()]*\)|\s*,|\s*(?!{_STOP}\b){_WORD}){{0,10}}?\s*"
    rf"(?<![\w'’/-])(?<!\bor )(?<!\band )(?<!/or )(?<!\bnor ){_PEOPLE}"
    # what may follow the group: the phrase's end, a bracket, a comparator, or a word that describes the people
    r"(?=\s*(?:$|[^\w\s'’/-]|(?:with|who|whose|that|which|over|under|aged?|older|younger|between|from|in|on|at|of|"
    r"for|being|having|are|is|must|should|will|can|may|unless|except|without|\d)\b))",
    re.IGNORECASE,
)


def people_head(text: str, at: int) -> bool:
    """Whether the noun phrase from `at` ends in a group of people (see the module): no "You have" before it."""
    return _PEOPLE_HEAD.match(text, at) is not None


def noun_opening(text: str, start: int) -> list[Edit]:
    """translator.offline_openings.noun_opening, or none when the noun phrase after it names a group of people."""
    edits = led_opening(text, start)
    if not edits or re.match(r"You (?:are|were)\b", edits[0].text):
        return edits  # "Are persons who have …" → "You are a person who has …": the reader is the group, not had
    return [] if people_head(text, edits[0].end) else edits
