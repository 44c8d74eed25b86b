"""The pairs `translator.fidelity_negation_meanings` reads: a plain word that means a negation with no cue
("continuous", "refractory", "outpatient"), the cued wording of the same meaning ("without a break", "did not
respond", "not staying in hospital"), and the word the plain one denies, where a bullet may name it without a cue
("with periods" for "amenorrheic"). Kept apart so the module that counts them stays small; the checks read them as
they were.
"""

from __future__ import annotations

import re

from translator.text_memo import memo_by_text


def _not_working(words: str) -> str:
    """A wording that denies a thing works well enough, with `words` among its adverbs."""
    return (r"\bnot\s+(?:(?:be|been|being|work|works|working|function|functions|functioning)\s+)?"
            rf"(?:well|{words}properly|enough|normally|good\s+enough)\b"
            # ("decisionally impaired (not able to make your own decisions)", "(unable to …)", "(you cannot decide …)")
            r"|\bnot\s+able\s+to\b|\b(?:unable\s+to|cannot|can\s+not)\s+(?:make|give|provide|sign|understand|decide)\b")


# (the cue lost: "your kidneys do work well (renal impairment)", "decisionally impaired (able to make your own
# decisions)"; only a working organ or a decision, never any "able to" of another clause)
_WORKING = (r"\b(?:work|works|working|function|functions|functioning)\s+(?:(?:very|so|as)\s+)?(?:well|properly|normally"
            r"|adequately)\b|(?<!not\s)\b(?:able\s+to|can)\s+(?:make|give|provide|sign|understand|decide)\b")

# (the plain word that means a negation, the cued wording of the same meaning, the word it denies or None)
PAIRS: tuple[tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None], ...] = tuple(
    (re.compile(plain, re.IGNORECASE), re.compile(cued, re.IGNORECASE),
     re.compile(denied, re.IGNORECASE) if denied else None) for plain, cued, denied in (
        (r"\bcontinu(?:ous|ously|al|ally)\b",
         r"\bwithout\s+(?:a\s+|any\s+)?(?:break|breaks|interruptions?|stopping|pause|gaps?)\b",
         r"\b(?:breaks?|interrupt\w*|pauses?|gaps?)\b"),
        # "castration-resistant" / "no longer responds to hormone treatment"
        # ("has failed prior standard regimen" / "has not responded to an earlier standard treatment"; not "failed to")
        # ("prior null responders" / "you did not respond at all (null responder)")
        (r"\brefractory\b|(?<=-)resistant\b|\bfail(?:ed|s)\b(?!\s+to\b)|\bnull(?=[\s-]+respon)",
         r"\b(?:did|does|do|has|have|had)\s+not\s+(?:\w+\s+)?respon(?:d|ded|ding|se)\b|\bno\s+response\b"
         r"|\bno\s+longer\s+(?:\w+\s+)?respon(?:d|ds|ding)\b",
         r"\brespon(?:d|ds|ded|ding|se)\b"),
        # "impaired renal function" / "your kidneys do not work well enough"; "insufficient" / "not good enough"
        # ("renal insufficiency" / "your kidneys are not working well enough"). "Not adequately" for "inadequate(ly)"
        # and "not sufficiently" for "insufficient(ly)" say the word's own affix in words, which `affix_swaps` counts
        # already: counted here too, the one negation would count twice.
        (r"\bimpair(?:ed|ment)\b|\binsufficien(?:cy|cies)\b", _not_working("adequately|sufficiently|"), _WORKING),
        (r"\binadequate(?:ly)?\b", _not_working("sufficiently|"), _WORKING),
        (r"\binsufficien(?:t|tly)\b", _not_working("adequately|"), _WORKING),
        (r"\bdeficien(?:cy|cies|t)\b", r"\black(?:s|ing)?\b", None),  # "B12 deficiency" / "a lack of vitamin B12"
        (r"\binappropriate(?:ly)?\b", r"\bnot\s+(?:[a-z]+\s+)?(?:suitable|appropriate|right|fit)\b|\bunsuitabl[ey]\b",
         r"\b(?:suitable|appropriate|fit)\b"),
        # "practice abstinence from heterosexual activity" / "not having heterosexual sex (abstinence)"
        (r"\babstinen(?:ce|t)\b", r"\b(?:not|never)\s+(?:[a-z]+ing|have|drink|smoke|use)\b",
         r"(?<!stop\s)(?<!avoid\s)(?<!quit\s)\bhav(?:e|ing)\s+(?:[a-z]+\s+)?sex\b"),
        # "transfusion independent" / "without needing transfusions"
        (r"\bindependen(?:t|ce)\b",
         r"\bwithout\s+(?:needing|requiring|the\s+need\s+(?:for|of))\b|\bno\s+(?:longer\s+)?need(?:s|ing)?\b"
         # "independent of growth factor support" / "without growth factor support"
         r"|\bwithout\s+(?:[\w-]+\s+){0,3}(?:support|help|assistance)\b",
         r"\b(?:need(?:s|ed|ing)?|requir(?:e|es|ed|ing))\b|\bwith\s+(?:[\w-]+\s+){0,3}(?:support|help|assistance)\b"),
        # "therapy prohibited to combine" / "a therapy that must not be combined"
        # (and "are not permitted during the trial", a "not" read as about eligibility: `translator.negation`)
        (r"\b(?:prohibited|forbidden|disallowed)\b"
         r"|\bnot\s+(?:be\s+)?(?:allowed|permitted)(?=\s+(?:during|while|throughout|within|in\s+the)\b)",
         # ("medications prohibited for concomitant use" / "medicines that are not allowed to be used together")
         r"\b(?:must|should|may|can)\s+not\b|\bcannot\b|\bnot\s+(?:be\s+)?(?:allowed|permitted)\b",
         # (the modal without its "not"; "medicines that are not allowed" is the house wording, no cue of its own)
         r"\b(?:must|should|may|can)\s+(?:be\s+(?:combined|used|taken|given)|have|take|use|receive|get)\b"
         # ("medicines that are allowed to be used together": a permission, the bullets' own cue, in its place)
         r"|(?<!not\s)\b(?:is|are|be|been|being)\s+(?:allowed|permitted)\b"),
        # "decompensated liver disease (liver disease the body can no longer make up for)"
        # "free of all psychotropic medications for at least 4 weeks" / "off all psychiatric medicines for 4 weeks"
        (r"\b(?:be|been|being|stay|stayed|staying|come|came|go|gone|went)\s+off\b", r"\bfree\s+(?:of|from)\b", None),
        (r"\bdecompensat\w*", r"\bno\s+longer\b", r"\bmake\s+up\s+for\b|\bcompensat(?:e|es|ed|ing)\b"),
        (r"\bamenorrh(?:ea|oea|eic|oeic)\b",
         r"\bno\s+(?:menstrual\s+)?(?:periods?|menstruation|menses)\b"
         r"|\b(?:not|never)\s+(?:had|having)\s+(?:a\s+)?(?:menstrual\s+)?periods?\b",
         r"\bperiods?\b|\bmenstruation\b|\bmenses\b"),
        # "infertility due to anovulation" / "infertility caused by not ovulating (anovulation)"
        (r"\banovulat\w*", r"\b(?:not|never)\s+(?:\w+\s+)?ovulat\w*|\bno\s+ovulation\b", r"\bovulat\w*"),
        (r"\b(?:the\s+)?same\b", r"\bunchanged\b", None),
        # "physiologically incapable of becoming pregnant" / "physically unable to become pregnant" (only "unable": a
        # "not able" or "cannot" often says the "non-" of "non-childbearing" that the bracket's "incapable" explains)
        (r"\bincapab(?:le|ility)\b", r"\bunable\b", r"\bcapable\b"),
        # "will be exempted from the pregnancy test" / "do not need the pregnancy test"
        (r"\bexempt(?:ed|s)?\b",
         r"\b(?:do|does|did|will|would)\s*(?:not|n[’']t)\s+(?:need|have\s+to|require)\b|\bno\s+need\b",
         r"\b(?:need|needs|must\s+have|have\s+to\s+have)\b"),
        # ("Contra indications", written apart; "a reason you cannot have it"; "medications contraindicated for use
        # with ribavirin" / "medicines that must not be combined with ribavirin")
        (r"\bcontra[\s-]?indicat\w*",
         r"\breasons?\s+(?:(?:why|that)\s+)?(?:you\s+)?(?:(?:should\s+|must\s+|can\s+)?not|cannot|can[’']t)\s+"
         r"(?:to\s+)?\w|\b(?:(?:must|should|may|can)\s+not|cannot)\s+be\s+(?:combined|used|taken|given)\s+with\b",
         r"\breasons?\s+(?:(?:why|that)\s+)?(?:you\s+)?(?:should\s+|must\s+|can\s+)?(?:to\s+)?(?:take|use|have|get"
         r"|receive|be\s+given)\b|(?<!not\s)\b(?:must|should|may|can)\s+be\s+(?:combined|used|taken|given)\s+with\b"),
        # "schedule incompatible with the protocol" / "does not fit with the protocol"
        (r"\bincompatib(?:le|ility)\b",
         r"\b(?:does|do|did|would|will|could|can)\s*(?:not|n[’']t)\s+(?:fit|match|suit|work)\b",
         r"\b(?:fits?|compatible)\b"),
        # "regardless of treatment duration" / "no matter how long you took it" (the cue lost: "a matter how long")
        (r"\bregardless\b|\birrespective\b", r"\bno\s+matter\b",
         r"(?<!\bno\s)(?<!\bnot\s)\bmatter\s+(?:how|what|when|which|whether|who|where)\b"),
        # "women who are premenopausal" / "women who have not gone through menopause"
        (r"\bpre-?menopaus(?:al|e)\b",
         r"\b(?:not|never)\s+(?:yet\s+)?(?:gone|been|went|go)\s+through\s+(?:the\s+)?menopause\b"
         r"|\b(?:not|never)\s+(?:yet\s+)?(?:reached|had|started)\s+(?:the\s+)?menopause\b",
         # (the cue lost: "have gone through menopause (premenopausal)")
         r"\b(?:gone|been|went|go)\s+through\s+(?:the\s+)?menopause\b|\b(?:reached|started)\s+(?:the\s+)?menopause\b"),
        # "pre-menarchal female" / "a girl who has not yet had her first period" (the cue lost: "has had her first
        # period (pre-menarchal)")
        (r"\bpre-?menarch(?:al|e)\b",
         r"\b(?:not|never)\s+(?:yet\s+)?(?:had|started|reached)\s+(?:her\s+|your\s+|a\s+)?(?:first\s+)?"
         r"(?:(?:menstrual\s+)?periods?|menstruation|menarche)\b",
         r"\b(?:had|started|reached)\s+(?:her\s+|your\s+|a\s+)?(?:first\s+)?(?:(?:menstrual\s+)?periods?|menarche)\b"),
        # "severe anoxic brain injury" / "brain injury from lack of oxygen"
        (r"\ban(?:oxic|oxia|oxaemi\w*|oxemi\w*)\b", r"\b(?:lack|absence)\s+of\s+oxygen\b|\bno\s+oxygen\b", None),
        # "cold ischemia time" / "time kept chilled without blood flow": ischemia is blood flow cut off or short
        # (the cue lost: "with blood flow")
        (r"\bisch(?:a)?emi(?:a|c)\b",
         r"\b(?:without|no|not\s+enough)\s+(?:\w+\s+)?(?:blood\s+(?:flow|supply)|circulation)\b",
         r"\bwith\s+(?:normal\s+|full\s+|good\s+)?blood\s+(?:flow|supply)\b"),
        # "outpatients" / "not staying in hospital (an outpatient)"
        (r"\bout-?patients?\b",
         r"\bnot\s+(?:staying|admitted|living|being\s+treated)\s+(?:in|to)\s+(?:the\s+|a\s+)?hospital\b",
         r"\b(?:staying|admitted|living|being\s+treated)\s+(?:in|to)\s+(?:the\s+|a\s+)?hospital\b"),
        # "would preclude further exposure" / "would rule out taking it again"
        (r"\brul(?:e|es|ed|ing)\s+out\b", r"\bpreclud(?:e|es|ed|ing)\b", None),
        # "failure of amplification" / "the test could not be amplified": a process that did not happen (not "heart
        # failure", an illness)
        (r"\bfailure\s+(?:of|in)\s+(?:the\s+)?[a-z]+(?:ation|ment|ing)\b",
         r"\b(?:could|did|does|do|can|was|were)\s*(?:not|n[’']t)\b|\bcannot\b|\bfail(?:ed|s)?\s+to\b",
         # (the cue lost: "the test could be amplified")
         r"\b(?:could|can|was|were)\s+(?:be\s+)?[a-z]+(?:ed|en)\b"),
        # "macroscopically complete resection" / "no tumor left that can be seen" (what the surgery left)
        (r"\bcomplete(?:ly)?\s+(?:surgical\s+)?(?:resect\w*|remov\w*|excis\w*)|\b(?:resect|remov|excis)\w*\s+completely\b",
         r"\bno\s+(?:visible\s+|remaining\s+|residual\s+)?(?:tumou?r|cancer|disease)\s+(?:was\s+|is\s+)?(?:left|remain\w*)\b",
         r"\b(?:tumou?r|cancer|disease)\s+(?:was\s+|is\s+)?(?:left|remain\w*)\b"),
        # "inoperable disease" / "disease that cannot be removed by surgery" ("inoperable" is no cue: its "in-" is read
        # only against the word's stem, `translator.fidelity_affix_swaps`, which reads the lexicon's bracket after it)
        (r"\binoperable\b",
         r"(?<!inoperable\s\()(?<!inoperable\()\b(?:cannot|can\s+not|can[’']t|could\s+not|not)\s+(?:be\s+)?"
         r"(?:removed|treated|operated\s+on|cured|taken\s+out)"
         # (not where the bracket after it names the word: `translator.fidelity_affix_swaps` reads that gloss)
         r"\s+(?:by|with)\s+(?:an?\s+)?(?:surgery|operation)\b(?!\s*\(\s*inoperable\b)",
         r"(?<!not\s)\b(?:can|could)\s+be\s+(?:removed|treated|operated\s+on|cured|taken\s+out)\s+(?:by|with)\s+(?:an?\s+)?"
         r"(?:surgery|operation)\b"),
        # "unwilling to fast, or withhold food" / "will not fast, that is go without food": to fast is to eat nothing
        # (the cue lost: "will not fast, or eat food")
        (r"\bfast(?:s|ed|ing)?\b(?![\s-]+(?:heart|pulse|rate|growing|acting|track|food))|\bwithh(?:old|olds|olding|eld)\b",
         r"\bwithout\s+(?:any\s+)?(?:food|eating|meals?|drinking)\b|\b(?:not|nothing\s+to)\s+eat(?:ing)?\b",
         r"\beat(?:s|ing)?\b"),
        (r"\bextra-?(?:cranial|hepatic|pulmonary|nodal|medullary|thoracic|pelvic|abdominal|intestinal|renal|articular"
         r"|ocular|skeletal|capsular|pancreatic|cerebral)\b", r"\boutside\b", r"\binside\b"),
    ))  # fmt: skip

# Terms that mean a denial with no pair in `PAIRS` (a bullet says them by name, not in words), and what they deny:
# "status epilepticus (a seizure that does not stop)".
DENYING_TERMS = tuple((re.compile(term, re.IGNORECASE), re.compile(denied, re.IGNORECASE)) for term, denied in (
    (r"\bstatus\s+epilepticus\b", r"\b(?:stops?|stopped|stopping|ends?|ended|ending)\b"),
))


@memo_by_text()
def plain_said(text: str) -> list[int]:
    """The pairs whose plain word `text` says, by their place in `PAIRS`: most criteria say none, and a pair whose
    plain word no text says counts nothing, so the counts read only these (read once per text)."""
    return [i for i, (plain, _, _) in enumerate(PAIRS) if plain.search(text)]
