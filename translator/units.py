"""Units as criteria write them, their canonical names, and exact conversions between them.

Canonical names are what `Fact.unit` holds and what `Fact.key` compares: "yrs", "years of age" and
"year-old" are all "year"; "x ULN", "times the upper limit of normal" and "× institutional ULN" are
all "x ULN"; "kg/m^2" and "kg/m²" are "kg/m2". Units that are exactly the same measure share one
name ("cells/µL" and "/mm3"; "10^3/µL" and "x10^9/L"); units that differ by an exact factor keep
their own names and `convert` relates them (4 weeks = 28 days; 1 g/dL = 10 g/L), so a fidelity check
can accept a faithful restatement. Months and years have no exact day count: they convert only to each other.
"""

from __future__ import annotations

import re
from fractions import Fraction

from translator.anchors import at_a_point, bare_during, same_event, same_event_before, within_reads
from translator.facts import Comparator, Fact, FactKind

# Spacing and notation variants shared by many patterns.
_S = r"\s*"
_PER = r"\s*(?:/|per|an?(?=\s)|each|every)\s*"  # ("times and 5": no "a day")
_MU = r"(?:µ|μ|u|mc|micro)"
_LITRE = r"(?:l|liters?|litres?)"
_IU_SPELLED = r"international\s+units?(?:\s*\(\s*IU\s*\))?"
_DL = rf"(?:d{_LITRE}|decilit(?:er|re)s?)"  # "g/dL", "grams per deciliter"
_M2 = r"(?:m\s*(?:2|²|\^\s*2|\*\*2|\(2\))|sq\.?\s*m|square\s+met(?:er|re)s?|met(?:er|re)s?\s+squared?)"
_CUBIC_MM = r"(?:mm\s*(?:3|³|\^\s*3)|cu\.?\s*mm|cmm|cubic\s+millimet(?:er|re)s?)"
_ULN = (
    r"(?:of\s+)?(?:the\s+)?(?:institutional\s+|institution(?:'?s|s['’])\s+|site'?s\s+|local\s+|laboratory(?:'s|’s)?\s+|lab(?:'s|’s)?\s+|reference\s+)?"
    r"(?:I?ULN|UNL|upper\s+(?:reference|normality)\s+limits?|(?<=reference\s)upper\s+limits?(?!\s+of)|upper\s+limits?\s+(?:of\s+)?(?:the\s+)?(?:institutional\s+|reference\s+)?normal(?:\s+(?:range|values?))?"
    r"|upper\s+normal\s+limits?|normal\s+upper\s+limits?|upper\s+limit\s+of\s+the\s+(?:normal\s+)?(?:reference\s+)?range"
    r"|upper\s+limits?\s+of\s+normal|upper\s+limit\s+of\s+the\s+normal\s+\w+\s+range"
    r"|upper\s+limits?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:reference|normal)\s+range)(?:\s*\(\s*ULN\s*\))?"
)
_LLN = (
    r"(?:the\s+)?(?:institutional\s+)?(?:LLN|lower\s+limits?\s+of\s+(?:the\s+)?normal(?:\s+range)?"
    r"|lower\s+normal\s+limits?|normal\s+lower\s+limits?"
    r"|lower\s+limit\s+of\s+the\s+(?:[\w-]+\s+){0,2}(?:reference\s+)?range)(?:\s*\(\s*LLN\s*\))?"
)
_TIMES = r"(?:[x×X*]|times?|-?\s*fold)"

# (canonical, pattern). Order matters: the first alternative that matches wins, so longer and more
# specific forms come before their prefixes ("mL/min/1.73 m2" before "mL/min" before "mL").
_UNITS: list[tuple[str | None, str]] = [
    # (and "more 1.5 times than upper limit of normal", its "than" put late)
    ("x ULN", rf"{_TIMES}{_S}(?:than\s+)?{_ULN}|{_TIMES}{_S}(?:[A-Za-z]+\s+){{1,4}}\(\s*ULN\s*\)|{_ULN}"),
    ("x LLN", rf"{_TIMES}{_S}{_LLN}|{_LLN}"),
    ("x normal", rf"{_TIMES}{_S}(?:the\s+)?normal(?:\s+(?:values?|levels?|range))?"),
    ("COUNT", rf"(?:(?:[x×X*]|times){_S})?10{_S}(?:\^|\*\*|\*|e|E|x)?{_S}\(?{_S}"
              rf"(?:[0-9]{{1,2}}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{{1,2}}){_S}\)?{_S}(?:cells?{_S})?(?:/|per){_S}(?:{_MU}{_LITRE}|{_CUBIC_MM}|m{_LITRE}|d{_LITRE}|n{_LITRE}|{_LITRE})"),
    ("x10^9/L", rf"(?-i:G){_S}/{_S}L|giga{_S}/{_S}L|(?-i:K){_S}/{_S}{_MU}L"
                rf"|(?:[x×X*]{_S})?1000{_S}/{_S}(?:{_MU}L|{_CUBIC_MM})"),
    # A bare "1.73 m" is the same body surface; not "1.73 m^1" or "m3", another power.
    ("mL/min/1.73m2", rf"m[lL]{_S}(?:/|per){_S}min(?:ute)?{_S}(?:/|per){_S}1[.,•·]73{_S}(?:{_M2}|m(?![a-z^\d]))"),
    ("mL/min/kg", rf"m[lL]{_S}(?:/|per){_S}min(?:ute)?{_S}(?:/|per){_S}kg|m[lL]{_S}/{_S}kg{_S}/{_S}min"),
    ("mL/min", rf"(?:m[lL]|cc|millilit(?:er|re)s?){_S}(?:/|per){_S}min(?:ute)?s?"
               r"|(?:m[lL]|millilit(?:er|re)s?)\s+an?\s+minute"),
    # eGFR in SI units ("≥ 0.83 mL/sec"): not "mL" with a stray "/sec".
    ("mL/s", rf"m[lL]{_S}(?:/|per){_S}s(?:ec(?:ond)?s?)?(?![a-z])"),
    # A count per millilitre ("CD4 > 200 cells/ml"): a thousand times the count per microlitre, exactly.
    ("cells/mL", rf"cells?{_S}(?:/|per){_S}(?:m{_LITRE}|millilit(?:er|re))"),
    ("/mm3", rf"(?:cells?{_S})?(?://?|per){_S}(?:\w+\s?\({_CUBIC_MM}\)|{_CUBIC_MM}|{_MU}{_LITRE})|cells?{_S}{_CUBIC_MM}"),
    ("kg/m2", rf"(?:kg|kil+ograms?){_S}(?:/|per){_S}{_M2}|kg\s*\.?\s*m\s*(?:2|²|\^\s*2|-2|\^\s*-2)"),
    ("mg/m2", rf"mg{_S}(?:/|per){_S}{_M2}"),
    ("mg/kg/day", rf"mg{_S}(?:/|per){_S}kg{_S}(?:/|per|a){_S}(?:day|d)\b"),
    ("mg/kg", rf"mg{_S}(?:/|per){_S}kg"),
    ("mg/dL", rf"(?:mg|milligrams?){_S}(?:/|per|%){_S}(?:{_DL}|100{_S}m{_LITRE})|mg{_S}%"),
    ("g/dL", rf"(?:gm?|grams?){_S}(?:/|per){_S}(?:{_DL}|100{_S}m{_LITRE})|g{_S}%"),
    ("ng/dL", rf"ng{_S}(?:/|per){_S}d{_LITRE}"),
    ("µg/dL", rf"{_MU}g{_S}(?:/|per){_S}d{_LITRE}"),
    ("mg/L", rf"(?:mg|milligrams?){_S}(?:/|per){_S}{_LITRE}"),
    ("g/L", rf"(?:g|grams?){_S}(?:/|per){_S}{_LITRE}"),
    ("µg/L", rf"{_MU}g{_S}(?:/|per){_S}{_LITRE}"),
    ("ng/mL", rf"ng{_S}(?:/|per){_S}m{_LITRE}"), ("ng/L", rf"ng{_S}(?:/|per){_S}{_LITRE}"),
    ("pg/mL", rf"pg{_S}(?:/|per){_S}m{_LITRE}"),
    ("µg/mL", rf"{_MU}g{_S}(?:/|per){_S}m{_LITRE}"),
    ("mg/mL", rf"mg{_S}(?:/|per){_S}m{_LITRE}"),
    ("mmol/mol", rf"mmol{_S}/{_S}mol"),
    ("mmol/L", rf"(?:mmol|millimoles?){_S}(?:/|per){_S}{_LITRE}|mM(?![a-zA-Z0-9²³^])(?!\s*(?:of\s+)?Hg)"),
    ("µmol/L", rf"{_MU}mol{_S}(?:/|per){_S}{_LITRE}|{_MU}M(?![a-zA-Z0-9²³^])"),
    ("nmol/L", rf"nmol{_S}(?:/|per){_S}{_LITRE}"),
    ("pmol/L", rf"pmol{_S}(?:/|per){_S}{_LITRE}"),
    ("mEq/L", rf"mEq{_S}(?:/|per){_S}{_LITRE}"),
    # "> 5 log10 IU/mL" is 100,000 IU/mL: without its "log10" the number reads 5 IU/mL.
    ("log10 copies/mL", rf"log{_S}10{_S}(?:copies|cp){_S}(?:/|per){_S}m{_LITRE}"),
    ("log10 IU/mL", rf"log{_S}10{_S}(?:IU|UI){_S}(?:/|per){_S}m{_LITRE}"),
    ("log10", r"log\s*10(?![\w/])"),
    ("mIU/mL", rf"m(?:IU|UI|lU){_S}(?:/|per){_S}m{_LITRE}|mU{_S}/{_S}m{_LITRE}"),
    ("µIU/mL", rf"{_MU}IU{_S}(?:/|per){_S}m{_LITRE}|mU{_S}/{_S}{_LITRE}"),
    # "40 International Units Per Liter" is "40 IU per liter", "International Units (IU)/millilitre (mL)" "IU/mL"
    ("IU/mL", rf"(?:IU|UI|{_IU_SPELLED}){_S}(?:/|per){_S}(?:m{_LITRE}|millilit(?:er|re)s?(?:\s*\(\s*mL\s*\))?)"),
    ("IU/L", rf"(?:IU|{_IU_SPELLED}){_S}(?:/|per){_S}{_LITRE}"),
    # Insulin and vitamin doses: "0.5 U/kg/day", "5U/day", "1000 IU/day" (a capital "U": units, here of insulin).
    # Slashed only: "1.5 IU per kg of body weight" is read as IU with its weight (`translator.fact_per_weight`), as
    # "1.5 international units (IU) per kilogram (kg) of body weight" is, so a restatement of one is the other.
    ("U/kg/day", rf"(?:(?-i:U)|units?){_S}/{_S}kg{_S}/{_S}(?:day|d)\b"),
    ("U/kg", rf"(?:(?-i:U)|units?){_S}/{_S}kg"),
    ("IU/kg/day", rf"IU{_S}/{_S}kg{_S}/{_S}(?:day|d)\b"),
    ("IU/kg", rf"IU{_S}/{_S}kg"),
    ("IU/day", rf"IU{_S}/{_S}(?:day|d)\b"),
    ("U/day", rf"(?-i:U){_S}/{_S}(?:day|d)\b"),
    ("U/mL", rf"U{_S}(?:/|per){_S}m{_LITRE}|units?{_S}(?:/|per){_S}m{_LITRE}"),
    ("U/L", rf"U{_S}(?:/|per){_S}{_LITRE}|units?{_S}(?:/|per){_S}{_LITRE}"),
    ("copies/mL", rf"(?:copies|cp){_S}(?:/|per){_S}m{_LITRE}|c{_S}/{_S}m{_LITRE}"),
    ("kPa", r"(?-i:kPa)|kilopascals?"),
    ("cGy", r"(?-i:cGy)|centigrays?"),
    ("Gy", r"(?-i:Gy)|grays?"),
    ("mOsm/kg", rf"mOsm{_S}/{_S}kg"),
    ("mmHg", r"mm\s*(?:of\s+)?Hg|millimet(?:er|re)s?\s+of\s+mercury|torr"),
    ("cmH2O", r"cm\s*H2O"),
    ("bpm", rf"bpm|beats?{_PER}min(?:ute)?|beats?\s*/\s*min"),
    ("breaths/min", rf"breath(?:e?s)?{_PER}min(?:ute)?|breath(?:e?s)?\s*/\s*min"),  # ("breathes/minute": a typo)
    ("pack-year", r"pack[\s-]*y(?:ea)?rs?|pack[\s-]*yr?s?"),
    ("cigarettes/day", rf"cigarettes?{_PER}(?:day|d)\b|cigarettes?\s+daily"),
    *((f"drinks/{per}", rf"(?:(?:alcoholic\s+)?drinks?|alcoholic\s+beverages?)(?:\s+of\s+(?:an?\s+)?alcohol(?:ic)?"
       rf"(?:\s+beverages?)?)?{_PER}{per}") for per in ("week", "day")),
    # Units are no drinks: a UK unit of alcohol (8 g) is not a US drink (14 g), and "20 units/day" is as often insulin.
    ("units/week", rf"(?:alcohol\s+)?units?(?:\s+of\s+alcohol)?{_PER}week"),
    ("units/day", rf"(?:alcohol\s+)?units?(?:\s+of\s+alcohol)?{_PER}day"),
    # ("5 episodes a week" is how often; not "1 episode/month", which the rewrite would make "1 times a month")
    ("times/day", rf"(?:times?|x){_PER}(?:day|d)\b|episodes?(?!\s*/){_PER}(?:day|d)\b|(?:times?|x)\s+daily"),
    ("times/week", rf"(?:times?|x){_PER}(?:week|wk)|episodes?(?!\s*/){_PER}(?:week|wk)|(?:times?|x)\s+weekly"),
    ("times/month", rf"(?:times?|x){_PER}month|episodes?(?!\s*/){_PER}month|(?:times?|x)\s+monthly"),
    ("times/year", rf"(?:times?|x){_PER}(?:year|yr)|episodes?(?!\s*/){_PER}(?:year|yr)|(?:times?|x)\s+yearly"),
    # "20 a minute" is "20/min", as "3 times a day" is "3 times/day" (`_PER`).
    ("/min", r"/\s*min(?:ute)?|per\s+min(?:ute)?|(?:an?|each|every)\s+minute"),
    ("%", r"[%％]|percent(?:age)?(?![a-z])|per\s*cent|pct\b"),
    ("°C", r"°\s*C|º\s*C|℃|<U\+2103>|degrees?\s+(?:C|celsius|centigrade)\b|C°|C"),
    ("°F", r"°\s*F|º\s*F|degrees?\s+(?:F|fahrenheit)\b|F"),
    ("percentile", r"(?:st|nd|rd|th)?\s*(?:percentile|centile)"),
    ("mm2", r"mm\s*(?:2|²|\^\s*2)|square\s+millimet(?:er|re)s?"),
    ("cm2", r"cm\s*(?:2|²|\^\s*2)|square\s+centimet(?:er|re)s?"),
    ("mSv", r"mSv"),
    ("dB", r"(?-i:dB)(?:\s*HL)?|decibels?(?:\s+hearing\s+level)?"),
    ("µm", rf"{_MU}m|micro(?:n|met(?:er|re))s?"),
    ("kg", r"kgs?|kilo(?:gram)?s?"),
    ("mg", r"mgs?|milligrams?"),
    ("µg", rf"{_MU}gs?|micrograms?"),
    ("ng", r"ng|nanograms?"),
    ("g", r"g|grams?|gm"),
    ("lb", r"lbs?|pounds?"),
    ("mL", rf"m{_LITRE}|millilit(?:er|re)s?|cc"),
    ("L", r"L|lit(?:er|re)s?"),
    ("IU", r"IU|international\s+units?"),
    ("m2", _M2),
    ("cm", r"cms?|centimet(?:er|re)s?"),
    ("mm", r"mm|millimet(?:er|re)s?"),
    ("m", r"m|met(?:er|re)s?"),
    ("inch", r"inch(?:es)?"),
    # no family: "ounce" is a weight (28.35 g) or a US fluid ounce (29.57 mL), and the text rarely says which
    ("oz", r"(?:fl(?:uid)?\.?\s*)?(?:oz\.?|ounces?)"),
    ("ms", r"(?-i:ms)|msecs?|milliseconds?"),  # not "MS" (multiple sclerosis)
    ("year", r"y(?:ea)?rs?\.?[\s-]+of[\s-]+age|y(?:ea)?rs?\.?[\s-]*olds?|years?|yrs?\.?|y\.\s?o\.?|y/o|yo|y"),
    ("month", r"months?(?:[\s-]*olds?\b|[\s-]+of[\s-]+age)?|mos?\.?|mths?"),  # ("6 weeks old": an age, as in years)
    ("week", r"weeks?(?:[\s-]*olds?\b|[\s-]+of[\s-]+age)?|wks?\.?"),
    ("day", r"days?(?:[\s-]*olds?\b|[\s-]+of[\s-]+age)?|d"),
    ("hour", r"hours?(?:[\s-]*olds?\b|[\s-]+of[\s-]+age)?|hrs?\.?|h"),
    ("minute", r"minutes?|mins?\.?"),
    ("second", r"seconds?(?!-(?:generation|line))|secs?\.?"),  # not "one second-generation antipsychotic"
    ("half-life", r"half[\s-]?li(?:fe|ves)"),
    ("times", r"times|x(?=[\s,;:)]|$)|-?\s*fold"),
    (None, r"points?|pts?\.?|cells?|score"),  # a dimensionless score or count: consumed, no unit
]  # fmt: skip

TIME_UNITS = ("year", "month", "week", "day", "hour", "minute", "second", "half-life")
# A bound on the reference limit itself: "above ULN", "< the upper limit of normal" (1 x ULN).
# "Above the normal range" is above its upper limit, "below normal limits" below its lower one.
# "< legal age of majority", "older than the age of legal consent": an age bound whose number the law sets.
_LEGAL_AGE = (
    r"(?:the\s+)?(?:minimum\s+)?legal\s+(?:adult\s+)?age(?:\s+of\s+(?:legal\s+)?(?:majority|consent|adulthood))?"
    r"|(?:the\s+)?age\s+of\s+(?:legal\s+)?(?:majority|consent|adulthood)"
)
REFERENCE_LIMITS = {"x ULN": _ULN, "x LLN": _LLN,
    "normal": r"(?:the\s+)?(?:institutional\s+)?(?:normal|reference)\s+(?:limits|range|interval|values?)",
    "legal age": _LEGAL_AGE,
}  # fmt: skip

_PLAIN_NAMES = {"unit" + str(i): canonical for i, (canonical, _) in enumerate(_UNITS)}
# Unit patterns end where a word ends, unless the unit itself ends in a symbol ("%", "°C").
UNIT_RE = re.compile(
    "|".join(rf"(?P<unit{i}>(?:{pattern})(?![a-zA-Z0-9µμ]))" for i, (_, pattern) in enumerate(_UNITS)),
    re.IGNORECASE,
)
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_COUNT_EXPONENT = re.compile(r"10\s*(?:\^|\*\*|\*|e|E|x)?\s*\(?\s*([0-9]{1,2})")
_COUNT_VOLUME = re.compile(r"(?:/|per)\s*(\S+)\s*$", re.IGNORECASE)


def match_unit(text: str, pos: int) -> tuple[str | None, int] | None:
    """The unit starting exactly at `pos` as (canonical name or None for a unitless score, end)."""
    m = UNIT_RE.match(text, pos)
    if m is None or m.lastgroup is None:
        return None
    canonical = _PLAIN_NAMES[m.lastgroup]
    surface = m.group()
    if canonical in ("mmol/L", "µmol/L") and len(surface) <= 2 and surface.endswith("m"):
        # "5 mM" is millimolar but "5 mm" is millimetres, "350 µm" micrometres: only a capital M is molar.
        canonical = "mm" if surface.lower() == "mm" else "µm"
    if canonical in ("L", "IU") and surface.islower() and not surface.startswith("international"):
        return None  # a lone "l" or "iu" is a typo or a word fragment, not litres; "international units" is IU
    bare_letter = surface in ("c", "f", "F", "C") and canonical in ("°C", "°F")
    if bare_letter and (surface.islower() or pos == 0 or text[pos - 1].isspace()):
        # A bare letter is a temperature only as a capital glued to the number ("38C", "100.4F");
        # the quantity scanner also checks the value is a body temperature.
        return None
    if canonical == "COUNT":
        canonical = _count_unit(surface)
    return canonical, m.end()


def _count_unit(surface: str) -> str:
    """'x 10^9/L', 'x 10^3/µL', '× 109/L' (a lost superscript) → one canonical per-litre name."""
    text = surface.translate(_SUPERSCRIPTS)
    exponent_match = _COUNT_EXPONENT.search(text)
    exponent = int(exponent_match.group(1)) if exponent_match else 0
    volume_match = _COUNT_VOLUME.search(text)
    volume = volume_match.group(1).lower() if volume_match else "l"
    if volume.startswith(("µ", "μ", "u", "mc", "micro")) or volume.startswith(("mm", "cu", "cmm", "cubic")):
        exponent += 6
    elif volume.startswith("ml"):
        exponent += 3
    elif volume.startswith("dl"):
        exponent += 1
    elif volume.startswith("nl"):
        exponent += 9
    return f"x10^{exponent}/L"


# Exact factors to a base unit, per family. Two units convert only within one family.
_FAMILIES: list[dict[str, Fraction]] = [
    {"year": Fraction(12), "month": Fraction(1)},
    {"week": Fraction(604800), "day": Fraction(86400), "hour": Fraction(3600), "minute": Fraction(60),
     "second": Fraction(1), "ms": Fraction(1, 1000)},
    {"kg": Fraction(1000), "g": Fraction(1), "mg": Fraction(1, 1000), "µg": Fraction(1, 10**6),
     "ng": Fraction(1, 10**9), "lb": Fraction(45359237, 100000)},
    {"g/L": Fraction(1), "g/dL": Fraction(10), "mg/dL": Fraction(1, 100), "mg/L": Fraction(1, 1000),
     "mg/mL": Fraction(1), "µg/mL": Fraction(1, 1000), "µg/L": Fraction(1, 10**6), "ng/mL": Fraction(1, 10**6),
     "µg/dL": Fraction(1, 10**5), "ng/dL": Fraction(1, 10**8), "pg/mL": Fraction(1, 10**9), "ng/L": Fraction(1, 10**9)},
    {"mmol/L": Fraction(1), "µmol/L": Fraction(1, 1000), "nmol/L": Fraction(1, 10**6), "pmol/L": Fraction(1, 10**9)},
    {"mL": Fraction(1), "L": Fraction(1000)},
    {"m": Fraction(100), "cm": Fraction(1), "mm": Fraction(1, 10), "inch": Fraction(254, 100)},
    {"mIU/mL": Fraction(1), "µIU/mL": Fraction(1, 1000), "IU/mL": Fraction(1000), "IU/L": Fraction(1)},
    {"U/L": Fraction(1), "U/mL": Fraction(1000)},
    {"U/day": Fraction(1), "units/day": Fraction(1)},  # "U" is short for units: "30 U/day" is "30 units a day"
    {"Gy": Fraction(100), "cGy": Fraction(1)},
]  # fmt: skip


def _count_factor(unit: str) -> Fraction | None:
    """Per-litre counts: 'x10^9/L' → 10^9, '/mm3' → 10^6 (a cubic millimetre is a microlitre)."""
    if unit == "/mm3":
        return Fraction(10**6)
    if unit == "cells/mL":
        return Fraction(10**3)
    m = re.fullmatch(r"x10\^(\d+)/L", unit)
    return Fraction(10 ** int(m.group(1))) if m else None


# A bare rate per minute ("pulse > 100/min", "respiratory rate 20/min") counts what its criterion measures, which
# a bullet may name ("100 beats a minute", "20 breaths a minute"). Not beats for breaths: no family of one factor.
_COUNTS_PER_MINUTE = ("bpm", "breaths/min")


def convert(value: float, unit: str, to_unit: str) -> float | None:
    """`value` in `unit` expressed in `to_unit`, or None if there is no exact factor between them."""
    if unit == to_unit or {unit, to_unit} in ({"/min", count} for count in _COUNTS_PER_MINUTE):
        return value
    source, target = _count_factor(unit), _count_factor(to_unit)
    if source is None or target is None:
        source = target = None
        for family in _FAMILIES:
            if unit in family and to_unit in family:
                source, target = family[unit], family[to_unit]
                break
    if source is None or target is None:
        return None
    return float(Fraction(value) * source / target)


def plausible(unit: str | None, value: float, surface: str) -> bool:
    """A bare "C"/"F" after a number is a temperature only for a body temperature ("38C", "100.4F")."""
    if unit == "°C" and surface == "C":
        return 30 <= value <= 45
    if unit == "°F" and surface == "F":
        return 86 <= value <= 113
    return True


def same_measure(value: float, unit: str | None, other: float, other_unit: str | None) -> bool:
    """Whether two amounts are equal once converted exactly (within float rounding)."""
    if unit is None or other_unit is None:
        return unit == other_unit and value == other
    converted = convert(value, unit, other_unit)
    return converted is not None and abs(converted - other) <= 1e-9 * max(1.0, abs(other))


def _amounts_match(fact: Fact, other: Fact) -> bool:
    """Same bounds, after an exact unit conversion; a unitless number matches the same age in years, or type."""
    for mine, theirs in ((fact.low, other.low), (fact.high, other.high)):
        if (mine is None) != (theirs is None):
            return False
        if mine is None or theirs is None:
            continue
        if fact.unit is None or other.unit is None:
            # "You are 18 to 75" restates "aged 18-75 years", "type I or II" "(I or II"; but "10" is not
            # "10 pack-years", "24" (of "weeks 12 and 24") is not "24 months", and a score ("Lansky score >60") no age.
            named = fact.age or other.age or "type" in (fact.unit, other.unit)
            if mine != theirs or not named or fact.score or other.score:
                return False
        elif not same_measure(mine, fact.unit, theirs, other.unit):
            return False
    return True


def _relations_match(fact: Fact, other: Fact) -> bool:
    numbered = fact.low is not None or fact.high is not None
    if numbered and (_elapsed(fact, other) or _elapsed(other, fact)):
        return True
    before = fact.relation == other.relation == "before"
    if not ((same_event_before if before else same_event)(fact.anchor, other.anchor)
            or bare_during(*((f.text, f.relation, f.anchor) for f in (fact, other)))):
        return False
    if fact.relation == other.relation:
        return True
    pair = {fact.relation, other.relation}
    if "within" in pair and pair & {"before", "after", "since"}:
        # "within 6 months" states no direction; "in the past 6 months" is one reading of it. Its event may
        # leave only one: "within 7 days of symptom onset" is not "in the 7 days before symptoms began".
        within, directed = (fact, other) if fact.relation == "within" else (other, fact)
        return directed.relation in within_reads(within.anchor or directed.anchor, ahead=within.ahead)
    if pair == {"since", "after"}:
        return True  # "at least 4 weeks since surgery" is "at least 4 weeks after surgery", counted to now
    return not numbered and (pair == {"past", "before"} or at_a_point(pair, fact.anchor))


def _elapsed(since: Fact, ago: Fact) -> bool:
    """Time since an event against a look-back from now: "<= 5 years since diagnosis" and "diagnosed no more
    than 5 years ago" both say the event lies at most 5 years back. Not a "before" of a named or unknown event
    ("5 years before surgery"): only a window that counts back from now restates the time since."""
    return since.relation == "since" and ago.relation == "before" and ago.anchor is None and ago.from_now


_LEADING_DIRECTION = re.compile(r"\s*(?:after|before|following|prior\s+to)\b", re.IGNORECASE)


def _comparators_match(fact: Fact, other: Fact) -> bool:
    """Same comparator, or a window whose bound its words imply against an exact or strict one.

    "in the 30 days before joining the study" and "within 3 months" say how far a window reaches, and
    leave open whether its far end is in it; so they restate an eligibility criterion's bare "30 days
    before inclusion" (read as the window, as criteria mean it) and "less than 3 months". Not "at least
    30 days before", which is the opposite window, nor a bound stated with a comparator.
    """
    if fact.comparator == other.comparator:
        return True
    implied, plain = (fact, other) if fact.implied_bound else (other, fact)
    if not implied.implied_bound or implied.comparator is not Comparator.LE or plain.kind is not FactKind.TEMPORAL:
        return False
    # The same direction, strictly: "after 2 weeks" is no reading of "within 2 weeks".
    if plain.relation != implied.relation or plain.relation not in ("before", "after"):
        return False
    if plain.comparator is Comparator.LT:
        return True
    # "30 days before inclusion", "6 months ago": the amount, then its direction.
    return plain.comparator is Comparator.EQ and _LEADING_DIRECTION.match(plain.text) is None


def _bound(fact: Fact) -> Fact:
    """An exact or strict window as the upper bound it is compared by against an implied one."""
    value = fact.high if fact.high is not None else fact.low
    return fact.model_copy(update={"comparator": Comparator.LE, "low": None, "high": value})


def equivalent(fact: Fact, other: Fact) -> bool:
    """Whether `other` states the same fact as `fact`, allowing faithful restatements.

    Equal keys are equivalent. Beyond that: exact unit conversions (4 weeks = 28 days, 1.5 g/dL = 15 g/L), a number
    without a unit against the same age ("aged 18-75 years" vs "you are 18 to 75"), an undirected window against a
    directed one with the same anchor ("within 6 months" vs "in the past 6 months"), and a bare time amount that one
    side calls a value and the other a window without an anchor ("< 3 months" vs "for less than 3 months"), time
    since an event against the same look-back from now (`_elapsed`), and a window's implied bound against an exact
    or strict one (`_comparators_match`). Labels must agree ("inadequate" and "reduced" do: "inadequate organ
    function" is the "organs do not work well enough" of `translator.results`), anchors name the same event
    (`translator.anchors.same_event`); all negations are alike (they are compared by count).
    """
    if fact.kind is FactKind.NEGATION or other.kind is FactKind.NEGATION:
        return fact.kind is other.kind
    if fact.key == other.key:
        return True
    if (fact.label != other.label and {fact.label, other.label} != {"inadequate", "reduced"}) or not _comparators_match(
            fact, other):
        return False
    if fact.kind is other.kind:
        if fact.comparator != other.comparator:
            fact, other = _bound(fact), _bound(other)
        return _relations_match(fact, other) and _amounts_match(fact, other)
    value, window = (fact, other) if fact.kind is FactKind.VALUE else (other, fact)
    if value.unit not in TIME_UNITS or window.anchor is not None or (window.low is None and window.high is None):
        return False
    return _amounts_match(fact, other)
