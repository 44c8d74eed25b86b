"""regex_literals.Rules: the rules it hands out for a text are exactly those whose own prefilter lets them run, in
order, so plain_edits and word_edits make the same edits as testing each rule in turn."""

from __future__ import annotations

import re

import pytest

from tests.corpus import corpus_path, corpus_records, criteria_text
from translator import offline_plain, offline_words
from translator.offline_plain import plain_edits, polish
from translator.offline_words import polish_words
from translator.regex_literals import Haystack, Literals, Replacement, Rules, substitute


def _one_by_one(rules: Rules[str], text: str) -> list[tuple[Literals, str]]:
    haystack = Haystack(text)
    return [rule for rule in rules.rules if rule[0].possible(haystack)]


def test_rules_keep_order_and_mix_cases() -> None:
    rules = Rules([
        (Literals(re.compile(r"prior to", re.I)), "before"),
        (Literals(re.compile(r"\bHIV\b")), "exact"),
        (Literals(re.compile(r"\d+")), "always"),  # no needle: always run
        (Literals(re.compile(r"prior (?:to|within)", re.I)), "shared needle"),
    ])
    said = [value for _, value in rules.possible(Haystack("PRIOR to HIV testing"))]
    assert said == ["before", "exact", "always", "shared needle"]
    assert [value for _, value in rules.possible(Haystack("hiv"))] == ["always"]  # the exact needle keeps its case
    # a dotless "ı" folds to "i" in a case-insensitive match only: every case-insensitive rule is run
    assert [value for _, value in rules.possible(Haystack("prıor"))] == ["before", "always", "shared needle"]


def test_plain_edits_on_a_criterion() -> None:
    """The edits main made before the prefilter (measured on its tree)."""
    text = (
        "Participation in another clinical trial prior to enrollment in the study, in the opinion of the investigator"
    )
    assert [(e.start, e.end, e.text) for e in plain_edits(text)] == [
        (0, 16, "Taking part in"),
        (40, 72, "before joining the study"),
        (74, 108, "in the study doctor's view"),
    ]


@pytest.mark.skipif(not corpus_path().exists(), reason="needs the shared corpus")
def test_rules_match_each_rules_own_prefilter_on_criteria() -> None:
    lines = [line for record in corpus_records()[:60] for line in criteria_text(record).splitlines() if line.strip()]
    lines += [line.upper() for line in lines[:200]] + ["Prıor to ſtudy entry", "İnvestigator's opinion"]
    handed = 0
    for rules in (offline_plain._PATTERNS, offline_words._PATTERNS):
        for text in lines:
            found = rules.possible(Haystack(text))
            assert found == _one_by_one(rules, text), text
            handed += len(found)
    assert handed > 500


def test_substitute_reads_the_text_each_rule_made() -> None:
    """A later rule is tested on the text the rules before it made: it runs where an earlier rule wrote its words,
    and not where an earlier rule took them away."""
    rules: Rules[Replacement] = Rules([
        (Literals(re.compile(r"prior to", re.I)), "before"),
        (Literals(re.compile(r"\bbefore surgery\b")), "before the operation"),
        (Literals(re.compile(r"\bprior\b")), "PRIOR"),  # its needle went with the first rule's change
    ])
    assert substitute(rules, "Stopped prior to surgery") == "Stopped before the operation"
    assert substitute(rules, "no prior surgery") == "no PRIOR surgery"
    assert substitute(rules, "nothing to change") == "nothing to change"


def test_polish_on_composed_bullets() -> None:
    assert polish("You are able to give written consent.") == "You can give written consent."
    assert polish_words("You have the ability to swallow pills.") == "You are able to swallow pills."
