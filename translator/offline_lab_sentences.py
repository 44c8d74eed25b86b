"""Two wordings of a lab said to the reader, mended on the composed bullet (offline backend).

offline_labs puts a lab to the reader from the source's words, before the abbreviation rule spells a short form out
and before any aside moves. Two of its sentences then read wrong:

- a short form whose spelled-out name is a plural keeps the verb chosen for the short form: "TG 90 - 150 mg/dL" →
  "Your fasting triglycerides (TG) is 90 to 150 mg/dL" → "… (TG) are …" (only for the plural lab words below, right
  before the short form in brackets: "Your fasting glucose (FG) is" stays);
- a scale named after a dash behind "Performance status" becomes part of the name: "Performance status - Karnofsky
  70-100%" → "Your performance status - Karnofsky is 70 to 100%" → "Your Karnofsky performance status is 70 to
  100%"; under the cancer trials' topic label, "Performance status: ECOG 0-2" → "Performance status: Your ECOG score
  is 0 to 2" → "Your ECOG performance status is 0 to 2" (only the scales of performance status named here; the value
  and what follows it stay as written).
"""

from __future__ import annotations

import re

_SPELLED_OUT_PLURAL = re.compile(
    r"^(?P<lab>Your\s+(?:[\w-]+\s+){0,3}?(?:triglycerides|platelets|neutrophils|lymphocytes|leukocytes|eosinophils|"
    r"reticulocytes|transaminases|ketones|lipids|enzymes)\s+\([A-Za-z0-9-]+\)\s+)is\b"
)
_SCALE_AFTER_A_DASH = re.compile(
    r"^(?:Your\s+performance\s+status\s*[-–—]\s*|Performance\s+status\s*:\s*Your\s+)"
    r"(?P<scale>Karnofsky|Lansky|ECOG|Zubrod|WHO|GOG|SWOG)(?:\s+score)?\s+is\b"
)


def lab_sentence(text: str) -> str:
    """`text` with the two wordings above mended, or as it was."""
    text = _SPELLED_OUT_PLURAL.sub(r"\g<lab>are", text, count=1)
    return _SCALE_AFTER_A_DASH.sub(r"Your \g<scale> performance status is", text, count=1)
