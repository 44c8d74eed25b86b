"""What a bare number counts: "at most 2 doses" is no end of "ECOG 0-2".

A number without a unit matches the same number of its sources (`translator.units.equivalent`), and a
one-sided bound matches the same end of a range ("at most 2" restates the end of "ECOG 0 to 2": the same
fact said twice). But a bullet number that counts a thing its sources never name ("2 doses", "3 cycles",
"2 separate visits") is a new fact, whatever number the sources have: it was made up.

A source's "(s)" says "one or more": "reduction of fracture(s)" said as "the reduction of one or more fractures"
invents nothing (`plural_said`), nor does "multiple cancers" (or "non-singleton pregnancies") said as "more than one
cancer" ("baby"), nor "one" where a source says a word that means one ("unilateral": on one side). A point in time a
bullet names on its own where the source names it as one of a list or as a modifier ("at screening and
randomization" said "at screening and at randomization", "a screening urine test" said "a urine test at screening")
invents no window either (`said_otherwise`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from translator.anchors import ANCHOR_RE, match_anchor
from translator.fact_levels import DIAGNOSIS_AFTER
from translator.facts import Comparator, Fact, FactKind, extract_facts
from translator.fidelity_expansions import expansion_said

# Things criteria count: a number before one of these says how many of them.
_COUNTED_RE = re.compile(
    r"\s*(?:separate\s+|different\s+|consecutive\s+|prior\s+|previous\s+)?"
    r"(?P<noun>doses?|cycles?|courses?|lines?|regimens?|episodes?|visits?|tablets?|capsules?|injections?"
    r"|infusions?|attacks?|occasions?|seizures?|relapses?|exacerbations?|hospitali[sz]ations?|admissions?)\b",
    re.IGNORECASE,
)


def counts_unnamed(text: str, fact: Fact, sources: Iterable[str]) -> bool:
    """Whether the unitless number `fact` of `text` counts a thing that none of `sources` names."""
    # A window with no number ("before the initial study drug dose") counts nothing.
    if fact.unit is not None or (fact.low, fact.high) == (None, None):
        return False
    m = _COUNTED_RE.match(text, fact.end)
    if m is None:
        return False
    stem = re.compile(rf"\b{m.group('noun').casefold().rstrip('s')[:8]}", re.IGNORECASE)
    return not any(stem.search(source) for source in sources)


_ONE_OR_MORE = re.compile(r"(?:one|1)\s+or\s+more\s+(?P<noun>[A-Za-z]{3,})", re.IGNORECASE)


def plural_said(text: str, fact: Fact, sources: Iterable[str]) -> bool:
    """Whether `fact` of `text` is "one or more <things>" where a source writes "<thing>(s)"."""
    m = _ONE_OR_MORE.match(text, fact.start)
    if m is None or fact.unit is not None or fact.comparator is not Comparator.GE or fact.low != 1:
        return False
    stem = re.escape(m.group("noun").casefold()[:5])
    return any(re.search(rf"\b{stem}[a-z]*\((?:s|es)\)", source, re.IGNORECASE) for source in sources)


_MORE_THAN_ONE = re.compile(r"(?:more\s+than\s+(?:one|1)|(?:two|2)\s+or\s+more)\s+(?P<noun>[A-Za-z]{3,})",
                            re.IGNORECASE)


def _multiple_said(text: str, fact: Fact, sources: Iterable[str]) -> bool:
    """Whether `fact` of `text` is "more than one <thing>" where a source says "multiple <things>"."""
    m = _MORE_THAN_ONE.match(text, fact.start)
    if m is None or fact.unit is not None or (fact.comparator, fact.low) not in (
            (Comparator.GT, 1), (Comparator.GE, 2)):
        return False
    stem = re.escape(m.group("noun").casefold()[:5])
    return any(re.search(rf"\bmultiple\s+{stem}", source, re.IGNORECASE) or _NOT_SINGLE.search(source)
               or _MULTIFOCAL.search(source) for source in sources)


# "Non-singleton pregnancies" and "multiple (order) pregnancies" or "gestations": more than one baby, whatever noun the
# bullet counts them by; "multifocal" lesions are in more than one spot, whatever the bullet calls it (as "unifocal"
# is one).
_NOT_SINGLE = re.compile(r"\bnon[\s-]?singletons?\b|\bmultiple(?:[\s-]+order)?\s+(?:pregnanc|gestation)", re.IGNORECASE)
_MULTIFOCAL = re.compile(r"\bmulti-?focal\b", re.IGNORECASE)
# Words that mean one of a thing: "unilateral" (one side), "monotherapy" (one medicine), "en bloc" (in one piece), "a
# single second-generation antipsychotic" (one; not "single-blind", nor "single or twin pregnancy", a count of its own).
_ONE_WORD = re.compile(r"\b(?:uni(?:lateral|focal)|mono-?therap(?:y|ies)|single[\s-]agent|solitary|en[\s-]bloc"
                       r"|single(?![\s-]*(?:blind|or\b|ton)))\b", re.IGNORECASE)


def _one_said(fact: Fact, sources: Iterable[str]) -> bool:
    """Whether `fact` is a bare "one" where a source says a word that means one of a thing."""
    return (fact.unit is None and fact.comparator is Comparator.EQ and fact.low == 1 and fact.label is None
            and any(_ONE_WORD.search(source) for source in sources))


def _point_named(fact: Fact, sources: Iterable[str]) -> bool:
    """Whether `fact` is a bare point in time ("at randomization") whose event a source names."""
    if fact.kind is not FactKind.TEMPORAL or fact.relation != "at" or fact.anchor is None or (
            fact.low, fact.high) != (None, None):
        return False
    return any(match_anchor(source, m.start(), "at") == (fact.anchor, m.end())
               for source in sources for m in ANCHOR_RE.finditer(source))


# A level said by the bound right after it: "a raised bilirubin on its own above 1.5xULN", "low hemoglobin below 9".
_BOUND_SIDE = {"elevated": (Comparator.GT, Comparator.GE), "reduced": (Comparator.LT, Comparator.LE)}


def _level_said(text: str, fact: Fact) -> bool:
    """Whether `fact` is a level without a number that the bound after it says ("raised … above 1.5xULN")."""
    # (a level has no comparator and no unit; a code, "AZD6530", is a value of its own)
    if fact.kind is not FactKind.VALUE or fact.label is None or fact.comparator is not None or fact.unit is not None:
        return False
    sides = _BOUND_SIDE.get(fact.label, ())
    return any(f.kind is FactKind.VALUE and f.comparator in sides and fact.end <= f.start
               and re.fullmatch(r"[^(),;.]{0,40}", text[fact.end : f.start]) for f in extract_facts(text))


# "a confirmed (documented) relapse", "Philadelphia chromosome-positive ALL (Ph+ALL)": the plain wording of a term whose
# own word a bracket keeps, within two words after the level; only a bracket that says the same level in its own way.
_GLOSS_AFTER = re.compile(r"(?:[\s-]+[\w-]+){0,2}?\s*\(\s*([^()]{1,40}?)\s*\)")
_SAME_LEVEL = {"confirmed": re.compile(r"\b(?:document|verif|proven|establish)", re.IGNORECASE),
               "positive": re.compile(r"\w\+"), "negative": re.compile(r"\w-(?:\s|$)"),
               # "high pressure in the portal vein (portal hypertension)", "a severe allergic reaction (anaphylaxis)":
               # the plain words of a term whose level is in the term itself
               "elevated": re.compile(r"\bhyper(?:tension|tensive|glyc|lipid|cholesterol|kal|calc|natr|uric)",
                                      re.IGNORECASE),
               "severe": re.compile(r"\banaphyla", re.IGNORECASE)}
# (a term a bracket keeps may close a longer plain phrase: "high pressure in the portal vein (portal hypertension)")
_WIDE_GLOSS_AFTER = re.compile(r"(?:[\s-]+[\w-]+){0,5}?\s*\(\s*([^()]{1,40}?)\s*\)")


def _glossed_level(text: str, fact: Fact, sources: Iterable[str]) -> bool:
    """Whether `fact` is a level without a number whose source wording a bracket right after it keeps."""
    same = _SAME_LEVEL.get(fact.label or "")
    if same is None or fact.kind is not FactKind.VALUE or fact.comparator is not None or fact.unit is not None:
        return False
    m = (_WIDE_GLOSS_AFTER if fact.label == "elevated" else _GLOSS_AFTER).match(text, fact.end)
    if m is None or not same.search(m.group(1)):
        return False
    kept = re.escape(m.group(1).casefold())
    return any(re.search(rf"(?<![\w+-]){kept}(?![\w+-])", source.casefold()) for source in sources)


# "Four or more ACR criteria for the classification of SLE" said "You meet 4 or more of the ACR criteria": the count of
# criteria the source names is the count the reader meets.
_COUNTED_CRITERIA = re.compile(r"\b(?:\d+|one|two|three|four|five|six)\s+or\s+more\b[^.;:]{0,80}?\bcriteri(?:a|on)\b",
                               re.IGNORECASE)


def _criteria_counted(fact: Fact, sources: Iterable[str]) -> bool:
    """Whether `fact` is a "meet(s) … criteria" where a source names a count of criteria without the verb."""
    return fact.label == "meets criteria" and any(_COUNTED_CRITERIA.search(source) for source in sources)


def said_otherwise(text: str, fact: Fact, sources: Iterable[str]) -> bool:
    """Whether the bullet fact `fact` of `text`, which no source fact restates, says what a source says in words
    the facts do not read: "one or more" for "(s)", "more than one" for "multiple", a point in time it names."""
    texts = list(sources)
    return (plural_said(text, fact, texts) or _multiple_said(text, fact, texts) or _point_named(fact, texts)
            or _one_said(fact, texts) or _zygosity_said(text, fact, texts) or _level_said(text, fact)
            or expansion_said(text, fact, texts) or _glossed_level(text, fact, texts) or _criteria_counted(fact, texts)
            or _term_level(text, fact, texts) or _spaced_sign(text, fact, texts) or _during_said(fact, texts)
            or _span_end_said(fact, texts) or _dosing_code_said(fact, texts) or _failing_glossed(text, fact, texts)
            or _failing_named(text, fact, texts)
            or _doubled_said(text, fact, texts) or _slashed_period_said(fact, texts)
            or _paired_level_said(text, fact, texts) or _range_ends_said(text, fact, texts))


# "diastolic dysfunction (the heart fills poorly)": a bracket that explains a failing function says how it fails;
# only where a source names that failing, and inside the bracket right after its word.
_FAILING = r"dysfunction|failure|insufficiency|incompetence|impairment"
_FAILING_BEFORE = re.compile(rf"\b({_FAILING})\s*\([^()]*$", re.IGNORECASE)


def _failing_glossed(text: str, fact: Fact, sources: Iterable[str]) -> bool:
    """Whether `fact` is a "reduced" level in the bracket that explains a source's failing function."""
    if fact.label != "reduced" or fact.comparator is not None or fact.unit is not None:
        return False
    word = _FAILING_BEFORE.search(text, 0, fact.start)
    return word is not None and ")" in text[fact.end:] and any(
        re.search(rf"\b{word.group(1)}\b", s, re.IGNORECASE) for s in sources)


# "Your heart function is impaired (cardiac dysfunction)": the other way round, the level said first and the source's
# name of the failing in the bracket right after it (up to two words between: "impaired kidney function (renal …)").
_FAILING_AFTER = re.compile(rf"(?:\s+[a-z]+){{0,2}}\s*\([^()]*?\b({_FAILING})\b[^()]*\)", re.IGNORECASE)


def _failing_named(text: str, fact: Fact, sources: Iterable[str]) -> bool:
    """Whether `fact` is a "reduced" level right before a bracket that names a source's failing function."""
    if fact.label != "reduced" or fact.comparator is not None or fact.unit is not None:
        return False
    word = _FAILING_AFTER.match(text, fact.end)
    return word is not None and any(re.search(rf"\b{word.group(1)}\b", s, re.IGNORECASE) for s in sources)


# "Low or high blood calcium (hypo- or hypercalcemia)": the first direction word shares the plain name of a diagnosis
# the second opens (no level of its own there), and says the source's "hypo-" ("hyper-" for a rise).
_PAIRED_AFTER = re.compile(rf"\s+(?:or|and|and/or)\s+(?:high|low|raised|reduced|increased|decreased|elevated)"
                           rf"[\s-]+(?P<name>{DIAGNOSIS_AFTER})\b", re.IGNORECASE)
_PREFIXES = {"reduced": re.compile(r"\bhypo", re.IGNORECASE), "elevated": re.compile(r"\bhyper", re.IGNORECASE)}
# The stem the diagnosis's own word has for the plain name's last word (not "blood potassium" for "hypercalcemia")
_DIAGNOSIS_STEMS = {"calcium": "calc", "potassium": "kal", "sodium": "natr", "magnesium": "magnes",
                    "phosphate": "phosph", "glucose": "glyc", "sugar": "glyc", "thyroid": "thyr",
                    "parathyroid": "parathyr", "oxygen": "ox", "pressure": "tens", "cholesterol": "cholesterol",
                    "triglyceride": "triglycerid"}


def _paired_level_said(text: str, fact: Fact, sources: Iterable[str]) -> bool:
    """Whether `fact` is a level paired with the opposite one before a diagnosis's plain name, where a source says the
    level's own "hypo-" or "hyper-" and the diagnosis's stem."""
    prefix = _PREFIXES.get(fact.label or "")
    if prefix is None or fact.kind is not FactKind.VALUE or fact.comparator is not None or fact.unit is not None:
        return False
    m = _PAIRED_AFTER.match(text, fact.end)
    stem = _DIAGNOSIS_STEMS.get(m.group("name").split()[-1].casefold().removesuffix("s")) if m else None
    return stem is not None and any(prefix.search(s) and re.search(stem, s, re.IGNORECASE) for s in sources)


# "Double-barrier birth control" glossed "(two barrier methods used together)": "double" and "dual" count two of the
# word they join, which the bullet's "two" must count too (not "two visits" beside a "double-blind" study).
_DOUBLED = re.compile(r"\b(?:double|dual)[\s-]+(?P<word>[A-Za-z]{3,})", re.IGNORECASE)
_TWO_OF = re.compile(r"\s+(?:[\w-]+\s+){0,1}?(?P<word>[A-Za-z]{3,})")


def _doubled_said(text: str, fact: Fact, sources: Iterable[str]) -> bool:
    """Whether `fact` is a bare "two <word>" where a source says "double-<word>" or "dual <word>"."""
    if fact.unit is not None or fact.comparator is not Comparator.EQ or fact.low != 2 or fact.label is not None:
        return False
    m = _TWO_OF.match(text, fact.end)
    if m is None:
        return False
    stem = m.group("word").casefold()[:6]
    return any(d.group("word").casefold().startswith(stem) for s in sources for d in _DOUBLED.finditer(s))


# "the average of the range endpoint values" said "the average of the two ends of the range": a range has two ends,
# so its "two" counts nothing the source leaves open (only the range's own ends; "two ends of a catheter" is no range).
_RANGE_ENDS = re.compile(r"\s+(?:ends?|end\s*points?|extremes|limits|bounds)\s+of\s+(?:the|a|its|this|that)\s+range\b",
                         re.IGNORECASE)
_SOURCE_RANGE = re.compile(r"\brange\b", re.IGNORECASE)


def _range_ends_said(text: str, fact: Fact, sources: Iterable[str]) -> bool:
    """Whether `fact` is the bare "two" of "the two ends of the range" where a source speaks of a range."""
    return (fact.unit is None and fact.comparator is Comparator.EQ and fact.low == 2 and fact.label is None
            and _RANGE_ENDS.match(text, fact.end) is not None and any(_SOURCE_RANGE.search(s) for s in sources))


# "> 1 urge episodes/24 hours" said "more than 1 urge episode every 24 hours": the period a slash or "per" gives.
_PERIOD_WORDS = {"hour": r"h(?:ours?|rs?)?", "day": r"d(?:ays?)?", "week": r"w(?:ee)?ks?", "month": r"months?"}


def _slashed_period_said(fact: Fact, sources: Iterable[str]) -> bool:
    """Whether `fact` is "every N <unit>" where a source gives a count per N of that unit ("/24 hours", "per week")."""
    unit = _PERIOD_WORDS.get(fact.unit or "")
    low = fact.low
    if fact.kind is not FactKind.TEMPORAL or fact.relation != "every" or unit is None or low is None or fact.high:
        return False
    number = f"{low:g}" + (r"\s*|1\s*|(?:one|a)\s+|" if low == 1 else r"\s*")
    period = re.compile(rf"(?:\w\s*/|\bper\s+)\s*(?:{number}){unit}\b", re.IGNORECASE)
    return any(period.search(source) for source in sources)


# The Latin dosing codes say how often a day: "insulin 50 BID" said "50 twice a day (BID)" names no new frequency.
_DOSING_CODES = {1: r"q\.?d|o\.?d", 2: r"b\.?i\.?d", 3: r"t\.?i\.?d", 4: r"q\.?i\.?d"}


def _dosing_code_said(fact: Fact, sources: Iterable[str]) -> bool:
    """Whether `fact` is "N times a day" where a source writes the dosing code of that N ("BID", "t.i.d.")."""
    low = fact.low
    if fact.unit != "times/day" or low is None or low != int(low) or fact.high is not None:
        return False
    code = _DOSING_CODES.get(int(low))
    if code is None or fact.comparator is not Comparator.EQ:
        return False
    return any(re.search(rf"(?<![\w.])(?:{code})\.?(?!\w)", source, re.IGNORECASE) for source in sources)


def _span_end_said(fact: Fact, sources: Iterable[str]) -> bool:
    """Whether `fact` is "until <event>" where a source ends a span at that event: "from the time the tissue was
    obtained and enrollment" (a "between … and" said with "from") said "from the time the tissue was taken until
    enrollment"."""
    if fact.kind is not FactKind.TEMPORAL or fact.relation != "until" or not fact.anchor:
        return False
    span = re.compile(rf"\b(?:between|from)\b[^.;]{{0,80}}\band\s+(?:the\s+|your\s+)?{re.escape(fact.anchor)}\b", re.I)
    return any(span.search(source) for source in sources)


# "use contraception during and 3 months after the last study dose" said "during the study and for 3 months after the
# last study dose": the bare "during" is the time on study the dose ends; a bullet names it.
_DURING_AND_AFTER = re.compile(r"\bduring\s+and\s+(?:for\s+)?(?:at\s+least\s+)?(?:\d+|\w+)\s+\w+\s+after\b",
                               re.IGNORECASE)


# "No concurrent tanning bed use" said "You are not using a tanning bed during the study": what is concurrent is
# at the same time as the study.
_CONCURRENT = re.compile(r"\b(?:concurrent|concomitant)(?:ly)?\b", re.IGNORECASE)


def _during_said(fact: Fact, sources: Iterable[str]) -> bool:
    """Whether `fact` is "during the study" (or its treatment) where a source says a bare "during and N … after", or
    that a thing is concurrent."""
    return (fact.kind is FactKind.TEMPORAL and fact.relation == "during" and fact.anchor in ("study", "study treatment")
            and any(_DURING_AND_AFTER.search(source) or _CONCURRENT.search(source) for source in sources))


# Terms whose plain wording says a level: "arrhythmic events" are "abnormal heart rhythm events", an "abdominal
# fistula" is "an abnormal opening in the abdomen". Only the level right before the plain words, where a source says
# the term: "abnormal ECG" for "ECG changes" still invents the level.
_TERM_LEVELS = {"abnormal": tuple((re.compile(plain, re.I), re.compile(term, re.I)) for plain, term in (
    (r"\s+(?:heart\s*beats?|heart\s+rhythms?)\b", r"\b(?:arrhythmi|dysrhythmi)"),
    (r"\s+(?:openings?|connections?|passages?|channels?)\b", r"\bfistul"),
)), "elevated": tuple((re.compile(plain, re.I), re.compile(term, re.I)) for plain, term in (
    # "dopamine agonist titration regimen" said "the plan to raise your dose": a titration steps a dose up (not a
    # "down-titration")
    (r"\s+(?:your\s+|the\s+|a\s+)?doses?\b", r"(?<!down-)(?<!down\s)\btitrat"),
))}


def _term_level(text: str, fact: Fact, sources: Iterable[str]) -> bool:
    """Whether `fact` is a level the plain wording of a source's term says (`_TERM_LEVELS`)."""
    if fact.kind is not FactKind.VALUE or fact.comparator is not None or fact.unit is not None:
        return False
    texts = list(sources)
    return any(plain.match(text, fact.end) and any(term.search(s) for s in texts)
               for plain, term in _TERM_LEVELS.get(fact.label or "", ()))


# "Epstein-Barr virus + DLBCL": a "+" set apart after a word is that word's "positive" (as "EBV+" is), said
# "Epstein-Barr virus-positive (+) DLBCL"; only after the same word the bullet's level follows.
_WORD_BEFORE_SIGN = re.compile(r"([A-Za-z][\w]*)(?:[\s-]*positive)?[\s(-]*$", re.IGNORECASE)


def _spaced_sign(text: str, fact: Fact, sources: Iterable[str]) -> bool:
    """Whether `fact` is a "positive" (or "+") of the word before it where a source writes that word and a lone "+"."""
    if fact.label != "positive" or fact.comparator is not None or fact.unit is not None:
        return False
    word = _WORD_BEFORE_SIGN.search(text, 0, fact.start)
    return word is not None and any(re.search(rf"\b{re.escape(word.group(1))}\s+\+(?![\w+])", s, re.IGNORECASE)
                                    for s in sources)


# "Heterozygous for F508del and an MF mutation" said "one copy of F508del and one MF mutation", "homozygous for
# F508del" said "two copies of F508del": the counts of a gene's copies the zygosity names.
_COPIES = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:cop(?:y|ies)|alleles?|mutations?|variants?)\b", re.IGNORECASE)
_ZYGOSITY = {1.0: re.compile(r"\bheterozygo", re.IGNORECASE), 2.0: re.compile(r"\bhomozygo", re.IGNORECASE)}


def _zygosity_said(text: str, fact: Fact, sources: Iterable[str]) -> bool:
    """Whether `fact` of `text` is "one"/"two" copies of a gene where a source says heterozygous/homozygous."""
    if fact.kind is not FactKind.VALUE or fact.unit is not None or fact.comparator is not Comparator.EQ or (
            fact.low not in _ZYGOSITY or not _COPIES.match(text, fact.end)):
        return False
    return any(_ZYGOSITY[fact.low].search(source) for source in sources)
