"""A group named by nothing but its ages, put to the reader (offline backend).

"Patients <18 or >85 years old", "Participants <20 or >75 years of age.", "Individuals under 18 or over 50 years of
age" and "Males or females 12 years to <18 years", "Male or female ≥ 20 and <80 years of age" say who may (or may
not) take part by age alone, as "Age < 18 or > 85 years" does; but the fact extractor reads "<18" after a noun as a
bare number, not an age (it has no "age" word before it), so translator.offline_openings' age opening and
offline_sexes' label rules, which want an age, left them in the third person.

Read with the word "Age" in the subject's place (a plain subject: "Age <18 or >85 years old"), or "aged" after the
sex label ("Males or females aged 12 years to <18 years"), those rules say them ("You are younger than 18 years or
older than 85 years", "You are male or female and 12 years to …"), and their edits are moved back onto the source;
the inserted word itself is said nowhere. Only where the ages are the whole criterion: numbers, their units and the
words that join them ("or", "and", "to", "inclusive"); anything else after them ("… taking tamoxifen must have …",
"… for HV and … for subjects with CHC", "… who have a uterus") keeps the source's words; only a closing note in
brackets may follow, as written ("(at the time of giving consent)"). A noun that says more than "the reader"
("volunteers", "adults", "outpatients") is not a plain subject and stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from translator.criteria import SectionKind
from translator.facts import FactKind, extract_facts
from translator.offline_edits import Edit
from translator.offline_openings import age_opening
from translator.offline_sexes import sex_label_edits

_AGE_WORD = "Age "
_PLAIN = re.compile(
    r"\s*(?:patients?|subjects?|participants?|individuals?|persons?|people)\s+(?:(?:aged|of\s+age|of)\s+)?"
    r"(?=[\d<>≤≥≧≦]|(?:under|over|at\s+least|between|more\s+than|less\s+than|greater\s+than|older\s+than)\b)",
    re.IGNORECASE,
)
_SEXES = re.compile(
    r"\s*(?:(?:fe)?males?|m[ae]n|wom[ae]n)\s*(?:or|and|and/or|/)\s*(?:(?:fe)?males?|m[ae]n|wom[ae]n)\s*[,;]?\s*"
    r"(?=[\d<>≤≥≧≦])",
    re.IGNORECASE,
)
# what may stand between and after the ages: joining words, the unit and its "of age", a closing "inclusive"
# a closing note in brackets on when the age counts: "≥ 20 years (at the time of giving consent)"
_ASIDE = re.compile(r"\([^()]*\)[\s.;,]*$")
_JOINS = re.compile(r"(?:[\s,;.\-–]|\b(?:or|and|to|years?|yrs?|of\s+age|old|inclusive)\b)*", re.IGNORECASE)


def aged_people_edits(text: str, kind: SectionKind, parent: str | None = None) -> list[Edit]:
    """ "Patients <18 or >85 years old" → "You are <18 or >85 years old" (the fact edits then word the ages), "Males
    or females 12 years to <18 years" → "You are male or female and 12 years to <18 years"; or none."""
    if kind is SectionKind.OTHER:
        return []
    plain = _PLAIN.match(text)
    if plain is not None:
        return _read_as(text, plain.end(), _AGE_WORD, lambda said: age_opening(said, 0, extract_facts(said), parent))
    sexes = _SEXES.match(text)
    if sexes is None:
        return []
    label = text[: sexes.end()].rstrip(" ,;")
    inserted = " aged "
    said = label + inserted + text[sexes.end() :]
    if not _only_ages(said, len(label) + len(inserted)):
        return []
    edits = sex_label_edits(said, kind, extract_facts(said), parent)
    # the label's rules say "You are male or female" and ", aged" → " and aged ": the inserted word goes again
    if len(edits) < 2 or edits[0].start != 0 or edits[0].end != len(label) or edits[1].start != len(label):
        return []
    if edits[1].end != len(label) + len(inserted) or edits[1].text != " and aged ":
        return []
    moved = sexes.end() - len(label) - len(inserted)
    rest = [Edit(e.start + moved, e.end + moved, e.text, e.what) for e in edits[2:] if e.start >= len(label) + 1]
    if len(rest) != len(edits) - 2:
        return []
    return [edits[0], Edit(len(label), sexes.end(), " and ", edits[1].what), *rest]


def _read_as(text: str, at: int, word: str, rule: Callable[[str], list[Edit]]) -> list[Edit]:
    """The rule's edits of `word` + the text from `at`, moved back onto the source (the word's own span is the
    subject's); none where the ages are not the whole rest or an edit would fall inside the word."""
    said = word + text[at:]
    if not _only_ages(said, len(word)):
        return []
    edits = rule(said)
    if not edits or edits[0].start != 0 or edits[0].end < len(word) or not edits[0].text.startswith("You are"):
        return []
    moved = at - len(word)
    out = [Edit(0, edits[0].end + moved, edits[0].text, edits[0].what)]
    for e in edits[1:]:
        if e.start < len(word):
            return []
        out.append(Edit(e.start + moved, e.end + moved, e.text, e.what))
    return out


def _only_ages(said: str, at: int) -> bool:
    """Whether `said` from `at` holds nothing but ages (values in years) and the words that join them."""
    values = [f for f in extract_facts(said) if f.kind is FactKind.VALUE and f.end > at]
    if not values or values[0].start != at or not any(f.age for f in values):
        return False
    position = at
    for fact in values:
        between = _JOINS.match(said, position)
        if between is None or between.end() < fact.start:
            return False
        position = max(position, fact.end)
    closing = _JOINS.match(said, position)
    aside = _ASIDE.match(said, closing.end()) if closing is not None else None  # "(at the time of giving consent)"
    return closing is not None and (aside.end() if aside else closing.end()) == len(said)
