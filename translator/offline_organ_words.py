"""Organ adjectives said as the organ (offline backend, session 76, for the reading grade).

The lexicon already says "renal" as "kidney", "hepatic" as "liver", "cardiac" as "heart" and "pulmonary" as "lung";
"hematologic" (five syllables) it only defines ("of the blood"), so "Adequate hematologic, renal and hepatic
function" read "You have good enough hematologic, kidney and liver function" and the one long word lifted the bullet
above grade 8. Said as "blood" before a noun of the same kind as the kidney's and the liver's ("function", "disease",
"disorder", "abnormalities", "toxicity", "values", "tests"), or first in such a list of organs ("hematologic, renal
and hepatic function"), it names the same organ system in the reader's word: "blood function", "blood disease".
"Ophthalmologic" and "dermatologic" before such a noun are the eye's and the skin's ("ophthalmologic exam" → "eye
exam"), as the lexicon's "ocular" is "eye". "Deep venous thrombosis" is the lexicon's "deep vein thrombosis" (its
variant), said in its own words.

Left as written:
- the last item of a list ("neurological, renal, or hematological abnormalities"): the content check reads each
  item, and "blood" is not the item's word to it (the bullet fell back a level);
- "the acceptable hematologic values": the fact check then missed "acceptable";
- a term of art of blood cancers ("hematologic response", "relapse", "remission", "improvement", "recovery",
  "progression"): a measured state whose plain gloss would be a definition, not one word;
- "hematologic malignancy" (the lexicon's "blood cancer" says it), "non-hematologic" ("non-blood" reads oddly);
- "hematologic stem cell transplant", "hematologic condition": the rules that give such a noun its "a" ("You have
  had a hematologic stem cell transplant") do not know "blood stem cell", and the bullet would lose its article;
- a heading with no noun ("Hematologic:") and a capital mid-sentence (a name).
"Hematopoietic" (blood-forming) is another word and stays.
Read by translator.offline_words.WORDS, so on the source and the composed text alike.
"""

from __future__ import annotations

# what the blood has as the kidney and the liver have it (not a response, a relapse, a recovery: see the module)
_NOUNS = (
    r"(?:function|functions|disease|diseases|disorders?|abnormalit(?:y|ies)|toxicit(?:y|ies)|values?|tests?|"
    r"parameters?|labs?|laboratory|illness(?:es)?|problems?|system|side\s+effects?|adverse\s+events?)\b"
)
# the other organs of a list that ends on such a noun ("hematologic, renal, and hepatic function")
_ORGAN = (
    r"(?:kidney|renal|liver|hepatic|heart|cardiac|lung|pulmonary|bone\s+marrow|marrow|digestive|gastrointestinal|"
    r"neurologic(?:al)?|coagulation|end\s+organ|organ|metabolic|thyroid)"
)
_LIST_OF_ORGANS = (
    rf"(?:\s*,\s*(?:and\s+|or\s+|and/or\s+)?{_ORGAN}|\s+(?:and|or|and/or)\s+{_ORGAN}){{1,4}}\s*,?\s+{_NOUNS}"
)
# not a list's later item, nor after "acceptable" or "non" (see the module)
_NOT_LISTED = r"(?<!\bnon )(?<!,)(?<!, )(?<!\bor )(?<!\band )(?<!/)(?<!\bacceptable )"

ORGAN_WORDS: list[tuple[str, str]] = [
    (_NOT_LISTED + rf"ha?ematologic(?:al)?(?=\s+{_NOUNS}|{_LIST_OF_ORGANS})", "blood"),
    # the eye's and the skin's ("ophthalmologic exam" → "eye exam", as the lexicon's "ocular" is "eye")
    (_NOT_LISTED + rf"ophthalmologic(?:al)?(?=\s+(?:{_NOUNS}|exams?\b|conditions?\b))", "eye"),
    (_NOT_LISTED + rf"dermatologic(?:al)?(?=\s+(?:{_NOUNS}|conditions?\b|reactions?\b))", "skin"),
    (r"(?<=\bdeep\s)venous(?=\s+thrombos[ie]s\b)", "vein"),
]
