"""HTML character references in criteria text ("Day &#8722;1", "\\&gt; 6 months", "Investigator\\&#39;s") are read
as the characters they stand for, with every clean character still mapped to the raw text."""

from __future__ import annotations

import itertools
from html import unescape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.corpus import corpus_by_id
from tests.translator.test_offline import said
from translator.facts import extract_facts
from translator.outline import parse_criteria
from translator.text import clean_segments, clean_text, raw_offset
from translator.translation import SectionKind


def _clean(raw: str) -> str:
    text, _ = clean_segments(raw, [(0, len(raw))])
    assert clean_text(raw, [(0, len(raw))]) == text
    return text


@pytest.mark.parametrize(("raw", "clean"), [
    ("Positive test at screening or Day &#8722;1", "Positive test at screening or Day −1"),
    ("HbA1c of \\&gt; 6.5% or BSF\\&gt;=126 mg/dL", "HbA1c of > 6.5% or BSF>=126 mg/dL"),  # the "&" escaped
    ("in the Investigator\\&#39;s opinion", "in the Investigator's opinion"),
    ("eGFR &lt; 60 and &#x2265; 30", "eGFR < 60 and ≥ 30"),
    # a space or a control, no character at all, an unknown name: kept as written
    ("a&#32;b &#0; &#xZZ; &nbsp; AT&T", "a&#32;b &#0; &#xZZ; &nbsp; AT&T"),
    ("\\\\&gt; x \\& y", "\\> x & y"),  # an escaped backslash before one; an escaped "&" alone
])
def test_references_are_read_as_their_characters(raw: str, clean: str) -> None:
    assert _clean(raw) == clean


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from([*"ab \\&#;x\n", "gt", "lt", "amp", "39", "8722", "32", "0"]),
                         max_size=20).map("".join), min_size=1, max_size=4))
def test_the_fast_path_and_the_map_agree_and_every_character_maps_back(parts: list[str]) -> None:
    raw = "".join(parts)
    bounds = list(itertools.accumulate((len(p) for p in parts), initial=0))
    segments = list(itertools.pairwise(bounds))
    text, runs = clean_segments(raw, segments)
    assert clean_text(raw, segments) == text
    for i, ch in enumerate(text):
        if ch == " ":
            continue
        at = raw_offset(runs, i)
        if raw[at] != ch:  # a reference read as its character: the map points at its "&"
            assert raw[at] == "&" and unescape(raw[at: raw.index(";", at) + 1]) == ch, (raw, text, i)


def test_a_record_with_a_reference_is_translated_with_its_character() -> None:
    raw = corpus_by_id()["NCT02596399"]["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    criterion = next(c for c in parse_criteria(raw).criteria if "Day" in c.text and "pregnancy" in c.text)
    assert criterion.text.endswith("Day −1") and "8722" not in {f.text for f in extract_facts(criterion.text)}
    assert raw[slice(*criterion.raw_span(len(criterion.text) - 2, len(criterion.text)))] == "&#8722;1"
    assert said(criterion.text, SectionKind.EXCLUSION) == (
        "You have a positive serum pregnancy test result at screening or Day −1.")
