"""An article before a countable singular the reader's sentence opens on (offline backend, on the final text).

"Active infection" is a fine heading, but said to the reader it needs its article: "You have an active infection",
"You have had a brain tumor", "You have a known or suspected allergy to X", "You have a history of …". Only right
after the reader's verb, only before a noun that names one countable thing (a tumor, an illness, an allergy) with
no more than a few describing words from a closed list before it, and only where the noun ends its phrase: "tumor
markers", "infection(s)", "lesions" and "health history" keep their words. "other" before such a noun is "another".
An article adds no fact: it says the same one thing the bare noun said.
"""

from __future__ import annotations

import re

# Describing words that can stand between "You have" and the noun, each a word a countable noun takes its article
# before; a noun of the list ("heart", "brain", "drug") only as the first half of a compound ("brain tumor", "drug
# allergy"); "AIDS-defining" and "treatment-related" describe the one thing that follows.
_DESCRIBING = (
    r"known|suspected|active|serious|severe|uncontrolled|significant|medically important|current|concurrent|"
    r"intercurrent|solid|cancerous|acute|chronic|major|untreated|unresolved|unstable|ongoing|documented|confirmed|"
    r"mild|moderate|COPD|"  # "a moderate or severe COPD flare-up"
    r"prior|past|previous|new|recent|underlying|life-threatening|systemic|local|visible|measurable|focal|primary|"
    r"secondary|comorbid|mental health|health|heart|head|brain|liver|kidney|lung|skin|peptic|digestive|allergic|"
    r"bacterial|viral|fungal|progressive|invasive|second|clinical|drug|[A-Za-z]+-defining|[A-Za-z]+-related|"
    # an adjective by its ending ("abdominal fistula", "pituitary tumor", "thromboembolic event", "autoimmune"
    # aside), and the one compound a common infection is named by
    r"[a-z]{3,}(?:al|ic|ous|ary|ive|oid)|autoimmune|urinary tract|"
    # kinds of the events below ("an adverse reaction", "a generalized seizure", "a first relapse")
    r"adverse|hypersensitivity|infusion|transient|cerebrovascular|generali[sz]ed|tonic-clonic|cluster|first"
)
# Nouns of one countable thing; "history", "diagnosis" and "life expectancy" only with the "of" that makes them one.
_NOUNS = (
    r"tumou?r|lesion|malignancy|abnormality|condition|problem|illness|infection|allergy|history(?= of)|"
    r"life expectancy(?= of)|episode|event|fracture|ulcer|contraindication|diagnosis(?= of)|reaction|injury|stroke|"
    r"heart attack|suicide attempt|fistula|flare-up|exacerbation|"
    # events had once, each one countable: "You have had a seizure", "an ischemic attack", "You have a relapse"
    r"seizure|(?:isch(?:a)?emic|asthma|cerebrovascular) attack|relapse|infarction"
)
# What may follow the noun: the end of its phrase, never more of a compound noun ("tumor markers").
_AFTER = (
    r"$|[.,;:()]|(?:of|to|that|which|with|in|or|and|needing|requiring|for|due|at|within|on|from|caused|other|such|"
    r"who|where|after|before|during|like|including|as|not|is|was|may|would|could|likely|despite|because|by|"
    r"confirmed|documented|diagnosed|proven|treated)\b"
)
_BARE = re.compile(
    # (also the perfect a rule wrote in a later clause or after "known to": "… or have had a heart attack", "You are
    # known to have had a heart attack", "You have recently had a heart attack"; "You are known to have an allergy")
    rf"\b(?P<verb>You (?:have|have had|have (?:never|not) had|have recently had|had|are known to have(?: had)?)|"
    rf"(?:or|and) have had) (?P<other>other )?"
    rf"(?P<words>(?:(?:{_DESCRIBING})(?: or (?:{_DESCRIBING}))?,? ){{0,3}}(?:{_NOUNS}))"
    rf"(?![\w-])(?!\((?:s|es)\))(?= *(?:{_AFTER}))"
)
# Words spelt with a vowel that sound like "you" or "won" take "a".
_A_BEFORE_VOWEL = re.compile(r"(?:uni|use|usu|ur|eu|one)", re.IGNORECASE)


def head_articles(text: str) -> str:
    """`text` with "a", "an" or "another" before the countable singular right after the reader's verb."""
    return _BARE.sub(_with_article, text)


def _with_article(match: re.Match[str]) -> str:
    words = match["words"]
    if words.startswith("health history"):
        return match[0]
    if match["other"]:
        return f"{match['verb']} another {words}"
    vowel = words[:1].lower() in "aeiou" and not _A_BEFORE_VOWEL.match(words)
    return f"{match['verb']} {'an' if vowel else 'a'} {words}"
