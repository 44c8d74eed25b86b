"""A third editor's reading of the offline backend's bullets, on real criteria: the person spoken of in the third
person after "You …", plural complements, bare nouns a plain word leaves without its article, Title Case disease and
lab names mid-sentence, and the readings of a fresh sample (seed 555) that changed a meaning.

Each rule is general; each case is the real criterion it was found in.
"""

from __future__ import annotations

import pytest

from tests.translator.test_offline_audit2 import _faithful  # the bullet, checked error-free by fidelity


@pytest.mark.parametrize(
    ("nct_id", "source", "said"),
    [
        # an exclusion judged in its own words ("… will be excluded") still says "your" after its opening
        ("NCT00429169", "Patients with ferrous metal implants", "You have ferrous metal implants in your body, or "),
        # "their" inside a time window's own words ("prior to their first dose")
        ("NCT02074839", "Subjects who received an investigational agent", "days before your first day of study drug"),
        ("NCT03061812", "Participant has a documented history of a cerebral", "before your first dose of study drug."),
        # … and the anchor's preposition said once ("since since their diagnosis")
        ("NCT06201611", "Patients aged >= 18 years diagnosed", "of up to 5 years since your diagnosis."),
        # "they" with a verb only a person's
        ("NCT00402233", "Must be willing and able to comply with trial",
         "procedures. You must be sufficiently proficient in English"),
        ("NCT00424840", "Be disease free for", "if you had a past second cancer"),
        ("NCT01133756", "Participants may be in the study", "only if you meet all of these"),
        ("NCT01864525", "Participants are unable to suspend", "a medicine that you are now taking"),
        # the participant as an object, or with a verb the earlier rules did not know
        ("NCT02347774", "Significant psychiatric", "result in you not being able to complete the study"),
        ("NCT03135899", "Serum potassium", "excludes you irrespective of clinical relevance."),
        ("NCT03139981", "Prior treatment with SYK", "or you relapsed while on treatment."),
        ("NCT02086513", "Patients who have neuromuscular disorders", "If it is essential that you stay on a statin"),
        ("NCT04343989", "Has a consent designee", "informed consent on your behalf ("),
        # an example with no verb for "you" to take: the participant goes, the example stays
        ("NCT02068443", "Has any serious cardiac disease", "For example, needing inpatient treatment or having been"),
        # "the Investigator's determination", "physician diagnosis": a judge, not whom "their" means
        ("NCT02136134", "Must have had documented evidence of progressive", "on or after your last regimen."),
        ("NCT03380429", "Subjects with documented physician", "of asthma as your primary respiratory disease."),
    ],
)  # fmt: skip
def test_the_reader_is_you_throughout(nct_id: str, source: str, said: str) -> None:
    assert said in _faithful(nct_id, source)


@pytest.mark.parametrize(
    ("nct_id", "source", "kept"),
    [
        # "they" of someone else, or of things
        ("NCT01042704", "Patients must not be pregnant or breast", "sexually active males must agree"),
        ("NCT02323906", "Subject has at least one measurable lesion", "if they are the only lesions available"),
        ("NCT00516828", "No known hypersensitivity to the study drugs", "the study drugs or their components"),
    ],
)
def test_they_of_someone_or_something_else_stays(nct_id: str, source: str, kept: str) -> None:
    assert kept in _faithful(nct_id, source)


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        ("NCT01462617", "Subjects who are current smokers", "You are a current smoker."),
        ("NCT02182765", "Patients who were heavy smokers", "You were a heavy smoker."),
        ("NCT00220636", "Patients who are pregnant or nursing women", "You are a pregnant or "),
        ("NCT01558167", "Patients who are employees", "You are an employee of the Sponsor"),
        ("NCT03765502", "Are close friends", "You are a close friend/relative of a patient"),
        ("NCT03286218", "Are overtly healthy males", "You are an overtly healthy male or female, as"),
        # "who are" follows its one person
        ("NCT03243305", "Be healthy women", "You are a healthy woman, who is sexually active"),
        ("NCT05197621", "Pregnant patients with a positive", "You are a pregnant patient with a positive COVID-19"),
    ],
)
def test_a_plural_complement_names_one_of_them(nct_id: str, source: str, plain: str) -> None:
    assert _faithful(nct_id, source).startswith(plain)


def test_a_complement_that_cannot_be_one_person_stays_as_written() -> None:
    # "who agree" would need its verb in the singular too; "Enrolled subjects must …" is no state one is in
    assert not _faithful("NCT04834908", "Are male or non-pregnant").startswith("You are male or non-pregnant females")
    assert _faithful("NCT02425644", "Enrolled subjects must be ambulatory").startswith("Enrolled subjects must")


@pytest.mark.parametrize(
    ("nct_id", "source", "said"),
    [
        ("NCT00183248", "Any form of substance abuse", "in the view of the study doctor, may"),
        ("NCT00197197", "Additional qualifying criteria", "to be checked by the study doctor."),
        ("NCT00315341", "Known diagnosis of acute psychosis", "by the study doctor or surrogates."),
        ("NCT00300222", "Female subjects with child-bearing", "have the ability to get pregnant, you must"),
        ("NCT00554827", "Previous exposure to pralatrexate", "because of the study doctor's decision"),
        ("NCT01253681", "Life expectancy", "(per the study doctor's opinion)."),
        ("NCT02565147", "Age ≥50 years and naturally", "did not rule out the ability to get pregnant"),
        # and no "a" before a plural wording: "a FCBP" is "a female who can become pregnant", not "a females …"
        ("NCT01045928", "Men must agree to use a latex condom", "during sexual contact with a female who can get"),
        # (translator.offline_narrowed puts it to the reader, the singular kept: "If you are a woman who can …")
        ("NCT07030517", "A WOCBP must have a negative", "If you are a woman who can get pregnant, you must have"),
    ],
)
def test_a_plain_noun_gets_its_article(nct_id: str, source: str, said: str) -> None:
    assert said in _faithful(nct_id, source)


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        ("NCT02605434", "Narrow-angle Glaucoma", "You have narrow-angle glaucoma."),
        ("NCT00035048", "Patients with Major Depressive Disorder", "You have major depressive disorder."),
        ("NCT00006170", "Multiple Drug Allergies", "You have multiple drug allergies."),
        ("NCT00712062", "Absolute Neutrophil Count > 1,500", "Your absolute neutrophil count is more than 1,500."),
        # names keep their capitals: a scale, a test, an index, an eponym
        (
            "NCT00551161",
            "Mini-Mental State Examination (MMSE) score of at least 15",
            "Your Mini-Mental State Examination (MMSE) score is",
        ),
        ("NCT00768521", "Patient has a Body Mass Index", "Your body mass index (BMI) is"),  # as the lab alone
        ("NCT00712062", "Karnofsky Performance Status > 60", "Your Karnofsky Performance Status is more than 60."),
    ],
)
def test_an_ordinary_title_case_name_is_lowered(nct_id: str, source: str, plain: str) -> None:
    assert _faithful(nct_id, source).startswith(plain)


@pytest.mark.parametrize(
    ("nct_id", "source", "not_said"),
    [
        # a place under "Location of the selected treatment area:", a time: no state of the reader
        ("NCT01926496", "on the periorbital skin", "You are on"),
        ("NCT04407585", "On the previous day", "You are on"),
        # the reasons someone is not able to become pregnant: a definition under the inclusions, not a rule
        ("NCT01174264", "The patient has undergone total abdominal", "You have"),
        # "… disorder that is either controlled … or is uncontrolled": "that" has its own verbs
        ("NCT00877487", "Subject has a current comorbid psychiatric", "or are uncontrolled"),
        # the plain word and its abbreviation's plain word said twice in brackets
        ("NCT04780568", "Patients with a significant history of cardiovascular", "heart attack [heart attack]"),
        ("NCT00436501", "Uncontrolled hypertension (i.e., systolic", "blood pressure [blood pressure]"),
        # a list numeral is no word to capitalise
        ("NCT02911597", "ii.Negative urinary pregnancy test", "Ii."),
        # the eligibility words cut after a comma leave no ",." ("…, will be excluded.")
        ("NCT00429169", "Patients with ferrous metal implants", "MRI,."),
        # a condition named by its value is no lab value of the reader's
        ("NCT02277197", "Hypocalcemia < 8.0 mg/dL", "Your low calcium"),
    ],
)
def test_readings_of_the_seed_555_sample(nct_id: str, source: str, not_said: str) -> None:
    assert not_said not in _faithful(nct_id, source)
