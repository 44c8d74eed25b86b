"""Times and negation cues Chia annotates that the facts did not read (session 48), on Chia's own lines; and the
words that stay unread (a name, the section's wording, a verb)."""

from __future__ import annotations

import pytest

from translator.facts import FactKind, extract_facts


def read(text: str, kind: FactKind) -> list[tuple[str, str]]:
    return [(f.text, f.key) for f in extract_facts(text) if f.kind is kind]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # NCT03120533
        ("Iloprost cure carried out in the previous month or planned in the following month.",
         [("in the previous month", "temporal|<=||1|month|before|"),
          ("in the following month", "temporal|<=||1|month|after|")]),
        # NCT00391690, NCT02406495, NCT03026465
        ("Known history or present abuse of alcohol or drugs",
         [("history", "temporal|||||past|"), ("present", "temporal|||||current|")]),
        ("Anterior uveitis or iritis (past or present)",
         [("past", "temporal|||||past|"), ("present", "temporal|||||current|")]),
        ("Pregnancy (present, suspected, or planned)", [("present", "temporal|||||current|")]),
        # NCT01205334, NCT02062489, NCT03356834
        ("Severe intercurrent infection", [("intercurrent", "temporal|||||current|")]),
        ("The patients have other cancers at the same time", [("at the same time", "temporal|||||current|")]),
        ("Co-infected with HCV, HIV or other viral hepatitis,", [("Co-infected", "temporal|||||current|")]),
        # NCT02431559, NCT02269137, NCT03467750
        ("management of recurrent or persistent disease.",
         [("recurrent", "temporal|||||recurrent|"), ("persistent", "temporal|||||lasting|")]),
        ("30 min or more of (1) continuous clinical seizure activities",
         [("continuous", "temporal|||||lasting|")]),
        ("Patients on longstanding NSAID therapy", [("longstanding", "temporal|||||lasting|")]),
    ],
)
def test_times_read(source: str, expected: list[tuple[str, str]]) -> None:
    assert read(source, FactKind.TEMPORAL) == expected


@pytest.mark.parametrize(
    "source",
    [
        "Patients must present with fever",  # a verb, not the present time
        "Use of continuous positive airway pressure",  # a name (CPAP)
        "Persistent atrial fibrillation",  # a bare "persistent": Chia mostly leaves it unannotated
    ],
)
def test_times_not_read(source: str) -> None:
    assert read(source, FactKind.TEMPORAL) == []


@pytest.mark.parametrize(
    ("source", "cues"),
    [
        ("Liver imaging within 6 months of Baseline/Day 1 to exclude hepatocellular carcinoma HCC) is required",
         ["exclude"]),  # NCT02759861
        ("Application of local treatments (apart emollients or antiseptics)", ["apart"]),  # NCT02782702
        ("Other tumor type than adenocarcinoma", ["Other"]),  # NCT00343668
        ("thrombosis of one of left or right branch authorized), extra hepatic metastasis", ["authorized"]),
        ("Occasional use of benzodiazepines is allowable.", ["is allowable"]),
        # a "but" ends the negated subject: the carve-out after it is a cue of its own
        ("No prior chemotherapy but prior adjuvant chemotherapy was allowed.", ["No", "was allowed"]),
        ("Any disorder that compromises the ability of the patient to give consent", ["compromises the ability"]),
        # NCT00095940: "the patient's ability" is read as "your ability" is, so the rewrite keeps its count
        ("illnesses that would compromise the patient's ability to tolerate this therapy",
         ["compromise the patient's ability"]),
        ("illnesses that would compromise your ability to tolerate this treatment", ["compromise your ability"]),
        # NCT01319357: "other … than" with up to six words between, so a plain word's length does not change the count
        ("Any other form of diabetes mellitus than type 2 diabetes mellitus", ["other"]),
        ("Any other form of diabetes than type 2 diabetes", ["other"]),
    ],
)
def test_negations_read(source: str, cues: list[str]) -> None:
    assert [text for text, _ in read(source, FactKind.NEGATION)] == cues


@pytest.mark.parametrize(
    "source",
    [
        "Patients will be excluded if the pain radiates below the gluteal folds.",  # the section's wording
        "No prior chemotherapy is allowed.",  # a prohibition: its one cue is the "No"
        "Two readings 2 weeks apart",
        # NCT02489318: a bound between "other" and "than" is no exception; NCT01975688: the second "other than" is
        "Other prior malignancy less than or equal to 5 years prior to randomization",
        # "are off steroids" (NCT02301039) says not taking them, but read as a cue it made the list check fault the
        # group's rewrite ("If you have CNS disease, you are eligible if …"), so it stays unread
        "and are off steroids for at least 7 days before first dose",
        # "rules out" (NCT02664558's scan) stays unread: paraphrases say it of contraindications
        "You have a condition that rules out nebivolol completely",
    ],
)
def test_negations_not_added(source: str) -> None:
    assert [text for text, _ in read(source, FactKind.NEGATION)] in ([], ["No"])


def test_one_exception_per_other_than() -> None:
    source = "severe personality disorder or other severe significant psychiatric disorder other than depression"
    assert [text for text, _ in read(source, FactKind.NEGATION)] == ["other than"]
