"""An article for a countable singular noun the reader's sentence left bare (offline backend, on the final text).

"Blood transfusion within 4 weeks" said to the reader reads "You have had blood transfusion …", which a heading could
do without but a sentence cannot: "You have had a blood transfusion". Only nouns that are certainly one countable thing
the reader had: a transfusion, an organ transplant ("kidney transplant", not "transplant rejection"), a hospital stay
had, had now, planned or scheduled ("You have had a hospital stay for asthma", "You are scheduled for an in-patient
hospital stay"; not "hospital stays", nor "any hospital stay", which has its word). The bare test
results of translator.offline_bare_singulars are given theirs again here, after the sentence rules that make the
opening ("Documented negative test for HIV" → "Your records show that you have a negative test for HIV").
"""

from __future__ import annotations

import re

from translator.offline_bare_singulars import bare_singulars
from translator.offline_head_articles import head_articles

# "You have had (blood) transfusion", "You have had kidney transplant"; not a plural, a compound ("transfusion
# requirement", "transplant rejection") or a noun a hyphen joins on ("transfusion-dependent")
_HAD = re.compile(
    r"\b(?P<verb>[Yy]ou have had|[Yy]ou have (?:never|not) had|[Yy]ou had) "
    # (the donor's kind before the graft's: "an allogeneic stem cell transplant", "a hematologic stem cell transplant")
    r"(?P<noun>(?:(?:allogeneic|allogenic|autologous|h(?:a)?ematopoietic|hematologic) )?"
    r"(?:(?:blood|red (?:blood )?cell|platelet|kidney|renal|liver|lung|heart|organ|solid organ|bone marrow|"
    r"(?:h(?:a)?ematopoietic )?(?:stem )?cell|allogeneic|autologous|cornea[l]?) )?(?:transfusion|transplant))"
    r"(?![\w-])(?! (?:requirement|dependen\w*|support|rejection|recipient|therapy|treatment|program|list)\b)"
)

# "History of hospitalization for asthma" said "You have had hospital stay for asthma": the plain words of
# "hospitalization" (translator.offline_plain) are one countable stay, which the reader had, has or plans
_STAY = re.compile(
    r"\b(?P<verb>had|have(?=\s+current\b)|to\s+have|scheduled\s+for)\s+(?P<noun>(?:(?:current|recent|prior|previous|past|in-?patient|"
    r"overnight)\s+)?hospital\s+stay)(?![\w-])"
)


def counted_articles(text: str) -> str:
    """`text` with "a" before the bare countable singulars the reader's sentence has (see the module)."""
    text = head_articles(bare_singulars(text))
    text = _STAY.sub(lambda m: f"{m['verb']} {_article(m['noun'])} {m['noun']}", text)
    return _HAD.sub(lambda m: f"{m['verb']} {_article(m['noun'])} {m['noun']}", text)


def _article(noun: str) -> str:
    return "an" if noun[:1].lower() in "aeiou" else "a"
