"""The mutation generator on odd but valid input: a record with one criterion, only headers, numbers only, and
cases whose bullets are anything a backend may write (empty, other scripts, codes without digits). Every
operator returns a mutated case or None, and the mutated case can be checked; none raises.
"""

from __future__ import annotations

import random
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evals.cases import CaseBullet, CaseSource, EvalCase, case_errors, cases_from_translation
from evals.mutations import MUTATIONS
from translator.criteria import SectionKind
from translator.offline import OfflineBackend
from translator.outline import parse_criteria
from translator.pipeline import Translator

_ANY_CHAR = st.characters(codec="utf-8", exclude_categories=["Cs"])
_PIECES = [
    "≥", "<", "at least", "at most", "no more than", "over", "no", "not", "never", "without", "18", "1.5", "0", "1,000",
    "1.2.3", "9" * 30, "10^9/L", "x ULN", "mg/dL", "%", "years", "4-6 weeks", "within", "before", "after", "prior to",
    "since", "surgery", "consecutive", "in a row", "a total of", "MK-3475", "CD20", "HIV-1/2", "CD٢٠", "MK-³",
    "You are", "You have", "(", ")", ";", "；", "（", "）", ":", "-", "\u00a0", "\u200b", "\u0301", "٣", "²", "①",
]  # fmt: skip
_PIECE = st.one_of(st.sampled_from(_PIECES), st.text(_ANY_CHAR, max_size=5))
TEXT = st.one_of(st.lists(_PIECE, max_size=14).map(" ".join), st.lists(_PIECE, max_size=14).map("".join), st.just(""))
_KIND = st.sampled_from(list(SectionKind))
_ID = st.sampled_from(["I1", "I1.1", "E1", "E2", "O1", "", "X9"])


@st.composite
def cases(draw: st.DrawFn) -> EvalCase:
    sources = [CaseSource(id=i, kind=k, text=t) for i, k, t in draw(st.lists(st.tuples(_ID, _KIND, TEXT), max_size=4))]
    bullets = [CaseBullet(text=t, source_ids=ids, kind=k)
               for t, ids, k in draw(st.lists(st.tuples(TEXT, st.lists(_ID, max_size=3), _KIND), max_size=4))]
    if draw(st.booleans()):  # the sources' own words as bullets: a faithful case to plant errors in
        bullets += [CaseBullet(text=s.text, source_ids=[s.id], kind=s.kind) for s in sources]
    return EvalCase(case_id="T:1", nct_id="NCT00000001", origin="test", sources=sources, bullets=bullets)


def _mutate_every_way(case: EvalCase, seed: int) -> None:
    for name, mutate in MUTATIONS.items():
        mutated = mutate(case, random.Random(seed))
        if mutated is not None:
            case_errors(mutated)
        assert mutated is None or isinstance(mutated, EvalCase), name


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases(), st.integers(0, 1000))
def test_every_operator_takes_any_case(case: EvalCase, seed: int) -> None:
    _mutate_every_way(case, seed)


@cache
def translator() -> Translator:
    return Translator(OfflineBackend())


_LEADS = st.sampled_from(["* ", "- ", "1. ", "  * ", "", "Inclusion Criteria:\n", "Exclusion Criteria:\n"])
_ODD_TEXTS = st.one_of(
    st.just("Inclusion Criteria:"),
    st.just("Inclusion Criteria:\n\nExclusion Criteria:"),
    st.lists(st.sampled_from(["1", "18", "2.5", "0", "-", "*", "≥ 3", "10^9", "1.", "(1)"]), min_size=1, max_size=6)
    .map("\n".join),
    st.lists(st.tuples(_LEADS, TEXT), min_size=1, max_size=4).map(lambda lines: "\n".join(a + b for a, b in lines)),
)  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ODD_TEXTS, st.integers(0, 1000))
def test_every_operator_takes_the_cases_of_an_odd_record(text: str, seed: int) -> None:
    doc = parse_criteria(text)
    for case in cases_from_translation(doc, translator().translate(doc), origin="offline"):
        _mutate_every_way(case, seed)

