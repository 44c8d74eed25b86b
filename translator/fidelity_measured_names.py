"""What a threshold measures, left out of every bullet that cites it: "Hemoglobin ≥ 9 g/dL" said "9 g/dL or more".

The fact checks compare the number, its comparator and its unit, all kept there; translator.fidelity_content looks
for runs of three or more lost words, and one lost name is a run of one. Yet "9 g/dL or more" says nothing a
reader can use, and "Hemoglobin ≥ 9 g/dL and platelets ≥ 100,000/mm³" said "9 g/dL or more and platelets …" has
lost a condition. So for each measured value with a bound and a unit ("≥ 9 g/dL", "< 1.5 x ULN"; not an age and not
a duration, whose words a rewrite changes by design: "≥ 18 years" → "18 years or older") the content words
right before it, or between its two bounds ("19 ≤ BMI index ≤ 30"), are its name; when no bullet citing the
criterion says any of them, compared by stem or through a lexicon wording ("Hgb" said "hemoglobin"), the name was
dropped. Words that are no name ("demonstrate ≥ 70%", "approximately 22 kg/m²", "during participation exceeding
125 mL") are passed over: over the offline bullets of the corpus, a verb, an adverb or a time word was all this
found besides one real loss, on a name of two words ("19 ≤ BMI index ≤ 30" said "19 to 30").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translator.facts import Comparator, FactKind, extract_facts
from translator.fidelity_content import is_stop_word, said_stems, stem, term_wordings
from translator.findings import Finding, Severity

_BOUNDS = (Comparator.GE, Comparator.GT, Comparator.LE, Comparator.LT, Comparator.RANGE)
_DURATIONS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})
# a level on a scale names its disease on either side ("unresectable stage III melanoma"), words this does not read
_LEVELS = frozenset({"stage", "grade", "class", "cohort", "score", "part", "phase", "type", "level", "cycle"})
_WORDS_BEFORE = re.compile(r"((?:[A-Za-z][\w'/-]*[\s:]+){1,3})$")  # up to three words, then the fact
_SYMBOL = r"(?:[<>≤≥]=?|=[<>])"
_BETWEEN_BOUNDS = re.compile(rf"{_SYMBOL}\s*([A-Za-z][\w()/\s-]{{0,30}}?)\s*{_SYMBOL}")
# words before a value that name no quantity: verbs and adverbs of the frame, and when it is measured
_NO_NAME_WORDS = """
demonstrate demonstrates exhibit exhibits show shows receive receives present presents have has achieve achieves
consume consumes include includes
approximately about around roughly percent participation registration enrollment enrolment screening randomization
baseline visit day period
value values level levels concentration concentrations
"""
# ("value(s)", "level(s)", "concentration(s)": what any measurement is; "FSH values ≥ 40 IU/L" said "your FSH is 40
# IU/L or higher" names the FSH, which lies before a bracket the three words before the value do not reach)
_NO_NAME = frozenset(_NO_NAME_WORDS.split())
# a measured name's everyday word, as the first four letters of its stem ("|" between two; "visual capacity" said
# "your vision")
_EVERYDAY = {"respiratory": "brea", "frequency": "rate", "cardiac": "hear", "renal": "kidn", "hepatic": "live",
             "pulmonary": "lung", "hematocrit": "bloo", "serum": "bloo", "plasma": "bloo", "weight": "weig",
             "alcohol": "drin", "visual": "eyes|visi", "vision": "eyes", "sbp": "syst", "dbp": "dias",
             "involvement": "cove|affe"}  # ("psoriasis involvement" said "psoriasis covers", "affected skin")
# (a length said by how far the thing runs: "a length of ≥5 cm from the costal margin" as "reaching 5 cm or more from
# the edge of the ribs", "extending", "5 cm long")
_EXTENTS = {"length": ("long", "reac", "exte")}
# a name glued from a lowercase prefix and an abbreviation ("sitSBP", "seDBP"): said when its abbreviation is
# ("sitting systolic blood pressure")
_GLUED = re.compile(r"[a-z]+([A-Z]{2,}[a-z]?)")
# an abbreviation typed with a lowercase "l" for its capital "I" ("lOP" for IOP, "lCU" for ICU)
_MISTYPED_I = re.compile(r"l[A-Z]{2,}")


def measured_names(source: str) -> list[list[tuple[int, int, str]]]:
    """For each measured value with a bound in `source`, the words that name what it measures (span, word)."""
    names = []
    for fact in extract_facts(source):
        if fact.kind is not FactKind.VALUE or fact.comparator not in _BOUNDS or fact.age or fact.label is not None:
            continue
        inner = _BETWEEN_BOUNDS.search(fact.text)
        if inner is not None:
            start, text = fact.start + inner.start(1), inner.group(1)
        elif fact.unit is None or fact.unit in _DURATIONS or fact.unit.casefold() in _LEVELS:
            continue
        elif (before := _WORDS_BEFORE.search(source, 0, fact.start)) is not None:
            start, text = before.start(1), before.group(1)
        else:
            continue
        words = [(start + m.start(), start + m.end(), m.group()) for m in re.finditer(r"[A-Za-z]+", text)]
        words = [w for w in words if not is_stop_word(w[2]) and w[2].casefold() not in _NO_NAME
                 and not re.search(r"(?:ed|ing|ly)$", w[2])]
        if words:
            names.append(words)
    return names


def measured_name_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                           raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """An error for each measured value whose name none of `bullets` (index, text) says."""
    if not bullets:
        return []
    said = frozenset().union(*(said_stems(text) for _, text in bullets))
    # a name said in another form of its word ("failure rate" said "fails") or in an everyday word ("Respiratory
    # Frequency" said "breathing rate"): lenient on purpose, the loss looked for is of the whole name
    short = {s[:4] for s in said} | {s[:3] for s in said if len(s) >= 3}  # ("Use" said "used": three letters)
    terms = term_wordings(source)
    findings = []
    for words in measured_names(source):
        if any(_said(word, start, end, short, said, terms) for start, end, word in words):
            continue
        start, end = words[0][0], words[-1][1]
        findings.append(Finding(
            check="content_missing", severity=Severity.ERROR, criterion_id=source_id, bullet_index=bullets[0][0],
            message=f"{source_id}: the bullets citing it do not say what is measured: “{source[start:end]}”",
            source_span=raw_of(start, end) if raw_of else None,
        ))
    return findings


def _said(word: str, start: int, end: int, short: set[str], said: frozenset[str],
          terms: tuple[tuple[int, int, frozenset[str]], ...]) -> bool:
    """Whether `word` of a name is said: its stem's first letters, its everyday word, or a lexicon wording of a term
    that covers it."""
    if stem(word)[:4] in short or any(e in short for e in _EVERYDAY.get(word.casefold(), "-").split("|")) or any(
            e in short for e in _EXTENTS.get(word.casefold(), ())):
        return True
    if _MISTYPED_I.fullmatch(word) and _said("I" + word[1:], start, end, short, said, terms):
        return True
    if (glued := _GLUED.fullmatch(word)) is not None and _said(glued.group(1), start, end, short, said, terms):
        return True
    return any(a < end and start < b and stems <= said for a, b, stems in terms)
