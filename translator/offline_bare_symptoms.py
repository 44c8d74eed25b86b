"""Symptoms and conditions named by a bare noun that offline_conditions did not know as one (offline backend).

offline_conditions reads a criterion that only names a condition ("Heart failure") as "You have heart failure", when
the name ends in a condition word, a disease's ending ("-itis", "-osis") or a lexicon condition or symptom. Everyday
symptoms and a few conditions are none of those, so Chia's and the corpus's one- to three-word criteria "Cough",
"Wheezing", "Cardiogenic shock", "Fluid overload", "Hyperparathyroidism" stayed noun phrases. These are the words
(and the further endings) that name one, for `names_a_condition`:

- a symptom or condition word (`SYMPTOM_HEADS`): "cough", "wheezing", "vomiting", "headache", "fever", "shock",
  "overload", "prolapse", "contracture", "spasticity", "dehydration"…; not a word that also names a treatment or
  a test ("dialysis", "transfusion", "ventilation"), which keeps its words, nor an event one has had rather than
  has ("stroke", "seizure", "fracture", "cardiac arrest": "You have a stroke" would put it now);
- a two-word name whose last word alone names nothing ("sore throat", "developmental delay", "suicidal thoughts");
- the endings of a condition's name that offline_conditions' do not cover: "-megaly", "-plasia", "-plegia",
  "-rrhea", "-trophy", "-phagia", "-penia", and "hyper-"/"hypo-" "-ism" ("hypothyroidism", "aldosteronism").

A countable symptom said alone takes its article in the sentence ("Cough" → "You have a cough", "Dry cough" → "You
have a dry cough"; `article_for`), as "You have cough" is no sentence a reader would say; an uncountable one does
not ("You have wheezing").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.offline_edits import Edit

SYMPTOM_HEADS = frozenset({
    "cough", "coughing", "wheeze", "wheezing", "vomiting", "headache", "headaches", "fever", "chills", "swelling",
    "pain", "shock", "overload", "prolapse", "prolapses", "contracture", "contractures", "spasticity", "dehydration",
    "ileus", "icterus", "hydrocephalus", "hypoventilation", "dysautonomia", "shortness", "myasthenia", "porphyria",
    "anosmia", "hypoxia", "hypoxemia", "empyema", "embolus", "emboli", "aneurysm", "aneurysms", "megacolon",
    "scabies", "paralysis", "palsy", "blindness", "deafness", "instability", "burns", "sepsis", "insomnia", "hernia",
    "hernias",
    "hydronephrosis", "pyonephrosis", "thrombophilia", "coagulopathy", "malabsorption", "incontinence", "obesity",
})  # fmt: skip
# what is wrong in the body, named as such, with a word before it that says where or what: "Cardiac conduction system
# abnormality", "Congenital urogenital anomaly", "Chest deformity", "Major medical problem"
_WRONG_WITH = frozenset({
    "abnormality", "abnormalities", "anomaly", "anomalies", "malformation", "malformations", "deformity",
    "deformities", "defect", "defects", "problem", "problems",
})  # fmt: skip
_TWO_WORD_NAMES = frozenset({
    "sore throat", "developmental delay", "suicidal thoughts", "muscle weakness", "joint stiffness",
    "runny nose", "nasal congestion", "chest pain", "back pain",
})  # fmt: skip
_ENDINGS = re.compile(
    r"[a-z]{2}(?:megaly|plasia|plegia|rrhea|rrhoea|trophy|phagia|penia)$|^(?:hyper|hypo)[a-z]{4,}ism$|"
    r"^(?:aldosteronism|alcoholism|hyperaldosteronism)$"
)
# a singular symptom one has one of: "a cough", "a headache", "a fever", "a pulmonary embolus"
_COUNTABLE = frozenset({
    "cough", "headache", "fever", "throat", "embolus", "aneurysm", "hernia", "abnormality", "anomaly", "malformation",
    "deformity", "defect", "problem",
})  # fmt: skip
_SOMEONE_ELSES = frozenset({
    "fetal", "foetal", "fetus", "foetus", "neonatal", "newborn", "infant", "infants", "baby", "child", "paternal",
    "maternal", "partner", "partner's", "donor", "donor's",
})  # fmt: skip
_ADJECTIVES_IN_ING = frozenset({"recurring", "ongoing", "worsening", "disabling", "burning", "shooting", "persisting"})
_ADJECTIVES_IN_LY = frozenset({"daily", "weekly", "nightly", "early", "hourly"})  # "Persistent daily vomiting"
_U_SAID_YOU = ("uni", "ur", "us", "ut", "eu")
_DETERMINERS = frozenset({"a", "an", "the", "any", "no", "some", "one", "this", "that", "their", "his", "her"})


def names_a_symptom(words: Sequence[str]) -> bool:
    """Whether the name made of `words` ends in a symptom or condition word of this module (see the module)."""
    if not words:
        return False
    last = words[-1].lower()
    two = " ".join(w.lower() for w in words[-2:])
    if any(w.lower().strip("-") in _SOMEONE_ELSES for w in words):
        return False  # "Fetal anomalies", "Neonatal abnormality": the baby's, not the reader's
    if last.endswith("ing") and any(w.lower().endswith("ly") and w.lower() not in _ADJECTIVES_IN_LY for w in words):
        return False  # "Actively wheezing" is a verb's participle ("You have actively wheezing"), not a symptom's name
    if any(w.lower().endswith("ing") and w.lower() not in _ADJECTIVES_IN_ING for w in words[:-1]):
        return False  # "Assessing pain", "ECG showing significant abnormality": a verb's object, not a symptom
    if len(words) == 1 and last in _WRONG_WITH:
        return False  # "Abnormalities of 17p", "Problems with swallowing": what is wrong, and with what, is said after
    return last in SYMPTOM_HEADS or last in _WRONG_WITH or two in _TWO_WORD_NAMES or bool(_ENDINGS.search(last))


def article_for(name: str) -> str:
    """ "a " or "an " before a name of one countable symptom that has no determiner of its own ("Cough", "Dry
    cough", "Abdominal aortic aneurysm"), else ""."""
    words = name.split()
    if not words or words[-1].lower() not in _COUNTABLE or words[0].lower() in _DETERMINERS:
        return ""
    first = words[0].lower()
    # "an" before a vowel's sound: "an abdominal", "an umbilical", "an uncontrolled", but "a uterine", "a unilateral",
    # "a urogenital" (a "u" said "you")
    return "an " if first[:1] in "aeio" or (first[:1] == "u" and not first.startswith(_U_SAID_YOU)) else "a "


def lowered_symptom(text: str, start: int, name: str) -> list[Edit]:
    """The capital of a criterion's first word lowered after "You have" when the name is one of this module's and
    the rest of it is in lower case ("Cardiogenic shock" → "You have cardiogenic shock", "Wheezing" → "You have
    wheezing"): offline_case keeps the capital of a word it does not know, as a name may need it; a Title Case run
    ("Fluid Overload") or an eponym ("Bell's palsy") keeps it."""
    words = name.split()
    first = re.match(r"[A-Z][a-z]+\b(?![-'’])", text[start:])
    if first is None or not names_a_symptom(words) or any(re.search(r"[A-Z]", w) for w in words[1:]):
        return []
    return [Edit(start, start + first.end(), first.group().lower(), "case")]
