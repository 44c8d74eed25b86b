"""Span edits on a criterion's text, and the plain wording of its numbers and time windows.

The offline backend never rewrites a criterion from scratch: it collects edits on spans of the
source text (a fact reworded, an abbreviation spelled out, a term replaced, a subject turned into
"You") and applies them in one pass, so every word it does not edit stays exactly as written.
Edits never overlap; when two would, the one collected first wins (facts before words).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from translator.anchors import ANCHOR_RE, anchor_phrase
from translator.facts import Comparator, Fact, FactKind
from translator.offline_codes import either_of_two, part_of_a_code
from translator.offline_number_groups import unclear_groups
from translator.offline_qualifiers import requalified
from translator.offline_repeats import without_word_before
from translator.offline_tidy import capitalised as capitalised  # re-exported: split from this module
from translator.offline_tidy import tidy as tidy
from translator.offline_unit_after import bound_first, bound_said_after, repeated_unit_end
from translator.offline_windows import anchor_after_a_second_preposition
from translator.phrasing import phrase


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    text: str
    what: str  # which rule made it: "fact", "person", "case", "term", "abbreviation", "plain", "split"


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def merge(groups: Iterable[Sequence[Edit]]) -> list[Edit]:
    """The edits of every group, earlier groups winning where spans overlap, sorted by position."""
    kept: list[Edit] = []
    for group in groups:
        for edit in group:
            span = (edit.start, edit.end)
            if edit.start == edit.end:
                clash = any(k.start < edit.start < k.end for k in kept)
            else:
                clash = any(overlaps(span, (k.start, k.end)) for k in kept if k.start != k.end)
            if not clash:
                kept.append(edit)
    return sorted(kept, key=lambda e: (e.start, e.end))


_ARTICLE = re.compile(r"\b(an?|An?)\s+$")


def _plural(wording: str) -> bool:
    """Whether a wording's head noun is a regular plural ("signs of", "low potassium levels")."""
    # the head stands before a clause that describes it ("females who can become pregnant" for "FCBP")
    words = re.split(r"\s+(?:who|that|which|able)\b", wording, maxsplit=1)[0].split()
    while words and words[-1].lower() in ("of", "to", "for", "with", "in", "on"):
        words.pop()
    last = words[-1].strip("()[],.;:") if words else ""
    # not "status", "analysis", "pancreas", "loss"; "women" and "men" too
    return bool(re.fullmatch(r"[a-z]+[^suai'’]s", last)) or last.lower() in ("women", "men", "children", "people")


is_plural = _plural  # for translator.offline_determiners: a verb after a plural plain wording


def wants_an(word: str) -> bool:
    # By the first letter, with the common exceptions; good enough to repair "an blood thinner".
    if re.match(r"[A-Z][A-Za-z0-9]*[A-Z]", word):  # an abbreviation is read letter by letter: "an HbA1c"
        return word[0] in "AEFHILMNORSX"
    lower = word.lower()
    if lower.startswith(("uni", "use", "usu", "eu", "one", "ur")):
        return False
    if lower.startswith(("hour", "honest", "heir")):
        return True
    return lower[:1] in ("a", "e", "i", "o", "u")


def articles(text: str, edits: Sequence[Edit]) -> list[Edit]:
    """Edits that make "a"/"an" fit the word an edit put after it, where the article fitted the old word (and
    translator.offline_determiners: "the"/"a" where a plain word leaves a noun bare)."""
    fixes: list[Edit] = []
    for edit in edits:
        if edit.what not in ("term", "plain", "abbreviation") or not edit.text:
            continue
        m = _ARTICLE.search(text, 0, edit.start)
        if m is None or m.end() != edit.start:
            continue
        article = m.group(1)
        # "an evidence of" → "signs of", not "a signs"; but not "… time. A FCBP …", where the plural would start a
        # sentence in lower case
        sentence_start = article[0].isupper() and bool(text[: m.start(1)].strip())
        if _plural(edit.text) and not _plural(text[edit.start : edit.end]) and not sentence_start:
            fixes.append(Edit(m.start(1), edit.start, "", edit.what))
            continue
        old, new = wants_an(text[edit.start : edit.end]), wants_an(edit.text)
        if old == new or (article.lower() == "an") != old:
            continue
        wording = "an" if new else "a"
        fixes.append(Edit(m.start(1), m.end(1), wording.capitalize() if article[0].isupper() else wording, edit.what))
    return fixes


def apply(text: str, edits: Sequence[Edit]) -> str:
    out: list[str] = []
    at = 0
    for edit in edits:
        out.append(text[at : edit.start])
        out.append(edit.text)
        at = max(at, edit.end)
    out.append(text[at:])
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Facts: comparators and windows in words

_SYMBOLS = re.compile(
    r"[<>≤≥=≦≧≻≺]|\b(?:x|X|×)\s*(?:ULN|LLN|upper|lower)|\b(?:prior to|h|hrs?|wks?|mos?|yrs?|d)\b"
    r"|\b(?:greater|less|more|lower|higher|fewer)\s+than\s+(?:or\s+)?equal|\bexceeding\b|\bin excess of\b"
    r"|\b(?:greater than|equal to|inclusive)\b"
    # "more 185 mmHg" (its "than" left out), "older than18 years" (the number glued on): worded whole, they read right
    r"|\b(?:more|greater)(?=\s+\d)|\b(?:than|to|within)(?=\d)",
    re.IGNORECASE,
)


def fact_edits(text: str, facts: Sequence[Fact]) -> list[Edit]:
    """Plain wording for each number with a comparator or unit written in symbols or shorthand.

    A fact is left as written when its wording would not say more plainly what it says, when it
    overlaps another fact (the extractors disagree about it), or when it is a time window whose
    anchor the plain wording would have to guess.
    """
    edits: list[Edit] = []
    for fact in facts:
        if fact.kind not in (FactKind.VALUE, FactKind.TEMPORAL) or fact.label is not None:
            continue
        if (fact.low is None and fact.high is None) or fact.comparator in (None, Comparator.EQ):
            continue  # "n=5" is a count, not a threshold: its "=" is not ours to drop
        if any(
            other is not fact
            and overlaps((fact.start, fact.end), (other.start, other.end))
            and other.kind is not FactKind.NEGATION
            for other in facts
        ):
            continue
        if not _SYMBOLS.search(fact.text) and fact.comparator is not Comparator.RANGE and not _bare_limit(text, fact):
            continue
        if _UNIT_GOES_ON.match(text, fact.end) or (_RATE.search(fact.text) and _PER_NUMBER.match(text, fact.end)):
            continue  # "≥1500 mg/day": the unit goes on past the fact, so its wording cannot end there
        if part_of_a_code(text, fact) or _unclear_bound(text, fact) or unclear_groups(text, fact):
            continue  # "75.000/μl" may be 75 000 or 75; "≥ 100 000" read as "≥ 100" ("100 or more 000")
        if fact.kind is FactKind.TEMPORAL and fact.anchor is None and (
                not _STANDS_ALONE.match(text, fact.end) or anchor_after_a_second_preposition(text, fact)):
            continue  # "within 21 days prior to being registered", "for 1 month prior to and during X": anchored later
        wording = _wording(fact)
        named = _NAMED_BETWEEN.search(fact.text)
        if named is not None and wording is not None:
            # "19kg/m2 ≤ BMI ≤ 35kg/m2" worded "19 to 35 kg/m²" would drop what is measured; "18 ≤ age ≤ 70",
            # split in two facts, cannot be worded at all
            if fact.low is None or fact.high is None or not fact.text[:1].isdigit():
                continue
            wording = f"{named.group('name')} {wording}"
        wording = without_word_before(text, fact.start, bound_first(text, fact, wording)) if wording else None
        if wording is None or wording == fact.text or _misplaced(text, fact, wording):
            continue
        if text.startswith("+", fact.end) and fact.text[-1:].isdigit() and not wording[-1:].isdigit():
            continue  # "≤ 1+" (a dipstick grade) is no "1 or less+": its symbol stays, for the words of symbol_words
        # "neutrophils> 1.0" → "neutrophils more than 1", "(ANC)>1.5" → "(ANC) more than 1.5": words need the space
        # symbols could do without
        if fact.start > 0 and (text[fact.start - 1].isalnum() or text[fact.start - 1] in ")]"):
            wording = " " + wording
        wording, end = bound_said_after(text, repeated_unit_end(text, fact) or fact.end, wording)  # "< or =10% or less"
        if end < len(text) and text[end].isalnum():
            wording += " "
        edits.append(Edit(fact.start, end, wording, "fact"))
    return edits


# (also past its bracketed short form, "< 30 milliliters (mL)/minute", or a rate's second divisor: "< 60 milliliters
# per minute per 1.73 square meter"; not "≥ 8 times per 24-hour period", a rate the wording says whole)
_UNIT_GOES_ON = re.compile(r"/|\s*\([^()]{1,12}\)\s*/")
_BARE_LIMIT = re.compile(r"(?:minimum|maximum)\s+\d", re.IGNORECASE)
_ENDS_IT = re.compile(r"\s*(?:$|[.;,])")


def _bare_limit(text: str, fact: Fact) -> bool:
    """ "Symptom duration maximum 4 weeks": a measure's closing value with its unit, which "4 weeks or less" says as
    the other thresholds are said; not "a minimum 2 liter fluid bolus" or "(maximum 3)", where the word qualifies
    what follows or counts things."""
    return bool(_BARE_LIMIT.match(fact.text)) and fact.unit is not None and not fact.age and bool(
        _ENDS_IT.match(text, fact.end)
    )


_RATE, _PER_NUMBER = re.compile(r"/|\bper\b", re.IGNORECASE), re.compile(r"\s*per\s+\d", re.IGNORECASE)
_W = r"(?!(?:and|or|to|years?|months?|weeks?|days?)\b)[A-Za-z(][\w()/-]*"  # a word of a name between two bounds:
_NAMED_BETWEEN = re.compile(rf"(?:[<>≤≥]=?|=[<>])\s*(?P<name>{_W}(?:\s+{_W})*)\s*(?:[<>≤≥]=?|=[<>])")  # "BMI index"
# A unit the extractor left outside the fact: "≤ 381 μmol" worded "381 or less" would read "381 or less μmol".
_UNIT_AFTER = re.compile(r"\s*(?:[µμ]\w*|mmol|mol|mg|g|kg|ng|pg|mcg|ml|mL|dl|dL|L|IU|U|mIU|cm|mm)\b(?!\s+(?:of|to)\b)")
_MEASURE_BEFORE = re.compile(r"\b(?:score|scale|status|index|Karnofsky|Lansky|KPS|ECOG|grade|level)\s*$", re.I)
_LIST_ON = re.compile(r"\s*(?:,\s*)?(?:(?:or|and|and/or)\s+)?\d", re.IGNORECASE)
_RANGE_WORD = re.compile(r"[-–~]|\b(?:to|through|between)\b", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(r"\b(?:from|of|for|since|to|at|by|with|on|during|over|in)\s*$", re.IGNORECASE)
_HOW_LONG_BEFORE = re.compile(r"\b(?:for|since|during|within|over|after|lasting)\s*$", re.IGNORECASE)


def _misplaced(text: str, fact: Fact, wording: str) -> bool:
    """Whether the wording would say something else where it stands, though it says the fact's value."""
    before = text[: fact.start]
    suffix = re.search(r"\bor (?:more|less|older|younger|higher|lower)$", wording)
    if suffix and _UNIT_AFTER.match(text, fact.end):
        return True
    if suffix and (
        text[fact.end : fact.end + 1] == "^" or (_ENDS_TIMES.search(fact.text) and re.match(r"\s*\d", text[fact.end :]))
    ):
        return True  # the value goes on past the fact: "10 or more^5", "≥ 1.5 x 10^9/L" as "1.5 times or more 10^9/L"
    if suffix and _TIMES_AFTER.match(text, fact.end):
        return True  # a size or a power of ten goes on: "≥ 1.5 cm x 1.5 cm", "≥2×106 cells" (10^6, its ^ lost)
    if _THAN_LEFT_OUT.match(fact.text) and _THAN_AFTER.match(text, fact.end):
        return True  # "more 1.5 times than upper limit of normal": its "than" comes later, not "more than … than"
    if fact.age and not re.search(r"[A-Za-z]", fact.text) and _MEASURE_BEFORE.search(before):
        return True  # "Lansky score >60" near "patients <16 years of age" is a score, not "older than 60 years"
    if fact.comparator is Comparator.RANGE and _LIST_ON.match(text, fact.end) and not _RANGE_WORD.search(fact.text):
        return True  # "stage 3, 4 or 5CKD": a list the extractor read only in part, not "stage 3 to 4 or 5CKD"
    if any(word in fact.text.lower() and word not in wording for word in ("drink", "alcohol")):
        return True  # "> 14 units of alcohol per week" is not "more than 14 units a week": what is counted stays
    window = fact.kind is FactKind.TEMPORAL and wording.startswith(("in the ", "within "))
    if window and _PREPOSITION_BEFORE.search(before):
        return True  # "available from up to 3 months prior" worded "from in the 3 months before"
    # "amenorrheic for ≥ 12 months" is how long, not how old: "for 12 months or older"
    said_age = re.search(r"\b(?:age|old)\b", fact.text) or re.match(r"\s*(?:of\s+age|old)\b", text[fact.end :])
    if re.search(r"\b(?:older|younger)\b", wording) and not said_age and _HOW_LONG_AFTER.match(text, fact.end):
        return True  # "Women >2 years postmenopausal", "> 5 years since diagnosis": how long, not how old
    if wording.endswith(" old") and re.search(r"\bwith\s+$", before):
        return True  # "outpatients with at least 18 years of age, but not older than 65": not "with 18 to 65 years old"
    return bool(re.search(r"\b(?:older|younger)\b", wording) and _HOW_LONG_BEFORE.search(before) and not said_age)


_THAN_LEFT_OUT = re.compile(r"(?:more|greater)\s+\d", re.IGNORECASE)
_THAN_AFTER = re.compile(r"[^,;()]{0,25}\bthan\b", re.IGNORECASE)
# Words after a number of years that make it how long something has lasted, not how old the reader is.
_HOW_LONG_AFTER = re.compile(
    r"\s*(?:post[\w-]*|since|after|ago|from|before|prior|following|(?:of|without)\b(?!\s+age\b)|in\s+(?:remission|complete|partial)|free|elapsed|"
    r"passed|duration|history|menopaus\w*|amenorrh?e\w*|beyond|past)\b",
    re.IGNORECASE,
)
_ENDS_TIMES = re.compile(r"(?:\b[xX]|[×*])\s*$")
_TIMES_AFTER = re.compile(r"\s*(?:[xX]|[×*])\s*\d")
_STANDS_ALONE = re.compile(r"\s*(?:$|[.,;:)\]]|(?:and|or|at|in|for|during)\b)", re.IGNORECASE)
_EQUAL = re.compile(r"=|≥|≤|≧|≦|\bequal\b|\bor (?:more|less|greater|higher|lower|above|below|over|under)\b", re.I)


def _unclear_bound(text: str, fact: Fact) -> bool:
    """A strict comparator read from text that also says "equal" ("Hemoglobin = > 10 g/dL"): the reader
    sees "at least", the extractor saw "more than". Rewording would make its reading the only one left."""
    strict = fact.comparator in (Comparator.GT, Comparator.LT)
    return strict and bool(_EQUAL.search(fact.text) or _EQUAL.search(text[max(0, fact.start - 3) : fact.start]))


_LONG_NUMBER = re.compile(r"(?<![\d.,^])\d{4,}(?![\d.])")


_LEADS = ("for", "since", "during", "throughout", "over", "until", "till", "from")


_AGE_UNITS = (None, "year", "month", "week", "day")
_NAMING = re.compile(r"\b(?:class|stage|grade|type|phase|level|cycle|day|visit|score|week|dose)\b", re.IGNORECASE)
# Words a fact may start with that its plain wording says again; any other leading word ("range of 18
# to 30", "fold") would be dropped by the wording, so such a fact stays as written.
_OPENERS = re.compile(
    r"(?:between|from|aged?|at least|at most|less|more|greater|fewer|lower|higher|no more|no less|not more|"
    r"not less|up to|over|under|above|below|within|in the|for|grade|stage|class|level|type|phase|older|younger|"
    r"equal|exceeding|in excess of|minimum|maximum|a minimum|a maximum)\b",
    re.IGNORECASE,
)


# Words that make an "and" the join of a range's two bounds ("≥ 7% and ≤ 10%", "between 18 and 65"), not of two
# values ("Days 1 and 2", "Phase I and Phase II")
_BOUNDED = re.compile(
    r"[<>≤≥≦≧=]|\b(?:between|than|least|most|from|over|under|above|below|up\s+to|minimum|maximum|older|younger|or\s+"
    r"(?:more|less|greater|higher|lower|fewer))\b",
    re.IGNORECASE,
)
# An opener followed by the name of what is measured, before the number or comparator.
_NAMES_A_MEASURE = re.compile(
    r"\s*(?:a\s+)?(?:minimum|maximum)\s+(?!(?:of|value|dose|age)\b)[A-Za-z][\w-]*[^\d<>≤≥=]*[\d<>≤≥=]", re.IGNORECASE
)


def _wording(fact: Fact) -> str | None:
    if fact.text[:1].isalpha() and not _OPENERS.match(fact.text):
        return None
    if _NAMES_A_MEASURE.match(fact.text):
        return None  # "maximum urinary flow rate of ≤ 12 mL/sec": the wording would drop what is measured
    if fact.age and fact.unit not in _AGE_UNITS:
        return None  # "≥ 1.5 fold" read as an age would become "1.5 times or older"
    wording = phrase(fact)
    lead = fact.text.split(maxsplit=1)[0].lower() if fact.text.strip() else ""
    if fact.kind is FactKind.TEMPORAL and lead in _LEADS and not wording.startswith(lead):
        # "for ≥ 6 months preceding screening" is how long, not when: both read as the same window,
        # so the check could not tell "at least 6 months before screening" had lost the "for"
        if lead != "for":
            return None
        wording = "for the " + wording[len("in the ") :] if wording.startswith("in the ") else "for " + wording
    if fact.comparator is Comparator.RANGE and fact.low is not None and fact.high is not None:
        if re.search(r"\band\b", fact.text) and not _BOUNDED.search(fact.text):
            return None  # "Days 1 and 2", "Phase I and Phase II" are both, not a range to reword
        if " or " in wording and " or " not in fact.text and not either_of_two(fact):
            # "0-1" worded "0 or 1" fits a score but not "Days 1-2"; "to" fits both
            wording = wording.replace(" or ", " to ")
    if fact.comparator is Comparator.RANGE and wording.startswith("from ") and not fact.text.lower().startswith("from"):
        wording = wording[len("from ") :]
    if "," in fact.text:
        wording = _LONG_NUMBER.sub(lambda m: f"{int(m.group()):,}", wording)  # "100,000" stays readable
    if fact.kind is FactKind.TEMPORAL and fact.anchor is not None:
        # Say the anchor in the source's own words: the canonical anchor is a normal form for
        # comparing ("last intake" of alcohol is filed under "last dose"), not a paraphrase.
        found = ANCHOR_RE.search(fact.text)
        canonical = anchor_phrase(fact.anchor)
        if found is None or canonical not in wording:
            return None
        said = found.group().strip()
        if said.casefold().lstrip("-") == "partum":
            said = "giving birth"  # "6 weeks postpartum": its event in words, not "6 weeks after partum"
        lead = said.split()[0]
        if f"{lead} {canonical}" in wording and said.lower().startswith(lead.lower() + " "):
            canonical = f"{lead} {canonical}"  # "since their diagnosis" for "since diagnosis", not "since since …"
        wording = wording.replace(canonical, said)
    named = {w.lower() for w in _NAMING.findall(fact.text)}
    if any(word not in wording.lower() for word in named):
        return None  # "NYHA class III-IV" worded "3 to 4" would lose what the numbers count
    return requalified(fact.text, wording)  # "at least 7 consecutive days", not "at least 7 days"
