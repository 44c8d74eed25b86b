"""A subject "of both sexes", put to the reader as the sex label it is (offline backend).

"Patients of both sexes older than 18 years", "Subjects of either gender aged 50 years or older", "Patients of either
sex" say who may join as "Male or female …" does: translator.offline_sexes' rules say them ("You are male or female
and older than 18 years"), read on the label's words in place of the subject's. Only a plain subject (patients,
subjects, participants): a noun that says more ("volunteers") would be lost with it. The edits are moved back onto
the source; any that would fall inside the replaced words leave the criterion as it was.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.offline_aged_people import aged_people_edits
from translator.offline_edits import Edit
from translator.offline_sexes import sex_label_edits

_BOTH = re.compile(
    r"\s*(?:patients|subjects|participants|individuals|persons|people)\s+of\s+(?:both|either)\s+(?:sexes|sex|genders?)\b",
    re.IGNORECASE,
)
_LABEL = "Male or female"


def both_sexes_edits(text: str, kind: SectionKind, parent: str | None = None) -> list[Edit]:
    """ "Patients of both sexes older than 18 years" → "You are male or female and older than 18 years", or none."""
    m = _BOTH.match(text)
    if m is None:
        # ("Patients <18 or >85 years old", "Males or females 12 years to <18 years": offline_aged_people)
        return described_sexes_edits(text, kind, parent) or aged_people_edits(text, kind, parent)
    said = _LABEL + text[m.end() :]
    moved = m.end() - len(_LABEL)  # where a position after the label lies in the source
    edits = []
    for e in sex_label_edits(said, kind, extract_facts(said), parent):
        if e.start >= len(_LABEL):
            edits.append(Edit(e.start + moved, e.end + moved, e.text, e.what))
        elif e.start == 0 and e.end >= len(_LABEL):
            edits.append(Edit(0, e.end + moved, e.text, e.what))
        else:
            return []
    return edits


# "Gender: Male or female", "Sex: Male and female": a topic label before a sex label that is the whole criterion
_GENDER_LABEL = re.compile(r"\s*(?:gender|sex)\s*:\s*", re.IGNORECASE)


def labelled_sexes_edits(text: str, kind: SectionKind, parent: str | None = None) -> list[Edit]:
    """ "Gender: Male or female" → "You are male or female", as "Age: ≥ 18 years" says "You are 18 years or older";
    only when the sex label's rules say the whole rest ("You are …" from the label on), or none."""
    m = _GENDER_LABEL.match(text)
    if m is None:
        return []
    rest = text[m.end() :]
    edits = sex_label_edits(rest, kind, extract_facts(rest), parent)
    if not edits or min(e.start for e in edits) != 0 or not edits[0].text.startswith("You are"):
        return []
    return [Edit(0, m.end() + e.end, e.text, e.what) if e.start == 0 else
            Edit(e.start + m.end(), e.end + m.end(), e.text, e.what) for e in edits]  # fmt: skip


# a people's name between the sex label and its noun: "Male or female Japanese subject aged 20-70 years", "Male or
# female East Asian participants 18 years or older". Not a condition ("diabetic") nor a role ("smokers"): their wording
# as the reader's is not the label's to choose.
_PEOPLES = (
    r"(?:East\s+|South\s+|Southeast\s+|South-East\s+)?Asian|Japanese|Chinese|Korean|Taiwanese|Thai|Vietnamese|"
    r"Indian|Caucasian|Hispanic|Latino|Latina|African[-\s]American"
)
_DESCRIBED = re.compile(
    rf"\s*(?:fe)?males?\s*(?:,?\s*(?:or|and|and/or|&)\s+|/\s*)(?:fe)?males?(?P<desc>\s+(?-i:{_PEOPLES}))(?=\s+\S)",
    re.IGNORECASE,
)


# or before the label: "Japanese male or female", "Japanese men and women aged 20 years or older"
_NAMED_FIRST = re.compile(
    rf"\s*(?P<desc>(?-i:{_PEOPLES})\s+)(?=(?:fe)?males?\s*(?:,?\s*(?:or|and|and/or|&)\s+|/\s*)(?:fe)?males?\b|"
    r"m[ae]n\s+(?:or|and)\s+wom[ae]n\b|wom[ae]n\s+(?:or|and)\s+m[ae]n\b)",
    re.IGNORECASE,
)


def described_sexes_edits(text: str, kind: SectionKind, parent: str | None = None) -> list[Edit]:
    """ "Male or female Japanese subject aged 20-70" → "You are a Japanese male or female and aged 20 to 70 years old",
    "Japanese men and women aged 20 years or older" → "You are a Japanese man or woman and aged 20 years or older":
    offline_sexes' rules read the label without the people's name, which then goes before the label's sexes (or its
    kept noun: "a male or female Japanese volunteer"); none when those rules leave the label, or their opening does
    not cover it."""
    m = _DESCRIBED.match(text) or _NAMED_FIRST.match(text)
    if m is None:
        return []
    cut, gone = m.start("desc"), m.end("desc") - m.start("desc")
    said = text[:cut] + text[m.end("desc") :]
    edits = sex_label_edits(said, kind, extract_facts(said), parent)
    if not edits or edits[0].start != 0 or edits[0].end <= cut or not edits[0].text.startswith("You are "):
        return []
    name = " ".join(m.group("desc").split())
    sexes = r"(?P<sexes>(?:fe)?male(?: or (?:fe)?male)?)"
    kept = re.fullmatch(rf"You are an? (?P<adj>\w+ )?{sexes} (?P<noun>\w+)(?P<rest>(?: and .*)?)", edits[0].text)
    bare = re.fullmatch(rf"You are {sexes}(?P<rest>(?: and .*|, not able .*)?)", edits[0].text)
    pair = r"You are a (?P<one>(?:wo)?man) or a (?P<two>(?:wo)?man)(?P<rest>(?: and .*)?)"
    people = re.fullmatch(pair, edits[0].text)
    if kept is not None:  # "a male or female outpatient" → "a male or female Japanese outpatient"
        adj, noun, rest = kept.group("adj") or "", kept.group("noun"), kept.group("rest")
        opening = f"You are {_article(adj or kept.group('sexes'))} {adj}{kept.group('sexes')} {name} {noun}{rest}"
    elif bare is not None:  # "male or female" → "a Japanese male or female"
        opening = f"You are {_article(name)} {name} {bare.group('sexes')}{bare.group('rest')}"
    elif people is not None:  # "a man or a woman" → "a Japanese man or woman"
        one, two, rest = people.group("one"), people.group("two"), people.group("rest")
        opening = f"You are {_article(name)} {name} {one} or {two}{rest}"
    else:
        return []
    moved = [Edit(0, edits[0].end + gone, opening, edits[0].what)]
    for e in edits[1:]:
        if e.start < cut:
            return []
        moved.append(Edit(e.start + gone, e.end + gone, e.text, e.what))
    return moved


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"
