"""Ordinal scales written as a label and a level: "stage IV", "NYHA class III or IV", "grade ≥ 2".

The level is normalised to a number (Roman numerals too: "stage IV" and "stage 4" are the same
fact) and the label becomes the unit ("stage", "grade", "class", "type", "phase"). A level with a
sub-stage ("IIIB", "2a") or a letter class ("Child-Pugh B") is a label, not a number. Scores of
named scales ("ECOG 0-1", "NIHSS 5-20") have no unit and are found as plain quantities.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise

from translator.fact_systems import worse_than
from translator.facts import Comparator
from translator.numbers import (
    PLUS_RE,
    PREFIX_ALTERNATION,
    SUFFIX_RE,
    find_prefix,
    parse_number,
    parse_roman,
    prefix_comparator,
    suffix_comparator,
)
from translator.quantities import Quantity
from translator.triggers import TriggeredPattern

# A named scale ("NYHA", "ASA", "Child-Pugh") and the word for its levels ("class", "stage"). The
# fact's span starts at the level word, or at the level when there is none ("NYHA III"), so that a
# plain rewording ("class 3") replaces only the level and the scale's name stays in the text. The New York
# classification is one scale however its name is written ("NY", "New York (NY)", "New York Heart"): its
# numerals are classes.
_NAMES = (
    r"NYHA|(?-i:NY)|New\s+York(?:\s+(?:Heart|Hospital))?(?:\s+Association)?(?:\s*\(\s*(?-i:NY(?:HA)?)\s*\))?|ASA|Killip|Child(?:[-\s]?Pugh|'?s)?|Fontaine|GOLD|BCLC|Tanner"
    r"|Hoehn\s*(?:and|&)\s*Yahr|FIGO|WHO|KDIGO|Rutherford|Forrest|CKD|Hunt\s+and\s+Hess|ASIA|AIS|ISNCSCI"
    r"|American\s+Spinal\s+Injury\s+Association(?:\s+Impairment\s+Scale)?"
)
_STAGE_NAMES = ("fontaine", "gold", "bclc", "tanner", "hoehn", "figo", "kdigo", "rutherford", "ckd")
_GRADE_NAMES = ("hunt",)  # "Hunt and Hess 4" is grade 4, as "Hunt and Hess grade 4" says
_WORDS = {"stage": "stage", "stages": "stage", "grade": "grade", "grades": "grade", "class": "class",
          "classes": "class", "type": "type", "types": "type", "phase": "phase", "phases": "phase",
          "level": "level", "levels": "level"}  # fmt: skip
_WORD = (
    r"stages?|grades?|(?:functional\s+)?class(?:es|ification)?|types?|phases?|(?:physical\s+)?(?:status|state)|score"
    r"|levels?"
    r"|FC|PS"
)
# Words that label many numbers ("score 5", "level 7%"): a level only with a Roman numeral or a letter.
_GENERIC_WORDS = ("status", "physical status", "state", "physical state", "score", "classification", "level", "levels",
                  "functional classification", "fc", "ps")  # fmt: skip
_ROMAN = r"(?:VIII|VII|VI|IV|IX|III|II|I|V|X)"
# Roman numerals and letters are case-sensitive ("I", "B"), so that "a", "i" and "and" are not levels.
# "grade-2", "grade2", "type-2 diabetes", "stage-4": a level joined to its word by a hyphen or nothing (digits only),
# the same level as "grade 2"; read alone, ">/= grade-2" had no fact and a rewording could drop it unnoticed.
_JOINED = r"(?:(?<=grade)|(?<=type))-?(?=\d)|(?:(?<=stage)|(?<=class))-(?=\d)"
_LEVEL = (
    rf"(?:(?<!\w)|(?<=grade)|(?<=type))(?:\d{{1,2}}[a-dA-D]?|(?-i:{_ROMAN}[a-cA-C]?)|(?-i:viii|vii|vi|iv|ix|iii|ii)|(?-i:[A-F]))(?!\w|\.\d)"
)
_ROMAN_LIST_RE = re.compile(rf"(?<![\w-])(?=[IVX]){_ROMAN}(?:\s*(?:-|–|~|/|to|or|and|,)\s*{_ROMAN})+(?![\w-])")
# The bound's symbol in brackets after its words: "Grade less than or equal to (≤) 1" is "grade ≤ 1".
_SYMBOL_AGAIN = r"(?:\(\s*(?:[<>]=?|[≤≥]|=<|=>)\s*\)\s*)?"
# ("Your Tanner stage is 3 or higher" for "Tanner stage ≥ 3": a stage said with its verb; not "class is 1-3" where the
# source's "ASA (…) 1-3" names no class; "your CPT class is confirmed as B" is a letter class, "CPT class B"; "your
# ASA class is above III" is class > 3: a Roman numeral is a level, said with or without its bound;
# "your ASA class (the anaesthetists' rating of your health) is I to III": a gloss on the class between it and its verb)
_SCALE_RE = TriggeredPattern(re.compile(
    rf"\b(?=(?:{_NAMES}|{_WORD})(?:\b|\d))(?:\b(?P<name>{_NAMES})\b\s*[)\]]?[\s/-]*(?:[(\[]\s*(?:{_NAMES})\s*[)\]]\s*)?)?(?:\b(?P<word>{_WORD})(?:\b\s*(?:\(\s*[A-Z]{{1,5}}\s*\)\s*)?|{_JOINED}))?(?:of\s+|(?<=stage\s)(?:is|was)\s+|(?P<said>(?<=class\s)(?:\([^()\d]{{3,80}}\)\s+)?(?:is|was)\s+(?:(?:confirmed\s+as\s+)?(?=(?-i:[A-F])\b)"
    rf"|(?=(?:(?:{PREFIX_ALTERNATION})\s*)?(?-i:{_ROMAN})\b))))?"
    rf"(?P<cmp>(?:{PREFIX_ALTERNATION})\s*{_SYMBOL_AGAIN})?"
    rf"(?P<levels>{_LEVEL}(?:\s*(?:-|–|/|~|to|through|,\s*(?:or|and)?|or|and|&)\s*(?:(?:{_WORD})\s*)?{_LEVEL})*)"
    r"(?!\w|\.\d)",
    re.IGNORECASE,
), "ny new asa killip child fontaine gold bclc tanner hoehn figo who kdigo rutherford forrest ckd hunt asia ais"
   " isncsci american stage grade class functional level type phase physical status state score fc ps")  # fmt: skip
_LEVEL_RE = re.compile(_LEVEL, re.IGNORECASE)
_WORD_AGAIN_RE = re.compile(rf"\b(?:{_WORD})\b", re.IGNORECASE)
# The grading system in brackets between a level and its bound: "Grade 2 (CTC v.3.0) or greater" is grade 2 or higher.
_SYSTEM_ASIDE_RE = re.compile(r"\s*\((?:NCI[\s-]*)?CTC(?:AE)?\b[^()]{0,30}\)", re.IGNORECASE)
_RANGE_WORD_RE = re.compile(r"\s*(?:-|–|~|to|through)\s*", re.IGNORECASE)
_LETTER_UNITS = ("class", "stage", "grade", "level")
# "T2DM" is type 2 diabetes: its type is a fact a plain rewording spells out ("type 2 diabetes").
_DIABETES_TYPE_RE = re.compile(r"(?<![\w-])T([12])DM?(?![\w-])")


def _unit(name: str | None, word: str | None) -> str | None:
    """The canonical level word, or None when neither a scale name nor a level word says it."""
    key = re.sub(r"\s+", " ", word.lower()) if word else None
    if key in _WORDS:
        return _WORDS[key]
    if key is not None and key.startswith("functional class") and key != "functional classification":
        return "class"
    if key is not None and key.endswith("classification") and name is None:
        # "Your NYHA score is classification I or II": a classification's levels are classes, named or not (a
        # digit after it is still a plain score unless a scale is named, `_labelled`).
        return "class"
    if name is None:
        return None
    first = re.split(r"[\s-]", name.lower())[0]
    return "stage" if first in _STAGE_NAMES else "grade" if first in _GRADE_NAMES else "class"


def _level(surface: str) -> tuple[float | None, str | None]:
    """'3' → (3, None); 'IV' → (4, None); '3b'/'IIIb' → (None, '3B'); 'B' → (None, 'B')."""
    if surface[0].isdigit():
        digits = surface.rstrip("abcdABCD")
        if digits != surface:
            return None, f"{int(digits)}{surface[len(digits):].upper()}"
        return parse_number(surface), None
    value, label = parse_roman(surface)
    if value is not None or label is not None:
        return value, label
    return None, surface.upper()


def find_scales(text: str) -> list[Quantity]:
    """Every labelled level, as quantities whose unit is the level word and whose label is a sub-stage;
    then unlabelled lists of Roman numerals ("III or IV", "I-III"), which are levels of some scale."""
    found = list(_labelled(text))
    if "D" in text:
        found += [Quantity(m.start(), m.end(), Comparator.EQ, float(m.group(1)), None, "type")
                  for m in _DIABETES_TYPE_RE.finditer(text)]  # fmt: skip
    for m in _ROMAN_LIST_RE.finditer(text):
        if any(q.start < m.end() and m.start() < q.end for q in found):
            continue
        parts = list(_LEVEL_RE.finditer(m.group()))
        parsed = [_level(p.group()) for p in parts]
        values = [v for v, _ in parsed]
        found.extend(_quantities(m.start(), m.end(), Comparator.EQ, None, parsed, values, m.group(), parts))
    return sorted(found, key=lambda q: (q.start, q.end))


def _labelled(text: str) -> Iterator[Quantity]:
    for m in _SCALE_RE.finditer(text):
        name, word = m.group("name"), m.group("word")
        unit = _unit(name, word)
        if unit is None:
            continue
        levels_text = m.group("levels")
        parts = list(_LEVEL_RE.finditer(levels_text))
        end = m.end()
        repeat = next((i for i in range(1, len(parts)) if parts[i].group() == parts[i - 1].group()), None)
        if repeat is not None:
            # "in Phase 1 and 1 or less in Phase 2": a level is not listed twice; the repeat is a number of its own.
            # With its level word again ("grade higher than 2 and grade 2 or higher") it is a level of its own.
            again = _WORD_AGAIN_RE.search(levels_text, parts[repeat - 1].end(), parts[repeat].start())
            if again is not None:
                offset = m.start("levels") + again.start()
                # (only what this match took in: the scan goes on after it)
                yield from (replace(q, start=q.start + offset, end=q.end + offset)
                            for q in _labelled(text[offset:]) if q.start + offset < m.end())
            parts = parts[:repeat]
            levels_text = levels_text[: parts[-1].end()]
            end = m.start("levels") + parts[-1].end()
        roman = all(not p.group()[0].isdigit() for p in parts)
        # A named scale's classification counts its classes in digits too ("NYHA functional classification of ≥3").
        named_classes = name is not None and word is not None and word.lower().endswith("classification")
        if word and word.lower() in _GENERIC_WORDS and not roman and not named_classes:
            continue  # "performance status 0-1", "score 5": a plain score, found as a quantity
        if word is None and name is not None and name.upper() == "WHO" and not roman:
            continue
        if word is None and name is not None and name.lower().startswith("child") and not roman:
            continue  # "Child-Pugh 7" is a score (5 to 15); its classes are letters ("Child-Pugh B")
        if unit == "type" and any(not p.group()[0].isdigit() and p.group()[0].upper() in "ABCD" for p in parts):
            continue  # "type A personality", "type B": not an ordinal level
        parsed = [_level(p.group()) for p in parts]
        if any(label is not None and len(label) == 1 and unit not in _LETTER_UNITS for _, label in parsed):
            continue
        comparator, system, bound_after = Comparator.EQ, None, False
        # (the letter alone where a verb says it: "confirmed" in "class is confirmed as B" is a fact of its own)
        start = m.start("word") if word and not m.group("said") else m.start("cmp") if m.group("cmp") else m.start(
            "levels")
        if m.group("cmp"):
            comparator = prefix_comparator(m.group("cmp").split("(")[0].strip())
        else:
            aside = _SYSTEM_ASIDE_RE.match(text, end)  # "Grade 2 (CTC v.3.0) or greater"
            suffix = SUFFIX_RE.match(text, aside.end() if aside else end)
            plus = PLUS_RE.match(text, end)
            if suffix:
                comparator, end, bound_after = suffix_comparator(suffix.group("cmp")), suffix.end(), True
            elif plus:
                comparator, end = Comparator.GE, plus.end()  # "grade 2+"
            elif (before := find_prefix(text, m.start(), reach=30, systems=True)) is not None:
                # "> CTCAE Grade 3", "> NYHA class II": a bound before the scale's name bounds its level.
                comparator, start, system = before.comparator, before.start, _named(before.system, text, m, start)
            elif (worse := worse_than(text, m.start())) is not None:
                comparator, start, system = worse[0], worse[1], _named(worse[2], text, m, start)
        values = [v for v, _ in parsed]
        found = _quantities(start, end, comparator, unit, parsed, values, levels_text, parts, bound_after)
        yield from (replace(q, system=system) for q in found)


def _named(system: str | None, text: str, m: re.Match[str], level_start: int) -> str | None:
    """The names between a bound and the level: a grading system's (`system`, "CTCAE", "World Health Organization
    (") and the scale's own as written before its level ("NYHA", "WHO)"), if the match has one."""
    named = " ".join(text[m.start() : level_start].split()) if m.group("name") else None
    if system is None or named is None:
        return system or named
    return f"{system}{named}" if system.endswith("(") else f"{system} {named}"


def _quantities(
    start: int,
    end: int,
    comparator: Comparator,
    unit: str | None,
    parsed: list[tuple[float | None, str | None]],
    values: list[float | None],
    levels_text: str,
    parts: list[re.Match[str]],
    bound_after: bool = False,
) -> Iterator[Quantity]:
    numbers = [v for v in values if v is not None]
    between = levels_text[parts[0].end() : parts[1].start()] if len(parts) == 2 else ""
    if bound_after and len(numbers) == len(parts) > 1:
        # "grade 1/2 or higher", "stage I-II or lower": the bound after the levels makes them a floor at the first
        # or a ceiling at the last; read as the levels alone, "or higher" could be dropped unnoticed. (A bound
        # before them, "grade ≥ 1/2", is read as the levels: `translator.fact_fractions`.)
        low = comparator not in (Comparator.LT, Comparator.LE)
        yield Quantity(start, end, comparator, numbers[0] if low else None, None if low else numbers[-1], unit)
        return
    if len(numbers) == 2 and _RANGE_WORD_RE.fullmatch(between):
        yield Quantity(start, end, Comparator.RANGE, numbers[0], numbers[1], unit)
        return
    if len(numbers) == len(parts) > 1 and all(b - a == 1 for a, b in pairwise(numbers)):
        yield Quantity(start, end, Comparator.RANGE, numbers[0], numbers[-1], unit)
        return
    for value, label in parsed:
        if label is not None:
            # "stage up to IIIA", "Child-Pugh B or better": a bound on a lettered level is still a bound.
            level_comparator = comparator if len(parsed) == 1 and comparator is not Comparator.RANGE else Comparator.EQ
            yield Quantity(start, end, level_comparator, None, None, unit, label=label)
        elif comparator in (Comparator.LT, Comparator.LE):
            yield Quantity(start, end, comparator, None, value, unit)
        else:
            yield Quantity(start, end, comparator, value, None, unit)
