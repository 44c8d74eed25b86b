"""Numbers with their bounds and units: "≥ 18 years", "between 5 and 20", "< 1.5 x ULN", "two or more".

`find_quantities(text)` scans left to right for numbers and grows each into a quantity: a comparator
before it ("at least", "≤", "over the age of"), a unit after it, a second number that makes a range
("18-75", "18 to 75 years", "between 5 and 20", "0, 1 or 2"), and a comparator after it ("or
older", "and above", "18+"). Whether a quantity with a time unit is a time window is decided later
by `translator.temporal`; here every quantity is a plain value.
"""

from __future__ import annotations

import re
from dataclasses import replace

from translator.age_context import age_in_context
from translator.fact_fractions import before_the, comma_levels, halves, ordinal_range, slash_fraction
from translator.fact_fractions import unit_after as _unit_after
from translator.fact_magnitudes import dotted_thousands, scientific, shared_multiplier_end, shared_scale
from translator.fact_outside import OUTSIDE, outside_before
from translator.fact_per_weight import per_weight_suffix
from translator.fact_pronoun_one import pronoun_one
from translator.fact_scores import names_a_score
from translator.facts import Comparator
from translator.list_markers import is_marker
from translator.numbers import (
    AGE_WORDS,
    NUMBER_RE,
    PLUS_RE,
    SUFFIX_RE,
    find_prefix,
    fold,
    range_suffix,
    suffix_comparator,
)
from translator.quantity import Quantity as Quantity  # re-exported: the extractors import it from here
from translator.quantity import bound as bound
from translator.quantity_assembly import assemble
from translator.quantity_lists import consecutive_list
from translator.quantity_numbers import glued_word, read_number
from translator.units import TIME_UNITS, plausible

_RANGE_SEP_RE = re.compile(r"\s*(?:-|–|—|−|~|to|through|thru|and|until)\s*(?=[\d.])|\s*(?:to|and)\s+", re.IGNORECASE)
_BETWEEN_RE = re.compile(
    # ("between and including 35 and 85 years": both ends in, as a range's are)
    r"(?<![\w])(?:between(?:\s+and\s+including)?|from|ranging\s+from|range\s+of|range:?)\s*(?:the\s+)?"
    r"(?:ages?\s+(?:of\s+)?)?$", re.IGNORECASE
)
_PERSON_RE = re.compile(
    r"\b(?:patients?|subjects?|participants?|adults?|men|women|males?|females?|children|individuals?|persons?"
    r"|people|volunteers?|boys|girls|adolescents?|infants?|pts)\b[^.;:\d]{0,25}$", re.IGNORECASE)
# "CTCAE v. 4.03", "version 5.0", "DSM-5": a version names an edition, it does not bound anything.
# A number after "/ " continues a unit or a ratio whose first number was read already ("mL/min/ 1.73 m2"); not
# after ">/ ", a bound (`translator.numbers`).
# ("spKt/V 1.2": the V of a ratio's name, no version)
# So does one after "per" that follows a unit of amount: "200 mg per 24 hours" is "200 mg/24 hrs", a rate whose
# period is no fact of its own.
_VERSION_RE = re.compile(r"(?<![\w/])(?:v|ver|version|edition|DSM-?|ICD-?)\.?\s*$|(?<![<>])/\s+$"
                         r"|(?<![\w/])(?:mg|g|gm|mcg|µg|ug|mmol|mEq|ml|IU|units?|(?:milli|micro)?grams?)"
                         # (and "200 mg or more per 24 hours", the amount's bound said before the period)
                         r"(?:\s*\([A-Za-z]{1,4}\))?(?:\s+or\s+(?:more|less|greater|higher|lower|above|below))?\s+per\s+$",
                         re.IGNORECASE)
# ("twice/week": the slash says "a week")
_FREQUENCY_RE = re.compile(r"\s*(?:/\s*|(?:a|per|each|every)\s+)(day|week|month|year)\b"
                           r"|\s*(daily|weekly|monthly|yearly)", re.IGNORECASE)  # fmt: skip
_FREQ_UNITS = {
    "day": "times/day", "daily": "times/day", "week": "times/week", "weekly": "times/week",
    "month": "times/month", "monthly": "times/month", "year": "times/year", "yearly": "times/year",
}  # fmt: skip
_ONE_OF_RE = re.compile(r"\s+of\s+(?![\d.])", re.IGNORECASE)
# "24 weeks pregnant or more": a state word between the amount and its bound.
# "0.70 kU/L or more": a unit the table does not know, slashed, between the amount and its bound as a noun is.
_NOUN_RE = re.compile(r"\s+(?!or\b|and\b)[A-Za-z]{2,15}(?:/[A-Za-z]{1,4})?(?=\s+(?:or|and)\s)"
                      # "12 total disc areas or less": up to three words naming what is counted (no small word that
                      # would start a phrase of its own: "3 sites in one or more" bounds the "one")
                      r"|(?:\s+(?!(?:or|and|in|of|on|at|to|for|from|with|than|the|a|an|one|two|per|each|every|"
                      r"times?|years?|months?|weeks?|days?|hours?)\b)[a-z]{3,15}){2,3}(?=\s+or\s+(?:less|fewer|more)\b)"
                      # "1 unit of blood (500 mL) or more": what is counted and what it is of, then perhaps a bracket
                      # that restates the amount, then the bound ("≥1 unit of blood (500 mL)" said in words)
                      r"|\s+(?!(?:or|and|in|of|on|at|to|for|from|with|than|the|times?)\b)[a-z]{3,15}\s+of\s+"
                      r"(?!(?:the|a|an|or|and)\b)[a-z]{3,15}(?=(?:\s*\([^()]{1,20}\))?\s+or\s+(?:less|fewer|more)\b)")
# "1g of protein or less": what the amount is of, between it and its bound.
_OF_NOUN_RE = re.compile(r"\s+of\s+(?!or\b|and\b)[A-Za-z]{3,15}(?=\s+(?:or|and)\s)")
_AMOUNTS = ("g", "mg", "mcg", "µg", "kg", "mL", "L", "IU", "units")
_OF_DRUG_RE = re.compile(r"\s+of\s+(?!or\b|and\b)[A-Za-z][a-z-]{3,20}(?=\s+(?:per|a|an|each|every)\s)")
_STATE_RE = re.compile(r"\s+(?:pregnant|of\s+(?:gestation|pregnancy)|gestation(?:al\s+age)?)", re.IGNORECASE)
# "more than twice normal": the multiplier word says the "times" that "2 times normal" writes (`translator.units`).
_TIMES_NORMAL_RE = re.compile(r"\s+(?:the\s+)?normal(?:\s+(?:values?|levels?|range))?\b", re.IGNORECASE)
# "2 weeks in a row or more": "≥2 consecutive weeks" said plainly; the bound after the words is the amount's.
_IN_A_ROW_RE = re.compile(r"\s+(?:in\s+a\s+row|consecutively)", re.IGNORECASE)
_SPACED_DEGREE_RE = re.compile(r" ([CF])(?![\w-]|/[A-Z](?![a-z]))")
_TEMPERATURE_RE = re.compile(r"\b(?:fever|febrile|temperature|pyrexia)", re.IGNORECASE)
_SPACED_THOUSANDS_RE = re.compile(r"(?:[ \u2009\u202f\u00a0]\d{3})+(?![\d.,]|\s\d)")
_CLOSE_RE = re.compile(r"\s*\)")
_GESTATION_DAYS_RE = re.compile(r"\d\+$")
# A bracket that restates an amount in another unit or as a symbol: "(%)", "(1,000/μL)", "(63.9 mmol/mol)".
# (or the unit spelled out: "1.5 x ULN (upper limit of normal) or less")
# ("5% of your body weight or less": the weight a share is of, then the share's bound, as "5% or less of it" says)
_PREDICTED_RE = re.compile(r"\s+(?:of\s+)?(?:the\s+)?predicted(?:\s+(?:value|normal))?(?=[\s,])"
                           r"|\s+of\s+(?:(?:your|the|their|his|her)\s+)?(?:(?:usual|baseline|total|initial)\s+)?body\s*weight"
                           r"(?=[\s,])", re.IGNORECASE)
# Square brackets too: "140 mg/dL [7.8 mmol/L] or lower".
_RESTATED_RE = re.compile(r"\s*(?:\(\s*(?:(?:\d[\d.,]*\s*)?[^\s()\d][^\s()]{0,11}"
                          r"|(?:the\s+)?upper\s+limits?\s+(?:of\s+)?(?:the\s+)?normal(?:\s+range)?)\s*\)"
                          r"|\[\s*(?:\d[\d.,]*\s*)?[^\s\[\]\d][^\s\[\]]{0,11}\s*\])",
                          re.IGNORECASE)
# Reversed text before a bracketed bound: "… or above (" / "and over (", a suffix bound of the words before it.
_SUFFIX_BEFORE_BRACKET_RE = re.compile(r"\s*\(\s*[a-z]+\s+(?:ro|dna)\b", re.IGNORECASE)
_CELL_COUNT_RE = re.compile(
    r"\b(?:platelets?|thrombocytes?|neutrophils?|ANC|AGC|leu[ck]ocytes?|WBC|white\s+(?:blood\s+)?cells?"
    r"|lymphocytes?|granulocytes?|PLT)\b(?:\s+counts?)?[^.;:\d]{0,12}$",
    re.IGNORECASE,
)


_MIN_MAX_RE = re.compile(r"(?<![\w-])(?:an?\s+)?(minimum|maximum|min|max)\.?(?:\s+of)?\s*$", re.IGNORECASE)
_DIRECTION = {Comparator.GE: "lower", Comparator.GT: "lower", Comparator.LE: "upper", Comparator.LT: "upper"}
_RANGE_LABEL = {"lower": "minimum", "upper": "maximum"}


def find_quantities(text: str, skip: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """Every quantity in `text`, in order, none overlapping each other or the `skip` spans."""
    found: list[Quantity] = []
    blocked = sorted(skip or [])
    pos = 0
    while True:
        m = NUMBER_RE.search(text, pos)
        if m is None:
            return found
        if any(s <= m.start() < e for s, e in blocked):
            pos = m.end()
            continue
        floor = max([found[-1].end if found else 0, *[e for s, e in blocked if e <= m.start()]])
        quantities = _grow(text, m, floor)
        if quantities:
            found.extend(quantities)
            pos = quantities[-1].end
        else:
            pos = m.end()


def _grow(text: str, m: re.Match[str], floor: int) -> list[Quantity]:
    if is_marker(text, m) or _VERSION_RE.search(text, max(0, m.start() - 36), m.start()):
        return []
    first = read_number(text, m)
    if first is None:
        return []
    if (level := comma_levels(text, m.group(), m.start())) is not None:  # "ECOG 0,1": the list 0, 1
        first.value, first.end = level, m.start() + 1
    if (spaced := _SPACED_THOUSANDS_RE.match(text, first.end)) and m.group().isdigit() and len(m.group()) <= 3:
        # "less than 100 000/mm3": thousands grouped by a space, in a count of cells.
        unit_then = _unit_after(text, spaced.end())
        if (unit_then and unit_then[0] == "/mm3") or _CELL_COUNT_RE.search(text, max(0, m.start() - 40), m.start()):
            first.value = float(m.group() + re.sub(r"\D", "", spaced.group()))
            first.end = spaced.end()
    if m.group().isdigit() and (half := halves(text, m.group(), first.value, first.end)) is not None:
        first.value, first.end = half
    if m.group().lower() == "one" and pronoun_one(text, first.start, first.end):
        return []  # "an acute one", "or one that …": a thing named before, no count
    if m.group().lower() == "one" and _ONE_OF_RE.match(text, first.end) and not find_prefix(text, first.start, floor):
        return []  # "one of these diseases" picks from a list; "at least one of" is a count
    if m.group().isdigit() and (ordinal := ordinal_range(text, first.end)) is not None:
        between = _BETWEEN_RE.search(text, max(floor, first.start - 60), first.start)
        start = between.start() if between else first.start
        return [Quantity(start, ordinal[1], Comparator.RANGE, first.value, ordinal[0], "percentile")]
    power = None if shared_multiplier_end(text, first.end) is not None else scientific(text, first.end)
    if power is not None:  # "< 1 x 10^5 copies/mL" is 100,000 copies/mL
        first.value, first.end = first.value * power[0], power[1]
    unit_found = _unit_after(text, first.end)
    if unit_found and not plausible(unit_found[0], first.value, text[first.end : unit_found[1]].strip()):
        unit_found = None
    # "at the turn of 2016 and 2020 y": a calendar year with "y." after it, as some languages write it; no 2020 years
    if unit_found and unit_found[0] == "year" and 1900 <= first.value <= 2099 and first.value == int(first.value):
        unit_found = None
    if unit_found and first.value <= 6 and _GESTATION_DAYS_RE.search(text, max(0, m.start() - 3), m.start()):
        unit_found = None  # "38+6 weeks" is 38 weeks and 6 days: the weeks are the 38's, however the brackets fall
    if unit_found is None and (spaced_degree := _SPACED_DEGREE_RE.match(text, first.end)) is not None:
        # "fever > 38.2 C", "temperature above 38.5 C / 101.3 F": a spaced capital after a body
        # temperature where the text speaks of temperature (not "35 C-section", not an allele "9 C/G").
        canonical = "°C" if spaced_degree.group(1) == "C" else "°F"
        if plausible(canonical, first.value, spaced_degree.group(1)) and _TEMPERATURE_RE.search(
            text, max(0, m.start() - 40), m.start()
        ):
            unit_found = (canonical, spaced_degree.end())
    # "80 × 10^3 to 100 × 10^3 cells/µL": the first end's power of ten (not "80 times"), its unit said at the end
    shared = shared_multiplier_end(text, first.end) if unit_found is None or unit_found[0] == "times" else None
    unit_found = None if shared is not None else unit_found
    unit, end = (unit_found[0], unit_found[1]) if unit_found else (None, shared or first.end)
    if unit_found is None and (fraction := slash_fraction(text, m, first.end, floor)) is not None:
        return [Quantity(fraction[1], fraction[2], fraction[0], None, None, "fraction", label=fraction[3])]
    if first.multiplier:
        freq = _FREQUENCY_RE.match(text, first.end)
        if freq:
            unit, end = _FREQ_UNITS.get(fold(freq.group(1) or freq.group(2)), "times"), freq.end()
        elif unit in ("x ULN", "x LLN", "x normal"):
            pass  # "triple the upper limit of normal"
        elif (normal := _TIMES_NORMAL_RE.match(text, first.end)) is not None:
            unit, end = "x normal", normal.end()  # "twice normal lab values" is "2 times normal lab values"
        elif m.group().lower() in ("once", "double", "triple", "quadruple"):
            return []  # "once the patient has…", "double-blind": a conjunction or an adjective, not a count
        else:
            unit = "times"
    elif unit_found is None and glued_word(text, first.end):
        return []
    left_start = max(floor, first.start - 60)
    left = text[left_start : first.start]
    between = _BETWEEN_RE.search(left)
    values = [first.value]
    units = [unit]
    surfaces = [m.group()]
    # A second number after a range separator makes a range.
    sep = _RANGE_SEP_RE.match(text, end)
    if sep and not (sep.group().strip().lower() == "and" and between is None):
        second_m = NUMBER_RE.match(text, sep.end())
        negative = second_m is None and text[sep.end() : sep.end() + 1] in ("-", "−") and sep.group().strip() != ""
        if negative:
            second_m = NUMBER_RE.match(text, sep.end() + 1)  # "between -1 and -2.5"
        second = read_number(text, second_m, signed=negative) if second_m else None
        second_power = scientific(text, second.end) if second is not None and power is not None else None
        if power is not None and second_power is None:
            second = None  # "80 × 10^3 to 100 × 10^6 cells/µL": two scales, not one range
        elif second is not None and second_power is not None:
            second.value, second.end = second.value * second_power[0], second_power[1]
        if second is not None and second_m is not None and not second.multiplier:
            second_unit = _unit_after(text, second.end)
            if second_unit is None and glued_word(text, second.end):
                return []
            values = [first.value * shared_scale(text, m, second_m), second.value]  # "3.5-14 thousand/µL"
            surfaces.append(second_m.group())
            units.append(second_unit[0] if second_unit else None)
            end = second_unit[1] if second_unit else second.end
    named_count = units[-1] is None and _CELL_COUNT_RE.search(text, max(0, first.start - 40), first.start)
    if units[-1] == "/mm3" or named_count:
        values = [dotted_thousands(s, v) for s, v in zip(surfaces, values, strict=True)]
    if len(values) == 1 and unit is None:
        values, end = consecutive_list(text, values[0], end, levels=level is not None)
        if len(values) > 1:
            next_unit = _unit_after(text, end)
            if next_unit:
                units, end = [next_unit[0]], next_unit[1]
    start = first.start
    comparator = Comparator.RANGE if len(values) > 1 else Comparator.EQ
    if comparator is Comparator.RANGE and not between and (after := range_suffix(text, end)) is not None:
        comparator, keep, end = after  # "2-3 or more": at least 2
        values, units = [values[keep]], [units[keep] or units[-1]]
    age = False
    if comparator is Comparator.RANGE and between:
        start = left_start + between.start()
    # "minimum 3-4 per year": the word is what makes the range a floor, not a ceiling; kept as the range's label.
    bounded = _MIN_MAX_RE.search(left) if comparator is Comparator.RANGE and not between else None
    if bounded is not None:
        start = left_start + bounded.start()
    # "at least 4-6 weeks since", "up to 3-4 weeks": a bound before a range makes it a floor or a ceiling somewhere
    # in it, as "minimum 3-4" does (a bound that is a range has no strictness: "more than" is a floor too).
    ranged = comparator is Comparator.RANGE and not between and bounded is None
    floor_of_range = find_prefix(text, first.start, floor) if ranged else None
    pre = find_prefix(text, first.start, floor, systems=True) if comparator is not Comparator.RANGE else None
    if pre is None and units[-1] == "percentile" and (the := before_the(text, first.start)) is not None:
        pre = find_prefix(text, the, floor)
    outer = find_prefix(text, pre.start, floor) if pre is not None else None
    if pre is not None and outer is not None and _SUFFIX_BEFORE_BRACKET_RE.match(text[: pre.start][::-1]):
        outer = None  # "High or above (> 60 g …)": "or above" bounds the level before it; the bracket defines it
    if pre is not None:
        comparator, start, age = pre.comparator, pre.start, pre.age
    if outer is not None and _DIRECTION.get(outer.comparator) == _DIRECTION.get(comparator):
        start, outer = outer.start, None  # "a minimum of at least 3": one bound said twice
    if comparator is Comparator.EQ:
        # "24 weeks pregnant or more", "1 unit or more": one word between the amount and its bound.
        word_re = (_STATE_RE if units[-1] == "week" else _NOUN_RE if units[-1] is None
                   else _OF_NOUN_RE if units[-1] in _AMOUNTS else None)
        state = word_re.match(text, end) if word_re else None
        if state is None and units[-1] in TIME_UNITS:
            state = _IN_A_ROW_RE.match(text, end)
        if state is None and units[-1] == "%":
            state = _PREDICTED_RE.match(text, end)  # "an FEV1 of 60% of predicted or less"
        suffix = SUFFIX_RE.match(text, end) or (SUFFIX_RE.match(text, state.end()) if state else None)
        if suffix and "(" in text[end : suffix.start("cmp")] and not _CLOSE_RE.match(text, suffix.end()):
            # "within the last 30 days (or longer, if required…)": a clause that widens the window in some
            # cases, not a bound that flips it; "18 years (or older)" is a bound.
            suffix = None
        suffix = suffix or per_weight_suffix(text, end)  # "1.5 IU per kg of body weight or less" (fact_per_weight)
        # "10 mg of prednisone per day or less": the drug the daily amount is of, then the rate and its bound
        if suffix is None and units[-1] in _AMOUNTS and (drug := _OF_DRUG_RE.match(text, end)) is not None:
            suffix = per_weight_suffix(text, drug.end())
        restated = None if suffix else _RESTATED_RE.match(text, end) or (
            _RESTATED_RE.match(text, state.end()) if state else None)
        # "50 percent (%) or more", "8.0% (63.9 mmol/mol) or more": a bracket that only restates the amount stands
        # between it and its bound. The bound is the amount's; its span stays short of the bracket, whose own
        # number is a fact of its own as in the source ("≥ 8.0% (63.9 mmol/mol)").
        late = SUFFIX_RE.match(text, restated.end()) if restated else None
        plus = PLUS_RE.match(text, end)
        if late:
            comparator = suffix_comparator(late.group("cmp"))
        elif suffix:
            comparator = suffix_comparator(suffix.group("cmp"))
            age = age or suffix.group("cmp").lower().split()[-1] in AGE_WORDS
            end = suffix.end()
        elif plus and (graded := SUFFIX_RE.match(text, plus.end())) is not None:
            # "2+ or more" (a dipstick grade and its bound): the bound is the words', and the "+" is left to the
            # grade, as "≥ 2+" leaves it (translator.results)
            comparator = suffix_comparator(graded.group("cmp"))
        elif plus:
            comparator, end = Comparator.GE, plus.end()
        if (suffix or plus) and units[-1] is None:
            late_unit = _unit_after(text, end)
            if late_unit:
                units[-1], end = late_unit
    unit_text = text[first.end : end].lower()
    age = age or "old" in unit_text or "of age" in unit_text or "yo" in unit_text or "y/o" in unit_text
    age = age or age_in_context(text, first.start)  # (translator.age_context)
    # "Lansky score >60" near "years of age": the score's 60 (a bare number; "KPS > 12 years" is an age)
    scored = units[-1] is None and names_a_score(text, start)
    age = age and not scored
    person = False
    if age:
        # An age without a unit is in years, unless the range says its unit once at the end: "aged 6 to 23
        # months" is 6 to 23 months, not "6 years" and "23 months".
        default = next((u for u in reversed(units) if u is not None), "year")
        units = [u if u is not None or abs(v) > 130 else default for u, v in zip(units, values, strict=False)]
    elif units[-1] == "year" and 1 <= values[0] <= 120 and comparator is not Comparator.EQ:
        person = bool(_PERSON_RE.search(text, max(0, first.start - 45), start)) or not text[:start].strip()
    label = bounded.group(1).lower()[:3] + "imum" if bounded else None
    # Not an age: nobody is "at least 18 to 70 years old" but 18 to 70, the bound only says the low end again.
    if floor_of_range and floor_of_range.comparator in _DIRECTION and not (age or person or floor_of_range.age):
        start, label = floor_of_range.start, _RANGE_LABEL[_DIRECTION[floor_of_range.comparator]]
    out = outside_before(text, first.start, floor) if comparator is Comparator.RANGE and label is None else None
    if out is not None:
        start, label = min(start, out), OUTSIDE  # "outside 11-14 mg/dL": not the range "11 to 14 mg/dL"
    assembled = assemble(text, start, end, comparator, values, units, age)
    found = [replace(q, person=person, label=label if q.comparator is Comparator.RANGE else None,
                     system=pre.system if pre else None, score=scored) for q in assembled]
    if outer is not None and outer.comparator in _DIRECTION and len(values) == 1:
        # "a maximum of at least 3": two bounds that disagree are two facts, so neither is lost by reading one.
        found.insert(0, replace(bound(outer.start, end, outer.comparator, values[0], units[0], age), person=person))
    return found
