"""Numbers the offline backend leaves as written because they are part of a name, and how a slash between two
numbers is said.

- "Study 339-14-001", "MK-3475", "10:00": a number glued to more code is a name, not a range to reword;
- "HIV 1/2 antibodies", "HSV 1/2", "CDK 4/6", "phase 1/2", "phase 2-3", "Days 1-2": a pair after the name of a
  virus, a gene, a family or a study's part names those parts ("HIV 1 to 2" read as a span of types); written with a
  hyphen ("HIV-1/2") the first rule already keeps it;
- "ECOG 0/1", "grade 3/4", "class III/IV": a slash between two neighbouring whole numbers is "or" ("0 or 1", as a
  score is said), never "to", which the backend says for "0-1".
"""

from __future__ import annotations

import re

from translator.facts import Fact

# a virus, a gene, a protein family or a kind whose types a slash pair names
_NAMES_TYPES = re.compile(
    r"\b(?:HIV|HTLV|HSV|HPV|HBV|HCV|HHV|HLA|CDK|PARP|MEK|BRCA|PD-L?|IL|types?|serotypes?|genotypes?|subtypes?|"
    # a study's parts: "a phase 1/2 study" is one study of both phases, "Cohorts 1/2" both cohorts
    r"phases?|parts?|cohorts?|arms?|doses?|days?|weeks?|visits?|cycles?|steps?|periods?)\s*$",
    re.IGNORECASE,
)
# two numbers a slash or a hyphen joins: "HIV 1/2", "phase 2-3", "type 1-2 diabetes"
_PAIR = re.compile(r"(?<![\d.])(?:\d+|[IVX]+)\s*[/\-–]\s*(?:\d+|[IVX]+)(?![\d.])")


def part_of_a_code(text: str, fact: Fact) -> bool:
    """Whether the fact's number is part of a name: glued to more code, a clock time, or a slash pair of types."""
    before = text[fact.start - 1 : fact.start]
    after = text[fact.end : fact.end + 1]
    if (before == ":" and text[fact.start - 2 : fact.start - 1].isdigit()) or (
        after == ":" and text[fact.end + 1 : fact.end + 2].isdigit()
    ):
        return True  # "10:00 hours until 17:00 hours" are clock times, not the numbers 10, 0 and 17
    pair = _PAIR.search(fact.text)  # the name may be the fact's own first word: "phase 1/2"
    if pair is not None and _NAMES_TYPES.search(text, 0, fact.start + pair.start()):
        return True
    return before in ("-", "/", ".") or (after in ("-", ".") and text[fact.end + 1 : fact.end + 2].isalnum())


_SLASHED = re.compile(r"(?<![\w.])(?:\d+|[IVX]+)\s*/\s*(?:\d+|[IVX]+)(?![\w.]|/)")


def either_of_two(fact: Fact) -> bool:
    """Whether the fact is two neighbouring whole numbers joined by a slash ("0/1", "III/IV"): "0 or 1"."""
    low, high = fact.low, fact.high
    return (
        _SLASHED.search(fact.text) is not None
        and low is not None
        and high is not None
        and low.is_integer()
        and high == low + 1
    )
