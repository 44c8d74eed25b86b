"""A topic whose rule is given in another section of the same record, said as a pointer there (offline backend).

Older NCI PDQ records fill a topic of their template whose rule sits under "DISEASE CHARACTERISTICS:" with "See
Disease Characteristics" ("Chemotherapy:" then "See Disease Characteristics"): about 50 corpus criteria, left as the
source's two capitalised words. translator.section_labels heads that section "Your disease", so the pointer says where
to look in the words the reader sees: "See the rules about your disease." Only the whole criterion, and only that
section: "See Appendix A", "See Part I" or "See Inclusion Criteria" name places the translation does not rename.
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit

_SEE_DISEASE = re.compile(r"\s*see\s+disease\s+characteristics\s*\.?\s*", re.IGNORECASE)
SAID = "See the rules about your disease."


def said_elsewhere(text: str) -> list[Edit]:
    """ "See Disease Characteristics" as a whole criterion → "See the rules about your disease." (see the module)."""
    if not _SEE_DISEASE.fullmatch(text):
        return []
    return [Edit(0, len(text), SAID, "person")]
