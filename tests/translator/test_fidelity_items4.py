"""A list item cut out of a bullet that copies its source is found by lining up the two texts' content words
(translator.fidelity_deleted_items); faithful rewordings around a list draw nothing. Real corpus texts, with the
offline backend's faithful bullets and the same bullets with one item left out."""

from __future__ import annotations

import pytest

from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.fidelity import check_rendering
from translator.fidelity_deleted_items import deleted_items
from translator.findings import Severity


def errors(source: str, bullets: list[str]) -> list[str]:
    request = CriterionRequest(kind=SectionKind.EXCLUSION, items=[RequestItem(ref="1", text=source)])
    rendering = Rendering(bullets=[RenderedBullet(text=b, refs=["1"]) for b in bullets])
    return [f.message for f in check_rendering(request, rendering) if f.severity is Severity.ERROR]


def cut(source: str, bullet: str) -> list[str]:
    return [source[start:end] for start, end in deleted_items(source, [bullet])]


@pytest.mark.parametrize(("source", "faithful", "left_out", "item"), [
    # NCT02379910: the item shares five letters with the one before it ("immun…"), so the stem-based checks took
    # "immunosuppressants" for it; by whole words it is said nowhere.
    ("Systemic treatment with immunosuppressants, immunomodulators or corticosteroids within 2 weeks prior to dosing",
     "Systemic treatment with immunosuppressants, immunomodulators or corticosteroids in the 2 weeks before dosing",
     "Systemic treatment with immunosuppressants or corticosteroids in the 2 weeks before dosing",
     "immunomodulators"),
    # NCT01706965: a lexicon term is said only when its wording is, word for word: "schizophrenia" and "disorder"
    # do not say "schizoaffective disorder".
    ("Diagnosis of any known BH4 deficiency disorder (other than schizophrenia or schizoaffective disorder), including "
     "dopa-responsive dystonia,phenylketonuria (PKU), and autism",
     "You have been diagnosed with any known BH4 deficiency disorder (other than schizophrenia or schizoaffective "
     "disorder), including dopa-responsive dystonia,phenylketonuria (PKU), and autism.",
     "You have been diagnosed with any known BH4 deficiency disorder (other than schizophrenia, including "
     "dopa-responsive dystonia,phenylketonuria (PKU), and autism.",
     "schizoaffective disorder"),
    # NCT01729598: the first example, where "such as" became a sentence "For example, …" of its own.
    ("Significant neurologic disease such as Parkinson's disease, stroke, brain tumor, multiple sclerosis or seizure "
     "disorder.",
     "You have significant neurologic disease. For example, Parkinson's disease, stroke, brain tumor, multiple "
     "sclerosis or seizure disorder.",
     "You have significant neurologic disease. For example, stroke, brain tumor, multiple sclerosis or seizure "
     "disorder.",
     "Parkinson's disease"),
    # NCT02713477: the item beside a lexicon term said in its plain wording ("heart attack"): the bullet's words
    # there all word the term, and "stroke" is said nowhere.
    ("History of myocardial infarction, stroke, or heart failure, history or presence of clinically significant "
     "diabetic retinopathy, history or presence of macular edema likely to require laser treatment within the study "
     "period.",
     "You have had a heart attack, stroke, or heart failure, history or presence of medically important diabetic "
     "retinopathy, history or presence of macular edema likely to need laser treatment within the study.",
     "You have had a heart attack, or heart failure, history or presence of medically important diabetic "
     "retinopathy, history or presence of macular edema likely to need laser treatment within the study.",
     "stroke"),
    # NCT02371408: every word of the item is said, but fewer times than the source says it ("interferon" once of
    # twice): the other item says it, the item itself is gone.
    ("Patients for Group 1 must be treatment-naïve - i.e., they have never received any antiviral treatment for "
     "their HCV infection, including interferon, pegylated interferon, ribavirin, or other regulatory-approved or "
     "investigational HCV antiviral therapies.",
     "Patients for Group 1 must be treatment-naïve - that is, they have never received any antiviral treatment for "
     "their hepatitis C virus (HCV) infection, including interferon, pegylated interferon, ribavirin, or other "
     "regulatory-approved or experimental HCV antiviral treatments.",
     "Patients for Group 1 must be treatment-naïve - that is, they have never received any antiviral treatment for "
     "their hepatitis C virus (HCV) infection, pegylated interferon, ribavirin, or other regulatory-approved or "
     "experimental HCV antiviral treatments.",
     "interferon"),
    # NCT02121717: an item of two words; "now" in the gap is the source's "currently" reworded, not the item.
    ("History of diabetic ketoacidosis,diabetic hyperglycemic hyperosmolar syndrome,lactic acidosis, diabetic "
     "hypoglycemia; or is currently combined with retinopathy, diabetic nephropathy and diabetic neuropathy;",
     "You have had diabetic ketoacidosis,diabetic hyperglycemic hyperosmolar syndrome,lactic acidosis, diabetic "
     "hypoglycemia; or is now combined with retinopathy, diabetic nephropathy and diabetic neuropathy.",
     "You have had diabetic ketoacidosis,diabetic hyperglycemic hyperosmolar syndrome,lactic acidosis; or is now "
     "combined with retinopathy, diabetic nephropathy and diabetic neuropathy.",
     "diabetic hypoglycemia"),
])
def test_a_cut_item_is_an_error_that_names_it(source: str, faithful: str, left_out: str, item: str) -> None:
    assert errors(source, [faithful]) == []
    assert cut(source, faithful) == []
    assert cut(source, left_out) == [item]
    assert f"1: the bullets citing it leave out the list item “{item}”" in errors(source, [left_out])


@pytest.mark.parametrize(("source", "bullet"), [
    # NCT00079339: whose judgement decides is the frame check's (translator.fidelity_frames), said here in place.
    ("Patients must not have any significant medical illnesses that in the investigator's opinion cannot be "
     "adequately controlled with appropriate therapy or would compromise the patient's ability to tolerate this "
     "therapy; patients must not have any disease that will obscure toxicity or dangerously alter drug metabolism",
     "You must not have any significant medical illnesses that in the study doctor's view cannot be adequately "
     "controlled with appropriate treatment or would compromise your ability to tolerate this treatment. You must "
     "not have any disease that will obscure toxicity or dangerously alter drug metabolism."),
    # The judgement moved to a sentence of its own: no item is cut.
    ("Any condition that, in the opinion of the investigator, would compromise the study's objectives or the "
     "well-being of the subject or prevent the subject from meeting the study requirements.",
     "You have any condition that would compromise the study's objectives or your well-being or prevent you from "
     "meeting the study rules. The study doctor decides this."),
    # NCT01137799: "acceptable" said as "allowed", a function word in its place.
    ("Clinically significant abnormal values for clinical chemistry, hematology or urinalysis at screening or "
     "admission. It is expected that laboratory values will generally be within the normal range for the laboratory, "
     "though minor deviations, which are not considered to be of clinical significance to the investigator, are "
     "acceptable. Values of ALT/AST < 2 fold the upper limit of normal will be allowed",
     "Medically important abnormal values for clinical chemistry, hematology or urinalysis at screening or admission. "
     "It is expected that lab values will generally be within the normal range for the lab, though minor deviations, "
     "which are not thought to be of clinical significance to the study doctor, are allowed. Values of alanine "
     "aminotransferase (ALT)/aspartate aminotransferase (AST) less than 2 fold the upper limit of normal will be "
     "allowed"),
    # NCT00495131: an abbreviation in the bullet says the words it stands for.
    ("Co-infection with hepatitis B virus (HBV) or human immunodeficiency virus (HIV)",
     "Co-infection with hepatitis B virus (HBV) or HIV"),
    # NCT00705016: the same, said fewer times as written.
    ("At least one measurable lesion either by computerized tomography (CT) scan or magnetic resonance imaging (MRI)",
     "You have at least one measurable lesion either by CT scan or MRI."),
    # NCT02316899: "underwent" said as "had".
    ("Patient who used or underwent or will use or undergo drug/therapy/test prohibited to combine 3 days before the "
     "start of bowel habit observation period (Day -17) or thereafter",
     "You used or had or will use or have drug/treatment/test prohibited to combine 3 days before the start of bowel "
     "habit observation time (Day -17) or thereafter."),
    # NCT00249301 (a hand-written paraphrase): "bilirubin" moved after words the bullet adds, which word the two
    # items after it.
    ("Known or suspected disorder of bilirubin metabolism or excretion, including, but not limited to, Gilbert's "
     "syndrome, Crigler-Najjar syndrome, Dubin-Johnson syndrome, and Rotor syndrome",
     "You have a known or suspected disorder of how the body breaks down or gets rid of bilirubin, including, but not "
     "limited to, Rotor syndrome, Dubin-Johnson syndrome, Crigler-Najjar syndrome, and Gilbert's syndrome."),
])
def test_faithful_rewordings_cut_nothing(source: str, bullet: str) -> None:
    assert cut(source, bullet) == []
    assert errors(source, [bullet]) == []
