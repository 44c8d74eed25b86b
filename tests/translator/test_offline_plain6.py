"""Shorter sentences from asides inside a sentence (translator.offline_asides), on real criteria: a bracketed list of
examples and the study doctor's judgement move to a sentence of their own where nothing else could own them, and
stay where they are where a list, a second clause or a following explanation could."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import rewritten
from translator.offline_asides import move_asides
from translator.offline_words import polish_words
from translator.readability import grade


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        # the examples are of the one thing the sentence names; the time window stays on the rule
        ("NCT02920424", "use of antimalarials (such as chloroquine or hydroxychloroguine) for at least 8 weeks",
         "Use of antimalarials for at least 8 weeks. For example, chloroquine or hydroxychloroguine."),
        ("NCT02564588", "Subject has started psychotherapy (eg, supportive psychotherapy",
         "You have started talk therapy in the 3 months before screening. For example, supportive talk therapy, "
         "cognitive behavior treatment, interpersonal treatment. Note:"),
        ("NCT00870194", "Used drugs for weight loss (for example, orlistat",
         "You used drugs for weight loss within 1 month of screening. For example, orlistat, sibutramine, "
         "phenylpropanolamine, or similar over-the-counter medicines."),
        # the judgement of a relative clause: the clause keeps its words, the judge a sentence of its own
        ("NCT04497298", "Presence of tattoos that, in the opinion of the investigator, would preclude",
         "You have tattoos that would prevent evaluation of the injection site. The study doctor decides this."),
        ("NCT00440726", "Patients who, in the opinion of the investigator, may not be able to comply",
         "You may not be able to follow the safety monitoring requirements of the study. "
         "The study doctor decides this."),
        # at the end of the sentence
        ("NCT00529100", "Patient is unsuitable to participate in the study in the opinion of the investigator.",
         "You are unsuitable to take part in the study. The study doctor decides this."),
        ("NCT01401517", "A chronic illness that may increase the risks associated with this study in the opinion",
         "You have a chronic illness that may increase the risks linked to this study. The study doctor decides this."),
        # two duties of the reader are two sentences; the "not" stays with its own duty
        ("NCT01568775", "Subjects must weigh at least 50 kg to participate in the study, and must have",
         "You must weigh at least 50 kg to take part in the study. You must have a body mass index (BMI) within the "
         "range of 18 to 30 kg/m2."),
        ("NCT00317720", "Patients may not be receiving any other investigational agents, and must not",
         "You may not be getting any other experimental drugs. You must not have had experimental drugs within "
         "15 days of joining the study."),
    ],
)
def test_an_inner_aside_becomes_a_sentence(nct_id: str, source: str, plain: str) -> None:
    text = rewritten(nct_id, source)
    assert text.startswith(plain)


@pytest.mark.parametrize(
    ("nct_id", "source", "kept"),
    [
        # a list outside the brackets: the examples could be read as examples of "any of the excipients"
        ("NCT01136733", "Known intolerance to any of the study drugs (or any of the excipients)",
         "(such as sirolimus, everolimus, temsirolimus) or any of the inactive ingredients."),
        # a second clause after the judged one: the judgement would seem to cover "must not have any disease" too
        ("NCT00079339", "Patients must not have any significant medical illnesses that in the investigator's",
         "illnesses that in the study doctor's view cannot be adequately controlled"),
        # a sentence after the judged one explains it ("Examples may include …"): the judge stays inside
        ("NCT02207829", "Other Respiratory Disorders: Known Alpha-1 antitrypsin deficiency",
         "A subject who, in the study doctor's view, has any other significant respiratory conditions"),
        # a list before the judgement: it may hold for the last item only
        ("NCT00375310", "Other severe, acute or chronic medical or psychiatric condition, or laboratory abnormality",
         "& in the study doctor's view would make the patient inappropriate"),
        # "A, B, and must …": the "and" closes the list too, which a full stop would leave without its conjunction
        ("NCT02680951", "Must not have any evidence of dyspnea at rest, exercise intolerance, and must have",
         "at rest, exercise intolerance, and must have a pulse oximetry"),
        # examples after "X (such as A) or Y": a sentence of their own, they could seem to be X's too
        ("NCT02963922", "Use in past 90 days of medications known to induce significant weight loss",
         "or weight gain (such as chronic use of oral steroids, second generation antipsychotics)"),
        # a sentence that is itself an example keeps its own examples
        ("NCT02389842", "History of malabsorption syndrome or other condition that would interfere",
         "For example active bowel inflammation (such as Crohn's disease or ulcerative colitis) needing"),
    ],
)
def test_an_aside_another_item_could_own_stays(nct_id: str, source: str, kept: str) -> None:
    text = rewritten(nct_id, source)
    assert kept in text
    assert "decides this" not in text


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        ("NCT00099463", "Serious angioedema episodes within the previous 3 years",
         "You have had serious angioedema episodes within the past 3 years or needing medicine in the past two years."),
        ("NCT01139346", "History of invasive second primary malignancy diagnosed within the previous 3 years",
         "You have had invasive second primary cancer diagnosed within the past 3 years except for"),
    ],
)
def test_the_previous_months_are_the_past_months(nct_id: str, source: str, plain: str) -> None:
    assert rewritten(nct_id, source).startswith(plain)


@pytest.mark.parametrize(
    "text", ["Serum calcium less than 10 mg/dL 24 hour previous to the transplantation.",
             "You took part in the previous study of the drug."],
)
def test_previous_stays_where_it_is_no_window(text: str) -> None:
    assert polish_words(text) == text


def test_the_previous_month_stays_for_the_fact_rules() -> None:
    # "for at least two weeks in the past month" reads to the fact rules as "two weeks in the past"
    text = rewritten("NCT01028781", "Chronic pelvic pain defined as non-menstrual pain")
    assert "for at least two weeks in the previous month for at least 6 months" in text


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        # a closing bracket that holds a clause of its own says it as a sentence
        ("NCT02028676", "Previous diagnosis of Pneumocystis jiroveci pneumonia (cotrimoxazole",
         # the note's verb is its own, so the opening is put to the reader too (offline_openings.dangling_verb)
         "You have had a diagnosis of Pneumocystis jiroveci pneumonia. Cotrimoxazole is secondary prophylaxis and "
         "should not be stopped."),
        ("NCT06429761", "Hemoglobin level ≥ 9.0 g/dL (Red blood cell transfusion",
         "Your hemoglobin level is 9 g/dL or more. Red blood cell transfusion is not allowed in the 1 week before "
         "Screening assessment."),
        ("NCT02508870", "Diagnosis of MDS (participants with therapy-related MDS are eligible)",
         "You have been diagnosed with MDS. If you have therapy-related MDS, you can take part."),
    ],
)
def test_a_closing_clause_in_brackets_becomes_a_sentence(nct_id: str, source: str, plain: str) -> None:
    assert rewritten(nct_id, source) == plain


@pytest.mark.parametrize(
    ("nct_id", "source", "kept"),
    [
        # a value under a condition has no subject of its own
        ("NCT00068757", "Alkaline phosphatase less than 2.5 times ULN (5 times ULN if liver",
         "(5 times ULN if liver metastases are present)"),
        # "whichever is longer" chooses between the windows before it
        ("NCT02611817", "Prior exposure to any investigational or approved biologic",
         "5 half-lives of screening (whichever is longer)"),
        # after "If you are …": the note may hold under the condition only
        ("NCT00115739", "Women of childbearing potential must have a negative pregnancy test at baseline",
         "patients cannot take part.)"),
    ],
)
def test_a_closing_bracket_without_a_clause_of_its_own_stays(nct_id: str, source: str, kept: str) -> None:
    assert kept in rewritten(nct_id, source)


def test_a_moved_aside_keeps_every_word_and_lowers_the_grade() -> None:
    before = "You have significant vascular disease (such as aortic aneurysm needing surgical repair or recent " \
             "peripheral arterial thrombosis) in the 6 months before day 1."
    after = move_asides(before)
    assert after == ("You have significant vascular disease in the 6 months before day 1. For example, aortic "
                     "aneurysm needing surgical repair or recent peripheral arterial thrombosis.")
    assert sorted(before.replace("(such as", "").replace(")", "").replace(".", "").split()) == sorted(
        after.replace("For example,", "").replace(".", "").split()
    )
    assert grade(after) < grade(before) - 2


@pytest.mark.parametrize(
    "text",
    [
        # a negation right before the aside owns it
        "You have had no surgery not (including minor procedures) in the past month.",
        # a condition the judgement could belong to instead
        "Allowed if, in the study doctor's view, the symptoms are stable.",
        # two judges
        "Any condition that, in the study doctor's view or the sponsor's judgment, would affect safety.",
        # a duty under a condition stays under it
        "If you are female, you must use birth control, and must have a negative pregnancy test.",
        "You must stop the drug unless it is stable, and must tell the study doctor.",
        # "…; or": the sentence links on to the next item
        "Use of antimalarials (such as chloroquine) for at least 8 weeks; or",
    ],
)
def test_guards(text: str) -> None:
    assert move_asides(text) == text
