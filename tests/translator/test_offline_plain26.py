"""The twenty-sixth round: inclusions that open with a count of treatments had or with "Not", put to the reader
("No more than 2 prior chemotherapy regimens" → "You have had no more than 2 …", "Not previously treated with X" →
"You have not been treated before with X"); with the cases each must leave as written (a heading's value, a
sub-item under a lead-in with a verb, a bound on something that is no treatment, a permission). `said` also checks
that the fidelity check finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.backend import CriterionRequest, RequestItem
from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.offline import OfflineBackend
from translator.offline_counted_openings import counted_opening

INC = SectionKind.INCLUSION


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT00026299", "No more than 2 prior chemotherapy regimens for metastatic disease",
     "You have had no more than 2 past chemotherapy regimens for cancer that has spread to other parts of the body."),
    ("NCT00003060", "At least 1 prior standard regimen for metastatic disease",
     "You have had at least 1 past standard regimen for cancer that has spread to other parts of the body."),
    ("NCT01992952", "Up to 3 prior lines of endocrine therapy for Advanced Breast Cancer",
     "You have had up to 3 past lines of hormone treatment for Advanced Breast Cancer."),
    ("NCT02421588", "No more than three prior systemic chemotherapy regimens",
     "You have had no more than three past systemic chemotherapy regimens."),
    # a range of counts: the fact wording says the bound, the opening only puts it to the reader
    ("NCT02412878", "At least 2 but no more than 3 prior therapies for multiple myeloma",
     "You have had 2 to 3 past treatments for multiple myeloma."),
    # how long a treatment went on
    ("NCT01026844", "At least 12 weeks of prior treatment with erlotinib, gefitinib, or another EGFR small molecule "
     "TKI agent.",
     "You have had at least 12 weeks of past treatment with erlotinib, gefitinib, or another epidermal growth factor "
     "receptor (EGFR) small molecule tyrosine kinase inhibitor (TKI) agent."),
    # a note in brackets names what is acceptable: no permission of the criterion's own
    ("NCT01194908", "At least one line of therapy prior to study entry (acceptable therapies include chemotherapy).",
     "You have had at least one line of treatment before joining the study (acceptable treatments include "
     "chemotherapy)."),
])
def test_a_count_of_treatments_had_is_put_to_the_reader(nct_id: str, text: str, plain: str) -> None:
    assert said(text, INC) == plain


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    # the source's "no" kept: one negation, as the checks count it
    ("NCT00428714", "No prior systemic chemotherapy for prostate cancer.",
     "You have had no systemic chemotherapy for prostate cancer."),
    ("NCT02820896", "No history of symptomatic cognitive decline", "You have never had symptomatic cognitive decline."),
])
def test_none_had_is_put_to_the_reader(nct_id: str, text: str, plain: str) -> None:
    assert said(text, INC) == plain


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT00275028", "Up to two prior lines of chemotherapy in the recurrent setting are allowed",
     "You may have had up to two past lines of chemotherapy in the recurrent setting."),
    ("NCT06140836", "Up to 1 prior line of systemic treatment for NSCLC is permitted",
     "You may have had up to 1 past line of systemic treatment for non-small cell lung cancer (NSCLC)."),
])
def test_an_allowed_count_stays_a_permission(nct_id: str, text: str, plain: str) -> None:
    assert said(text, INC) == plain


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT00105443", "Not previously treated with local therapy",
     "You have not been treated before with local treatment."),
    ("NCT03797482", "Not received any chemotherapy or surgical intervention except core biopsy.",
     "You have not had any chemotherapy or surgery except core biopsy."),
    ("NCT02359058", "Not have received prior first-line systemic chemotherapy for metastatic disease.",
     "You have not had past first-line systemic chemotherapy for cancer that has spread to other parts of the "
     "body."),
    ("NCT00278434", "Not immunocompromised", "You are not immunocompromised."),
    ("NCT01679041", "Not allergic to cyclophosphamide, mesna, fludarabine or alemtuzumab",
     "You are not allergic to cyclophosphamide, mesna, fludarabine or alemtuzumab."),
    ("NCT01009801", "Not on an active waiting list for liver transplantation",
     "You are not on an active waiting list for liver transplant."),
    ("NCT03274440", "Not currently taking psychotropic medications", "You are not now taking psychotropic medicines."),
])
def test_a_not_opening_keeps_its_one_not(nct_id: str, text: str, plain: str) -> None:
    bullet = said(text, INC)
    assert bullet == plain
    assert bullet.lower().count("not") == text.lower().count("not")


@pytest.mark.parametrize(("nct_id", "text", "parent"), [
    # a heading's value: "Life expectancy:" carries what the bound is of
    ("NCT00002633", "At least 5 years excluding malignancy", "Life expectancy:"),
    # a lead-in with a verb of its own, or one that allows: the item is read after it
    ("NCT00105443", "Not previously treated with local therapy",
     "Patients must have at least one tumor lesion that meets the following criteria:"),
    # (not under "Subjects will be eligible if the following criteria are met:": each item is a criterion of its own,
    # said to the reader, translator.offline_criteria_lead_ins and tests/translator/test_s36_words14.py)
    ("NCT02489318", "Maximum of 1 course of radiation or surgical intervention",
     "Other allowed prior treatment for mHSPC:"),
])
def test_an_item_read_after_its_heading_is_left_alone(nct_id: str, text: str, parent: str) -> None:
    assert counted_opening(text, 0, INC, parent) == []
    request = CriterionRequest(kind=INC, items=[
        RequestItem(ref="1", text=parent, facts=extract_facts(parent)),
        RequestItem(ref="1.1", text=text, facts=extract_facts(text)),
    ])
    bullet = OfflineBackend().render(request).bullets[1].text
    assert not bullet.startswith("You ")


@pytest.mark.parametrize(("nct_id", "text"), [
    # a permission or a requirement of the criterion's own: the opening would drop it
    ("NCT03983954", "No more than 1 prior CPI treatment is allowed (prior combination of anti-PD-[L]1 and anti-CTLA-4 "
     "is acceptable)."),
    ("NCT00258258", "At least one previous treatment for MM or PCD required"),
    ("NCT00758693", "No prior therapy for CLL is allowed."),
    # the permission may govern the clause after it too
    ("NCT02275039", "Up to 2 prior chemotherapy regimens for recurrent disease are allowed; adjuvant chemotherapy and "
     "maintenance Taxol after completion of six cycles of adjuvant carboplatin"),
    # a verb of its own
    ("NCT00638690", "At least one chemotherapy must have contained docetaxel"),
    # a bound on no treatment: a lesion, a lab, a time
    ("NCT00541866", "At least 10% blasts by BM biopsy or aspirate"),
    ("NCT02504268", "At least 3 swollen and 3 tender joints"),
    ("NCT01618253", "Maximum of 3 HCC lesions within the liver."),
    # the disease, not the reader, is what is not curable
    ("NCT00551421", "Not curable by surgery or amenable to radiotherapy with curative intent"),
    # a state in a past window: "You are not" would put it now
    ("NCT02099838", "Not involved in any drug test during 3 months before being selected"),
    # "Not having X" is no state
    ("NCT04780360", "Not having any systemic disease that could compromise wound healing"),
])
def test_other_openings_keep_their_words(nct_id: str, text: str) -> None:
    assert counted_opening(text, 0, INC, None) == []

