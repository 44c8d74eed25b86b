"""Session 82, lead: offline wordings fixed on reading the corpus bullets."""

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from tests.translator.test_offline import said


def test_a_bound_before_a_product_is_said_before_it() -> None:
    # NCT00377052 I3.1.1: "1.5 cm or more x 1.5 cm" put the bound inside a size of two numbers
    source = "Lymph nodes ≥ 1.5 cm x 1.5 cm by spiral CT scan"
    assert said(source) == "Lymph nodes at least 1.5 cm x 1.5 cm by spiral CT scan"
    assert checks(source, said(source), INC) == []
    assert checks(source, "Lymph nodes at least 1.5 cm x 2.5 cm by spiral CT scan", INC)
    # NCT03687125 I4: a power of ten whose ^ the record lost ("≥2×106" for 2 × 10^6), not "2 or more×106"
    bullet = said("Has available autologous peripheral blood stem cell (PBSC) product with CD34 cell dose "
                  "≥2×106 cells/kg.")
    assert "CD34 cell dose at least 2×106 cells/kg" in bullet
    # a power of ten with its ^ keeps the bound after the whole amount, as before
    assert said("Platelets ≥ 100 x 10^9/L") == "Your platelets are 100 × 10^9/L or more."


def test_a_bare_newly_diagnosed_gets_no_opening() -> None:
    # NCT00100971 I1.1, under "Diagnosis of acute myeloid leukemia (AML) by bone marrow biopsy": "You have newly
    # diagnosed." said nothing a reader could parse; with a disease after it the opening stays
    assert said("Newly diagnosed") == "Newly diagnosed"
    assert said("Newly diagnosed or relapsed") == "Newly diagnosed or relapsed"
    assert said("Newly diagnosed AML").startswith("You have newly diagnosed acute myeloid leukemia")
    # NCT01082549 (Chia): a comma before the disease keeps it
    assert said("Newly diagnosed, stage IV squamous cell lung cancer.").startswith("You have newly diagnosed, stage IV")


def test_a_failed_process_said_as_done_has_lost_its_negation() -> None:
    # NCT02247687 I8 (a held-out paraphrase's drop the checks missed): "failure of amplification" said "could not be
    # amplified" keeps the negation; "could be amplified" says the test worked
    source = ("failure of amplification or successful realization of genotypic resistance test without evidence for "
              "resistance mutations against current treatment (3TC/FTC accepted with M184V mutation)")
    tail = (", or it was done successfully without evidence of resistance mutations against your current treatment "
            "(3TC/FTC is accepted with the M184V mutation).")
    assert checks(source, "The genotypic resistance test could not be amplified" + tail, INC) == []
    assert checks(source, "The genotypic resistance test failed to amplify" + tail, INC) == []
    assert "negation_dropped" in checks(source, "The genotypic resistance test could be amplified" + tail, INC)


def test_a_bare_forced_expiratory_volume_second_reads_as_the_bullets_amount() -> None:
    # NCT01583686 E13 (held-out paraphrase 624): alarm47 read the bare "1" of "forced expiratory volume 1" as a window
    # "in 1 second", para47 read the bullet's "in 1 second" after the measure's name as an amount; merged, the two
    # readings differed ("“1” became “1 second”"). The source's reading is now the bullet's.
    source = ("Documented forced expiratory volume 1 (FEV1) less than or equal to 60% predicted tested in patients "
              "with asthma")
    said_so = ("You have a documented forced expiratory volume{} (FEV1) of 60% of predicted or less, tested because "
               "you have asthma.")
    assert checks(source, said_so.format(" in 1 second"), INC) == []
    assert checks(source, said_so.format(" in 2 seconds"), INC)
    assert checks(source, said_so.format(""), INC)


def test_a_prohibition_said_as_a_permission_has_lost_its_negation() -> None:
    # NCT02738632 E (held-out paraphrase 424) and NCT02600325 (434): the planted drops "are allowed" for "are not
    # allowed" passed, the permission counted as the bullets' own cue (a carve-out) in place of the source's
    # prohibition
    source = "Patients who should be administered medications prohibited for concomitant use during study period"
    said_so = "You need to take medicines that {} to be used together with the study drug during the study period."
    assert checks(source, said_so.format("are not allowed"), EXC) == []
    assert checks(source, said_so.format("must not be allowed"), EXC) == []
    assert "negation_dropped" in checks(source, said_so.format("are allowed"), EXC)
    source = "Disallowed co-medication that cannot be stopped or replaced"
    said_so = ("You take a medicine that {} with the study (disallowed co-medication) and it cannot be stopped or "
               "replaced.")
    assert checks(source, said_so.format("is not allowed"), EXC) == []
    assert "negation_dropped" in checks(source, said_so.format("is allowed"), EXC)
    # a carve-out the source has itself stays its own ("topical steroids are allowed")
    source = "No systemic steroids within 4 weeks; topical steroids are allowed"
    assert checks(source, "You have not taken steroids by mouth or by injection in the last 4 weeks. Steroid creams "
                          "are allowed.", EXC) == []
