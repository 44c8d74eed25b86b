"""Short words for a few long ones the offline bullets still carried (session 47, for the reading grade).

Counted over the corpus bullets (words of 3+ syllables in bullets above grade 8), each said the same way in every
criterion it matches; read by translator.offline_words.WORDS (so on the source and on the composed text alike):

- "capable of <doing>" → "able to <do>", for the verbs the corpus has after it ("capable of giving informed consent",
  "capable of understanding", "capable of getting pregnant"): the same ability, one syllable and a base verb;
- "participate" with no "in" after "to" or a modal → "take part" ("willing to participate", "may participate as long
  as …"), as "participate in" is "take part in";
- a source's sentence opening "In addition," → "Also,": the same link, shorter (SOURCE_ONLY, read by offline_plain
  alone; ", in addition, …" mid-sentence stays).

Left: "However," → "But" and "for the purpose of" → "for": the content check reads "However" (after a bracket's
sentence) and "for the purpose of this study" (in a bracket or after "; ") as a list item the bullet must keep, and
those bullets fell back a level, losing their other plain words; "commencing" → "starting": it anchors windows ("30
days before commencing study treatment"), which the fact check then reads as changed.
"""

from __future__ import annotations

# the gerunds the corpus has after "capable of", with their base forms (a list, not a rule: "bearing" → "bear")
_ABLE_TO = (
    ("giving", "give"), ("understanding", "understand"), ("getting", "get"), ("providing", "provide"),
    ("completing", "complete"), ("complying", "comply"), ("maintaining", "maintain"), ("following", "follow"),
    ("reading", "read"), ("signing", "sign"), ("swallowing", "swallow"), ("walking", "walk"),
    ("performing", "perform"), ("using", "use"), ("taking", "take"), ("communicating", "communicate"),
    ("bearing", "bear"), ("becoming", "become"), ("fathering", "father"), ("operating", "operate"),
    ("withholding", "withhold"), ("attending", "attend"), ("doing", "do"), ("making", "make"),
)
_SENTENCE_START = r"(?:^|(?<=[.!?]\s))"

# not where "and"/"or" joins a second gerund later in the sentence ("capable of providing consent and complying with
# the procedures": it would stay a gerund after "able to")
SHORT: list[tuple[str, str]] = [
    (rf"capable\s+of\s+{gerund}(?![^.;]*\b(?:and|or|and/or)\s+[a-z]+ing\b)", f"able to {base}")
    for gerund, base in _ABLE_TO
]
# "participate" with no "in" after it (offline_grade_words says "participate in"): after "to" or a modal, "take part"
# ("willing to participate", "consent to participate", "may not participate unless …"); not a source's "participate
# the study" or "participate into the study", where "take part the/into" would be no English either
SHORT.append((r"(?:(?<=\bto )|(?<=\bmay )|(?<=\bcan )|(?<=\bcannot )|(?<=\bnot )|(?<=\bwill )|(?<=\bmust )"
              r"|(?<=\bshould ))participate(?!\s+(?:in|into|to|at|on|the|this|a|an|any|another)\b)", "take part"))

# On the source only (offline_plain.plain_edits): a sentence the source starts with "In addition,". Not on the composed
# text, where "…; in addition, Y" split by offline_sentences also starts a sentence: the content check reads the
# source's "; …" part as a list item whose words the bullet must keep, and the bullet would fall back a level.
SOURCE_ONLY: list[tuple[str, str]] = [
    # (not where the sentence says "also" itself: "In addition, X will also be excluded")
    (_SENTENCE_START + r"in\s+addition,(?=\s)(?![^.;]*\balso\b)", "also,"),
]
