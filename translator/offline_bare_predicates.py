"""Criteria that open with a bare verb, or an adjective of the reader with no "are", said to the reader (offline
backend).

A list that shares one subject ("Patients must:") often leaves it off each item, so an item reads as a command
once it stands alone: "Understand and voluntarily sign an informed consent form", "Sign and date the consent form",
"Read and understand English", "Agree not to donate semen", "Weigh more than 50 kg". Said with "You" in front
("You understand and voluntarily sign …", "You agree not to donate …") each keeps its own words and is a sentence
about the reader, as offline_openings already says "Agree to …" ("You agree to …") and "Show …" ("You show …").

Only verbs that are no noun at the start of a criterion are taken: not "Use" ("Use at high altitude", "Use in the
prior month of corticosteroids"), "Live" ("Live vaccines") nor "Complete" ("Complete resection"); and a verb that
can be a noun is taken only where no noun's "of" follows ("Sign of infection", "Report of X"). The patterns join
offline_openings' `_LED` (after its own), so its guards apply: a criterion judged of its subject, or naming someone
else (a caregiver, a partner, a parent), keeps its words (offline_person).

The same lists leave off "are" before an adjective of the reader: "Healthy as judged by the study doctor …" →
"You are healthy as judged by …", "Available for follow-up for 1 year" → "You are available for …", "Fluent in
English" → "You are fluent in English", "Scheduled to have surgery" → "You are scheduled to have surgery",
"Clinically stable for 4 weeks" → "You are clinically stable for 4 weeks", "Free of X" → "You are free of X",
"Living in a nursing home" → "You are living in a nursing home". Only where the adjective says something of the
reader, not of a thing or a group named next ("Healthy volunteers", "Available tumor tissue", "Healthy Controls:"
keep their words). "Normal" before a function ("Normal renal function") is a thing the reader has: "You have normal
kidney function", as "Adequate …" is "You have adequate …".
"""

from __future__ import annotations

# (pattern at the start, replacement), as offline_openings._LED; "{verb}" is the source's verb, lower-cased
BARE_VERBS: list[tuple[str, str]] = [
    # "Understand and voluntarily sign …", "Read and understand English", "Speak French", "Weigh at least 50 kg"
    # (not a noun's "of": "Sign of infection", "Practice of yoga"; nor "Follow-up", "Follow up visits")
    (r"(?P<verb>understand|sign|read|speak|weigh|accept|possess|maintain|practi[cs]e|follow)\b"
     r"(?![-‐]|\s+(?:of|up)\b)", "You {verb}"),
    (r"(?P<verb>refrain|abstain)\s+from\b", "You {verb} from"),
    # "Consume greater than 1 alcoholic beverage per day": a verb no criterion opens a noun with
    (r"consume\b(?![-‐]|\s+of\b)", "You consume"),  # (not the noun "Consume of X" some sources write)
    (r"agrees?\s+not\s+to\b", "You agree not to"),  # offline_openings says "Agree to …"
    # "Voluntarily agree to take part", "Voluntarily signed the written consent form" (a past one stays past)
    (r"voluntarily\s+(?P<verb>agree|sign|signed|give|gave|provide|consent)\b(?![-‐])", "You voluntarily {verb}"),
    # what the reader says: "Report drinking at least 48 drinks …" (not "Report of X", "Report from the doctor")
    (r"report\b(?![-‐]|\s+(?:of|from|by|on|in|for)\b)", "You report"),
    (r"present\s+with\b", "You have"),  # as offline_openings says "Presents with X"
    (r"comply\s+with\b(?!\s+follow)", "You follow"),  # as offline_plain says "comply with"
    # "Require certain medications", "Need mechanical ventilation" (not the nouns "Need for X", "Need of X",
    # "Required …", "Requirement"), and "Having cancer-related pain" (not where a later "having" goes on the list as
    # a noun of doing: "Having 2 … injections … or having …" would read "You have 2 … or having …"), as
    # "Experiencing cancer-related pain" is
    (r"(?P<verb>require|need)(?![-‐\w]|\s+(?:of|for|to\s+be)\b)", "You {verb}"),
    (r"(?:having|experiencing)\b(?![-‐]|[^.;]*\b(?:having|experiencing)\b)", "You have"),
    # "Smoking more than 10 cigarettes a day": how much the reader smokes now (not over a stated time, "… for at least
    # 1 year", "within the last year", which "you smoke" would make a present habit, nor a "Smoking history"; nor
    # before a ";" clause, which offline_semicolons makes a sentence of its own only while the item has no subject)
    (r"smoking(?=\s+(?:more|at\s+least|over|less|fewer|greater|up\s+to|\d|[<>≥≤])[^.;]*?\b(?:cigarettes?|cigars?|packs?)"
     r"\b[^.;]*?(?:\ba\s+day|\bper\s+day|/\s*day|\bdaily)\b)"
     r"(?![^.;]*\b(?:for|since|history|within|during|past|last|prior|before|ago)\b)(?![^;]*;)", "You smoke"),
    # adjectives: "Healthy" alone, or before how it was judged ("as determined by", "based on", "according to"), not a
    # noun ("Healthy volunteers", "Healthy male subjects")
    (r"healthy(?=\s*(?:[.;]?\s*$|,\s*(?:as|according|based)\b|\s+(?:as|according|based|by|with|"
     r"or\s+pre-?\w+)\b))", "You are healthy"),
    # "Available for follow-up", "Available to complete all study visits", "Suitable for further endocrine treatment"
    # (not "Available tumor tissue", "Suitable venous access", nor "Available for testing of … tumor tissue", where
    # what is available is the tissue: a thing one gives, in the clause, is what "available" says it of)
    (r"(?P<adj>available|fluent|competent|suitable)(?=\s+(?:for|to|in)\b)"
     r"(?![^.;]*\b(?:tissues?|samples?|specimens?|slides?|blocks?|materials?|biops(?:y|ies)|scans?|images?|data|"
     r"records?|results?)\b)", "You are {adj}"),
    # "Scheduled to have pneumonectomy", "Scheduled for elective total knee arthroplasty" (not "Scheduled surgery")
    (r"scheduled(?=\s+(?:to|for)\b)", "You are scheduled"),
    # "Clinically stable during the 30 days before X", "Neurologically stable", "clinically stable as determined by the
    # investigator": a state of the reader, alone or before when, how long or by whom (not "Clinically stable
    # condition", "Medically stable outpatients", "Clinically stable, plaque psoriasis": a noun's adjective)
    (r"(?P<adv>clinically|medically|hemodynamically|haemodynamically|neurologically|psychiatrically)\s+stable"
     r"(?=\s*(?:[.;]?\s*$|,\s*(?:as|according|based)\b|\s+(?:as|according|based|by|for|during|in|at|since|with|"
     r"without|on|over|throughout|until|and\s+on)\b))", "You are {adv} stable"),
    # "Free of any systemic or dermatological disorder", "Free from seizures for 1 year": the reader's state
    (r"free\s+(?P<p>of|from)\b", "You are free {p}"),
    # "Living in a nursing home", "Residing in the United States" (not "Living donor", "Living or planned travel …")
    # (nor where a later "or is …" had the reader for its subject: "… in an area that is X or is willing to stay …")
    # ("residing" said "living", as offline_plain says it)
    (r"(?:living|residing)(?=\s+(?:in|at|outside|within|near)\b)(?![^.;]*\b(?:or|and)\s+is\b)", "You are living"),
    # "Normal kidney function", "Normal organ and marrow function", "Normal blood pressure and heart rate": a thing one
    # has ("Adequate X function" is offline_openings' "You have adequate X function"); not "Normal range of X"
    (r"normal(?=(?:\s+[\w-]+,?){0,5}?\s+(?:functions?|blood\s+pressure|vital\s+signs)\b)", "You have normal"),
]  # fmt: skip
# the verbs' first words: the verb of the clause, so a later verb is one of its own ("… and voluntarily sign …"); an
# adjective has none, and a verb after it is the clause's own ("Normal heart function must be confirmed by …")
BARE_VERB_WORDS = frozenset({
    "understand", "sign", "read", "speak", "weigh", "accept", "possess", "maintain", "practice", "practise", "follow",
    "refrain", "abstain", "voluntarily", "report", "present", "comply", "require", "need", "having",
    "experiencing", "smoking", "consume",
})  # fmt: skip
