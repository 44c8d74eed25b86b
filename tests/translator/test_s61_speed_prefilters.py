"""The pure-speed shortcuts of session 61 give the answers of the scans they skip (translator.fidelity_swaps,
fidelity_key_words, fidelity_named_alternatives, offline_example_words)."""

from __future__ import annotations

import re

import pytest

from translator.fidelity_key_words import unsaid_key_words
from translator.fidelity_named_alternatives import _written
from translator.fidelity_swaps import mentions
from translator.offline_example_words import examples_said


def test_mentions_are_read_once_but_handed_out_as_copies() -> None:
    text = "Liver or kidney disease; hepatitis C virus (HCV) or renal (kidney) failure"
    first = mentions(text)
    assert first == {"organ": {"the kidneys": 2, "the liver": 1}, "hepatitis": {"hepatitis C": 1}}
    first["organ"]["the liver"] += 5  # a caller changing its answer
    del first["hepatitis"]
    assert mentions(text) == {"organ": {"the kidneys": 2, "the liver": 1}, "hepatitis": {"hepatitis C": 1}}


def test_mentions_in_capitals_pass_the_literal_prefilter() -> None:
    assert mentions("METASTATIC disease of the LIVER") == {"organ": {"the liver": 1}}
    assert mentions("Prior treatment with any investigational drug") == {}


@pytest.mark.parametrize(("source", "bullet", "spans"), [
    ("Known METASTATIC brain disease", "You have brain disease.", [(6, 16)]),
    ("Known METASTATIC brain disease", "You have brain disease that has spread.", []),
    ("Symptomatic congestive heart failure", "You have heart failure.", [(0, 11)]),
    ("Symptomatic congestive heart failure", "You have heart failure with symptoms.", []),
    ("Congestive heart failure", "You have heart failure.", []),
])
def test_key_words_found_in_any_case(source: str, bullet: str, spans: list[tuple[int, int]]) -> None:
    assert unsaid_key_words(source, [bullet]) == spans


@pytest.mark.parametrize(("text", "said"), [
    ("Other cancers (excluding basal cell carcinoma).", "Other cancers (except basal cell carcinoma)."),
    ("Any infection, including hepatitis B.", "Any infection, such as hepatitis B."),
    ("Any heart disease.", "Any heart disease."),
    ("Prior cancer, excluding them from the study.", "Prior cancer, excluding them from the study."),
])
def test_examples_said_with_and_without_the_words(text: str, said: str) -> None:
    assert examples_said(text) == said


@pytest.mark.parametrize("words", [
    "your liver (hepatic) function", "nonhepatic", "non-hepatic", "hepatitis", "1hepatic", "hepatic", "", "x hepat",
    "cardiac hepatic", "ahepatic hepatic",
])
@pytest.mark.parametrize(("name", "others"), [
    ("Hepatic", set()), ("hepatic", {"hepatitis"}), ("hep", set()), ("", set()),
])
def test_written_is_the_word_start_search_it_replaced(name: str, others: set[str], words: str) -> None:
    # the pattern `_written` compiled for each name before: the name's first letters after no letter or digit
    folded = name.casefold()
    shared = max((next((i for i, (a, b) in enumerate(zip(folded, o, strict=False)) if a != b), min(len(folded), len(o)))
                  for o in others if not (o.startswith(folded) or folded.startswith(o))), default=0)
    part = folded[: min(len(folded), max(5, shared + 1))]
    assert _written(name, others, words) is (re.search(rf"(?<![a-z0-9]){re.escape(part)}", words) is not None)
