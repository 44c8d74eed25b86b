"""Lexicon phrases whose plain wording moves a modifier after its noun, and where that would strand a word.

"Symptomatic brain metastases" reads more simply as "brain metastases that cause symptoms", and "prohibited
medications" as "medicines that are not allowed"; the lexicon holds these as whole phrases, so its wording fixes the
word order. Moving the modifier is only safe where nothing else leans on the phrase's first words or its end:
- a modifier listed before it shares the noun ("untreated or symptomatic brain metastases"): replaced, the listed
  word would qualify nothing ("untreated or brain metastases that cause symptoms");
- a noun joined right after it may share the modifier ("symptomatic bradycardia or arrhythmia"): the source leaves
  open whether the arrhythmia must cause symptoms, and the plain wording would settle it;
- whatever follows must not seem to qualify the moved words: a bracketed abbreviation ("(CHF)"), a class or a
  number ("… that causes symptoms of NYHA class 3"), a participle ("… that cause symptoms requiring steroids").
  So the phrase is replaced only where the clause ends after it or a time window, a bracket of other words or
  "defined as" follows.
There the phrase keeps its modifier as written and its noun gets its own plain word, if it has one ("symptomatic
slow heart rate"), as it would without the phrase entry.
A plain wording with an "and" or "or" of its own ("cardiovascular disease" → "heart and blood vessel disease") stays
out of a list joined by another ("renal or cardiovascular disease" → "kidney or heart and blood vessel disease" leaves
the reader to guess which words go together).
A plain wording that says "not" ("medicines that are not allowed") reads as the section's own wording only where a
clause ends after it; elsewhere ("… not allowed listed in Section 5") the checks rightly count a negation the source
lacks, so the phrase stays as written there too.
"""

from __future__ import annotations

import re

from translator.lexicon import Lexicon
from translator.negation import find_cues
from translator.offline_term_fronts import front_fits

# Words after which the plain wording puts the modifier: a clause or an agent.
_AFTER_NOUN = re.compile(r"\s(?:that|which|who|because|by)\s", re.IGNORECASE)
# A modifier listed just before: an adjective or participle by its ending, or a common modifier without one
# ("active or symptomatic …", "untreated, symptomatic …"); a noun before the "or" ("steroids or …") shares nothing.
_LISTED_MODIFIER = re.compile(
    r"\b(?:[A-Za-z]+(?:ed|ic|al|ive|ous|ary|ory|ant|ent|ble|ful|less|ing)|active|known|severe|recent|current|prior|"
    r"acute|chronic|new|stable|unstable|significant|mild|moderate)(?:\s*\([^()]*\))?"
    r"(?:\s*,\s*(?:(?:and/or|and|or|nor)\s+)?|\s+(?:and/or|and|or|nor)\s+)$",
    re.IGNORECASE,
)
# What may follow a moved modifier: the clause's end, a list's next item, a bracket that is no abbreviation, a time
# window ("within 4 weeks", "in the 4 weeks before …", "before joining"), "despite …" or "defined as".
_CLEAR_AFTER = re.compile(
    r"\s*(?:$|[.,;:!?)\]]|\[|\((?![A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*\s*[),;]))"
    r"|\s+(?:within|during|before|after|since|until|prior\s+to|in\s+the\s+(?:past|last|previous|preceding|\d)"
    r"|despite|defined)\b"
)
# "prohibited medication, device, or procedure": one-word items listed after it may share the modifier
_SHORT_ITEMS_AFTER = re.compile(r",\s*[A-Za-z-]+\s*,?\s*(?:and/or|and|or|nor)\s", re.IGNORECASE)
_ADVERB_BEFORE = re.compile(r"\b[A-Za-z]{3,}ly[ \t]+$")
_OWN_JOINER = re.compile(r"\s(?:and|or)\s")
# a joiner word right beside it; commas alone keep the items apart ("renal, cardiovascular, hepatic")
_JOINED_BEFORE = re.compile(r"\b(?:and/or|and|or|nor)\s+$", re.IGNORECASE)
# The same-time rewording moves "at the same time" to the end of the phrase (translator.offline_same_time_verbs),
# after a "not allowed" that then reads as a negation of its own.
_SAME_TIME = re.compile(r"\b(?:concurrent|concomitant|simultaneous)(?:ly)?\b|\bat\s+the\s+same\s+time\b", re.IGNORECASE)
_NOT_BEFORE = re.compile(r"\b(?:not|no|never|without)\s+(?:(?:a|an|the|any)\s+)?$", re.IGNORECASE)
_NEGATING = re.compile(r"\b(?:not|no|never|without|cannot)\b", re.IGNORECASE)
# What may follow an adjective phrase said as "sterilized by surgery": anything but a noun it would stand before.
_CLEAR_AFTER_ADJECTIVE = re.compile(
    r"(?:\s*\([^()]*\))?(?:\s*(?:$|[.,;:!?)\]])|\s+(?:and|or|nor|but|if|unless|as|at|for|in|of|on|to|from|with|without|"
    r"before|after|within|during|since|until|for|is|are|was|were|be|been|must|may|should|can|will|who|that|which|"
    r"including|such|defined|prior|per|either|neither|not|one|two|three|\d)\b)",
    re.IGNORECASE,
)
_JOINED_AFTER = re.compile(r",?\s+(?:and/or|and|or|nor)\s+[A-Za-z]", re.IGNORECASE)


def postposed(matched: str, replacement: str) -> bool:
    """Whether `replacement` puts the first word of a several-word `matched` phrase after its noun."""
    words = matched.split()
    if len(words) < 2 or not _AFTER_NOUN.search(f" {replacement} "):
        return False
    if words[0].lower().endswith("ly"):
        return False  # an adverb qualifies no noun to share ("postmenopausal or surgically sterile"); see `strands`
    return words[0].lower() != replacement.split()[0].lower()


def strands(text: str, start: int, end: int, matched: str, replacement: str) -> bool:
    """Whether replacing text[start:end] with a postposed wording would strand a listed modifier or a bracketed
    abbreviation (see the module's doc)."""
    if matched.split()[0].lower().endswith("ly") and _AFTER_NOUN.search(f" {replacement} "):
        # "surgically sterilised (including hysterectomy) female partner": before a noun the wording cannot stand
        return not _CLEAR_AFTER_ADJECTIVE.match(text, end)
    if not postposed(matched, replacement):
        return False
    if _LISTED_MODIFIER.search(text, 0, start) or _JOINED_AFTER.match(text, end) or _SHORT_ITEMS_AFTER.match(text, end):
        return True
    if _ADVERB_BEFORE.search(text, 0, start):
        return True  # "clinically symptomatic brain metastases": the adverb goes with the moved word
    return not _CLEAR_AFTER.match(text, end)


def adds_negation(text: str, start: int, end: int, replacement: str) -> bool:
    """Whether putting `replacement` for text[start:end] gives the text more negation cues than it had."""
    said = len(_NEGATING.findall(replacement))
    if not said or _cues(text[start:end]) >= said:
        return False  # "uncontrolled" → "not under control": the term carried its negation
    if _NOT_BEFORE.search(text, 0, start):
        return True  # "is not a prohibited medication" → "is not a medicine that is not allowed"
    if _SAME_TIME.search(text):
        return True  # "concurrent prohibited medicines" → "… medicines that are not allowed at the same time"
    replaced = text[:start] + replacement + text[end:]
    return _cues(replaced) > _cues(text)


def _cues(text: str) -> int:
    return sum(1 for _ in find_cues(text))


def joins_twice(text: str, start: int, end: int, replacement: str) -> bool:
    """Whether `replacement` has a joiner the term lacks ("renal or hepatic impairment" has its own) and the term
    stands in a list joined by another."""
    if not _OWN_JOINER.search(f" {replacement} ") or _OWN_JOINER.search(f" {text[start:end]} "):
        return False
    return bool(_JOINED_BEFORE.search(text, 0, start)) or bool(_JOINED_AFTER.match(text, end))



def kept_modifier(lexicon: Lexicon, text: str, start: int, end: int) -> str | None:
    """The wording of a phrase kept as written: its first word as written and the plain word of the rest when the rest
    is one lexicon term with one ("symptomatic bradycardia" → "symptomatic slow heart rate"), else None."""
    first = re.match(r"\S+\s+", text[start:end])
    if first is None:
        return None
    rest = lexicon.find(text[start + first.end() : end])
    if len(rest) != 1 or rest[0].start != 0 or rest[0].end != end - start - first.end():
        return None
    if rest[0].replacement is None:
        return None
    # the rest's wording must fit after the kept word: "untreated or symptomatic brain metastases" is not "… symptomatic
    # cancer that has spread to the brain", where "symptomatic" would describe the cancer
    shifted = rest[0].model_copy(update={"start": first.end(), "end": end - start})
    if not front_fits(text[start:end], shifted, rest[0].replacement, lexicon):
        return None
    return first.group() + rest[0].replacement
