"""Facts read from more source wordings (session 48): insulin doses with glued units, bounds on "normal", slashed
and "than"-less comparators, numbers glued to their words; the offline wording that says them; and the checks that
now guard them (the loss is found, the faithful wording passes)."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from tests.translator.test_offline import said
from translator.facts import extract_facts


def keys(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.key) for f in extract_facts(text) if f.kind.value == "value"]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # NCT02752412: a glued "5U/day" was no fact at all, and "≥15 U/day" lost its unit
        ("Average insulin glargine daily dose ≥15 U/day or <5U/day calculated for the last 3 days before Visit 7.",
         [("≥15 U/day", "value|>=|15||U/day||"), ("<5U/day", "value|<||5|U/day||")]),
        # NCT03179332, NCT05928260, NCT03091673: doses per kilogram
        ("Insulin treated for at least 12 months with total insulin dose <1.2U/kg/day.",
         [("<1.2U/kg/day", "value|<||1.2|U/kg/day||")]),
        ("Insulin dose requirement of at least 0.5U/kg", [("at least 0.5U/kg", "value|>=|0.5||U/kg||")]),
        ("use of > 2.0 U/kg total insulin dose per day", [("> 2.0 U/kg", "value|>|2||U/kg||")]),
        # NCT02305381, NCT02135640: international units per kilogram and per day
        ("basal insulin (minimum of 0.25 IU/kg/day and/or 20 IU/day of: insulin glargine",
         [("minimum of 0.25 IU/kg/day", "value|>=|0.25||IU/kg/day||"), ("20 IU/day", "value|=|20||IU/day||")]),
        ("Supplemental vitamin D (>1000 IU/day)", [(">1000 IU/day", "value|>|1000||IU/day||")]),
        ("Doses of a basal insulin must be between 0.3 unit/kg/day and 1 unit/kg/day.",
         [("between 0.3 unit/kg/day and 1 unit/kg/day", "value|range|0.3|1|U/kg/day||")]),
        # NCT00287859, NCT00088933: "normal" alone bounded: above its upper limit, "=<" at most the upper limit
        ("defined as CA 125 > normal that has increased", [("> normal", "value|>|1||x ULN||"),
                                                         ("increased", "value|||||||elevated")]),
        ("SGOT and SGPT =< normal AND alkaline phosphatase =<4.0 times ULN",
         [("=< normal", "value|<=||1|x ULN||"), ("=<4.0 times ULN", "value|<=||4|x ULN||")]),
        ("TSH < normal.", [("< normal", "value|<||1|x LLN||")]),
        # NCT00508365, NCT02727777: "/<" and "< /=" are "at most"
        ("average sitting SBP < 110 mm Hg and/or DBP /< 50 mm Hg",
         [("< 110 mm Hg", "value|<||110|mmHg||"), ("/< 50 mm Hg", "value|<=||50|mmHg||")]),
        ("total bilirubin < /=1.5 x upper limit of normal (ULN)",
         [("< /=1.5 x upper limit of normal (ULN)", "value|<=||1.5|x ULN||")]),
        # NCT01518998, NCT00925353: "than" left out
        ("more 115mmHg of SiDBP and/or more 185 mmHg", [("more 115mmHg", "value|>|115||mmHg||"),
                                                        ("more 185 mmHg", "value|>|185||mmHg||")]),
        ("PR interval greater 200 msec", [("greater 200 msec", "value|>|200||ms||")]),
        # "= or greater Grade 2" is at least grade 2, not more than it
        ("Patient has = or greater Grade 2 peripheral neuropathy", [("= or greater Grade 2", "value|>=|2||grade||")]),
    ],
)
def test_values_read(source: str, expected: list[tuple[str, str]]) -> None:
    assert keys(source) == expected


def test_bare_words_stay_unbounded() -> None:
    # "above normal frequency" qualifies a noun; "5 u/day" in lower case is no insulin unit
    assert keys("excess of 2-3 stools/day above normal frequency")[-1] == ("normal", "value|||||||normal")
    assert keys("5 u/day") == [("5", "value|=|5||||")]


@pytest.mark.parametrize(
    ("source", "kind", "bullet"),
    [
        ("Average insulin glargine daily dose ≥15 U/day or <5U/day calculated for the last 3 days before Visit 7.", INC,
         "Average insulin glargine daily dose 15 U/day or more, or less than 5 U/day calculated for the last 3 days "
         "before Visit 7."),
        ("Insulin treated for at least 12 months with total insulin dose <1.2U/kg/day.", INC,
         "Insulin treated for at least 12 months with total insulin dose less than 1.2 U/kg/day."),
        ("Severe hypertension patients; more 115mmHg of SiDBP and/or more 185 mmHg of Sitting systolic blood pressure "
         "(SiSBP)", INC,
         "Severe high blood pressure patients; more than 115 mmHg of SiDBP and/or more than 185 mmHg of Sitting "
         "systolic blood pressure (SiSBP)"),
        ("PR interval greater 200 msec, QRS duration greater than 120 msec", INC,
         "Your PR interval is more than 200 ms, your QRS duration is more than 120 ms."),
        ("Older than18 years;", INC, "You are older than 18 years."),
        ("Subject who is participating in another trial or took other investigational product within12 weeks from the "
         "screening visit", EXC, "You are taking part in another trial or took other experimental treatment within 12 "
         "weeks from the screening visit."),
        ("Measurable or evaluable disease OR disease assessable by CA 125, defined as CA 125 > normal that has "
         "increased over 2 readings > 14 days apart", INC,
         "Measurable or evaluable disease OR disease assessable by cancer antigen 125 (CA 125), defined as CA 125 "
         "above the upper limit of normal that has increased over 2 readings more than 14 days apart"),
        # "more 1.5 times than upper limit of normal": its "than" comes later; the facts read it as > 1.5 x ULN
        # (translator.units), so it is worded in order
        ("Creatinine more 1.5 times than upper limit of normal", EXC,
         "Your creatinine is more than 1.5 times the upper limit of normal."),
    ],
)
def test_offline_wording(source: str, kind: object, bullet: str) -> None:
    assert said(source, kind) == bullet  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("source", "faithful", "broken"),
    [
        ("Total insulin dose <1.2U/kg/day.", "Your total insulin dose is less than 1.2 U/kg/day.",
         "Your total insulin dose is less than 1.2 U/kg."),
        ("Insulin dose of ≥ 30 U/day.", "Your insulin dose is 30 units a day or more.",
         "Your insulin dose is 30 U/kg/day or more."),
        ("DBP /< 50 mm Hg.", "Your DBP is 50 mmHg or less.", "Your DBP is 50 mmHg."),
        ("SBP more 185 mmHg.", "Your SBP is more than 185 mmHg.", "Your SBP is less than 185 mmHg."),
        ("CA 125 > normal.", "Your CA 125 is above the upper limit of normal.", "Your CA 125 is normal."),
    ],
)
def test_checks_guard_the_new_facts(source: str, faithful: str, broken: str) -> None:
    assert checks(source, faithful, INC) == []
    assert checks(source, broken, INC) != []
