"""Two long adverbs with an everyday word that says the same (read by translator.offline_grade_words.GRADE).

Counted over the corpus bullets (session 57): "potentially" stays in 124 bullets, "immediately" at the end of a
clause in 27 (offline_everyday already says "immediately before/after" as "right before/after"):

- "potentially" → "possibly" ("could potentially get in the way of", "potentially harmful effects"): both say that a
  thing may be so; not before "curative", "resectable", "fertile", "able", "eligible" or "effective", where
  "potentially X" is a fixed term of its own (a treatment given to cure, a tumour judged removable, a woman or a man
  able to have a child: "potentially able to become pregnant" is not "maybe able"), nor in "for whom potentially …";
- "immediately" at the end of a clause → "right away" ("should inform her treating doctor immediately", "must stop
  immediately"): at once, with no delay; not before a word ("immediately life-threatening", "immediately past
  treatment", "immediately below"), where it says how near, not how soon.
"""

from __future__ import annotations

PLAIN_ADVERBS: list[tuple[str, str]] = [
    (r"(?<!\bwhom )potentially"
     r"(?!\s+(?:curative|curable|resectable|operable|fertile|able|capable|eligible|effective)\b)", "possibly"),
    (r"immediately(?=\s*(?:[.;,)]|$))", "right away"),
]  # fmt: skip
