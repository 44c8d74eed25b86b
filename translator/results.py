"""Results a criterion requires: "positive", "negative", "normal", "elevated", "confirmed", "above ULN".

These are values without a number, and losing one changes who can join: "a negative pregnancy
test" is not "a pregnancy test", "HIV-positive" is not "HIV". "negative for X" is a result, not a
negation cue: the patient must have a test that shows no X, which a plain rendering keeps as
"a negative X test" or "tested negative for X". Each becomes a VALUE fact whose `label` is one of
a small canonical set. A bound on a reference limit without a multiple ("above ULN", "below the
normal range") is the value 1 x ULN (or x LLN) with its comparator.

The same holds for severity ("moderate to severe asthma" is not "asthma"), for meeting a named
diagnostic standard ("meets DSM-5 criteria for…") and for adequacy ("adequate", which a plain
rewording says as "well enough"). Direction words ("high", "low", "increased") are read by
`translator.fact_levels`, which gives "high" and "increased" the label "elevated" that "raised" and
"elevated" have here, so "increased intracranial pressure" and "raised pressure inside the skull" agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from translator.facts import Comparator
from translator.numbers import PREFIX_ALTERNATION, prefix_comparator
from translator.quantities import Quantity, bound
from translator.shown_none import shown_none
from translator.triggers import TriggeredPattern
from translator.units import REFERENCE_LIMITS

# ("meet this criterion" is the source's "satisfy the following criterion": the list applies, no standard is named)
_META_CRITERIA = (r"(?:following|inclusion|exclusion|eligibility|entry|enrol\w*|study|these|this|those|above|below"
                  r"|all|any)\b")
# "abnormally fast", "abnormally high": an adverb of degree before an adjective says how much, which a plain
# rewording says as "too fast", "very high" or not at all; not a result. "Functioning abnormally" is one.
_NOT_AN_ADJECTIVE = (
    r"(?:in|on|at|for|with|and|or|but|to|of|as|by|during|when|while|after|before|since|than|compared|despite"
    r"|if|unless|because|due)\b"
)
_RESULTS: list[tuple[str, str]] = [
    ("normal", r"within\s+(?:the\s+)?(?:institutional\s+|local\s+)?(?:normal|reference|target(?:ed)?)\s+"
               r"(?:limits|ranges?|values?|intervals?)|WNL"),
    ("abnormal", r"out(?:side)?\s+(?:of\s+)?(?:the\s+)?(?:institutional\s+)?(?:normal|reference)\s+(?:reference\s+)?"
                 rf"(?:limits|ranges?|values?)|abnormal(?:it(?:y|ies))?|abnormally(?!\s+(?!{_NOT_AN_ADJECTIVE})[a-z])"
                 r"|out[\s-]+of[\s-]+range"),
    ("undetectable", r"undetectable|not\s+detectable|non-?detectable"
                     r"|below\s+(?:the\s+)?(?:limit|level)\s+of\s+detection"),
    # ("no M-protein can be detected" says "without detectable M-protein" by the plain verb; "cannot be detected" stays
    # the negation cue it is)
    ("detectable", r"detectable|(?<!not\s)can\s+be\s+detected"),
    # "HBsAg reactive" is a positive test, but not the "reactive" of "C-reactive protein" or "reactive arthritis".
    ("negative", r"non-?reactive(?=\s*(?:[).,;]|$|for\b|results?\b|tests?\b))"),
    # ("a good response to steroid treatment" is the positive response the source names)
    ("positive", r"(?:sero)?positiv(?:es?|ity)|good(?=\s+(?:clinical\s+)?response\b)"
                 r"|(?<!-)reactive(?=\s*(?:[).,;]|$|for\b|results?\b|tests?\b))"),
    ("negative", r"(?:sero)?negativ(?:es?|ity)"),
    # Not the "normal" of a reference limit ("upper limit of normal") or of a name ("normal saline").
    # ("upper limit normal", without its "of"; "normal range 0.26-1.65" and "this center's normal range" are the
    # reference range, as "range of" is)
    # ("normal sinus rhythm", "sinus (normal) rhythm": sinus rhythm is the normal one, said with the word or without)
    ("normal", r"(?<!limit\sof\s)(?<!limits\sof\s)(?<!limit\sof\sthe\s)(?<!limit\s)(?<!sinus\s\()"
               r"normal(?<!['’]s\snormal)"
               r"(?!\s+(?:saline|sinus\s+rhythm|range\s+(?:of|\d)|reference|upper|lower|limits?\b|values?\b|(?:daily\s+)?activit|life\b"
               r"|lifestyle|diet\b|volunteers?\b|people\b|persons?\b|individuals?\b|subjects?\b|population))"
               # "FEV1 ≥ 70% of predicted normal" said "of the predicted normal value"
               r"|(?<=predicted\s)normal(?=\s+values?\b)"
               # "normal organ function" said "your organs work normally"
               r"|(?:(?<=work\s)|(?<=works\s)|(?<=working\s)|(?<=function\s)|(?<=functions\s)|(?<=functioning\s))"
               r"normally"),
    # ("a wheal (raised bump)", "a raised rash": the skin's shape, standing up from it, no level of anything)
    ("elevated", r"elevated|raised(?!\s+(?:(?:red|itchy|white|pink)\s+)?(?:bumps?|welts?|lumps?|rash(?:es)?|spots?"
                 r"|patch(?:es)?|blisters?|hives|wheals?)\b)|(?<!ST[\s-])(?<!ST)elevations?"),
    # ("Histologically or cytologically conformed": the records' misspelling, only after how it was confirmed)
    ("confirmed", r"(?:confirm(?:ed|ing|s|ation)?|prov(?:en|ed|es|e)|verif(?:ied|ication)|ascertain(?:ed|ment)?"
                  r"|(?<=ically\s)conformed)"),
    # Severity: "moderate to severe asthma" is not "asthma". Not in names ("severe acute respiratory
    # syndrome", "severe combined immunodeficiency").
    ("severe", r"severe(?:ly)?(?!\s+(?:acute\s+respiratory|combined\s+immuno))"),
    ("moderate", r"moderate(?:ly)?"),
    ("mild", r"mild(?:ly)?|minimal(?:ly)?(?=\s+symptom)"),  # ("minimally symptomatic": mild symptoms)
    # ("pronounced cognitive impairment" is marked impairment, as a rewrite says it; not "pronounced dead")
    ("marked", r"(?:marked|pronounced)(?:ly)?(?!\s+(?:by|as|with|on|in|for|dead)\b)"),
    # Meeting a named standard ("meets DSM-5 criteria for…"); not "meet the following / inclusion criteria",
    # which only say the list applies. Up to 16 words between: a rewrite spells a name out ("American College of
    # Rheumatology (ACR) modified 1982 classification criteria"); RECIST is criteria by name ("meeting RECIST 1.1").
    ("meets criteria", rf"(?:meet(?:s|ing)?|met|fulfil(?:l?s|l?ing|l?ed|l)?|satisf(?:y|ies|ying|ied))"
                       # ("meets the following DSM-5 criteria" names its standard after "following")
                       rf"(?=\s+(?:the\s+)?(?:following\s+(?=(?-i:[A-Z])))?(?:(?!{_META_CRITERIA})[\w./(),-]+\s+){{0,16}}?(?:diagnostic\s+)?"
                       # ("do not meet the organ function criteria above": the list above, no standard)
                       r"(?:criteri(?:a|on)\b(?!\s+(?:above|below)\b)|(?-i:[im]?RECIST)\b))"),
    # "adequate liver function" is what a plain rewording calls "a liver that works well enough"; "adequate
    # evaluation" a "proper assessment".
    # ("acceptable bone marrow" / "acceptable liver function" is adequate marrow or function)
    ("adequate", r"(?:in)?adequate(?:ly)?|(?:in)?sufficient(?:ly)?|(?:well|good)\s+enough|proper(?:ly)?|appropriately"
                 r"|acceptabl[ey](?=\s+(?:(?:bone\s+)?marrow|organs?|hepatic|renal|liver|kidney|cardiac"
                 r"|ha?ematologic\w*)\b|\s+[a-z]+\s+function\b)"
                 # "despite adequate supplementation" said "even with enough supplements"; not "old enough to",
                 # "enough of", "long enough for"
                 r"|enough(?=\s+(?!(?:to|of|for|that|and|or|as|in|at|on|with|by|from|time)\b)[a-z]{3,})"),
]  # fmt: skip

_NAMES = {f"r{i}": name for i, (name, _) in enumerate(_RESULTS)}
# A result word may follow a hyphen ("HIV-negative", "biopsy-proven") but not a letter.
_RESULT_RE = TriggeredPattern(
    re.compile("|".join(rf"(?P<r{i}>(?<!\w)(?:{p})(?!\w))" for i, (_, p) in enumerate(_RESULTS)), re.IGNORECASE),
    "within wnl out abnormal undetectable not non below detectable can sero positiv negativ normal elevat raised"
    " confirm prov verif ascertain conformed"
    " enough adequate inadequate sufficient insufficient well good proper appropriately"
    " acceptab"
    " reactive severe moderate mild minimal"
    " meet met fulfil satisf marked pronounced",
)
# An adequacy word a "not" denies right before it ("not good enough", "not been adequately", "do not work well
# enough"); not one a "not" of another verb stands before ("does not include adequately treated cancer", "not using an
# adequate method": the adequacy itself stands).
_DENIED_ADEQUACY = re.compile(r"\bnot\s+(?:(?:be|been|being)\s+)?(?P<works>(?:work|function)(?:s|ing)?\s+)?$",
                              re.IGNORECASE)
# The limit of a reference range named by whose range it is ("lower limit of the facility normal", "upper limit of
# institutional normal"), as "lower limit of normal" is.
_LIMIT_OF_RE = re.compile(r"\blimits?\s+of\s+(?:the\s+)?(?:[a-z]+['’]?s?\s+){1,2}$", re.IGNORECASE)
# "+" must follow the name it qualifies ("HIV+", "ER+"); after an organ it joins two ("lung+ other solid organ", a
# multi-organ transplant): no test is positive for a lung.
_ORGAN_BEFORE = "".join(rf"(?<!\b{organ})" for organ in ("lung", "liver", "kidney", "heart", "pancreas", "intestine"))
_PLUS_RE = re.compile(rf"(?<=[A-Za-z0-9)]){_ORGAN_BEFORE}\+(?![\w+])|(?<=\()\+{{1,3}}(?=\))", re.IGNORECASE)


def find_results(text: str) -> Iterator[Quantity]:
    """Every qualitative result, as a quantity with a label and no number."""
    matches = [(m, _NAMES[m.lastgroup or "r0"]) for m in _RESULT_RE.finditer(text)]
    if "+" in text:
        matches += [(m, "positive") for m in _PLUS_RE.finditer(text)]
        matches.sort(key=lambda pair: pair[0].start())
    for m, name in matches:
        if name == "normal" and _LIMIT_OF_RE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "the lower limit of the facility normal": the reference range's limit, no result
        if name == "adequate" and m.group().lower().startswith("in"):
            name = "inadequate"
        elif name == "adequate" and (denied := _DENIED_ADEQUACY.search(text, 0, m.start())):
            # "not good enough" is inadequate; "your kidneys do not work well enough" is reduced function, as
            # "impaired renal function" says it (`translator.fact_levels`)
            name = "reduced" if denied.group("works") else "inadequate"
        yield Quantity(m.start(), m.end(), Comparator.EQ, None, None, None, label=name)
    for nos in shown_none(text):  # "showed no A, no B and no C" is "negative for A, B or C" (translator.shown_none)
        yield Quantity(nos[0][0], nos[0][1], Comparator.EQ, None, None, None, label="negative")


_REFERENCES = "|".join(f"(?P<r{i}>{p})" for i, p in enumerate(REFERENCE_LIMITS.values()))
# "> x3 upper normal limit": the multiple written before the limit, glued to its "x".
_REFERENCE_RE = re.compile(
    rf"(?P<cmp>{PREFIX_ALTERNATION})\s*(?:[x×]\s?(?P<times>\d+(?:\.\d+)?)\s*(?=upper|ULN|lower|LLN))?"
    rf"(?:{_REFERENCES})(?!\w)",
    re.IGNORECASE,
)
_REFERENCE_UNITS = {f"r{i}": unit for i, unit in enumerate(REFERENCE_LIMITS)}
# "CA 125 > normal", "SGOT and SGPT =< normal", "greater than normal": a bound on the normal range said with "normal"
# alone, only after a symbol or a "than" and where the phrase ends; not "above normal frequency" (a noun it qualifies)
# nor "up to normal" (a recovery).
_BARE_NORMAL_RE = re.compile(
    r"(?P<cmp>(?<![<>=≥≤/])(?:[<>≤≥]\s*=?|=\s*[<>]|[<>]\s*/\s*=|(?:greater|more|higher|less|lower)\s+than)"
    r"(?:\s+or\s+equal\s+to)?)\s*(?:the\s+)?normal(?=\s*(?:$|[.,;:)\]]|(?:and|or|that|in|for|on|at|by|with|as)\b))",
    re.IGNORECASE,
)


def find_reference_bounds(text: str) -> list[Quantity]:
    """Bounds on a reference limit without a multiple: "above ULN", "≤ the upper limit of normal" (1 x ULN)."""
    found: list[Quantity] = []
    lower = text.lower()
    words = ("uln", "unl", "upper", "lln", "lower", "normal", "reference", "legal", "majority", "age of consent")
    if not any(word in lower for word in words):
        return found
    for m in _REFERENCE_RE.finditer(text):
        unit = next(_REFERENCE_UNITS[name] for name, value in m.groupdict().items() if value and name[0] == "r")
        comparator = prefix_comparator(m.group("cmp"))
        if unit == "normal":
            unit = "x ULN" if comparator in (Comparator.GT, Comparator.GE) else "x LLN"
        times = float(m.group("times")) if m.group("times") and unit in ("x ULN", "x LLN") else 1.0
        found.append(bound(m.start(), m.end(), comparator, times, unit, unit == "legal age"))
    for m in _BARE_NORMAL_RE.finditer(text) if "normal" in lower else ():
        comparator = prefix_comparator(m.group("cmp"))
        # above normal is above its upper limit, below it below its lower one; "≤ normal" (normal or below) is at most
        # the upper limit, "≥ normal" at least the lower one
        unit = "x ULN" if comparator in (Comparator.GT, Comparator.LE) else "x LLN"
        if not any(q.start < m.end() and m.start() < q.end for q in found):
            found.append(bound(m.start(), m.end(), comparator, 1.0, unit, False))
    return sorted(found, key=lambda q: q.start)
