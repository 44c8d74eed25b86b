"""Groups put to the reader with each group kept (session 37, groups15): women who can become pregnant beside men
with a description of their own, or with no duty (translator.offline_paired_groups), and a group narrowed by being
sexually active (translator.offline_sexually_active). Each rule has corpus cases that change and near cases that
must keep their third person."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INCLUSION = SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Females of child-bearing potential and males with female partners of childbearing potential must use 2"
            " forms of effective non-hormonal contraception",
            "If you are a female who can get pregnant, or a male with female partners able to get pregnant, you must"
            " use 2 forms of effective non-hormonal birth control.",
        ),
        (
            "Women of childbearing potential or men with a female partner of childbearing potential must agree to use"
            " an effective form of contraception, or not be heterosexually active, or of nonchildbearing potential",
            "If you are a woman who can get pregnant, or a man with a female partner able to get pregnant, you must"
            " agree to use an effective form of birth control, or not be heterosexually active, or not able to get"
            " pregnant.",
        ),
        (
            "Women of childbearing potential and men who partner with such a woman of childbearing potential must"
            " agree to use one or more of highly effective method(s) for contraception for the duration of the study",
            "If you are a woman who can get pregnant, or a man who partners with such a woman who can get pregnant,"
            " you must agree to use one or more of highly effective method(s) for birth control for the length of the"
            " study.",
        ),
        (
            "WOCBP and men whose partners are WOCBP must use an acceptable method of contraception while enrolled on"
            " this study",
            "If you are a woman who can get pregnant, or a man whose partners are women who can get pregnant, you must"
            " use an allowed method of birth control while enrolled on this study.",
        ),
        (
            "Females of childbearing potential and males participating in the study must agree to use at least 2"
            " approved methods of contraception throughout the duration of the study and for 30 days after stopping"
            " study drug.",
            "If you are a female who can get pregnant, or a male taking part in the study, you must agree to use at"
            " least 2 approved methods of birth control throughout the length of the study and for 30 days after"
            " stopping study drug.",
        ),
        (
            "Females of childbearing potential and sexually mature males must agree to use a medically accepted method"
            " of contraception throughout the study.",
            "If you are a female who can get pregnant or a sexually mature male, you must agree to use a medically"
            " accepted method of birth control throughout the study.",
        ),
    ],
)
def test_women_and_described_men_with_a_duty_are_both_said(source: str, plain: str) -> None:
    assert said(source, INCLUSION) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "WOCBP and men not using adequate method of birth control",
            "You are a woman who can get pregnant or a man, and are not using good enough method of birth control.",
        ),
        (
            "Women of child-bearing potential and men unwilling or unable to use accepted methods of birth control",
            "You are a woman who can get pregnant or a man, and are unwilling or unable to use accepted methods of"
            " birth control.",
        ),
        (
            "Women of childbearing potential and men of fathering potential unable or unwilling to use an adequate"
            " method of contraception to avoid pregnancy throughout the study",
            "You are a woman who can get pregnant or a man of fathering potential, and are unable or unwilling to use"
            " a good enough method of birth control to avoid pregnancy throughout the study.",
        ),
    ],
)
def test_women_and_men_sharing_an_exclusion_are_both_said(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        # "who are unwilling" may be said of the men alone
        (
            "Women of childbearing potential or men with reproductive ability who are unwilling to take appropriate"
            " contraception measures",
            SectionKind.EXCLUSION,
        ),
        # "who are not using" may be the partners'
        (
            "Women of childbearing potential and men with sexual partners of child bearing potential who are not"
            " using adequate contraception.",
            SectionKind.EXCLUSION,
        ),
        # in an inclusion a description with no duty would make being one of the groups a requirement
        ("WOCBP and men not using adequate method of birth control", INCLUSION),
        # a comma-bounded clause about the men
        (
            "Women of childbearing potential or male patients, who have sexual intercourse with females of"
            " childbearing potential, not willing to use an effective method of contraception during the study.",
            SectionKind.EXCLUSION,
        ),
    ],
)
def test_women_and_men_whose_description_may_be_one_groups_keep_their_words(source: str, kind: SectionKind) -> None:
    assert not said(source, kind).startswith(("You", "If you"))


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Sexually active subjects must be willing to use an acceptable method of contraception while participating"
            " in the study",
            "If you are sexually active, you must be willing to use an allowed method of birth control while taking"
            " part in the study.",
        ),
        (
            "Sexually active females of childbearing potential must agree to use a protocol-recommended method of"
            " contraception throughout the study",
            "If you are a sexually active female who can get pregnant, you must agree to use a protocol-recommended"
            " method of birth control throughout the study.",
        ),
        (
            "Sexually active males must agree to use a condom during intercourse while taking drug and for 6 days after"
            " stopping MGV354 medication and should not father a child in this period;",
            "If you are a sexually active male, you must agree to use a condom during intercourse while taking drug"
            " and for 6 days after stopping MGV354 medicine and should not father a child in this period.",
        ),
        (
            "Sexually active males (unless surgically sterilized at least 6 months prior to screening) should use a"
            " condom during intercourse while taking drug",
            "If you are a sexually active male (unless sterilized by surgery at least 6 months before screening), you"
            " should use a condom during intercourse while taking drug.",
        ),
    ],
)
def test_a_sexually_active_group_with_a_duty_is_the_readers_condition(source: str, plain: str) -> None:
    assert said(source, INCLUSION) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Sexually active males not using reliable contraceptive methods while on the study and for at least six"
            " months after chemotherapy.",
            "You are a sexually active male and are not using reliable birth control methods while on the study and"
            " for at least six months after chemotherapy.",
        ),
        (
            "Sexually active participants of reproductive potential who are not willing to follow the contraception"
            " requirements",
            "You are sexually active and able to have children, and are not willing to follow the birth control"
            " requirements.",
        ),
    ],
)
def test_a_sexually_active_group_in_an_exclusion_is_the_reader(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        # the aside names the groups
        (
            "Sexually active subjects (male and female) must use a medically-accepted method of contraception during"
            " the course of the study.",
            INCLUSION,
        ),
        # a second verb of the group's own after its description
        (
            "Sexually active males who are unwilling to use a condom during intercourse while taking the study drug"
            " and agree not to father a child in this period.",
            SectionKind.EXCLUSION,
        ),
        # another person beside the reader
        ("Sexually active participants and their partners must agree to use medically accepted methods of"
         " contraception.", INCLUSION),
        # with no duty, an inclusion keeps the group
        ("Sexually active males not using reliable contraceptive methods while on the study.", INCLUSION),
    ],
)
def test_a_sexually_active_group_described_further_keeps_its_words(source: str, kind: SectionKind) -> None:
    assert said(source, kind).startswith("Sexually active")


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Subjects with female partners of child-bearing potential must agree to use one of the contraception"
            " methods listed in Section 8.1.",
            "If you have female partners able to get pregnant, you must agree to use one of the birth control methods"
            " listed in Section 8.1.",
        ),
        (
            "Men with a female partner of childbearing potential must either agree to use effective contraception or"
            " have had a prior vasectomy.",
            "If you are male and have a female partner able to get pregnant, you must either agree to use effective"
            " birth control or have had a past vasectomy.",
        ),
        (
            "Males who have partners of childbearing potential must agree to use an effective contraceptive method"
            " during the study and for 30 days following the last dose of study drug",
            "If you are male and have partners able to get pregnant, you must agree to use an effective birth control"
            " method during the study and for 30 days after the last dose of study drug.",
        ),
    ],
)
def test_a_group_named_by_a_partner_who_can_become_pregnant_is_the_reader_before_its_duty(
    source: str, plain: str
) -> None:
    assert said(source, INCLUSION) == plain


@pytest.mark.parametrize(
    "source",
    [
        # "they and/or their partner": whose part would be unclear with "you"
        "Men with partners who are WOCBP must agree that they and/or their partner will use two of the reliable forms"
        " of contraception",
        # an aside that names another person
        "Male subject with partner of childbearing potential (including lactating women) must use double contraception"
        " method.",
        # no duty
        "Males with a female partner of childbearing potential do not agree to use at least 2 effective contraceptive"
        " methods throughout the study",
    ],
)
def test_a_group_named_by_a_partner_with_more_people_or_no_duty_keeps_its_words(source: str) -> None:
    assert not said(source, INCLUSION).startswith(("You", "If you"))


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("patients allergic to misoprostol;", "You are allergic to misoprostol."),
        ("Patients affected by synovitis;", "You are affected by synovitis."),
        (
            "Adult patients scheduled for arthroscopic knee ligament reconstruction",
            "You are an adult scheduled for arthroscopic knee ligament reconstruction.",
        ),
        (
            "Patients not capable or willing to provide informed consent",
            "You are not capable or willing to give informed consent.",
        ),
        ("Patients intolerant of dasatinib.", "You are intolerant of dasatinib."),
        (
            "Patients undergone total hip arthroplasty with postoperative pelvic CT",
            "You have had total hip arthroplasty with postoperative pelvic CT.",
        ),
    ],
)
def test_a_group_described_by_an_adjective_is_the_reader(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    "source",
    [
        # a verb of the group's own
        "Patients not willing to fill consent/ assent form are also excluded from study.",
        "Subjects scheduled for rotator cuff repair must have a magnetic resonance imaging (MRI) with a reading"
        " confirming a tear of at least 1 cm.",
        # a second description that "You are" would not fit
        "Patients unable to take oral drugs or with lack of physical integrity of the upper gastrointestinal tract.",
        # a second group
        "Patient unable to swallow orally administered medication and patient with gastrointestinal disorders.",
        # the people some articles name, not a description of the reader
        "Persons referred to in Articles L1121-5 to L1121-8 of the French Public health Code: pregnant woman",
    ],
)
def test_a_group_described_further_by_an_adjective_keeps_its_words(source: str) -> None:
    assert not said(source).startswith("You")


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Female who is pregnant, planning to become pregnant during the study or breastfeeding; or male whose"
            " partner is pregnant or planning to become pregnant during the study",
            "You are female and are pregnant, planning to get pregnant during the study or breastfeeding; or you are"
            " male and your partner is pregnant or planning to get pregnant during the study.",
        ),
        (
            "Females who were pregnant or planned to become pregnant, or breastfeeding or males whose partner was"
            " pregnant or planning to become pregnant during the study.",
            "You are female and were pregnant or planned to get pregnant, or breastfeeding. Or you are male and your"
            " partner was pregnant or planning to get pregnant during the study.",
        ),
    ],
)
def test_a_womans_pregnancy_beside_a_mans_partners_is_said_group_by_group(source: str, plain: str) -> None:
    assert said(source) == plain


def test_a_womans_pregnancy_beside_a_mans_partners_in_an_inclusion_keeps_its_words() -> None:
    source = "Female who is pregnant or breastfeeding; or male whose partner is pregnant"
    assert not said(source, INCLUSION).startswith("You")


def test_a_group_of_one_sex_described_by_an_adjective_keeps_its_sex() -> None:
    source = "Male subjects not willing to use contraceptive methods as described in Section 5.3.1"
    assert said(source) == (
        "You are male and are not willing to use birth control methods as described in Section 5.3.1."
    )
    source = "Women unwilling to use adequate birth control, if of reproductive potential and sexually active."
    assert said(source) == (
        "You are female and are not willing to use good enough birth control, if able to have children and sexually"
        " active."
    )
    # in an inclusion being one sex would become a requirement
    assert not said("Male subjects willing to use contraceptive methods", INCLUSION).startswith("You")


def test_a_group_described_by_an_adjective_before_a_second_group_past_an_eg_aside_keeps_its_words() -> None:
    # the aside's "eg." ends no sentence: "oe patients at high-risk …" is a second group
    source = (
        "Patients referred for risk reduction mastectomy (eg. BRCA or other high-risk gene mutations), oe patients at"
        " high-risk for breast cancer"
    )
    assert not said(source, INCLUSION).startswith("You")
