"""Qualifiers that say which of a condition or a treatment a criterion means: "active", "major", "abuse",
"over-the-counter".

`translator.fidelity_key_words` reads a key word said by no wording of it as lost, where the words-left-out checks let
a single word go. "Active hepatitis B" is not hepatitis B (a carrier whose infection sleeps is let in by the one, kept
out by the other), "major surgery" is not surgery (a mole removed last week bars no one from the first): a bullet that
drops the word takes in, or keeps out, people its source does not. Each has few wordings: "active" is said by the
present ("now", "current", "ongoing", "still") or by what an active disease does ("flare", "not under control");
"major" by a word of size or weight ("big", "serious", "significant") or by what makes surgery major ("general
anaesthesia", "in hospital"). "Drug or alcohol abuse" said as "drugs or alcohol" takes in everyone who drinks, and
"over-the-counter medications" said as "medications" every medicine: "abuse" is said by its kinds ("misuse",
"addiction", "too much"), "over-the-counter" by "without a prescription" or where the medicine is bought.

Read only before the things they narrow (an infection, a disease, a cancer; surgery, bleeding): "physically active",
"active labor", "active ingredient", "active comparator", "the active phase of a trial", "major depression" (a name
of its own) are no such qualifier.
"""

from __future__ import annotations

# What "active" narrows, up to two words after it ("active hepatitis B infection", "active or chronic infection").
_ACTIVE_OF = (r"(?=[\s-]+(?:(?:or|and|,|[\w-]+)\s+){0,2}?(?:infect\w*|diseases?|hepatitis|tuberculosis|TB\b|HBV|HCV|"
              r"bleed\w*|ha?emorrhag\w*|ulcers?|malignan\w*|cancers?|tumou?rs?|autoimmune|inflammat\w*|colitis|"
              r"vasculitis|lupus|psoriasis|metasta\w*|lesions?|sepsis|abscess\w*|peptic|crohn|IBD\b))")
# What "major" narrows right after it ("major surgery", "major surgical procedure", "major bleeding").
_MAJOR_OF = r"(?=\s+(?:surg\w*|operati\w*|bleed\w*|ha?emorrhag\w*|trauma\w*|injur\w*))"

# the source's word (a regex read at a word start) → the wordings that say it
QUALIFIER_KEY_WORDS: dict[str, str] = {
    rf"active{_ACTIVE_OF}": r"active\w*|current\w*|now\b|ongoing|at\s+present|present\b|presently|still|flare\w*|"
                            r"not\s+(?:yet\s+)?(?:under\s+control|controlled|cured|resolved|healed|inactive)|"
                            r"(?:is|are)\s+\w+ing\b",
    rf"major{_MAJOR_OF}": r"major|big\w*|large\w*|serious\w*|significan\w*|extensive|important|general\s+an(?:a)?esthe"
                          r"\w*|in\s+hospital|overnight|severe\w*|heavy",
    # "drug or alcohol abuse" is no use of drugs or alcohol: "you have used drugs or alcohol" takes in every drinker
    # (not a label, "Drug/alcohol abuse: …", which the criterion says again; not a name, "Alcohol Abuse and Alcoholism")
    r"(?-i:abus\w*|misus\w*)\b(?!\s*:)": r"abus\w*|misus\w*|addict\w*|dependen\w*|too\s+much|excess\w*|"
                                        r"heav(?:y|ily)|problem\w*|disorders?|harmful\w*|overus\w*|alcoholism|binge\w*",
    # "over-the-counter medications": those bought without a prescription, not every medicine
    r"over[\s-]+the[\s-]+counter|OTC\b": r"over[\s-]+the[\s-]+counter|OTC\b|non-?prescription|without\s+(?:a\s+)?"
                                         r"(?:doctor's\s+)?prescription|bought|buy\w*|pharmac\w*|drugstore|shops?\b|"
                                         r"stores?\b",
}
