"""A few more long general words with an everyday wording that says the same wherever the pattern allows.

Counted over the corpus bullets above grade 12 (session 55, words of 3+ syllables the earlier lists leave):

- "predominantly", "primarily" → "mainly" ("predominantly squamous cell histology", "primarily caused by
  cigarette smoking"): the same share, most but not all;
- "simultaneously" → "at the same time" (as offline_plain says "concurrently");
- "ensure(s) that", "ensuring that" → "make(s) sure that", "making sure that": only before "that", a clause ("to
  ensure postmenopausal status", "ensure a hormonal method" take a noun, and "make sure" does not);
- "cessation of" → "stopping" (as offline_plain says "discontinuation of"), only where it opens the criterion or the
  second of a pair ("or cessation of smoking"): not after an adjective ("total cessation of monthly bleeding") nor
  after a preposition ("within 4 weeks of cessation of X"), where it anchors a window the fact check reads
  (offline_short_words says why "commencing" stays).

Read by translator.offline_grade_words.GRADE (so by offline_words.WORDS: on the source and on the composed text).
"""

from __future__ import annotations

_OPENS = r"(?:(?<=^)|(?<=\bor )|(?<=\band ))"

GENERAL: list[tuple[str, str]] = [
    (r"predominantly", "mainly"),
    (r"primarily(?!\s+(?:refractory|resistant|progressive)\b)", "mainly"),
    (r"simultaneously", "at the same time"),
    (r"ensure(?=\s+that\b)", "make sure"), (r"ensures(?=\s+that\b)", "makes sure"),
    (r"ensuring(?=\s+that\b)", "making sure"),
    (_OPENS + r"cessation\s+of(?=\s+[a-z])", "stopping"),
]  # fmt: skip
