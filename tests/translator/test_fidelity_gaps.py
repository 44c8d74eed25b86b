"""Blind spots of the fidelity checks, closed on real corpus criteria: a bound before a range, a negation masked by
another said twice, codes and names with a number, double negatives. Each rule with the real error it must still
catch beside the faithful wordings it must let through."""

from __future__ import annotations

import pytest

from tests.translator.test_fact_leftovers import criterion, judge, keys
from translator.facts import extract_facts
from translator.fidelity import errors
from translator.phrasing import phrase


def _checks(source: str, bullet: str) -> list[str]:
    return sorted({f.check for f in errors(judge(source, bullet))})


# --- A bound before a range ("at least 4-6 weeks"): a floor or a ceiling somewhere in the range ---------------


def test_a_bound_before_a_range_is_part_of_the_fact() -> None:
    at_least, at_most, bare = (keys(f"{bound}4-6 weeks since prior chemotherapy")[0]
                               for bound in ("at least ", "at most ", ""))
    assert at_least == "temporal|range|4|6|week|since||minimum"
    assert at_most == "temporal|range|4|6|week|since||maximum"
    assert bare == "temporal|range|4|6|week|since|"


@pytest.mark.parametrize(("text", "key"), [
    ("at least 2-3 times the upper limit of normal", "value|range|2|3|x ULN|||minimum"),
    ("Q-wave depth greater than 0.4-0.5", "value||0.4|0.5||||minimum"),
    ("age > 18-75", "value|range|18|75|year||"),  # an age: the bound says the range's low end again
    ("at least 18 years of age to 65 years of age", "value|range|18|65|year||"),
    ("no more than 1-2 cycles", "value||1|2||||maximum"),  # a bound, not a negation
    ("up to 3-4 weeks", "value|range|3|4|week|||maximum"),
    ("a minimum of 4-6 weeks since chemotherapy", "temporal|range|4|6|week|since||minimum"),
    ("between 18 and 65 years", "value|range|18|65|year||"),  # "between" bounds both ends: the bare range
])
def test_bounds_before_ranges(text: str, key: str) -> None:
    assert keys(text) == [key]


def test_a_swapped_or_lost_bound_before_a_range_is_caught() -> None:
    source = criterion("NCT00002633", "At least 4-6 weeks since prior 5-alpha-reductase")
    # (the bullet names the condition too: without it, "benign prostatic hypertrophy" is lost, an error of its own)
    prefix = ("weeks have passed since you last took a 5-alpha-reductase inhibitor (e.g., finasteride) for benign "
              "prostatic hypertrophy")
    assert _checks(source, f"At least 4-6 {prefix}.") == []
    assert _checks(source, f"At least 4 to 6 {prefix}.") == []
    assert _checks(source, f"At most 4-6 {prefix}.") == ["fact_changed"]
    assert _checks(source, f"4-6 {prefix}.") == ["fact_changed"]


def test_an_age_range_with_a_bound_before_it_is_the_range() -> None:
    # NCT00275652: "at least 18 to 70 years old" is nobody's "at least somewhere from 18 to 70": ages 18 to 70.
    source = criterion("NCT00275652", "at least 18 to 70")
    start = ("You may be able to take part if you have long-term (chronic) hepatitis B with signs of liver scarring "
             "(cirrhosis) and you are ")
    for kept in ("at least 18 and no older than 70 years.", "18 to 70 years old.", "aged between 18 and 70."):
        assert _checks(source, start + kept) == []
    assert _checks(source, start + "18 to 75 years old.") == ["fact_changed"]


# --- "Little or no": a bound on an amount; and a negation masked by an acronym's spelling -----------------------

_NAFLD = ("You have an earlier documented diagnosis of NAFLD (non-alcoholic fatty liver disease) based on the AASLD "
          "criteria. NAFLD is defined either by past histology (tissue testing) or by clinical imaging, in people who "
          "drink little or {} alcohol and have no cause of secondary fatty liver (hepatic steatosis) and no other "
          "cause of long-term liver disease. You must also meet one of the following at screening, to show the "
          "NAFLD is ongoing:")


def test_little_or_no_that_lost_its_no_is_caught() -> None:
    # NCT05872269 I4, paraphrase 297: counted as a negation, the lost "no" hid behind "no cause … and no other
    # cause" (the source's one "do not have" said twice) and behind "non-alcoholic" (NAFLD spelled out).
    source = criterion("NCT05872269", "little or no alcohol")
    assert "value|||||||little or none" in keys(source)
    assert _checks(source, _NAFLD.format("no")) == []
    assert _checks(source, _NAFLD.format("a")) == ["fact_missing"]


@pytest.mark.parametrize(("source", "bullet"), [
    ("Little or no alcohol use", "You drink alcohol."),
    (criterion("NCT00770328", "Few or no medical problems"), "You have medical problems."),
    (criterion("NCT06646276", "little or no help"), "Participants must be healthy enough to do their normal "
     "activities with help based on the ECOG performance scale."),
])
def test_little_or_no_without_its_no_is_caught(source: str, bullet: str) -> None:
    assert _checks(source, bullet) == ["fact_missing"]


@pytest.mark.parametrize("bullet", ["You drink little or no alcohol.", "You drink no or very little alcohol.",
                                    "You drink hardly any alcohol.", "You drink little to no alcohol."])
def test_little_or_no_in_other_words(bullet: str) -> None:
    assert _checks("Little or no alcohol use", bullet) == []


def test_an_acronym_spelled_out_says_none_of_the_sources_negations() -> None:
    # "non-alcoholic" spells out "NAFLD": it cannot stand for the source's "no alcohol" the bullet lost.
    source = "No alcohol use; stable NAFLD"
    assert _checks(source, "You do not drink alcohol, and your NAFLD (non-alcoholic fatty liver disease) is "
                           "stable.") == []
    assert _checks(source, "You drink alcohol, and your NAFLD (non-alcoholic fatty liver disease) is stable.") == [
        "negation_dropped"]
    # Said by the source too, the spelled-out affix pairs with the source's own ("non-Hodgkin lymphoma (NHL)").
    nhl = "ANC > 1000 cells/mm^3, unless cytopenias due to non-Hodgkin lymphoma (NHL)"
    assert _checks(nhl, "Your ANC is more than 1000 cells/mm^3, unless cytopenias are due to non-Hodgkin lymphoma "
                        "(NHL).") == []


# --- Codes and names with a number ---------------------------------------------------------------------------


def test_a_protocol_code_is_compared_whole() -> None:
    source = criterion("NCT00081588", "TMC114-C215")
    assert "value|=|||code|||TMC114-C215" in keys(source)
    bullet = source.replace("TMC114-C215", "TMC114-C216")
    assert _checks(source, source) == []
    assert _checks(source, bullet) == ["fact_changed"]


@pytest.mark.parametrize(("text", "label"), [
    ("MK-3475", "MK3475"), ("MK 3475", "MK3475"), ("BMS-936558", "BMS936558"), ("ABT-199", "ABT199"),
    ("AZD9291", "AZD9291"), ("HLA-B*57:01", "HLA-B*5701"), ("HLA-B*5701", "HLA-B*5701"),
])
def test_drug_codes_and_alleles_are_one_fact(text: str, label: str) -> None:
    assert keys(f"prior {text}")[-1] == f"value|=|||code|||{label}"


@pytest.mark.parametrize("text", ["ANC1500/mm3", "CEP 17", "Compound 21", "CD20", "HER2"])
def test_counts_and_short_names_are_no_codes(text: str) -> None:
    assert not any("code" in k for k in keys(text))


def test_a_drug_code_changed_or_dropped_is_caught() -> None:
    source = criterion("NCT02630823", "MK-3475")
    assert _checks(source, source.replace("MK-3475", "MK 3475")) == []
    assert _checks(source, source.replace("MK-3475", "MK-3476")) == ["fact_changed"]
    assert _checks(source, source.replace("MK-3475", "pembrolizumab")) == ["fact_missing"]


def test_a_name_with_another_number_is_caught_and_plain_words_for_it_are_not() -> None:
    source = criterion("NCT00074165", "CD20 positive disease")
    assert _checks(source, "Your disease is CD20 positive.") == []
    assert _checks(source, "Your disease is CD19 positive.") == ["fact_changed"]
    assert _checks("Type 2 diabetes mellitus (T2DM)", "You have type 2 diabetes.") == []
    assert _checks("Type 2 diabetes mellitus (T2DM)", "You have type 2 diabetes (T12DM).") == ["fact_changed"]


def test_a_name_the_source_gives_two_numbers_may_take_either() -> None:
    source = criterion("NCT02631928", "HIV-1/2 antibodies")
    bullet = source.replace("HIV-1/2 antibodies", "HIV-1 or HIV-2 antibodies")
    assert _checks(source, bullet) == []
    assert _checks(source, bullet.replace("HIV-1 antigen", "HIV-3 antigen")) == ["fact_changed"]


# --- Double negatives -----------------------------------------------------------------------------------------

_CONDITION = "Participant does not have any condition that would lead to ineligibility."


@pytest.mark.parametrize(("bullet", "expected"), [
    ("You do not have any condition that would make you ineligible.", []),
    ("You have no condition that would lead to ineligibility.", []),
    ("You have a condition that would make you ineligible.", ["negation_dropped"]),
    ("You do not have any condition that would make you eligible.", ["negation_dropped"]),  # the affix lost
    ("You do not have any condition that would lead to eligibility.", ["negation_dropped"]),
    ("You do not have any condition that would not lead to ineligibility.", ["negation_added"]),
])
def test_a_negation_over_a_negative_word_stays_or_is_caught(bullet: str, expected: list[str]) -> None:
    assert _checks(_CONDITION, bullet) == expected


def test_refusal_that_will_not_result_in_ineligibility() -> None:
    source = criterion("NCT01137799", "will not result in ineligibility")
    assert _checks(source, source) == []
    assert _checks(source, source.replace("will not result", "will result")) == ["negation_dropped"]
    assert _checks(source, source.replace("ineligibility", "eligibility")) == ["negation_dropped"]


@pytest.mark.parametrize(("source", "bullet", "expected"), [
    ("Not unable to walk", "You are able to walk.", []),  # said positively: both negations go
    ("Not unable to walk", "You are not unable to walk.", []),  # kept: a warning only
    ("Not unable to walk", "You are unable to walk.", ["negation_dropped"]),
    ("Not unable to walk", "You are not able to walk.", ["negation_dropped"]),
    ("Patient must not be unwilling to comply with the protocol", "You are willing to follow the study rules.", []),
    ("Patient must not be unwilling to comply with the protocol", "You are unwilling to follow the study rules.",
     ["negation_dropped"]),
    ("Patient must not be unwilling to comply with the protocol", "You are not willing to follow the study rules.",
     ["negation_dropped"]),
])
def test_a_double_negative_said_positively_is_faithful_and_half_of_it_is_not(
        source: str, bullet: str, expected: list[str]) -> None:
    assert _checks(source, bullet) == expected


# --- A fraction after a comparator ("at least 1/2"): one value, not the levels 1 to 2 -------------------------


@pytest.mark.parametrize(("text", "key"), [
    ("at least 1/2 of the tumour", "value|>=|||fraction|||1/2"),
    ("more than 2/3 of the small intestine", "value|>|||fraction|||2/3"),
    ("less than 3/4 of the doses", "value|<|||fraction|||3/4"),
    ("at least 1/3 of the lesions", "value|>=|||fraction|||1/3"),
    ("1/2 or more of the tumour", "value|>=|||fraction|||1/2"),  # a bound after it
    # After a scale's name the neighbours stay a choice of levels.
    ("ECOG 0/1", "value|range|0|1|||"),
    ("grade ≥ 1/2 neuropathy", "value|range|1|2|grade||"),
    ("ECOG performance status ≤ 1/2", "value||1|2||||maximum"),
])
def test_a_fraction_after_a_comparator_is_one_value(text: str, key: str) -> None:
    assert keys(text) == [key]


def test_a_fraction_read_as_a_range_is_caught() -> None:
    # NCT00220805: "≥ 1/2 disc diameter" had read as "at least somewhere in 1 to 2", so "at least 1 to 2" passed.
    source = criterion("NCT00220805", "1/2 disc diameter")
    assert _checks(source, source.replace("≥ 1/2", "at least 1/2")) == []
    assert _checks(source, source.replace("≥ 1/2", "at least 1 to 2")) == ["fact_invented", "fact_missing"]
    assert _checks(source, source.replace("≥ 1/2", "at least 1/3")) == ["fact_changed"]
    small = criterion("NCT01590082", "more than 2/3 of the small")
    assert _checks(small, small.replace("more than 2/3", "more than 2 or 3")) == ["fact_invented", "fact_missing"]


# --- The edition of a classification ("WHO 2008", "RECIST 1.1", "CTCAE v5.0", "ICD-10"): a name, kept whole --------


@pytest.mark.parametrize(("text", "key"), [
    ("according to the WHO 2008 classification", "value|=|||code|||WHO 2008"),
    ("according to the 2008 WHO classification", "value|=|||code|||WHO 2008"),
    ("World Health Organization (WHO) 2016 criteria", "value|=|||code|||WHO 2016"),
    ("the WHO classification (2016)", "value|=|||code|||WHO 2016"),  # the year after, in brackets
    ("measurable disease per RECIST 1.1", "value|=|||code|||RECIST 1.1"),
    ("measurable disease per RECIST version 1.1", "value|=|||code|||RECIST 1.1"),
    ("as graded by CTCAE v5.0", "value|=|||code|||CTCAE 5"),
    ("as graded by NCI-CTCAE Version 4.03", "value|=|||code|||CTCAE 4.03"),
    ("a diagnosis coded in ICD-10", "value|=|||code|||ICD 10"),
    ("major depression as defined by DSM-5", "value|=|||code|||DSM 5"),
    # Not an edition: a performance status after "WHO", a grade after "CTCAE", "who" as a word.
    ("WHO performance status 0-1", "value|range|0|1|||"),
    ("CTCAE 2", "value|=|2||||"),
    ("patients who 2008", "value|=|2008||||"),
])
def test_the_edition_of_a_classification_is_a_name(text: str, key: str) -> None:
    assert keys(text) == [key]


def test_an_edition_kept_in_other_words_is_faithful_and_changed_or_dropped_is_caught() -> None:
    who = criterion("NCT00636922", "WHO 2008 criteria")
    assert _checks(who, who.replace("WHO 2008 criteria", "2008 WHO criteria")) == []
    assert _checks(who, who.replace("WHO 2008", "WHO 2016")) == ["fact_changed"]
    assert _checks(who, who.replace("(defined by WHO 2008 criteria) ", "")) == ["fact_missing"]
    # As a number, "2008" said anywhere kept it: "in 2008 by WHO criteria" is not the 2008 edition.
    assert _checks(who, who.replace("defined by WHO 2008 criteria", "defined in 2008 by WHO criteria")) != []
    recist = criterion("NCT01115803", "RECIST 1.1")
    assert _checks(recist, recist.replace("RECIST 1.1", "RECIST version 1.1")) == []
    assert _checks(recist, recist.replace("RECIST 1.1", "RECIST 1.0")) == ["fact_changed"]
    ctcae = criterion("NCT00365417", "CTCAE v3.0")
    assert _checks(ctcae, ctcae.replace("(CTCAE v3.0)", "(CTCAE version 3)")) == []
    # Read as a version number, "v3.0" was no fact at all: another version passed.
    assert "fact_changed" in _checks(ctcae, ctcae.replace("Version 3.0 (CTCAE v3.0)", "Version 4.0 (CTCAE v4.0)"))


@pytest.mark.parametrize("text", ["CTCAE v3.0", "NCI CTC version 2", "RECIST 1.1", "WHO 2008", "iwCLL 2018",
                                  "Lugano 2014", "mRECIST 1.1", "ICD-10"])
def test_an_edition_worded_again_reads_as_the_same_edition(text: str) -> None:
    # The offline backend words a fact from its key: "CTCAE 3" alone may be a grade, so it says "CTCAE version 3".
    (fact,) = [f for f in extract_facts(text) if f.unit == "code"]
    assert keys(phrase(fact)) == [fact.key]
