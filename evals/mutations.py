"""Planted errors: known mistakes written into faithful translations, to measure what the checks catch.

Each operator takes a faithful case and returns a copy with one mistake of its kind, or None when the case offers
nothing to mutate (no number to change, no negation to drop…). Operators work on the bullet text the way a careless
writer or a model would err — a different number, a swapped comparator, a lost "not" — and never look at what the
checks compare. Six more live in modules of their own: evals.mutations_clauses, evals.mutations_groups,
evals.mutations_joins, evals.mutations_negation_moved, evals.mutations_rates and evals.mutations_terms.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from evals.cases import CaseBullet, EvalCase
from evals.mutations_clauses import clause_dropped
from evals.mutations_groups import group_dropped
from evals.mutations_joins import and_or_swapped
from evals.mutations_negation_moved import negation_moved
from evals.mutations_quantifiers import quantifier_swapped
from evals.mutations_rates import rate_changed
from evals.mutations_terms import key_word_dropped, term_swapped
from translator.criteria import SectionKind
from translator.fact_scant import LABEL as SCANT
from translator.facts import Fact, FactKind, extract_facts
from translator.fidelity_names import names
from translator.fidelity_negations import facts_of
from translator.fidelity_restated import restated

Mutation = Callable[[EvalCase, random.Random], EvalCase | None]

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_COMPARATOR_SWAPS = [
    ("at least", "at most"), ("at most", "at least"), ("no more than", "no less than"),
    ("no less than", "no more than"), ("not more than", "not less than"), ("not less than", "not more than"),
    ("more than", "less than"), ("less than", "more than"), ("greater than", "lower than"),
    ("lower than", "greater than"), ("higher than", "lower than"), ("fewer than", "more than"),
    ("or older", "or younger"), ("or younger", "or older"), ("or more", "or less"), ("or less", "or more"),
    ("or above", "or below"), ("or below", "or above"), ("or higher", "or lower"), ("or lower", "or higher"),
    ("up to", "at least"), ("above", "below"), ("below", "above"), ("over", "under"), ("under", "over"),
    ("minimum", "maximum"), ("maximum", "minimum"), ("≥", "≤"), ("≤", "≥"), (">=", "<="), ("<=", ">="),
    (">", "<"), ("<", ">"),
]
_UNIT_SWAPS = [
    ("months", "weeks"), ("month", "week"), ("weeks", "months"), ("week", "month"), ("days", "weeks"),
    ("day", "week"), ("years", "months"), ("year", "month"), ("hours", "days"), ("hour", "day"),
    ("mg/dL", "mmol/L"), ("mmol/L", "mg/dL"), ("g/dL", "g/L"), ("g/L", "g/dL"), ("mg/kg", "mg"),
    ("kg/m2", "kg"), ("kg/m²", "kg"), ("mL/min", "mL/h"), ("%", " times"), ("mmHg", "%"),
    ("times the upper limit of normal", "percent"), ("x ULN", "%"), ("× ULN", "%"), ("xULN", "%"),
]
# Not "non-": it mostly forms names ("non-small cell lung cancer"); losing it changes a term, not a negation.
_NEGATIONS = [
    (r"\bdo not\b", "do"), (r"\bdoes not\b", "does"), (r"\bdid not\b", "did"), (r"\bhave not\b", "have"),
    (r"\bhas not\b", "has"), (r"\bare not\b", "are"), (r"\bis not\b", "is"), (r"\bwere not\b", "were"),
    (r"\bcannot\b", "can"), (r"\bcan't\b", "can"), (r"\bdon't\b", "do"), (r"\bhaven't\b", "have"),
    (r"\bnever\b", "ever"), (r"\bwithout\b", "with"), (r"\bnot\b ", ""), (r"\bno\b ", "a "), (r"\bNo\b ", "A "),
    (r"\bnone\b", "some"), (r"\bneither\b", "either"), (r"\bnor\b", "or"), (r"\bnegative\b", "positive"),
    (r"\babsence of\b", "presence of"), (r"\bfree of\b", "with"), (r"\bunable\b", "able"),
]
_ADD_NEGATION = [
    (r"\bYou are\b", "You are not"), (r"\byou are\b", "you are not"), (r"\bYou have had\b", "You have not had"),
    (r"\bYou have\b", "You do not have"), (r"\byou have\b", "you do not have"), (r"\bYou can\b", "You cannot"),
    (r"\bYou will\b", "You will not"), (r"\bYou had\b", "You did not have"), (r"\bYou agree\b", "You do not agree"),
    (r"\bYou must\b", "You must not"), (r"\bYou were\b", "You were not"), (r"\bYour\b", "Not your"),
]


def _replace(case: EvalCase, index: int, text: str) -> EvalCase:
    bullets = list(case.bullets)
    bullets[index] = bullets[index].model_copy(update={"text": text})
    return case.model_copy(update={"bullets": bullets})


def _facts(case: EvalCase, kinds: tuple[FactKind, ...]) -> list[tuple[int, Fact]]:
    # The facts the checks compare: a planted error changes a fact that carries meaning (not the "not" of
    # "whether or not").
    return [(i, f) for i, b in enumerate(case.bullets) for f in facts_of(b.text) if f.kind in kinds]


def _changed_number(value: str, rng: random.Random) -> str:
    number = float(value.replace(",", "")) if value.replace(",", "").replace(".", "", 1).isdigit() else 1.0
    choices = [number + 1, number * 2, number + 10, max(number - 1, 0.5) if number != 1 else 3]
    new = rng.choice([c for c in choices if c != number] or [number + 1])
    return f"{new:g}"


def number_changed(case: EvalCase, rng: random.Random) -> EvalCase | None:
    found = _facts(case, (FactKind.VALUE, FactKind.TEMPORAL))
    if not found:
        return None
    index, fact = rng.choice(found)
    numbers = list(_NUMBER.finditer(fact.text))
    if not numbers:
        return None
    number = rng.choice(numbers)
    start, end = fact.start + number.start(), fact.start + number.end()
    text = case.bullets[index].text
    return _replace(case, index, text[:start] + _changed_number(number.group(), rng) + text[end:])


# Words that are comparators only before a number ("over 18", not "over a 12 week protocol").
_BEFORE_NUMBER = {"over", "under"}


def _swap_in(
    text: str, start: int, end: int, swaps: list[tuple[str, str]], *, before_a_number: bool = False
) -> str | None:
    """`text` with the first of `swaps` found in [start, end) made; with `before_a_number`, a comparator
    that opens its value ("<", "more than") counts only right before a number."""
    window = text[start:end]
    for old, new in swaps:
        pattern = re.escape(old) if not old[0].isalpha() else rf"\b{re.escape(old)}\b"
        if old in _BEFORE_NUMBER or (before_a_number and not old.startswith("or ")):
            pattern += r"(?=\s*\d)"
        match = re.search(pattern, window, re.IGNORECASE)
        if match:
            return text[: start + match.start()] + new + text[start + match.end():]
    return None


def comparator_swapped(case: EvalCase, rng: random.Random) -> EvalCase | None:
    found = [(i, f) for i, f in _facts(case, (FactKind.VALUE, FactKind.TEMPORAL)) if f.comparator is not None]
    rng.shuffle(found)
    for index, fact in found:
        text = case.bullets[index].text
        # The fact's own comparator first; then a little around it, since "18 years or older" may put
        # the comparator after the unit; but only one that compares a number: a stray "study entry>" in
        # the source is no comparator, and swapping it plants no error.
        swapped = _swap_in(text, fact.start, fact.end, _COMPARATOR_SWAPS) or _swap_in(
            text, max(0, fact.start - 25), min(len(text), fact.end + 15), _COMPARATOR_SWAPS, before_a_number=True)
        if swapped:
            return _replace(case, index, swapped)
    return None


def unit_changed(case: EvalCase, rng: random.Random) -> EvalCase | None:
    # not an amount of nothing: "0 days" said "0 weeks" is the same amount, no planted error
    found = [(i, f) for i, f in _facts(case, (FactKind.VALUE, FactKind.TEMPORAL))
             if f.unit and any(v not in (None, 0) for v in (f.low, f.high))]
    rng.shuffle(found)
    for index, fact in found:
        text = case.bullets[index].text
        swapped = _swap_in(text, fact.start, fact.end, _UNIT_SWAPS)
        if swapped:
            return _replace(case, index, swapped)
    return None


def negation_dropped(case: EvalCase, rng: random.Random) -> EvalCase | None:
    # The "no" of "little or no alcohol" is a bound on an amount, not a negation cue, but a writer drops it the same
    # way ("little or a alcohol").
    found = _facts(case, (FactKind.NEGATION,)) + [(i, f) for i, f in _facts(case, (FactKind.VALUE,))
                                                   if f.label == SCANT]
    rng.shuffle(found)
    for index, fact in found:
        text = case.bullets[index].text
        for pattern, replacement in _NEGATIONS:
            match = re.compile(pattern).search(text, max(0, fact.start - 1), fact.end + 8)
            if match:
                return _replace(case, index, text[: match.start()] + replacement + text[match.end():])
    return None


def negation_added(case: EvalCase, rng: random.Random) -> EvalCase | None:
    order = list(range(len(case.bullets)))
    rng.shuffle(order)
    for index in order:
        text = case.bullets[index].text
        for pattern, replacement in _ADD_NEGATION:
            match = re.search(pattern, text)
            if match:
                return _replace(case, index, text[: match.start()] + replacement + text[match.end():])
        # A bullet without a subject: negate its opening.
        if text[:1].isupper():
            return _replace(case, index, "Not " + text[0].lower() + text[1:])
    return None


def bullet_dropped(case: EvalCase, rng: random.Random) -> EvalCase | None:
    if not case.bullets:
        return None
    index = rng.randrange(len(case.bullets))
    return case.model_copy(update={"bullets": [b for i, b in enumerate(case.bullets) if i != index]})


def section_moved(case: EvalCase, rng: random.Random) -> EvalCase | None:
    movable = [i for i, b in enumerate(case.bullets) if b.kind is not SectionKind.OTHER]
    if not movable:
        return None
    index = rng.choice(movable)
    bullet = case.bullets[index]
    other = SectionKind.EXCLUSION if bullet.kind is SectionKind.INCLUSION else SectionKind.INCLUSION
    bullets = list(case.bullets)
    bullets[index] = bullet.model_copy(update={"kind": other})
    return case.model_copy(update={"bullets": bullets})


def _windows(case: EvalCase) -> list[tuple[int, Fact]]:
    """Time windows: an amount ("within 28 days") or an anchor event ("before surgery"), not bare "prior"."""
    return [(i, f) for i, f in _facts(case, (FactKind.TEMPORAL,))
            if f.low is not None or f.high is not None or f.anchor is not None]


def time_window_dropped(case: EvalCase, rng: random.Random) -> EvalCase | None:
    found = _windows(case)
    if not found:
        return None
    index, fact = rng.choice(found)
    text = case.bullets[index].text
    return _replace(case, index, re.sub(r"\s{2,}", " ", text[: fact.start] + text[fact.end:]).strip())


def time_window_shifted(case: EvalCase, rng: random.Random) -> EvalCase | None:
    found = _windows(case)
    if not found:
        return None
    index, fact = rng.choice(found)
    text = case.bullets[index].text
    swapped = _swap_in(text, fact.start, fact.end, [("before", "after"), ("after", "before"), ("prior to", "after"),
                                                     ("since", "before"), ("within", "after")])
    # "within the past 5 years" → "after the past 5 years" is not something anyone would write: such
    # windows are shifted by their number instead.
    if swapped and re.search(r"\bafter (?:the )?(?:past|last|previous|prior|preceding)\b", swapped, re.I):
        swapped = None
    if swapped and rng.random() < 0.5:
        return _replace(case, index, swapped)
    return number_changed(case.model_copy(update={"bullets": [case.bullets[index]]}), rng) and _replace(
        case, index, _shift_number(text, fact, rng))


def _shift_number(text: str, fact: Fact, rng: random.Random) -> str:
    number = _NUMBER.search(text, fact.start, fact.end)
    if number is None:
        return text + " (after 3 days)"
    return text[: number.start()] + _changed_number(number.group(), rng) + text[number.end():]


_INVENTIONS = [", for at least 3 months", ", on 2 separate visits", ", above 5 mg/dL", ", within 14 days",
               ", at least 4 times", " (at most 2 doses)"]


def invented_number(case: EvalCase, rng: random.Random) -> EvalCase | None:
    if not case.bullets:
        return None
    index = rng.randrange(len(case.bullets))
    text = case.bullets[index].text.rstrip(".")
    # An addition that restates something the source says ("at least 3 months" where the source has it,
    # "within 14 days" where it says "within 2 weeks") is no invention: pick among those that say something
    # new, judged as the checks judge a restatement.
    said = [f for s in case.sources for f in extract_facts(s.text)]
    new = [a for a in _INVENTIONS if not any(restated(f, said) for f in extract_facts(a))]
    if not new:
        return None
    return _replace(case, index, text + rng.choice(new) + ".")


def merged_lost(case: EvalCase, rng: random.Random) -> EvalCase | None:
    """Two criteria rendered as one bullet that cites only one of them: the other is lost."""
    ids = [s.id for s in case.sources]
    if len(ids) < 2 or len(case.bullets) < 2:
        return None
    first, second = case.bullets[0], case.bullets[1]
    kept = first.source_ids[:1]
    lost = [i for i in second.source_ids if i not in kept]
    if not lost:
        return None
    # [:1], not [0]: a backend may answer with an empty bullet.
    merged = CaseBullet(text=f"{first.text.rstrip('.')} and {second.text[:1].lower()}{second.text[1:]}",
                        source_ids=kept, kind=first.kind)
    others = [b for b in case.bullets[2:] if not set(lost).intersection(b.source_ids)]
    return case.model_copy(update={"bullets": [merged, *others]})


def _code_spans(case: EvalCase) -> list[tuple[int, int, int]]:
    """Codes and names with a number in the bullets that their sources name too: "MK-3475", "CD20", "HIV-1"."""
    found = []
    for i, bullet in enumerate(case.bullets):
        cited = {form for s in case.sources if s.id in bullet.source_ids for _, _, form in names(s.text)}
        codes = [(f.start, f.end) for f in facts_of(bullet.text) if f.unit == "code"]
        found += [(i, start, end) for start, end in codes]
        found += [(i, start, end) for start, end, form in names(bullet.text)
                  if form in cited and not any(a < end and start < b for a, b in codes)]
    return found


def code_changed(case: EvalCase, rng: random.Random) -> EvalCase | None:
    """One digit of a code or of a name with a number changed: "MK-3475" → "MK-3476", "CD20" → "CD21"."""
    found = _code_spans(case)
    rng.shuffle(found)
    for index, start, end in found:
        text = case.bullets[index].text
        cited = {form for s in case.sources if s.id in case.bullets[index].source_ids for _, _, form in names(s.text)}
        k = rng.choice([k for k in range(start, end) if text[k].isdigit()])
        for digit in rng.sample([d for d in "0123456789" if d != text[k]], 9):
            changed = text[:k] + digit + text[k + 1 :]
            # "HIV-1" → "HIV-2" where the source says "HIV-1/2" names what the source names: no change.
            if not any(form in cited for a, b, form in names(changed) if a <= k < b):
                return _replace(case, index, changed)
    return None


def range_bound_swapped(case: EvalCase, rng: random.Random) -> EvalCase | None:
    """The bound before a range turned: "at least 4-6 weeks since chemotherapy" → "at most 4-6 weeks since"."""
    found = [(i, f) for i, f in _facts(case, (FactKind.VALUE, FactKind.TEMPORAL))
             if f.label in ("minimum", "maximum") and f.low is not None and f.high is not None]
    rng.shuffle(found)
    for index, fact in found:
        swapped = _swap_in(case.bullets[index].text, fact.start, fact.end, _COMPARATOR_SWAPS, before_a_number=True)
        if swapped:
            return _replace(case, index, swapped)
    return None


# How an amount is counted, said in or right after a fact: "7 consecutive days", "7 days in a row".
_QUALIFIERS = re.compile(
    r"\b(?:consecutive|alcoholic|cumulative)\s+|\b(?:the\s+)?equivalent\s+of\s+|\ba\s+total\s+of\s+", re.IGNORECASE
)
_IN_A_ROW = re.compile(r"\s+in\s+a\s+row\b", re.IGNORECASE)


def qualifier_dropped(case: EvalCase, rng: random.Random) -> EvalCase | None:
    """How an amount is counted lost: "7 consecutive days" → "7 days", "14 alcoholic drinks" → "14 drinks"."""
    found: list[tuple[int, int, int]] = []
    for index, fact in _facts(case, (FactKind.VALUE, FactKind.TEMPORAL)):
        text = case.bullets[index].text
        found += [(index, fact.start + m.start(), fact.start + m.end()) for m in _QUALIFIERS.finditer(fact.text)]
        if (row := _IN_A_ROW.match(text, fact.end)) is not None:
            found.append((index, row.start(), row.end()))
    if not found:
        return None
    index, start, end = rng.choice(sorted(set(found)))
    text = case.bullets[index].text
    return _replace(case, index, text[:start] + text[end:])


MUTATIONS: dict[str, Mutation] = {
    "number_changed": number_changed,
    "comparator_swapped": comparator_swapped,
    "unit_changed": unit_changed,
    "negation_dropped": negation_dropped,
    "negation_added": negation_added,
    "bullet_dropped": bullet_dropped,
    "section_moved": section_moved,
    "time_window_dropped": time_window_dropped,
    "time_window_shifted": time_window_shifted,
    "invented_number": invented_number,
    "merged_lost": merged_lost,
    # Last, so that the types above draw the same planted errors from the shared random stream as before.
    "code_changed": code_changed,
    "range_bound_swapped": range_bound_swapped,
    "qualifier_dropped": qualifier_dropped,
    "clause_dropped": clause_dropped,
    "group_dropped": group_dropped,
    "negation_moved": negation_moved,
    "term_swapped": term_swapped,
    "key_word_dropped": key_word_dropped,
    "and_or_swapped": and_or_swapped,
    "rate_changed": rate_changed,
    "quantifier_swapped": quantifier_swapped,
}
# Measured and held to the baseline, not part of `detection_min`. clause_dropped: a left-out item is found by its
# words, by the gap in its list, by the words a near-copy skips, one sex of two or frame words by themselves
# (translator.fidelity_items, _deleted_items, _sexes, _frames): an item of everyday words with reworded neighbours, a
# part of a reworded term, or no list member goes unseen. (negation_moved, gated since every planted case was caught:
# translator.fidelity_negation_scope sees the same verb un-negated and any negation stranded, "do not, you".)
# term_swapped: a word swapped for its pair is found by translator.fidelity_swaps where the source's word is said less
# often than the source says it, or a gloss in brackets contradicts its words; one swapped among several mentions
# of its pair, or beside a gloss that says the source's word again, goes unseen.
# key_word_dropped: a word that narrows its noun ("symptomatic", "allogeneic") is found gone by
# translator.fidelity_key_words unless a bullet says one of its wordings elsewhere ("donor" in another sentence).
# and_or_swapped: "and" between two items turned "or" or back is found by translator.fidelity_joins where a bullet
# joins the same two words the other way; a join beside reworded items, or in a bullet that joins them both ways,
# goes unseen.
# rate_changed: a period or a body weight an amount is given per, changed or dropped, is found by
# translator.fidelity_periods where the bullets' rates differ from the source's; measured apart while its sample is
# small (25 corpus and 21 Chia cases state a rate, all caught at checks-40): one miss weighs 4%, so the baseline pins
# 0.95.
# quantifier_swapped: a list's "any of" turned "all of" or back, or a "whichever" choice turned, is found by
# translator.fidelity_quantifiers and translator.fidelity_whichever; measured apart while new (2026-12-07).
UNGATED = frozenset({"clause_dropped", "term_swapped", "key_word_dropped", "and_or_swapped", "rate_changed",
                     "quantifier_swapped"})
