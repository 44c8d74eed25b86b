"""plain10: plainer words for the longest words left in bullets, and the near cases that must stay as written.

- "chemotherapy" keeps its word (the lead reverted plain10's "chemo": a word patients know and doctors write, for
  a small fall in grade; the opening rules still know "chemo" where a source writes it);
- "radiation therapy" → "radiation treatment" (as "radiotherapy" already was), "hormonal / endocrine therapy" →
  "hormone treatment";
- "neuropathy" → "nerve damage", "cardiomyopathy" → "heart muscle disease", "contraceptive" → "birth control"
  (lexicon substitutes; the longer terms of the lexicon's own, "peripheral neuropathy", keep their definitions);
- "brain / liver / bone metastases" → "cancer that has spread to the brain / liver / bones" (lexicon substitutes),
  only after a word that describes nothing and where the clause ends (translator.offline_term_fronts);
- "Your life expectancy is at least 3 months" → "You are expected to live at least 3 months" where the bound ends
  the clause (translator.offline_life_expectancy).
`said` also checks that the fidelity check finds no error."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_life_expectancy import expected_to_live

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("text", "kind", "plain"), [
    ("Prior chemotherapy within 4 weeks.", EXC, "You have had chemotherapy within 4 weeks."),
    ("No prior systemic chemotherapy for metastatic disease", EXC, "systemic chemotherapy"),
    ("Must have received at least one chemotherapy regimen", INC, "one chemotherapy regimen"),
])
def test_chemotherapy_keeps_its_word(text: str, kind: SectionKind, plain: str) -> None:
    assert plain in said(text, kind)


@pytest.mark.parametrize(("text", "kind", "plain"), [
    # the opening rules know "chemo" as they know "chemotherapy": a past event, a treatment got at the same time
    ("No chemo or radiotherapy within 4 weeks of study entry.", EXC, "You have had no chemo or radiation"),
    ("No other concurrent chemo", INC, "You are not getting other chemo at the same time."),
])
def test_chemo_keeps_the_verb_chemotherapy_had(text: str, kind: SectionKind, plain: str) -> None:
    assert plain in said(text, kind)


@pytest.mark.parametrize(("text", "kept"), [
    ("Chemotherapy-naive patients", "Chemotherapy-naive"),  # a hyphened compound keeps its word
    ("Cytotoxic chemotherapy within 3 weeks", "cytotoxic chemotherapy"),  # a longer term of its own, defined
    ("More than 2 prior chemotherapies", "chemotherapies"),  # no plain plural: "chemos" is not said
])
def test_chemotherapy_stays_in_compounds_longer_terms_and_the_plural(text: str, kept: str) -> None:
    assert kept.lower() in said(text, EXC).lower()


@pytest.mark.parametrize(("text", "kind", "plain"), [
    ("Grade 2 or higher neuropathy.", EXC, "grade 2 or higher nerve damage."),
    ("Cardiomyopathy.", EXC, "You have heart muscle disease."),
    ("Women must use contraceptives during the study", INC, "use birth control methods during the study"),
    ("Take adequate contraceptive precautions", INC, "birth control precautions"),
    ("Use of a contraceptive implant", INC, "a birth control implant"),
    # another noun's article: "contraception" is said "birth control" as before
    ("Agree to use an effective method of contraception during the study", INC, "method of birth control"),
    # the plural says "methods", so its verb still agrees: "birth control methods that have …"
    ("Women taking contraceptives that have affected menses", INC, "birth control methods that have affected"),
    ("Prior radiation therapy within 4 weeks", EXC, "You have had radiation treatment within 4 weeks."),
    ("Endocrine therapy for breast cancer within 2 weeks", EXC, "hormone treatment for breast cancer within 2 weeks"),
    ("No prior hormonal therapy", EXC, "no hormone treatment"),
])
def test_a_condition_or_method_with_an_exact_plain_name_is_replaced(text: str, kind: SectionKind, plain: str) -> None:
    assert plain in said(text, kind)


@pytest.mark.parametrize(("text", "kept"), [
    ("Peripheral neuropathy grade 2 or higher.", "peripheral neuropathy"),  # a longer term, defined
    ("Hormonal contraceptives within 30 days.", "hormonal contraceptives"),
    # "birth control" takes no article: after "a"/"an" only before a noun ("a birth control implant")
    ("Unwilling to use an effective contraceptive throughout the study.", "an effective contraceptive throughout"),
    ("Ischemic cardiomyopathy.", "ischemic cardiomyopathy"),  # a qualified condition keeps its name
    # a group's name is what the reader would look up
    ("Ineligible for open Radiation Therapy Oncology Group (RTOG) protocols", "radiation therapy oncology group"),
])
def test_a_longer_or_qualified_term_keeps_its_words(text: str, kept: str) -> None:
    assert kept in said(text, EXC).lower()


@pytest.mark.parametrize(("text", "plain"), [
    ("Brain metastases.", "You have cancer that has spread to the brain."),
    ("Patients with liver metastases", "You have cancer that has spread to the liver."),
    ("Hepatic metastases.", "You have cancer that has spread to the liver."),
    ("History of bone metastases", "cancer that has spread to the bones."),
])
def test_metastases_at_a_named_site_are_said_as_cancer_that_has_spread_there(text: str, plain: str) -> None:
    assert plain in said(text, EXC)


@pytest.mark.parametrize(("text", "kept"), [
    # a word before them would describe the cancer, not the spread ("untreated cancer that has spread …")
    ("Untreated brain metastases.", "untreated brain metastases"),
    ("Known brain metastases.", "known to have brain metastases"),
    # words after them would seem to describe the brain or the spread
    ("Brain metastases that are stable for 4 weeks", "Brain metastases that are stable"),
    ("Patients with liver metastases must have bilirubin < 2 mg/dL", "liver metastases"),
    # a list word before them: the item before may share their head ("CNS or brain metastases")
    ("Central nervous system (CNS) or brain metastasis", "or brain metastasis"),
    ("Carcinomatous meningitis or brain metastases.", "or brain metastases"),
    # a longer phrase of the lexicon's own, and its first word kept before the plain words of the rest
    ("Symptomatic brain metastases", "brain metastases that cause symptoms"),
    ("Untreated or symptomatic brain metastases.", "untreated or symptomatic brain metastases"),
    # no exact place for "CNS": it stays as written
    ("CNS metastases.", "CNS"),
])
def test_metastases_stay_where_the_words_around_would_change_what_they_describe(text: str, kept: str) -> None:
    assert kept in said(text, EXC)


@pytest.mark.parametrize(("text", "kind", "plain"), [
    ("Life expectancy > 3 months", INC, "You are expected to live more than 3 months."),
    ("Life expectancy of at least 12 weeks", INC, "You are expected to live at least 12 weeks."),
    ("Life expectancy >= 12 weeks", INC, "You are expected to live 12 weeks or more."),
    ("Patients must have a life expectancy of at least 3 months (12 weeks).", INC,
     "You must be expected to live at least 3 months (12 weeks)."),
    ("ECOG PS 0-2, life expectancy 12 weeks or more.", INC, ", you are expected to live 12 weeks or more."),
    ("Life expectancy < 3 months", EXC, "You are expected to live less than 3 months."),
])
def test_the_readers_life_expectancy_is_said_with_a_verb(text: str, kind: SectionKind, plain: str) -> None:
    assert plain in said(text, kind)


@pytest.mark.parametrize(("text", "kind", "kept"), [
    # a span after the bound: "expected to live 12 weeks … at the evaluation" would move the time of the estimate
    ("Life expectancy >= 12 weeks at the pre-treatment evaluation", INC, "life expectancy is 12 weeks or more at"),
    # a word before "life": the verb would lose it
    ("Estimated life expectancy of at least 3 months", INC, "estimated life expectancy"),
    # not the reader's
    ("Other cancers with life expectancy less than 5 years", EXC, "life expectancy less than 5 years"),
    ("Life expectancy: at least 3 months or longer if the study doctor agrees", INC, "life expectancy"),
])
def test_life_expectancy_stays_where_its_clause_goes_on_or_is_not_the_readers(
    text: str, kind: SectionKind, kept: str
) -> None:
    assert kept in said(text, kind).lower()


def test_life_expectancy_keeps_its_comparator_and_number_word_for_word() -> None:
    assert expected_to_live("Your life expectancy is no less than six months.") == (
        "You are expected to live no less than six months."
    )
    assert expected_to_live("If so, your life expectancy is over 1 year; and") == (
        "If so, you are expected to live over 1 year; and"
    )
    # "Your normal life expectancy …", a bound with no span, two bounds, a bound the verb cannot take: as written
    for text in ("Your life expectancy is 6 weeks or greater.", "Your life expectancy is greater than 3 months.",
                 "Your normal life expectancy is at least 3 months.", "Your life expectancy is at least normal.",
                 "Your life expectancy is at least 3 months and less than 1 year."):
        assert expected_to_live(text) == text
