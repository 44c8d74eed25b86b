"""More of the source's first words lowered after an opening (offline backend; used by translator.offline_case).

"You have Advanced Alzheimer's disease", "You have had Thrombolytic treatment", "Your Random plasma glucose is …"
kept a capital that only started the criterion. offline_case lowers an ordinary word unless it may be part of a
name; two cases it left:

- ordinary words of criteria that neither its word lists nor textstat's easy words hold (`MORE_ORDINARY`): adjectives
  of a treatment, a finding or a measure ("Conventional chemotherapy", "Intravesical chemotherapy", "Initial body
  mass index", "Mitotic rate"), none of them a name or the first word of one;
- a word before an eponym's possessive and a lower-case noun (`EPONYM_AFTER`): "Advanced Alzheimer's disease",
  "Idiopathic Parkinson's disease", "Refractory Wilms' tumor" name the disease by its eponym alone, so the word before
  it qualifies the disease and is no part of the name ("Idiopathic Parkinson Disease", a Title Case run with no
  possessive, keeps its capitals).

Kept here, not in data/case_ordinary.txt: the data files are part of the checks' fingerprint, and these change no
check.
"""

from __future__ import annotations

import re

MORE_ORDINARY = (
    "conventional", "thrombolytic", "antitumor", "intravesical", "therapeutic", "cystoid", "neurosurgical", "initial",
    "projected", "random", "intact", "routine", "mitotic", "average", "eosinophil",
    # words of a symptom, a site or a finding ("Symptom duration", "Extracranial active bleeding", "Coexisting cancer",
    # "Pinhole visual acuity", "Unexplained infertility"), none the first word of a name in the corpus
    "symptom", "extracranial", "coexisting", "constrictive", "dysregulated", "pinhole", "shortening", "conjunctival",
    "reasonable", "clinic", "maintained", "underlying", "unexplained", "unprotected", "bidimensional", "supracondylar",
    "heavily", "bifurcation", "seborrheic", "presbyopia", "differential", "prescribed", "reproducible", "panretinal",
    "endoscopically", "spermatocytic", "documentation", "tricuspid", "nadir",
)  # fmt: skip

# one capitalised word with a possessive ("Alzheimer's", "Wilms'"), then a lower-case noun
EPONYM_AFTER = re.compile(r"\s+[A-Z][a-z]+(?:['’]s|s['’])\s+[a-z]")
