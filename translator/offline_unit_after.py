"""A unit the fact's wording meets after it: said once, and never after "or more".

"BMI 23-45 kilogram per square meter (kg/m^2)" worded "23 to 45 kg/m²" would keep the source's bracketed symbol
after it ("23 to 45 kg/m² (kg/m^2)"): the same unit said twice, so the bracket goes with the wording.
"ANC ≥ 1,500 mm3", whose "mm3" the extractor does not take for a unit (without "/" it could be a volume), worded
"1,500 or more" would read "1,500 or more mm3": the bound goes before the number instead ("at least 1,500 mm3").
The same holds for any measure the extractor leaves after the fact: "≥ 20 picograms per milliliter", "≥ 34 vol%",
"≥ 3.0 K/mm3", "≥ 10 ppm" read "at least 20 picograms per milliliter", not "20 or more picograms per milliliter".
"""

from __future__ import annotations

import re

from translator.count_wording import count_unit_as_written, names_count_volume
from translator.facts import Fact
from translator.units import match_unit

# Units whose bracketed abbreviation after them ("… the upper limit of normal (ULN)") introduces it for later use.
_SPELLED_OUT = ("x ULN", "x LLN", "x normal")
_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"\s*\)")
_PIECE = re.compile(r"(?P<piece>[A-Za-zµμ]+)\s*\)")
# A count's unit left outside the fact: "mm3", "mm^3", "cells", "/uL", "µL"
_COUNT_UNIT_AFTER = re.compile(r"\s*(?:mm\^?3|cells?\b|/?[uµμ]L\b)")
# A measure left outside the fact: a word with a slash or a percent sign ("K/mm3", "vol%", "pipes/day"), a
# metric unit spelled out ("picograms", "millimoles (mmol)/liter", "milliequivalent"), a rate ("copies per
# milliliter", "seizures per month") or a short unit the extractor does not know ("ppm", "mcl", "kcal/day").
_MEASURE_AFTER = re.compile(
    r"\s*(?!(?:and|or)/)(?:"
    r"[A-Za-zµμ][\w.µμ]*\s*[/%]"
    r"|(?:pico|nano|micro|milli|centi|deci|kilo)?(?:grams?|liters?|litres?|moles?|equivalents?)\b"
    r"|[A-Za-z]+\s+per\s+[A-Za-z]"
    r"|(?:ppm|ppb|mcl|mEq|mmol|copies|degrees|diopters|calories|kcal)\b"
    r")",
    re.IGNORECASE,
)
_SUFFIXED = re.compile(r"(?P<number>\d[\d,.]*) or (?P<bound>more|less)")
# A fact's own amount with its bound after it ("3 minutes or more"), and a word the amount describes right after
# the fact ("≥ 3 min cumulative seizures", "≥ 50% predicted value"): "3 minutes or more cumulative seizures" reads
# as a count of seizures, so the bound goes first ("at least 3 minutes cumulative seizures"). Words that start a
# new clause or phrase ("and", "of", "at screening") leave the bound where it reads well.
_AMOUNT_SUFFIXED = re.compile(r"(?P<number>\d[\d,.]*(?:%|°[CF]|(?: \S+)+?)) or (?P<bound>more|less)")
_DESCRIBED_AFTER = re.compile(
    r"\s+(?!(?:and|or|nor|but|to|of|in|at|on|for|with|by|from|as|if|when|while|than|that|which|who|is|are|was|were|"
    r"be|been|has|have|had|within|before|after|prior|during|since|until|over|under|per|via|or|the|a|an|x)\b)[a-z]"
)
# a plural among the next words, before a word that ends the noun phrase: "≥ 1 cigarettes", "≥1 anti-TNF therapies"
_PLURAL_AFTER = re.compile(
    r"(?:\s+(?!(?:of|in|on|at|to|for|with|by|and|or|that|which|who)\b)[\w-]+){0,2}?\s+[\w-]*[a-z](?<![su]s|is)s\b",
    re.IGNORECASE,
)
# "≤2 prior chemotherapy regimens": "prior" before what is counted, not "prior to"
_EARLIER_ONES_AFTER = re.compile(r"\s+(?:prior|previous|past)\s+(?!to\b)[a-z]", re.IGNORECASE)
# "a 25% or more change" reads well and "a at least 25% change" does not; "… treatment. 2 weeks or more must have
# elapsed" would need its new first word capitalised.
_ARTICLE_OR_STOP_BEFORE = re.compile(r"(?:\b(?:a|an|A|An)\s+|[.!?]\s+)$")
_PREFIXED = {"more": "at least", "less": "no more than"}


def repeated_unit_end(text: str, fact: Fact) -> int | None:
    """Where a bracketed repeat of the fact's own unit right after it ends ("… (kg/m^2)"), or None."""
    opened = _OPEN.match(text, fact.end)
    if fact.unit is None or fact.unit in _SPELLED_OUT or opened is None:
        return None
    piece = _PIECE.match(text, opened.end())
    if piece is not None and names_count_volume(piece.group("piece"), fact.text, fact.unit):
        return piece.end()  # "≥ 1.5 x 10^3/μL (microliter)": the wording says "× 10^3/µL"
    found = match_unit(text, opened.end())
    if found is None:
        # "2 milligrams/deciliter (dL)": the bracket spelled the unit's divisor, which the wording ("2 mg/dL") says
        piece = _PIECE.match(text, opened.end())
        divisor = fact.unit.rsplit("/", 1)[-1] if "/" in fact.unit else None
        same = piece is not None and divisor is not None and piece.group("piece").lower() == divisor.lower()
        return piece.end() if piece is not None and same else None
    if found[0] != fact.unit or count_unit_as_written(text[opened.end() : found[1]], found[0]) != count_unit_as_written(
        fact.text, fact.unit
    ):
        return None  # "< 90,000/μL (cells/mm3)" worded "90,000 per µL" keeps the bracket that says mm³
    closed = _CLOSE.match(text, found[1])
    return closed.end() if closed else None


def bound_first(text: str, fact: Fact, wording: str) -> str:
    """ "1,500 or more" before a count's unit or another measure the fact left out, as "at least 1,500"."""
    m = _SUFFIXED.fullmatch(wording)
    after = _COUNT_UNIT_AFTER.match(text, fact.end) or _MEASURE_AFTER.match(text, fact.end)
    if fact.unit is not None:
        own = _AMOUNT_SUFFIXED.fullmatch(wording)
        if own is None or not _DESCRIBED_AFTER.match(text, fact.end):
            return wording
        if _ARTICLE_OR_STOP_BEFORE.search(text, 0, fact.start):
            return wording
        return f"{_PREFIXED[own.group('bound')]} {own.group('number')}"
    if m is None or not (after or _counted(text, fact, m)):
        return wording
    return f"{_PREFIXED[m.group('bound')]} {m.group('number')}"


def _counted(text: str, fact: Fact, wording: re.Match[str]) -> bool:
    """A count before what it counts: "≤1 previous line of chemotherapy" is no "1 or less previous line" (nor "1 or
    fewer" before a singular), "≥ 1 measurable lesion" no "1 or more measurable lesion"; "2 or more swollen joints"
    reads well and stays."""
    described = _DESCRIBED_AFTER.match(text, fact.end) or _EARLIER_ONES_AFTER.match(text, fact.end)
    if not described or not wording.group("number").isdigit():
        return False
    if wording.group("bound") != "less" and (wording.group("number") != "1" or _PLURAL_AFTER.match(text, fact.end)):
        return False  # "≥1 anti-TNF therapies" reads "1 or more anti-TNF therapies", not "at least 1 … therapies"
    return not _ARTICLE_OR_STOP_BEFORE.search(text, 0, fact.start)


_BOUND_WORDS = {"less": "less", "lower": "less", "fewer": "less", "below": "less", "under": "less",
                "more": "more", "greater": "more", "higher": "more", "above": "more", "over": "more", "older": "more",
                "younger": "less"}  # fmt: skip
_ENDS_BOUND = re.compile(r"\bor (?P<word>less|more|fewer|greater|higher|lower|older|younger)$")
# the source's own bound after the fact, said again: "< or =10% or less" (not "or less than 5": a second value)
_BOUND_AGAIN = re.compile(
    r"\s*or\s+(?P<word>less|lower|fewer|below|under|more|greater|higher|above|over|older|younger)\b(?!\s*than)",
    re.IGNORECASE,
)
# a second value joined by "or" with a bound of its own: ">= 8cm or greater than 3 regions", "≥25 or >20 if …"
_ANOTHER_BOUND = re.compile(
    r"\s+or\s*(?:[<>≤≥]|(?:more|greater|higher|less|fewer|lower)\s+than\b|(?:at\s+least|at\s+most|up\s+to)\b)",
    re.IGNORECASE,
)


def bound_said_after(text: str, end: int, wording: str) -> tuple[str, int]:
    """The wording and where it ends, past the bound the source says again after the fact ("< or =10% or less" is
    "10% or less", not "10% or less or less"), or with a comma before a second bounded value ("8 cm or more, or more
    than 3 regions of disease", not "8 cm or more or more than 3 regions")."""
    said = _ENDS_BOUND.search(wording)
    if said is None:
        return wording, end
    again = _BOUND_AGAIN.match(text, end)
    if again is not None and _BOUND_WORDS[again.group("word").lower()] == _BOUND_WORDS[said.group("word")]:
        return wording, again.end()
    if _ANOTHER_BOUND.match(text, end):
        return wording + ",", end
    return wording, end
