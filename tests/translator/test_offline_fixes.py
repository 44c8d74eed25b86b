"""Meaning changes and broken wordings the readings of the offline bullets left, each fixed as a general rule and
tested on the real criterion it was found in: what the bullet must say, and what it must no longer say.
"""

from __future__ import annotations

import pytest

from tests.translator.test_offline_audit2 import _faithful  # the bullet, checked error-free by fidelity
from translator.offline_sentences import split_sentences


@pytest.mark.parametrize(
    ("nct_id", "source", "said", "not_said"),
    [
        # 1. a split never cuts a negation from what it negates ("not. This includes tocilizumab.")
        (
            "NCT02046603",
            "Receiving treatment on an outpatient basis, not including",
            "outpatient basis, not including tocilizumab.",
            "This includes",
        ),
        # 2. "either defined as X or Y": the definition is one side of a pair
        (
            "NCT02105987",
            "A female may be eligible to enter",
            "pregnant either defined as post-menopausal",
            "This means",
        ),
        # … and a definition set off by commas mid-sentence keeps the sentence's own verb after it
        (
            "NCT03299049",
            "Subjects receiving oral SOC treatment",
            "Any past switch, defined as a change of a single drug or multiple drugs at the same time, must have",
            "This means",
        ),
        # 3. "concurrent" as one side of an "or" pair of adjectives stays where it is
        (
            "NCT00002475",
            "No prior or concurrent significant cardiovascular disease",
            "no prior or concurrent significant heart and blood vessel disease",
            "at the same time",
        ),
        # 4. a number of years before "postmenopausal" is how long, not how old
        ("NCT03397121", "Women >2 years postmenopausal", "more than 2 years postmenopausal", "older than 2"),
        # … what is measured stays with its limit
        ("NCT00507455", "Patient had a maximum urinary flow rate", "maximum urinary flow rate of", "had a 12"),
        # … clock times are no numbers to reword
        ("NCT00329602", "Subjects requiring treatment of daytime RLS", "10:00 hours until 17:00 hours", "10:0 "),
        # … "Phase I and Phase II" are both phases, not a range
        ("NCT01409174", "Patients with histologically documented diagnosis", "Phase I and Phase II", "1 to 2"),
        # 5. a second group after the first ("…, or adults of reproductive potential …") is never said with the
        # first's "you" alone: each group is the reader's with its own narrowing (translator.offline_narrowed)
        (
            "NCT00384228",
            "Patients who are pregnant or breast feeding, or adults",
            "you are an adult able to have children and are not employing",
            "or adults",
        ),
        # 6. broken English: a judge who is one of two people
        (
            "NCT02324569",
            "In the opinion of the investigator or subinvestigator",
            "In the view of the study doctor or subinvestigator",
            "view or subinvestigator",
        ),
        # … an eligibility verb a later clause repeats ("are excluded …, as are patients who …")
        (
            "NCT01409174",
            "Autoimmune disease: Patients with a history of inflammatory",
            "are excluded from this study, as are patients",
            "cannot take part, as are",
        ),
        # … "preceding" before a plain wording that is a gerund
        (
            "NCT00701363",
            "The subject has been receiving octreotide LAR",
            "before joining the study",
            "preceding joining",
        ),
        # … "participated" after "have not"
        ("NCT00151216", "All subjects will be naive", "you have not taken part in", "not took"),
        # … a plural plain wording as the subject of a singular verb
        (
            "NCT01016483",
            "Women of childbearing potential must have",
            'women who can get pregnant are defined as: "All female',
            "pregnant is defined",
        ),
        # an abbreviation for a group, used of one person, takes the singular of its plural plain wording
        (
            "NCT00833833",
            "Females of childbearing potential (FCBP)",
            "[A female who can get pregnant is a",
            "A females",
        ),
        (
            "NCT01045928",
            "Men must agree to use a latex",
            "sexual contact with a female who can get pregnant",
            "contact with females",
        ),
    ],
)
def test_fixed_on_the_real_criterion(nct_id: str, source: str, said: str, not_said: str) -> None:
    bullet = _faithful(nct_id, source)
    assert said in bullet
    assert not_said not in bullet


@pytest.mark.parametrize(
    "text",
    [
        "You take any medicine, not counting vitamins such as folic acid",
        "You have had no other cancer, not even skin cancer (including melanoma)",
        "Is not able to become pregnant either defined as post-menopausal or sterile",
        "Any past switch, defined as a change of one drug, must have occurred due to tolerability",
    ],
)
def test_no_split_away_from_a_negation_or_a_pair(text: str) -> None:
    assert split_sentences(text) == text


def test_a_closing_aside_still_splits() -> None:
    # the guard is narrow: a plain list of examples after a whole sentence is still a sentence of its own
    assert split_sentences("You have had a serious infection, including pneumonia or sepsis.") == (
        "You have had a serious infection. This includes pneumonia or sepsis."
    )


def test_one_quotation_full_stop() -> None:
    bullet = _faithful("NCT01016483", "Women of childbearing potential must have")
    assert bullet.endswith('sexually inactive."')


@pytest.mark.parametrize(
    ("nct_id", "source", "said"),
    [
        # the guards stay narrow: an age before a place is still an age
        ("NCT02493751", "Age ≥18 years", "(20 years or older in Japan)"),
        # a range whose "and" joins two bounds is still a range
        ("NCT00366301", "HbA1c greater than", "is 7 to 10%"),
        ("NCT01244815", "Participants must be 10 years of age", "You must be 10 to 17 years old"),
        ("NCT00652327", "Men or women ≧18", "18 to 80 years old"),
        # a judge followed by a clause of its own ("… and could:") still gets the plain wording
        ("NCT06020014", "Any disorder, including, but not", "in the study doctor's view and could"),
        # a singular alternative after "is" is a complement, not a second group: the second person stays
        ("NCT00624442", "Patient is male, or female", "You are male, or female not able to get pregnant"),
        ("NCT02367183", "Is a male or female", "You are a male or female who is 18 years or older"),
    ],
)
def test_the_guards_leave_the_rest(nct_id: str, source: str, said: str) -> None:
    assert said in _faithful(nct_id, source)
