"""Bullets that speak to the reader where the source named a group, and plain words that read as English after "You":
a hospital stay needed is "a hospital stay"; men and women who are not pregnant named with "and" or as "men"/"women";
the heart failure class said as the class the reader is in; the label of women who can get pregnant before a colon
read as "For …" is. And the near-misses each rule leaves as they were."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        ("Syncope requiring hospitalization.", EXC, "You have fainting needing a hospital stay."),  # NCT00500747
        (  # NCT00500747
            "History of myocardial infarction or arrhythmia requiring hospitalization.",
            EXC,
            "You have had a heart attack or arrhythmia needing a hospital stay.",
        ),
        (  # NCT01987479
            "Any infection requiring hospitalization or treatment with intravenous antibiotics within 4 weeks of"
            " Screening",
            EXC,
            "You have had any infection needing a hospital stay or treatment with intravenous antibiotics within 4"
            " weeks of Screening.",
        ),
        ("infection that required hospitalization", EXC, "You have an infection that needed a hospital stay."),
    ],
)
def test_a_hospital_stay_needed_has_its_article(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    "source",
    [
        "Hospitalization within 3 months",  # no verb of need before it: the plain word alone
        "Hospitalizations for heart failure in the past year",
    ],
)
def test_a_hospital_stay_not_needed_keeps_its_words(source: str) -> None:
    assert "a hospital stay" not in said(source, EXC)


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # NCT02777827
            "Men or non-pregnant, non-lactating women 18 to 75 years of age, inclusive.",
            "You are a man, or a woman who is not pregnant and not breastfeeding, 18 to 75 years old, inclusive.",
        ),
        (  # NCT02914327: no "aged" before an age that says "of age" itself
            "Males or non-pregnant, non-breastfeeding females 18 years-of-age or older",
            "You are a man, or a woman who is not pregnant and not breastfeeding, 18 years-of-age or older.",
        ),
        (
            "Male or non-pregnant female 18 years or older",
            "You are a man, or a woman who is not pregnant, aged 18 years or older.",
        ),
        (  # NCT01018459
            "Males and non-pregnant, non-lactating females between the ages of 18 and 45 years, inclusive.",
            "You are a man, or a woman who is not pregnant and not breastfeeding, 18 to 45 years old, inclusive.",
        ),
        (  # NCT03001076
            "Men and nonpregnant, nonlactating women",
            "You are a man, or a woman who is not pregnant and not breastfeeding.",
        ),
        ("Male or non-pregnant female", "You are a man, or a woman who is not pregnant."),
    ],
)
def test_men_and_women_who_are_not_pregnant_are_said_to_the_reader(source: str, plain: str) -> None:
    assert said(source, INC) == plain


@pytest.mark.parametrize(
    "source",
    [
        # what follows may be the women's alone, or a state not denied ("or lactating")
        "Males or non-pregnant, non-lactating females with a physician-confirmed diagnosis of asthma",  # NCT03479411
        "Male or non-pregnant or lactating female, 18-50 years of age inclusive",  # NCT01363349
    ],
)
def test_men_and_women_the_label_cannot_say_keep_their_words(source: str) -> None:
    assert not said(source, INC).startswith("You")


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("New York Heart Association classification I or II.", "You are in NYHA class I or II."),  # NCT01335204
        ("A New York Heart Association classification of III or IV", "You are in NYHA class III or IV."),  # NCT00275028
        ("New York Heart Association Class (NYHA) Class III or IV", "You are in NYHA class 3 or 4."),  # NCT01084655
        (  # NCT02887183
            "New York Heart Association (NYHA) Functional class II-IV.",
            "You are in NYHA functional class II-IV.",
        ),
        ("NYHA class III or IV; LVEF < 40%", "You are in NYHA class 3 or 4. Your left ventricular ejection fraction"
         " (LVEF) is less than 40%."),
    ],
)
def test_the_heart_failure_class_is_the_class_the_reader_is_in(source: str, plain: str) -> None:
    assert said(source, INC) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # more words after the class may say what it is of: the rules' words stay
        ("A New York Heart Association classification of II controlled with treatment",  # NCT00275028
         "Your NYHA is class II controlled with treatment."),
        ("NYHA Class III or IV heart failure", "You have NYHA class 3 or 4 heart failure."),
    ],
)
def test_a_class_with_more_words_keeps_its_wording(source: str, plain: str) -> None:
    assert said(source, EXC) == plain


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        (  # NCT00064623
            "Female subjects with child-bearing potential: negative serum pregnancy test performed at Screening Visit",
            INC,
            "If you can get pregnant, you have a negative serum pregnancy test done at Screening Visit.",
        ),
        (  # NCT05833815
            "Women of childbearing potential only: Negative serum pregnancy test done =< 7 days prior to registration.",
            INC,
            "If you can get pregnant, you have a negative serum pregnancy test done in the 7 days before joining the"
            " study.",
        ),
        (  # NCT01484080: "For" a woman "with" the potential, as "of" it
            "For female with childbearing potential, a negative pregnancy test within the prior 7 days to the study"
            " enrolment",
            INC,
            "If you can get pregnant, you have a negative pregnancy test within the prior 7 days to the study"
            " enrolment.",
        ),
        (  # NCT05872269
            "Women of child bearing potential: inability or unwillingness to practice contraception for the duration"
            " of the study.",
            EXC,
            "If you can get pregnant, you are not able or not willing to practice birth control for the length of the"
            " study.",
        ),
    ],
)
def test_the_label_of_women_who_can_get_pregnant_is_the_readers_condition(
    source: str, kind: SectionKind, plain: str
) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("Women: negative pregnancy test", INC),  # a sex alone before a colon may head a list
        # NCT01374789: a second group's label after: the two labels stay alike
        ("Women of child-bearing potential: negative pregnancy test and use of effective contraception(oral"
         " contraceptive, coil); men: use of adequate male contraception (condom) for up to 3 months after"
         " discontinuation of panitumumab therapy", INC),
        # NCT02374047
        ("Females not of childbearing potential: non-pregnant and non-lactating surgically sterile", INC),
        # (an exclusion's list of states the opening rules do not say: the label stays as written)
        ("Females of childbearing potential: pregnancy, breast-feeding, and the intention of becoming pregnant.", EXC),
    ],
)
def test_other_labels_keep_their_words(source: str, kind: SectionKind) -> None:
    assert not said(source, kind).startswith("If you")


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        (  # NCT02687724
            "Female subjects of child bearing potential must be willing to ensure that they or their partner use"
            " effective contraception during the study and for 6 months thereafter OR",
            INC,
            "If you are female and able to get pregnant, you must be willing to make sure that you or your partner use"
            " effective birth control during the study and for 6 months thereafter OR",
        ),
        (  # NCT01812616
            "Female patients of child bearing potential and male patients whose partner is of child bearing potential,"
            " unless willing to ensure that they or their partner use effective contraception, for example, oral"
            " contraception, double barrier, intra-uterine device, during the study and for three months thereafter"
            " (however a male condom should not be used in conjunction with a female condom).",
            EXC,
            "You are a female patient who can get pregnant, or a male patient whose partner is able to get pregnant,"
            " unless you are willing to make sure that you or your partner use effective birth control, for example,"
            " oral birth control, double barrier, intra-uterine device, during the study and for three months"
            " thereafter (however a male condom should not be used together with a female condom).",
        ),
    ],
)
def test_they_or_their_partner_is_the_reader_and_the_readers_partner(
    source: str, kind: SectionKind, plain: str
) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        # another group before the pair: whose partner "their" means is not the reader's to say
        ("Patients and their partners must ensure that they or their partner use contraception", INC),
        # NCT03337503: "unless willing" may or may not be the pregnant women's too
        ("Pregnant, breast-feeding or female patients of child-bearing potential and male patients whose partner is"
         " of child-bearing potential, unless willing to ensure that they or their partner use effective"
         " contraception", EXC),
        # NCT01604265: a past "who were willing" after both groups
        ("Female subjects of child bearing potential or male subjects whose partner was of child bearing potential,"
         " who were willing to ensure that they or their partner used effective contraception during the study and"
         " for three months thereafter.", INC),
    ],
)
def test_a_pair_the_rules_cannot_place_keeps_its_words(source: str, kind: SectionKind) -> None:
    assert "they or their partner" in said(source, kind)


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # NCT00799409
            "History of hospitalization for treatment of a mood, anxiety, or psychotic disorder",
            "You have had a hospital stay for treatment of a mood, anxiety, or psychotic disorder.",
        ),
        (  # NCT03249272
            "Active bronchospasm or history of hospitalization due to bronchospasm",
            "You have active bronchospasm or have had a hospital stay due to bronchospasm.",
        ),
        (  # NCT03119766
            "Planned hospitalization during the study period, for any diagnostic or treatment procedures.",
            "You plan to have a hospital stay during the study, for any diagnostic or treatment procedures.",
        ),
        # "any" is the stay's word already
        ("Any hospitalization within 3 months", "You have had any hospital stay within 3 months."),
    ],
)
def test_a_hospital_stay_had_or_planned_has_its_article(source: str, plain: str) -> None:
    assert said(source, EXC) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # NCT03026088 (Chia)
            "NYHA III:Marked limitation of physical activity. Comfortable at rest, but less than ordinary activity"
            " causes undue breathlessness, fatigue or palpitation.",
            "NYHA class III: Marked limitation of physical activity. Comfortable at rest, but less than ordinary"
            " activity causes undue breathlessness, tiredness or palpitation.",
        ),
        (  # NCT03026088 (Chia)
            "NYHA II : Slight limitation of physical activity. Comfortable at rest, but ordinary physical activity"
            " results in undue breathlessness, fatigue or palpitation.",
            "NYHA class II: Slight limitation of physical activity. Comfortable at rest, but ordinary physical activity"
            " results in undue breathlessness, tiredness or palpitation.",
        ),
        # the class that is the reader's, as before
        ("New York Heart Association (NYHA) class of II - IV", "You are in NYHA class 2 to 4."),  # NCT03026088
    ],
)
def test_a_class_that_labels_its_definition_is_said_as_a_class(source: str, plain: str) -> None:
    assert said(source, INC) == plain
