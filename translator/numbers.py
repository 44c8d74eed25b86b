"""Numbers and comparators as criteria write them, and their normalised values.

Criteria mix digits ("1.5", "100,000", decimal commas "1,5"), number words ("two", "twenty-five",
"twice") with or without a repeat in brackets ("three (3) months"), Roman numerals after a stage
or class label, and many ways to bound a value ("≥", "=>", "> or =", "at least", "no more than",
"or older", "18+"). This module holds those surface forms as regex fragments and turns a match
into a float or a `Comparator`; `translator.quantities` assembles them into facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from translator.fact_systems import system_before
from translator.facts import Comparator

_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
# "twice" is a count of times; "once" only counts when a frequency follows, which the unit decides.
MULTIPLIER_WORDS = {"once": 1, "twice": 2, "thrice": 3, "double": 2, "triple": 3, "quadruple": 4}

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}

# Words that carry a count: "mean of triplicate ECGs", "measured in duplicate" (the average of three ECGs), and
# "bidimensionally measurable" (measurable in two dimensions; "unidimensional", in one).
_COUNT_WORDS = {"duplicate": 2, "triplicate": 3, "quadruplicate": 4, **{
    f"{prefix}dimensional{ly}": count for prefix, count in (("uni", 1), ("bi", 2)) for ly in ("", "ly")}}
_COUNT_ALTS = [word.replace("dimensional", "-?dimensional") for word in _COUNT_WORDS]

_WORD_ALTS = "|".join(sorted([*_UNITS_WORDS, *_TENS_WORDS, *_COUNT_ALTS, "hundred"], key=len, reverse=True))
_DIGIT_WORDS = "|".join(w for w in _UNITS_WORDS if 0 < _UNITS_WORDS[w] < 10)
NUMBER_WORD = rf"(?:(?:{'|'.join(_TENS_WORDS)})[\s-](?:{_DIGIT_WORDS})|{_WORD_ALTS})"

# A digit number: thousands groups, a decimal point or a decimal comma (one or two digits after the
# comma; three digits is a thousands group, as in "1,500/mm3"), or a bare leading point (".5").
# A vulgar fraction after a whole number or alone ("4½ hours", "½ pack") is part of the number.
# A comma between small integers that a list goes on from ("ECOG 0,1,2", "1,2 or 3", "items 3,5 and 7") parts the
# list's members, not a decimal: not after a comma and a digit, nor before another one or before "or"/"and" and a
# whole number ("between 18,5 and 25,0" is a range of decimals).
VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_DECIMAL_COMMA = r"(?<!\d,)\d+,\d+(?!,\d|\s*(?:,\s*)?(?:or|and)\s+\d+(?!\d|[.,]\d))"
DIGITS = (rf"(?:\d{{1,3}}(?:,\d{{3}})+(?![,.]?\d)(?:\.\d+)?|{_DECIMAL_COMMA}[½¼¾⅓⅔]?"
          r"|\d+(?:[.·]\d+)?[½¼¾⅓⅔]?|\.\d+(?!\.\d)|[½¼¾⅓⅔])")

# A number is never part of a name or code: "HbA1c", "CD4", "COVID-19", "IL-6", "5-FU", "T2DM"; but a typo
# may glue it to "within", "than" or "to" ("within12 weeks", "Age greater than18 years", "18 to75 years"), or to
# the broken bound ">/" (">/3 consecutive beats").
# Lookbehind rejects a letter or a letter-hyphen before it; lookahead rejects a letter glued after
# it unless a unit starts there (the quantity scanner checks that separately).
_WORDS = f"{NUMBER_WORD}|{'|'.join(MULTIPLIER_WORDS)}"
_BEFORE_NUMBER = (r"(?:(?<=[<>]_)|(?<=[≥≤]\.)|(?<=within)|(?<=\bthan)|(?<=\bto)|(?<=>/)|(?<![\w.,/^])(?<![A-Za-z]-)"
                  r"(?<![A-Za-z]\)-))")
# "unless it was a single one": "one" after "single" stands for the thing counted, which "single" already counts.
NUMBER = rf"{_BEFORE_NUMBER}(?:(?=[\d.½¼¾⅓⅔]){DIGITS}|\b(?=[a-zA-Z])(?!(?<=single\s)one\b)(?:{_WORDS})\b)"
NUMBER_RE = re.compile(NUMBER, re.IGNORECASE)
SIGNED_RE = re.compile(rf"[-−–]?\s?{DIGITS}")

# "three (3) months", "3 (three) months": the bracketed repeat is the same number, said twice.
REPEAT_RE = re.compile(rf"\s*\(\s*(?:{DIGITS}|{NUMBER_WORD})\s*\)", re.IGNORECASE)
ROMAN_RE = re.compile(r"\b(?:VIII|VII|VI|IV|IX|V|III|II|I|X)(?:[a-cA-C](?![a-zA-Z]))?(?![a-zA-Z])", re.IGNORECASE)


def parse_number(surface: str) -> float | None:
    """The value of a digit number, number word or multiplier word; None if it is none of those."""
    text = surface.strip().lower().replace("−", "-").replace("–", "-").replace(" ", "")
    if not text:
        return None
    word = text.replace("-", " ")
    if word in _UNITS_WORDS:
        return float(_UNITS_WORDS[word])
    if word in _TENS_WORDS:
        return float(_TENS_WORDS[word])
    if text.replace("-", "") in _COUNT_WORDS:
        return float(_COUNT_WORDS[text.replace("-", "")])
    if word == "hundred":
        return 100.0
    if word in MULTIPLIER_WORDS:
        return float(MULTIPLIER_WORDS[word])
    compound = surface.strip().lower().replace("-", " ").split()
    if len(compound) == 2 and compound[0] in _TENS_WORDS and compound[1] in _UNITS_WORDS:
        return float(_TENS_WORDS[compound[0]] + _UNITS_WORDS[compound[1]])
    if text[-1] in VULGAR:
        whole = parse_number(text[:-1]) if len(text) > 1 else 0.0
        return None if whole is None else whole + VULGAR[text[-1]]
    text = text.replace("·", ".")
    if re.fullmatch(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        text = text.replace(",", "")
    elif re.fullmatch(r"-?\d+,\d{1,2}", text):
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def parse_roman(surface: str) -> tuple[float | None, str | None]:
    """'III' → (3, None); 'IIIb' → (None, '3B'): a sub-stage letter makes it a label, not a number."""
    head = surface.rstrip("abcABC")
    value = ROMAN.get(head.upper())
    if value is None:
        return None, None
    if head != surface:
        return None, f"{value}{surface[len(head):].upper()}"
    return float(value), None


def fold(surface: str) -> str:
    """A matched phrase as a lookup key: case-folded (so "ſ" and the Kelvin sign, which IGNORECASE
    matches as "s" and "k", fold too) and without whitespace."""
    return "".join(surface.casefold().split())


def _alts(phrases: list[str], reverse: bool = False) -> str:
    """An alternation of phrases, longest first, with any run of spaces matching any whitespace;
    with `reverse`, of the phrases spelled backwards (to match them in a reversed string)."""
    ordered = sorted(phrases, key=len, reverse=True)
    spaces = {p: r"\s*" if not p[0].isalpha() else r"\s+" for p in ordered}
    return "|".join(re.escape(p[::-1] if reverse else p).replace(r"\ ", spaces[p]) for p in ordered)


PREFIX_COMPARATORS: dict[Comparator, list[str]] = {
    Comparator.GE: [
        # "= >" (a spaced "=>") reads as "at least", as "=>" does; never as a bare ">".
        "≥", "≧", "⩾", ">=", "=>", "= >", "> =", ">/=", "=/>", "> or =", ">or=", "≥=", "=≥", "> / =", ">_", "=or>",
        "> or equal to", ">or equal to", "> or equal",
        # "Age >= to 18 years", "> or = to 1.0": a "to" left after the symbol, as if it were the words
        ">= to", "=> to", "> = to", ">/= to", "> or = to", "≥ to",
        # "≥ or = to 70%": the symbol then its "or equal" written out again
        "≥ or = to", "≥ or =",
        "greater than or equal to", "greater than or equal", "greater or equal to", "greater or equal",
        "more than or equal to", "higher than or equal to", "equal to or greater than", "equal to or more than",
        "equal or greater than", "equal to or higher than", "equal or more than", "equal to or above",
        "at least", "no less than", "not less than", "no fewer than", "not fewer than", "no younger than",
        "not younger than", "a minimum of", "minimum of", "minimum", "min.", "not below", "not under",
        "not lower than", "no lower than", "no earlier than", "not earlier than", "no sooner than",
        "not sooner than", "not <", "over or equal to", "&gt;=", "&ge;", "&gt;/=", "at or above", "at or over",
        # "greater than equal to": the "or" left out, as trial texts write it
        "greater than equal to", "more than equal to", "higher than equal to",
        # "> equal to": the "or" left out after a symbol
        "> equal to", ">equal to",
        "above or equal to", "above or equal", "higher or equal to", "higher or equal",
        # "greater than/equal to": the "or" written as a slash
        "greater than/equal to", "greater than / equal to", "more than/equal to", "greater/equal to",
        "greater than and equal to", "more than and equal to", "higher than and equal to",
        # "more or equal to 30 mL/min", "upper or equal to 2" (French "supérieur ou égal"): the "than" left out
        "more or equal to", "more or equal", "older than or equal to", "upper or equal to", "superior or equal to",
        "equal or more", "equal or greater", "equal or higher than", "equal or higher", "equal or superior to",
        "equal or superior",
        # ">/ 50 kg", "(>/3 consecutive ventricular ectopic beats)", "(>/ 1 dose)": ">/=" with its "=" lost, as the
        # same records write it; sustained ventricular tachycardia is 3 or more beats, so not a bare ">".
        ">/",
        # "= or greater Grade 2": "≥" in words after its symbol, not the "greater" (without "than") alone
        "= or greater", "= or more",
        # "LDL ≥.3.24 mmol/L": a stray dot after the symbol (`DIGITS` reads no ".3" before ".24")
        "≥.",
        # "Adult subjects least 18 years of age", "for least 2 years": "at least" with its "at" lost
        "least",
        # "a cut-off score of or greater than 41": "of 41 or greater" with the number said once, after its bound
        "of or greater than", "of or more than", "of or higher than", "of or above", "of or over",
    ],
    Comparator.GT: [
        ">", "greater than", "more than", "higher than", "larger than", "older than", "over", "above",
        "exceeding", "exceeds", "exceed", "in excess of", "beyond", "longer than", "later than", "≻", "˃", "&gt;",
        "deeper than", "bigger than", "wider than", "heavier than", "taller than",
        # "more 185 mmHg", "tumor size greater 2 cm": the "than" left out
        "more", "greater",
    ],
    Comparator.LE: [
        "≤", "≤.", "≦", "⩽", "<=", "=<", "= <", "< =", "</=", "=/<", "< or =", "<or=", "≤=", "< / =", "<_", "=or<",
        "< or equal to", "<or equal to", "< or equal",
        "<= to", "=< to", "< = to", "</= to", "< or = to", "≤ to", "≤ or = to", "≤ or =",
        # "will be capped at 40%": a cap is a ceiling
        "capped at",
        "less than or equal to", "less than or equal", "less or equal to", "less or equal",
        "lower than or equal to", "equal to or less than", "equal or less than", "equal to or lower than",
        "equal to or below", "fewer than or equal to", "at most", "no more than", "not more than",
        "no greater than", "not greater than", "not exceeding", "not to exceed", "not to exceed", "not above",
        "not over", "no older than", "not older than", "no higher than", "not higher than", "up to",
        "up to and including", "a maximum of", "maximum of", "maximum", "max.", "max", "no longer than",
        "not longer than", "no later than", "not later than", "not exceed", "does not exceed", "&lt;=", "&le;",
        "&lt;/=", "less than equal to", "lower than equal to", "fewer than equal to", "< equal to", "<equal to",
        "below or equal to", "below or equal", "lower or equal to", "lower or equal", "at or below", "at or under",
        "less than/equal to", "less than / equal to", "fewer than/equal to", "less/equal to",
        "less than and equal to", "lower than and equal to", "fewer than and equal to",
        "inferior or equal to", "inferior or equal", "younger than or equal to", "equal or less", "equal or lower",
        "equal or inferior to", "equal or inferior",
        # "DBP /< 50 mm Hg": "=/<" with its "=" lost, as ">/" is ">/=" (a "<" then "/" is "</", "</=" without it)
        "/<", "</",
        # "≤72 hours and not >7 days prior": a negated symbol is the bound "not more than" says in words. Not "no >"
        # ("have no > Grade 1 AEs" denies the events, not the bound) nor "not ≥" (said "not 20 ms or more", a
        # negation before its own bound).
        "not >",
        # "until 6 months after the last dose" is the window "up to 6 months after" it.
        "until", "till", "through", "thru",
        # "until at 5 months after the last dose": an "at" left over from a rewording, still the bound of "until"
        "until at", "till at",
    ],
    Comparator.LT: [
        "<", "less than", "lower than", "fewer than", "younger than", "under", "below", "shorter than",
        "smaller than", "earlier than", "sooner than", "≺", "˂", "&lt;", "lighter than", "thinner than",
        "shallower than", "narrower than",
    ],
    Comparator.EQ: ["=", "equal to", "equals", "exactly", "of exactly"],
}  # fmt: skip

SUFFIX_COMPARATORS: dict[Comparator, list[str]] = {
    Comparator.GE: [
        "or more", "or greater", "or above", "or higher", "or older", "or over", "or longer", "or later",
        "or worse", "and more", "and older", "and above", "and over", "and up", "and higher", "and greater",
        "or more than", "or greater than", "or beyond", "or after", "or larger", "or bigger",
    ],
    Comparator.LE: [
        "or less", "or fewer", "or lower", "or below", "or younger", "or under", "or shorter", "or earlier",
        "or better", "and under", "and below", "and younger", "and less", "and lower",
        "or sooner", "or before", "or smaller", "at most", "at the most",
    ],
}  # fmt: skip

# Words that carry an age without the word "age": "older than 18", "18 or younger".
AGE_WORDS = ("older", "younger", "old")

_PREFIX_ITEMS = [(c, p) for c, ps in PREFIX_COMPARATORS.items() for p in ps]
_SUFFIX_ITEMS = [(c, p) for c, ps in SUFFIX_COMPARATORS.items() for p in ps]
_PREFIX_LOOKUP = {fold(p): c for c, p in _PREFIX_ITEMS}
_SUFFIX_LOOKUP = {fold(p): c for c, p in _SUFFIX_ITEMS}

_SYMBOLIC = [p for _, p in _PREFIX_ITEMS if not p[0].isalpha()]
_WORDY = [p for _, p in _PREFIX_ITEMS if p[0].isalpha()]
# "not >7 days": a negated symbol, tried before the symbols (the first branch that matches wins, and ">" alone would).
_NEGATED = [p for p in _WORDY if p.split()[-1][0] in "<>≤≥"]
PREFIX_ALTERNATION = rf"(?<![<>=≥≤/])(?:{_alts(_SYMBOLIC)})|(?<!\w)(?:{_alts(_WORDY)})"
# The comparator must end right before the number, optionally followed by "the age of" / "age" and
# by "(" or ":", or itself in brackets ("less than or equal to (≤) 90%"). "at least the equivalent of
# 1 week", "up to a total of 6 cycles": words that measure the amount leave the comparator on it.
# Matched against the reversed text before the number: one attempt instead of a search over every
# position of the window.
_PREFIX_REVERSED_RE = re.compile(
    r"\s*(?:[:(]|(?P<close>\)))?\s*(?:(?P<age>(?:\s*fo)?\s*ega(?:\s+eht)?\s*)"
    r"|\s*fo\s+(?:tnelaviuqe|latot)\s+(?:eht|na|a)\s+"
    # "minimum score of 80%", "maximum daily dose of 60 mg": the bound names what it bounds before the
    # number; not "maximum tolerated dose of 3 mg", a named dose (the MTD) that equals the number.
    # ("the half-maximum dose of 1125 mg" is a dose of its own, half the maximum, not bounded by it)
    r"|\s*fo(?:\s+(?!detarelot\b)[a-z][\w-]*){1,3}?\s+(?=(?:muminim|mumixam)\b(?!-))"
    # "minimum weight 50 kg", "your minimum weight is 50 kg": the weight named without "of" is bounded the same (only
    # it: "Maximum diameter >4cm" is no bound on the 4 of its own)
    r"|\s*(?:si\s+)?thgiew\s+(?=(?:muminim|mumixam)\b))?"
    rf"(?P<cmp>(?:{_alts(_NEGATED, reverse=True)})(?!\w)"
    rf"|(?:{_alts(_SYMBOLIC, reverse=True)})(?![<>=≥≤/])|(?:{_alts(_WORDY, reverse=True)})(?!\w))"
    r"(?(close)\s*\()",
    re.IGNORECASE,
)
# "within 30 days or greater than (>) 499 mL": a "than" before a number bounds that number, not the one before it.
SUFFIX_RE = re.compile(
    # "within past 6 months, or after last PSG confirmation": after a comma, "or after"/"or before" opens a clause of
    # its own, not the bound "6 months or after"
    rf"\s*(?!,\s*or\s+(?:after|before)\b)[,(]?\s*(?P<cmp>{_alts([p for _, p in _SUFFIX_ITEMS])})(?![a-zA-Z])"
    r"(?!(?:(?<=than)|\s+than)\s*(?:\(\s*[<>≤≥=/]+\s*\)\s*)?[\d.])"
    # "140 to 199 mg/dl or above 200 mg/dl": "above"/"below"/"over"/"under" right before a number bounds that number
    # (not "or more"/"or less": "2 or fewer 16 x 16 cm fields", "1 or more 125 μm or more" keep their bound)
    # ("8 weeks at most": not "5 mg at most 3 times", whose bound is the number after it)
    r"(?!(?:(?<=above)|(?<=below)|(?<=over)|(?<=under)|(?<=most))\s+\d)",
    re.IGNORECASE,
)
# "adds up to", "added up to": the verb of a sum before "up to" (the bound, if any, is said after the number)
_ADDS_UP_RE = re.compile(r"\badd(?:s|ed|ing)?\s+$", re.IGNORECASE)
PLUS_RE = re.compile(r"\s?\+(?![\w+])")


@dataclass(frozen=True, slots=True)
class Prefix:
    """A comparator written before a number: "at least", "≥", "over the age of"."""

    comparator: Comparator
    start: int
    age: bool
    system: str | None = None  # a grading system named between the bound and its level ("> CTCAE grade 3")


def find_prefix(text: str, end: int, floor: int = 0, reach: int = 60, *, systems: bool = False) -> Prefix | None:
    """The comparator that ends right before `end` (looking back at most `reach` characters, not before `floor`).

    With `systems`, also one written before the name of a grading system that ends there: in "> CTCAE Grade 3"
    and "≤ ECOG 1" the comparator bounds the level after the name (`translator.fact_systems`)."""
    window = text[max(floor, end - reach) : end]
    m = _PREFIX_REVERSED_RE.match(window[::-1])
    if m is None:
        named = system_before(text, end, floor) if systems else None
        inner = find_prefix(text, named[1], floor, reach) if named else None
        return None if inner is None or named is None else replace(inner, system=named[0])
    surface = m.group("cmp")[::-1]
    if surface.lower() == "up to" and _ADDS_UP_RE.search(text, max(floor, end - m.end() - 12), end - m.end()):
        return None  # "your OFF time adds up to 2 hours or more": a total, not the bound "up to"
    age = bool(m.group("age")) or surface.lower().split()[0] in AGE_WORDS
    comparator, start = prefix_comparator(surface), end - m.end()
    if comparator in _DENIED and (denied := _DENIED_CHANGE_RE.search(text, max(floor, start - 40), start)):
        return Prefix(_DENIED[comparator], denied.start(), age)
    return Prefix(comparator, start, age)


# "no drop of more than 20 mm Hg" is a drop of 20 mm Hg at most, as "no more than a 20 mm Hg drop" says: the "no" of
# a change bounded by a comparator turns the bound round and is no negation of its own (only a change: "no history of
# more than 2 seizures" keeps its "no"). So do "absence of" and "without" ("Absence of weight change more than 3 kg").
_DENIED_CHANGE_RE = re.compile(r"\b(?:(?:no|absence\s+of|without(?:\s+an?)?)\s+(?:[a-z]+\s+)?"
                               r"(?:drop|fall|decrease|decline|reduction|increase|rise|change)s?\s+(?:of\s+)?"
                               # the verb's: "has not changed by more than 3 kg"
                               r"|(?:not|never)\s+(?:been\s+)?(?:drop(?:ped)?|fall(?:en)?|fell|decreased?|declined?"
                               r"|reduced?|increased?|ris(?:e|en)|rose|changed?)\s+(?:by\s+)?)$", re.IGNORECASE)
_DENIED = {Comparator.GT: Comparator.LE, Comparator.GE: Comparator.LT, Comparator.LT: Comparator.GE,
           Comparator.LE: Comparator.GT}


def prefix_comparator(surface: str) -> Comparator:
    return _PREFIX_LOOKUP.get(fold(surface), Comparator.EQ)


def suffix_comparator(surface: str) -> Comparator:
    return _SUFFIX_LOOKUP.get(fold(surface), Comparator.EQ)


def range_suffix(text: str, end: int) -> tuple[Comparator, int, int] | None:
    """The bound written right after a range that ends at `end` ("grade 1/2 or higher", "2-3 or more", "I-II or
    lower"), as (comparator, index of the range value it keeps, end): the range is then a floor at its first value
    or a ceiling at its last. Reading the range alone would let a translation drop "or higher" unnoticed."""
    suffix = SUFFIX_RE.match(text, end)
    if suffix is None or "(" in text[end : suffix.start("cmp")]:
        return None  # "1-2 (or more if …)": a clause that widens it in some cases, not a bound
    comparator = suffix_comparator(suffix.group("cmp"))
    return comparator, -1 if comparator in (Comparator.LT, Comparator.LE) else 0, suffix.end()


def format_number(value: float) -> str:
    """Digits a reader (and `parse_number`) reads back as the same value: 18, 1.5, 0.001, 100000."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    text = f"{value:.12f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"
