"""The subject and the words that tie its description to it, said as the reader (offline backend).

translator.offline_subjects rewrites a third-person subject with a description and no verb of its own; this is the
opening it makes of the subject's first words: "Patients with" → "You have", "Patients who have had" → "You have
had", "Patients taking" → "You are taking", "Subjects requiring X" → "You require X", "Patients whose" → "Your",
"Patients previously treated" → "You have been previously treated", "Patients enrolled on dose level 1" → "You are
enrolled on dose level 1". None where the words after it would not
follow "you" (a verb for one person, a plural complement, a missing word).
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_openings import FINITE
from translator.offline_subjects_words import (
    ADVERB,
    BEEN,
    EARLIER,
    LEXICAL,
    PARTICIPLE,
    PLURAL_PEOPLE,
    SENTENCE_END,
    STATES,
    reader_verb,
)

# a place in the study or a standing the description gives the reader, said with "are" and the source's own words:
# "Patients enrolled on dose level 1", "Subjects affiliated to a social security system", "Patients unfit for surgery",
# "Subjects positive for HBsAg", "Participant naive to raltegravir", "Patients clinically stabilized"
_STANDING = re.compile(
    r"\s+(?P<said>(?:(?:currently|already|clinically|medically|neurologically|hemodynamically)\s+)?(?:"
    r"(?:enrolled|included|randomi[sz]ed|registered|scheduled)\s+(?:in|on|into|at|for|to)\b|affiliated\s+(?:to|with)\b"
    r"|(?:un)?fit\s+for\b|(?:un)?suitable\s+for\b|(?:positive|negative)\s+for\b|na[iï]ve\s+to\b|deprived\s+of\b"
    r"|contraindicated\s+(?:for|to)\b|stabili[sz]ed\b|(?:co-?|re-?)infected\s+with\b"
    # a stage of the reader's illness: "Patients in first relapse", "… in accelerated or blastic phase"
    r"|in\s+(?:(?:first|second|third|complete|partial|hematologic|haematologic|cytogenetic|molecular)\s+)?"
    r"(?:relapse|remission)\b"
    r"|in\s+(?:chronic|accelerated|blast(?:ic)?)\s+(?:or\s+(?:chronic|accelerated|blast(?:ic)?)\s+)?(?:phase|crisis)\b))",
    re.IGNORECASE,
)

# an age that opens the description, said as the source says it: "Patients 60 years of age and older",
# "Subjects aged 65 years or older" (a bare number is no age: "Patients 2 weeks after surgery")
_AGES = re.compile(
    r"\s+(?=(?:aged\s+)?\d+\s*(?:years?|yrs?)(?:\s+(?:of\s+age|old))?\s+(?:and|or)\s+"
    r"(?:older|over|above|younger|under)\b)",
    re.IGNORECASE,
)

# a time the participle's act lies in ("receiving X in the past"), which "You are getting X" would make the present;
# not "previous" (an adjective of a noun: "receiving warfarin for previous thrombosis" is getting it now), nor a window
# that runs to now ("participating in other research in the past three months": "You are taking part …" as before)
_WHEN_PAST = re.compile(
    r"\b(?:in\s+the\s+past(?!\s+(?:[\d.]+\s*|[a-z]+\s+)?(?:days?|weeks?|months?|years?)\b)|previously|ago|formerly)\b",
    re.IGNORECASE,
)


def subject_head(text: str, start: int, at: int) -> list[Edit]:
    """ "Patients with" → "You have"; "Patients who have had" → "You have had"; "Patients taking" → "You are
    taking"; "Patients whose" → "Your"."""
    if (w := re.compile(r"\s+with\b(?!\s+(?:none|any\s+of)\b)", re.I).match(text, at)) is not None:
        return [Edit(start, w.end(), "You have", "person")]
    who = re.compile(rf"\s*,?\s*(?:who|that)\s+(?P<adv>{ADVERB}*)(?P<verb>[\w'’]+)", re.I).match(text, at)
    if who is not None:
        said = reader_verb(who.group("verb").lower())
        if re.match(r"\s+of\b", text[who.end() :]):
            return []  # "Subjects who signs of infection": a word is missing, "signs" is no verb
        required = re.compile(r"\s+required\s+to\b", re.IGNORECASE).match(text, who.end())
        if said == "are" and required is not None:  # "who are required to" → "must" (not "are needed to")
            return [Edit(start, required.end(), f"You {who.group('adv').lower()}must", "person")]
        if said in ("are", "were") and (
            PLURAL_PEOPLE.match(text, who.end()) or re.match(r"\s+[A-Z][a-z]+s\b", text[who.end() :])
        ):
            return []  # "Subjects who are employees of …": the complement needs its plural subject
        if not said:
            return []
        # the verb stays the source's where it agrees, so that plain words still reach it ("have not undergone")
        opening = Edit(start, who.start("verb"), f"You {who.group('adv').lower()}", "person")
        agree = [] if said == who.group("verb") else [Edit(who.start("verb"), who.end(), said, "person")]
        return [opening, *agree]
    if (w := re.compile(r"\s+whose\b", re.I).match(text, at)) is not None:
        clause = SENTENCE_END.search(text, w.end())
        stop = clause.start() if clause else len(text)
        if not FINITE.search(text, w.end(), stop) and not LEXICAL.search(text, w.end(), stop):
            return []  # "Patients whose ages >18 years old": no verb to make a sentence of "Your ages …"
        return [Edit(start, w.end(), "Your", "person")]
    if (w := BEEN.match(text, at)) is not None:
        return [
            Edit(start, w.end(), f"You have been {(w.group('adv') or '').lower()}{w.group('pp').lower()}", "person")
        ]
    if (w := _STANDING.match(text, at)) is not None:
        return [Edit(start, w.start("said"), "You are ", "person")]
    if (w := _AGES.match(text, at)) is not None:  # "Patients 60 years of age and older must …"
        return [Edit(start, w.end(), "You are ", "person")]
    if (w := PARTICIPLE.match(text, at)) is not None:
        state = STATES.get(w.group("ing").lower())
        if w.group("ing").lower() in ("undergoing", "experiencing") and EARLIER.search(text, w.end()):
            return []  # "Subjects undergoing radiation … in the past": not "You are having … in the past"
        clause = SENTENCE_END.search(text, w.end())
        if _WHEN_PAST.search(text, w.end(), clause.start() if clause else len(text)):
            return []  # "Subjects receiving romidepsin in the past": not "You are getting romidepsin in the past"
        if state is not None:  # "Subjects requiring X" → "You require X", not "You are requiring X"
            return [Edit(start, w.end("ing"), f"You {state}", "person")]
        return [Edit(start, w.start("ing"), "You are ", "person")]
    return []
