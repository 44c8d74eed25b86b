"""The literal prefilters of translator.regex_literals: the strings they ask for, and that they never skip a match."""

from __future__ import annotations

import re
import string

import pytest

from tests.corpus import corpus_path, corpus_records, criteria_text
from translator import offline_plain, offline_same_time_adjectives, offline_words
from translator.regex_literals import FOLDS_TO_ASCII, Haystack, Literals, required, substitute


@pytest.mark.parametrize(
    ("pattern", "needles"),
    [
        (re.compile(r"prior to"), ("prior to",)),
        (re.compile(r"Prior To", re.I), ("prior to",)),  # compared with the lower-cased text
        (re.compile(r"(?<![\w-])participate in(?![\w-])", re.I), ("participate in",)),
        # the longest run a match must have; an optional group requires nothing
        (re.compile(r"a\s+history\s+of(?:\s+any)?", re.I), ("history",)),
        # one of the alternatives of a branch, each by its own best run
        (re.compile(r"(?:concurrent|concomitant|simultaneous)\s+\w+", re.I),
         ("concomitant", "concurrent", "simultaneous")),
        (re.compile(r"(?:study\s+)?(?:enrollment|registration)", re.I), ("enrollment", "registration")),
        # a repeat taken at least once requires what it repeats
        (re.compile(r"(?:ab)+c"), ("ab",)),
        (re.compile(r"(?:xyz)*q"), ("q",)),
        # an alternative that requires nothing makes the branch require nothing
        (re.compile(r"(?:abc|\d+)d"), ("d",)),
        # case kept where the pattern keeps it; a case-sensitive group in a case-insensitive pattern is read
        # lower-cased, as the text it is looked for in (other groups with flags of their own are left out)
        (re.compile(r"\bYou are able to\b"), ("You are able to",)),
        (re.compile(r"the\s+(?-i:Investigator)", re.I), ("investigator",)),
        (re.compile(r"the\s+(?-i:Investigat\u00f6r)", re.I), ("the",)),
        (re.compile(r"the\s+(?x:Investigator)", re.I), ("the",)),
        # outside ASCII, case-insensitive matching has rules of its own: no run goes through such a letter
        (re.compile(r"na\u00efve\s+patient", re.I), ("patient",)),
        (re.compile(r"caf\u00e9"), ("caf\u00e9",)),
        (re.compile(r"[Pp]rior"), ("rior",)),
        (re.compile(r"\d+\s*\w+"), ()),
    ],
)
def test_required_strings(pattern: re.Pattern[str], needles: tuple[str, ...]) -> None:
    assert required(pattern) == needles


def test_possible_only_with_a_needle() -> None:
    literals = Literals(re.compile(r"(?<![\w-])prior to(?![\w-])", re.I))
    assert literals.possible(Haystack("Treatment PRIOR TO surgery"))
    assert not literals.possible(Haystack("Treatment before surgery"))
    sensitive = Literals(re.compile(r"\bYou are able to\b"))
    assert not sensitive.possible(Haystack("you are able to walk"))
    assert list(sensitive.finditer(Haystack("you are able to walk"))) == []
    assert [m.group() for m in sensitive.finditer(Haystack("You are able to walk"))] == ["You are able to"]


def test_a_letter_lowering_cannot_show_is_searched_in_full() -> None:
    # "İ" matches "i" case-insensitively, but "PRİOR".lower() is "pri̇or", which has no "prior" in it
    literals = Literals(re.compile(r"prior", re.I))
    assert literals.pattern.search("PR\u0130OR TO")
    assert literals.possible(Haystack("PR\u0130OR TO"))
    assert Haystack("PR\u0130OR").lower is None
    assert Haystack("\u2265 18 years prior").lower == "\u2265 18 years prior"


def test_folds_to_ascii_lists_every_letter_lowering_misses() -> None:
    """Every character outside ASCII that a case-insensitive ASCII letter matches either lowers to that letter or is
    in FOLDS_TO_ASCII (the regex engine's own case folding, read over every code point)."""
    letters = re.compile(r"[a-z]", re.I)
    missed = set()
    for code in range(128, 0x110000):
        char = chr(code)
        if letters.fullmatch(char):
            matched = [a for a in string.ascii_lowercase if re.fullmatch(a, char, re.I)]
            if char.lower() not in matched:
                missed.add(char)
    assert missed <= FOLDS_TO_ASCII
    assert missed  # the engine does fold some: a list that is empty now would need reading again


def test_substitute_runs_each_rule_on_what_the_rules_before_made() -> None:
    rules: list[tuple[Literals, str]] = [
        (Literals(re.compile(r"\bprior to\b")), "before"),
        (Literals(re.compile(r"\bbefore surgery\b")), "before the operation"),
        (Literals(re.compile(r"\bnever seen\b")), "unseen"),
    ]
    assert substitute(rules, "Stopped prior to surgery") == "Stopped before the operation"
    assert substitute(rules, "nothing to change") == "nothing to change"


@pytest.mark.skipif(not corpus_path().exists(), reason="needs the shared corpus")
def test_prefilters_never_skip_a_match_in_criteria() -> None:
    """The offline backend's stock-phrase patterns over the lines of real criteria (and their upper-cased copies):
    wherever a pattern matches, its prefilter lets it run."""
    rules = [
        *(literals for literals, _ in offline_plain._PATTERNS),
        *(literals for literals, _ in offline_plain._POLISHED),
        *(literals for literals, _ in offline_words._PATTERNS),
        *(literals for literals, _ in offline_words._POLISHED),
        offline_same_time_adjectives._SAME_TIME,
    ]
    assert sum(1 for r in rules if r.needles) > 0.9 * len(rules)  # nearly every pattern is prefiltered
    lines = [line for record in corpus_records()[:40] for line in criteria_text(record).splitlines() if line.strip()]
    matched = 0
    for text in [*lines, *(line.upper() for line in lines)]:
        haystack = Haystack(text)
        for literals in rules:
            if literals.pattern.search(text):
                matched += 1
                assert literals.possible(haystack), (literals.pattern.pattern, text)
    assert matched > 100
