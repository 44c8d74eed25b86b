"""A word that narrows what a criterion is about, kept: "Symptomatic brain metastases" said as "brain metastases",
"live vaccine" as "vaccine", "allogeneic stem cell transplant" as "stem cell transplant", "Metastatic breast cancer"
as "breast cancer", "Intravenous antibiotics" as "antibiotics".

The words-left-out checks read runs of four words and let single words go, as a plain rewrite changes them all the
time. These words are different: each names which kind of a thing the criterion means (a cancer that has spread, a
vaccine that holds a living virus, a transplant from a donor), and without it the bullet takes in every kind, so
it lets in or keeps out people its source does not. None has many wordings, so each is said only by its own
word or by one of a few plain ones ("spread" for "metastatic", "from a donor" for "allogeneic", "not under control"
for "uncontrolled", "came back" for "relapsed"). A word of the source said by no bullet citing it is an error.

Measured over the offline bullets of the corpus and Chia (63,965 distinct criterion parts) and the 617 hand-written
paraphrases: no finding, once "asymptomatic" could be said by "no symptoms" and "allergic" was left out (the lexicon
says "allergic rhinitis" as "hay fever").

A word the source says twice or more is said as often by the bullets ("metastatic adenocarcinoma … for metastatic
disease" said once has dropped one); "suspected" ("Known or suspected X" said as "You have X" leaves out those only
thought to have it), "primary" (a primary brain tumour is no brain metastasis), "oral" and "live birth" are key words
too; so are the times of "current, prior or planned" and "acute"/"chronic", and things named with few wordings
("coma", "tablets", "bypass", "biliary"). Measured again over the same bullets (64,041 source texts with their
bullets) and the 625 paraphrases: no finding, once "New York" was no "new" (a wording of "acute").

Session 50 (checks30) added "pre-existing", "oral" before a dosage form ("oral tablets" said "tablets" has lost the
route: the tablets right after the word are no wording of it) and far from the source's own "swallow … tablets", and
named things a list item holds that a dropped clause takes with it (platelets, a complete blood count, vital signs,
squamous, pegIFN, consent, assistance, psychiatric, stable, components, partners, a central lab, chimerism,
chemotherapy, catheters, TIA, bleeding, clinically insignificant), and a hepatitis virus named fewer times than the
source names it. Measured over the offline bullets of d8/c8 (63,915 source texts) and the 651 paraphrases: no
finding, once "exclusion (criteria)" was left out ("rules about who can join") and "hemorrhage/bleeding" read as one.

Session 55 (checks32) added kinds and things a list item takes with it: "life threatening", "immunosuppressive",
"helminth", "ultrasound", "arrhythmias" (not said by "rhythm" alone), "neurologic", "distribution" after "absorption",
"maximum tolerated", "nuclear medicine", "surgically removed". Measured over the offline bullets of d4/c4 and the 664
paraphrases: no finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from translator.facts import extract_facts
from translator.fidelity_acronyms import unsaid_acronyms
from translator.fidelity_content import is_stop_word
from translator.fidelity_label_repeats import unlabelled
from translator.fidelity_mentions import mentions
from translator.fidelity_swaps import at_word_start, members, named_spans
from translator.findings import Finding, Severity
from translator.key_word_qualifiers import QUALIFIER_KEY_WORDS
from translator.lexicon import Lexicon
from translator.regex_literals import Haystack, Literals

_SYMPTOM = r"symptom\w*"
_BLEED = r"(?:bleed\w*|ha?emorrhag\w*)"
_ORAL = r"oral(?:ly)?(?![\s-]+(?:cavity|mucosa|mucositis|health|hygiene|lesions?|cancer|surgery))"
_BACK = r"came\s+back|come\s+back|comes\s+back|coming\s+back|returned|return\w*|relaps\w*|recurr\w*"
# the source's word (a regex read at a word start) → the wordings that say it
_KEY_WORDS: dict[str, str] = {
    # (and counted in places: "< 3 metastases with at least 1 metastasis > 4.0 cm" said "in fewer than 3 places with at
    # least 1 of them larger than 4.0 cm")
    r"metasta\w*": r"metasta\w*|spread\w*|stage\s+(?:iv|4)\b|(?:\d+|many|several|few|more)\s+places\b"
                   r"|\b(?:\d+|one)\s+of\s+them\b",
    r"symptomatic": _SYMPTOM,
    r"asymptomatic": rf"asymptomatic|{_SYMPTOM}",
    r"allogene?ic": r"allogene?ic|donor\w*|another\s+person|someone\s+else",
    r"autologous": r"autologous|own\b",
    r"live(?=\s+(?:attenuated\s+)?(?:vaccines?|virus|viral|bacteri))": r"live\b|living|attenuated",
    r"live(?=\s+births?)": r"live\b|alive|living",
    # "Known or suspected X": both kinds; "You have X" leaves out those only thought to have it
    # ("suspected of being pregnant" said "might be pregnant"; not "may be given", "may be able")
    r"suspected": r"suspect\w*|may\s+(?:also\s+)?have|might\s+have|possibl\w*|probabl\w*|likely|(?:may|might|could)\s+"
                  r"(?:also\s+)?be\s+(?!(?:able|allowed|eligible|given|asked|required|needed|used|taken|enrolled)\b)",
    r"primary": r"primary|main\b|first\s+(?:cancer|tumou?r|site)|start\w*\s+in|began\s+in",
    # "No pre-existing neuropathy": there before the study, not one the study drug may cause
    r"pre-?existing": r"pre-?existing|existing|already|before\b|prior|previous\w*|underlying|long-?standing|"
                      r"baseline",
    _ORAL: r"oral\w*|by\s+mouth|swallow\w*|tablets?|pills?|capsules?",
    # when, of "current, prior or planned": a time of the list left out takes in or keeps out other people
    # ("not intended to contain all considerations" said "not meant to cover every consideration")
    r"planned|planning|scheduled|intend\w*": r"plan\w*|will\b|going\s+to|schedul\w*|expect\w*|intend\w*|future|"
                                             r"upcoming|meant\s+(?:to|for)\b",
    r"current(?:ly)?(?=\s*(?:or|and|,))": r"current\w*|now\b|at\s+present|presently|ongoing|at\s+the\s+moment|"
                                          r"active\w*|still|take\b|are\s+\w+ing|is\s+\w+ing",
    r"(?:prior|previous|past)(?=\s*,?\s*(?:or|and)\b)|(?<=\bor\s)(?:prior|previous|past)\b|(?<=,\s)(?:prior|previous|past)\b":
        r"had\b|have\s+been|has\s+been|received|prior|previous\w*|past\b|history|earlier|ever\b|already|before\b|"
        r"once\b|ha(?:ve|s)\s+(?:\w+\s+)?(?:\w+ed|taken|been|had|done|gone)\b"
        # "are taking part, or took part": the past said by the tense of the alternative ("or need" is no past)
        r"|or\s+(?:you\s+|they\s+)?(?:took|was|were|did|got|went|had|gave|\w+[^e\W]ed)\b",
    r"acute(?![\s-]+(?:myocardial|MI\b|coronary|lymph|myel|leuk|kidney\s+injury))": r"acute\w*|sudden\w*|recent\w*|"
                                                                                    r"new\b(?!\s+york)|short\w*",
    r"chronic(?!\s+(?:kidney\s+disease\s*-?\s*epi|myeloid|lymph|obstructive))": r"chronic\w*|long\w*|ongoing|"
                                                                                  r"persist\w*|lasting|continu\w*|"
                                                                                  r"regular\w*",
    r"intravenous(?:ly)?": r"intraven\w*|\bIV\b|i\.v\.|into\s+(?:a|your)\s+veins?|by\s+drip|infusion",
    # ("Clinically uncontrolled hypertension" said "high blood pressure that is not clinically controlled")
    r"uncontrolled": r"uncontrolled|not\s+(?:well\s+|adequately\s+|properly\s+|clinically\s+)?controlled|"
                     r"not\s+under\s+control|"
                     r"out\s+of\s+control|poorly\s+controlled",
    r"refractory": r"refractory|respond\w*|resist\w*|fail\w*|did\s+not\s+work|stopped\s+working|not\s+work\w*",
    r"relapsed": _BACK,
    r"untreated": r"untreated|not\s+(?:been\s+|yet\s+)?treated|no\s+treatment|without\s+treatment|not\s+had\s+"
                  r"treatment",
    r"bilateral(?:ly)?": r"bilateral\w*|both",
    r"unilateral(?:ly)?": r"unilateral\w*|one\s+side|one\b",
}

# Things a criterion names that have few wordings, each said by its own word or a plain one ("passed out" for "loss of
# consciousness", "pills" for "tablets"): a list item of one that a bullet leaves out ("coma or loss of consciousness"
# said as "coma") is lost, however the words around it were reworded.
_KEY_WORDS |= {
    r"coma\b": r"coma\w*|unconscious\w*|unresponsive",
    r"(?:loss\s+of|lost|impaired|altered)\s+consciousness": r"conscious\w*|pass(?:ed|ing|es)?\s+out|faint\w*|"
                                                           r"black(?:ed)?[\s-]*out|syncope",
    r"bypass": r"bypass\w*|CABG",
    r"drainage|drained": r"drain\w*",
    r"tablets?": r"tablets?|pills?",
    r"capsules?": r"capsules?",
    r"congestive": r"congestive|heart\s+failure|cardiac\s+failure|CHF|fluid",
    r"(?<=first\sor\s)second|(?<=1st\sor\s)2nd": r"second|2nd|two|2",
    r"devices?": r"devices?|implant\w*|equipment|pacemaker|tool|apparatus|product|instrument|machine|appliance|system|"
                 r"IUD|coil|pump|stent|catheter|port",
    r"seizures?": r"seizures?|epilep\w*|fits?\b|convuls\w*",
    r"stents?": r"stent\w*|tube",
    r"fistula\w*": r"fistula\w*|abnormal\s+(?:connection|passage|opening)|connection|channel|tunnel",
    r"abscess\w*": r"abscess\w*|pus|pocket",
    r"transfus\w*": r"transfus\w*|blood\s+(?:products?|given|from)|received\s+blood",
    r"biliary|bile\b": r"bil(?:e|iary)\b|gall\w*|cholang\w*",
    r"topical(?:ly)?": r"topical\w*|on\s+(?:the|your)\s+skin|creams?|ointments?|gels?|lotions?|applied|skin",
    r"coagul\w*": r"coagul\w*|clot\w*",
    r"diuretics?": r"diuretic\w*|water\s+pills?|urine|pee",
    r"extremit\w*": r"extremit\w*|legs?|feet|foot|limbs?|arms?|hands?|toes?|fingers?",
    r"emergenc\w*": r"emergenc\w*|urgent\w*",
    r"physical\s+exam\w*": r"physical|exam\w*",
    r"superficial": r"superficial|near\s+the\s+skin|surface|skin|shallow",
    r"knees?": r"knees?",
    # a kind of condition of a list ("medical, psychiatric, or other condition"), a blood count of a list of tests
    r"psychiatr\w*": r"psychiatr\w*|mental\w*|psycholog\w*|emotional|mood|behaviou?r\w*|psycho\w*",
    r"platelets?|thrombocytes?": r"platelet\w*|thrombocyt\w*|PLTs?\b|clotting\s+cells?",
    r"complete\s+blood\s+counts?|CBC\b": r"complete\s+blood|full\s+blood|blood\s+counts?|CBC\b",
    r"vital\s+signs?": r"vital\w*|blood\s+pressure|pulse|heart\s+rate|temperature|breathing\s+rate",
    r"squamous": r"squamous\w*|SCC\b|flat\s+cells?",
    r"peg(?:ylated)?[\s-]*(?:IFN|interferon)\w*": r"peg\w*",
    # "signed the informed consent": a step of its own, left out with the clause that says it
    r"(?:informed\s+)?consent\w*": r"consent\w*|agree\w*|permission|sign\w*|assent\w*",
    r"stable": r"stab\w*|steady|unchanged|not\s+(?:\w+\s+)?(?:chang|grow|progress|worse)\w*|no\s+(?:change|growth)|"
               r"same",
    r"components?|ingredients?|excipients?": r"compon\w*|ingredient\w*|excipient\w*|constituent\w*|parts?\b|"
                                             r"substances?",
    r"partners?": r"partner\w*|spouse\w*|wife|wives|husband\w*|girlfriend\w*|boyfriend\w*",
    r"chemo\w*": r"chemo\w*|cytotoxic\w*|anti-?cancer\s+(?:drugs?|medicines?)|cancer\s+(?:drugs?|medicines?)",
    r"catheter\w*": r"catheter\w*|tubes?\b|lines?\b|ports?\b|cannula\w*|drains?\b",
    r"transient\s+isch\w*\s+attacks?|TIAs?\b": r"transient|TIAs?\b|mini-?\s?strokes?",
    # "hemorrhage/bleeding": one bleed said twice
    rf"{_BLEED}(?:\s*(?:/|\bor\b|\()\s*{_BLEED})?": rf"{_BLEED}|blood\s+loss|losing\s+blood|lost\s+blood",
    r"(?:clinically\s+)?insignificant": r"insignificant|not\s+(?:\w+\s+)?(?:significant|important)|no\s+(?:\w+\s+)?"
                                         r"(?:significance|importance|concern)|minor|harmless",
    r"chimerism": r"chimer\w*|donor(?:'s|’s)?\s+(?:blood\s+)?cells",
    r"central(?=\s+lab)": r"central\w*|main\s+lab\w*|study(?:'s|’s)?\s+lab\w*",
    r"assistance|assisted": r"assist\w*|help\w*|\baid\w*|support\w*|someone|another\s+person|other\s+people|"
                            r"carer|caregiver",
    # a stretch of time a fact check reads once however often it is said: "no use before screening or at any time
    # during the study … may be used during the study" said with one of them has widened the other
    r"during\s+(?:the\s+)?(?:study|trial)\b": r"during\s+(?:the\s+|this\s+|your\s+)?(?:whole\s+|entire\s+)?"
                                            r"(?:study|trial)|while\s+(?:you\s+(?:are\s+)?)?(?:tak|in|on)\w*|"
                                            r"throughout\s+(?:the\s+)?(?:study|trial)|study\s+period|"
                                            r"in\s+the\s+(?:study|trial)\b|during\s+it\b",
}

# Kinds and named things with few wordings that a list item takes with it when a rewrite leaves the item out, however
# the words around it were reworded ("immunosuppressive drugs", "or life threatening", "or ultrasound").
_KEY_WORDS |= {
    r"life[\s-]+threatening": r"life[\s-]+threatening|(?:could|can|may|might)\s+(?:\w+\s+)?kill|fatal|deadly|"
                              r"danger\w*\s+to\s+(?:your\s+)?life",
    r"immuno-?suppress\w*": r"immun\w*|weaken\w*|suppress\w*",
    r"helminth\w*": r"helminth\w*|worms?\b|parasit\w*",
    r"ultraso\w*|sonogra\w*": r"ultraso\w*|sonogra\w*|echo\w*|scan\w*",
    # not "rhythm" alone: "changes in rhythm" on an ECG is no arrhythmia
    r"(?:cardiac\s+)?arrhythmi\w*|dysrhythmi\w*": r"arrhythm\w*|dysrhythm\w*|irregular\s+(?:heart\s*)?(?:beats?|"
                                                r"rhythms?)|(?:heart|cardiac)\s+rhythm\s+(?:problem|disorder|"
                                                r"disturbance)s?|(?:abnormal|irregular)\s+heart(?:beats?|\s+rhythms?)",
    # "absorption, distribution, metabolism or excretion": each is a step of what the body does with a drug
    r"(?<=absorption,\s)distribution": r"distribut\w*|spread\w*|carri\w*|moves?\b|travels?",
    # "maximum tolerated dose": the dose a person's side effects allow, not the highest dose
    r"(?<=maximum\s)tolerated|(?<=maximally\s)tolerated": r"tolerat\w*|can\s+(?:take|handle|bear|stand|manage)|"
                                                          r"side\s+effects",
    r"neurolog\w*": r"neuro\w*|nerv\w*|brain\w*|spinal|CNS\b",
    r"nuclear(?=\s+medicine)": r"nuclear|radioactiv\w*|tracer\w*|isotope\w*|SPECT\b|scintigra\w*",
    r"surgically(?=\s+(?:removed|resected|excised))": r"surg\w*|operat\w*|resect\w*|excis\w*|remov\w*|cut\s+out|"
                                                      r"taken\s+out",
}

# Session 57 (checks33): a kind or named thing a planted clause_dropped took with it ("documented or suspected cerebral
# mass lesion" said as "suspected brain mass lesion", "bipolar or psychotic disorder" as "bipolar disorder", "spinal
# cord compression" left out beside "spinal cord" of another item, "supplements/supra therapeutic doses of vitamins"
# as "very high doses of vitamins", "suitable for accurate repeated measurements" left out).
_KEY_WORDS |= {
    # "Known or suspected X": those known to have it, left out of "You may have X"
    r"(?:known|documented|confirmed|proven)(?=\s+or\s+suspected)": r"know\w*|document\w*|record\w*|confirm\w*|"
                                                                 r"prove\w*|diagnos\w*|have\b|has\b|had\b|definite\w*",
    r"psychotic|psychos[ie]s": r"psychotic|psychos[ie]s|losing\s+touch\s+with\s+reality|hallucinat\w*|delusion\w*|"
                               r"schizo\w*",
    r"compression|compressed": r"compress\w*|press\w*|squeez\w*|pinch\w*",
    r"supplements?": r"supplement\w*",
    r"repeated(?=\s+(?:measure|assess|scan|evaluat|imaging))": r"repeat\w*|again|over\s+time|serial\w*|"
                                                              r"more\s+than\s+once",
}

# Session 72 (checks40): kinds a planted clause_dropped took with it once 144 older held-out paraphrases joined the
# gated pool ("hepatitis C with genotype 1b" said as "hepatitis C", "Clinical and laboratory diagnosis" as "based on
# your symptoms", "metastases to the liver or bile ducts (hepatobiliary …)" as "to the liver", "blood donation … or
# plasma donation" as "donated blood", "other significant CNS abnormalities" as "a CNS abnormality", "taking or
# requiring treatment" as "taking treatment"): each names which kind the criterion means, and has few wordings.
_KEY_WORDS |= {
    # a numbered genotype ("genotype 1b"), not genotypes of a gene ("genotypes for UGT1A1" said "copy of the gene")
    r"genotypes?(?=[\s-]+\d)": r"genotyp\w*|sub-?types?|strains?",
    r"hepato-?biliary": r"hepato-?biliary|bil(?:e|iary)\b|gall\w*|cholang\w*",
    r"laborator(?:y|ies)(?=[\s-]+(?:diagnos\w*|confirm\w*|evidence|proven|documented))": r"laborator\w*|labs?\b|"
                                                                                           r"tests?\b|testing",
    r"plasma(?=\s+donat\w*)": r"plasma",
    # "taking or requiring treatment": those who need it and do not take it yet are a group of their own
    r"(?<=\bor\s)(?:requiring|needing|requires?|needs?)(?=\s+(?:\w+\s+)?(?:treatment|therapy|medications?|medicines?"
    r"|drugs?)\b)": r"requir\w*|need\w*",
    r"febrile": r"febrile|fever\w*|temperature",
    r"valv(?:e|es|ular)\b": r"valv\w*|mitral|aortic|tricuspid",
    r"rapid(?=\s+antigen)": r"rapid|quick|fast|antigen",
    # listed beside another thing ("procedures and restrictions"), not "as required by the study restrictions"
    r"(?<=and\s)restrictions?\b": r"restrict\w*|rules?\b|limits?\b|limitations?|requir\w*",
    # cytology beside another proof ("biopsy or cytology proven"); not "cells" alone: "squamous cell carcinoma" says
    # no cytology
    r"(?<=\bor\s)cytolog\w*|cytolog\w*(?=\s+or\b)": r"cytolog\w*|smears?\b|cells?\s+(?:samples?|tests?|exam\w*)|"
                                                     r"(?:look\w*\s+at|exam\w*|check\w*)\s+(?:the\s+)?cells|"
                                                     r"tissue\s+or\s+cells|cells\s+under|cells?\s+or\s+tissue",
    r"(?<=absorption\sor\s)metabolism|(?<=absorption\sand\s)metabolism|(?<=absorption,\s)metabolism":
        r"metaboli\w*|broken\s+down|break\w*\s+down|process\w*|clear\w*|handl\w*",
    r"systemic(?=\s+(?:diseases?|illness\w*|disorders?|conditions?)\b)": r"systemic|whole\s+body|body-?wide|"
                                                                        r"throughout\s+(?:the|your)\s+body",
    r"infectious(?=\s+diseases?)": r"infect\w*|contagious",
    r"echocardiogra\w*": r"echo\w*|ultraso\w*|heart\s+scan|sonogra\w*",
    r"non-?specific": r"non-?specific|not\s+specific|unspecific|general|vague|unclear|minor",
    # "brain tumors or other significant CNS abnormalities" said as "a CNS abnormality": every abnormality taken in
    r"significant\b": r"significan\w*|important|serious\w*|major|severe\w*|marked\w*|substantial\w*|considerabl\w*|"
                      r"meaningful|relevant|notabl\w*|big\b|large\b|great\w*|a\s+lot\b",
}

# Session 76 (checks42): named things and kinds a planted error took with it once 310 older held-out paraphrases
# joined the gated pool ("pancreatic or biliary leak or fistula" said as "fistula", "pulmonary embolism, pulmonary
# edema" as "a blood clot in the lungs", "Intermittent dexamethasone" as "dexamethasone taken now", "a contraceptive
# method during and 3 months after the last study dose" as "for 3 months after"): each says which thing or which time
# is meant, and has few wordings. Not "cardiovascular": a rewrite says "heart disease" for it.
_KEY_WORDS |= {
    r"leak\w*": r"leak\w*|escap\w*|spill\w*",
    r"o?edema\w*|oedema\w*": r"o?edema\w*|fluid\w*|swell\w*|swollen",
    r"intermittent(?:ly)?": r"intermittent\w*|now[\s-]+and[\s-]+then|on[\s-]+and[\s-]+off|off[\s-]+and[\s-]+on|"
                            r"from\s+time\s+to\s+time|occasional\w*|sometimes|periodic\w*|not\s+(?:all\s+the\s+time|continu\w*|every\s+day)|"
                            r"on\s+some\s+days|as\s+needed|breaks?\b",
    r"witness\w*": r"witness\w*|observ\w*|present\b|presence",
    r"permanent(?:ly)?": r"permanent\w*|lasting|long-?standing|always|all\s+the\s+time|continu\w*|chronic\w*|"
                         r"long-?term|constant\w*",
    r"serious(?=\s+(?:\w+\s+)?(?:infections?|illness\w*|diseases?|conditions?))": r"serious\w*|severe\w*|major|"
                                                                                   r"significan\w*|grave|bad\b|"
                                                                                   r"life-?threatening",
    r"recreational\w*": r"recreation\w*|for\s+fun|non-?medical|leisure|street|party",
    r"(?<=deficits\sin\s)understanding|(?<=deficit\sin\s)understanding": r"understand\w*|comprehen\w*|grasp\w*",
    r"still(?=\s+(?:be\s+|being\s+)?(?:receiving|taking|getting|using|having|on|in)\b)": r"still|continu\w*|ongoing|"
                                                                                       r"current\w*|now\b|"
                                                                                       r"(?:are|is)\s+\w+ing",
    # "during and 3 months after": the time on the study, its object said once for two
    r"during(?=\s+(?:and|or)\b)": r"during\b|while\b|throughout|through\b|until\b|till\b|up\s+to\b|"
                                   r"from\s+(?:the\s+)?(?:start|first|beginning|screening|now|enrol\w*|randomi\w*)|"
                                   r"in\s+the\s+(?:study|trial)\b|study\s+period|whole|entire|on\s+(?:the\s+)?(?:study|"
                                   r"trial|treatment)",
}

# Key words of a kind whose wordings the source may say for another part of it ("allogeneic HCT … Any donor source
# of stem cells", "who have relapsed … (SNC relapse)"): those the bullets say as often as the source does, once for
# the key word and once for each wording further off than `_NEAR` characters (nearer, it is of the key word's own
# phrase). Not the times, the route, "metastatic" or the devices: their wordings are everyday words ("had",
# "before", "pills", "stage 4") that a rewrite says once for two.
_KINDS = frozenset({r"allogene?ic", r"autologous", r"relapsed", r"untreated", r"uncontrolled", r"refractory",
                    r"symptomatic", r"asymptomatic", r"suspected", r"bilateral(?:ly)?", _ORAL,
                    # "hepatic or biliary disease (… asymptomatic gallstones …)": the gallstones say their own part
                    r"biliary|bile\b"})
_NEAR = 40
# "metastatic (Stage IV) NSCLC": the stage the source puts in brackets right after the word is a wording of its own,
# and the bullets say both ("for NSCLC (Stage IV)" has lost "metastatic").
_BOTH = frozenset({r"metasta\w*"})
_GLOSS_OPENS = re.compile(r"\s*[(\[]\s*")
# "oral tablets": the tablets right after the word are what it narrows, not a wording of it ("tablets" alone may be
# chewed, dissolved or put in the vagina), and the bullets say the route besides them ("tablets taken by mouth")
_NARROWED = frozenset({_ORAL})
_NEXT_WORD = re.compile(r"[\s-]+")

_KEY_WORDS |= QUALIFIER_KEY_WORDS  # "active infection", "major surgery"
_KEY_WORD_LITERALS = {word: Literals(at_word_start(word)) for word in _KEY_WORDS}
_ANY_KEY_WORD = at_word_start("|".join(f"(?:{word})" for word in _KEY_WORDS))


def key_word_wordings(word: str) -> re.Pattern[str] | None:
    """The wordings that say key word `word` (as written: "allogeneic", "primary"), read at word starts; None for a word
    that is no key word."""
    for key, wordings in _KEY_WORDS.items():
        if at_word_start(key).fullmatch(word):
            return at_word_start(wordings)
    return None


def unsaid_key_words(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the key words of `source` that none of `bullets` says in any of its wordings."""
    if not _ANY_KEY_WORD.search(source):
        return []  # most criteria name none: one scan instead of one per key word
    said = " ".join(bullets)
    found = []
    haystack = Haystack(source)
    for word, wordings in _KEY_WORDS.items():
        if not _KEY_WORD_LITERALS[word].possible(haystack):
            continue  # the source lacks every word a match needs: a substring test, not a scan, for most key words
        spans = unlabelled(source, [m.span() for m in at_word_start(word).finditer(source)])
        if not spans:
            continue
        # Said fewer times than the source says it: where the source names two kinds ("metastatic breast cancer …
        # for metastatic disease"), a bullet that says the word once has dropped it from one of them.
        # A wording the source says itself besides ("allogeneic HCT … Any donor source of stem cells" said as "an HCT
        # … Any donor source") says its own part of the source, not the key word: the bullets say the wordings as
        # often as the source does.
        said_by, itself, merged = at_word_start(wordings), at_word_start(word), word in _KINDS and word not in _NARROWED
        apart = [m for m in mentions(said_by, itself, source, merged) if _apart(source, word, m, spans)]
        if len(mentions(said_by, itself, said, merged)) < len(_unrepeated(source, spans)) + len(apart):
            found.append(spans[0])
    return sorted(found)


# Two words before a key word and one after: "patient is planned to receive A; or patient is planned to receive B"
# repeats one phrase for two alternatives, which a rewrite says once ("you are planned to get A, or B").
_BEFORE = re.compile(r"(?:[\w'-]+\W+){0,2}$")
_AFTER = re.compile(r"\W+[\w'-]+")
# "Platelet count < 75,000 … or a platelet count < 50,000": a measure compared again, said once (its bounds are facts)
_COMPARED = re.compile(r"\W+([\w'-]+)\s*(?:[<>≤≥=]|(?:less|more|greater|fewer|below|above)\b)", re.IGNORECASE)


def _unrepeated(source: str, spans: Sequence[tuple[int, int]]) -> set[str]:
    """The key word's places in `source`, once for the same words (two before, one after) or measure compared."""
    places = set()
    for a, b in spans:
        if (compared := _COMPARED.match(source, b)) is not None:
            places.add(f"{source[a:b]} {compared.group(1)} compared".lower())
            continue
        before = _BEFORE.search(source, max(0, a - 60), a)
        after = _AFTER.match(source, b)
        words = " ".join(re.findall(r"[\w'-]+", source[before.start() if before else a : after.end() if after else b]))
        places.add(words.lower() if len(words.split()) >= 4 else f"{a}")
    return places


def _apart(source: str, word: str, wording: re.Match[str], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a `wording` of key word `word` in `source` says another part of it than the word at `spans` does
    (`_KINDS`, `_BOTH`)."""
    if word in _BOTH:
        return any(_GLOSS_OPENS.fullmatch(source, b, wording.start()) for _, b in spans)
    if word in _NARROWED and any(_NEXT_WORD.fullmatch(source, b, wording.start()) for _, b in spans):
        return True
    return word in _KINDS and not any(a - _NEAR < wording.end() and wording.start() < b + _NEAR for a, b in spans)


# Sets whose members the bullets name as often as their source does, a short form in brackets one mention with its
# name: a virus ("HIV, hepatitis B virus (HBV) or hepatitis C virus (HCV) … after hepatitis B vaccination" said with
# "HBV" left out names hepatitis B once, for the vaccination) has no plain wording that names two at once.
_COUNTED = ("hepatitis",)


def fewer_members(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the members of `_COUNTED` sets that `source` names more often than `bullets` together."""
    found = []
    for name in _COUNTED:
        for member in members(source).get(name, set()):
            spans = named_spans(name, member, source)
            if sum(len(named_spans(name, member, text)) for text in bullets) < len(spans):
                found.append(spans[0])
    return found


@cache
def _known_acronym(short: str) -> bool:
    """Whether the lexicon knows `short` as an abbreviation, or it is a unit the fact checks read ("BPM", "XULN") or a
    shouted word ("NOT eligible")."""
    return (is_stop_word(short.casefold()) or any(f.unit for f in extract_facts(f"1 {short}"))
            or any(m.is_abbreviation and m.text == short for m in Lexicon.load().find(short)))


def key_word_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                      raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """An error for each key word of `source` that the `bullets` citing it (index, text) say in no wording, each virus
    they name fewer times, and each acronym no lexicon knows that they do not say."""
    texts = [text for _, text in bullets]
    acronyms = set(unsaid_acronyms(source, texts, _known_acronym))
    return [Finding(check="content_missing", severity=Severity.ERROR,
                    message=f"{source_id}: the bullets citing it do not say “{source[a:b]}”, which "
                            f"{'names' if (a, b) in acronyms else 'narrows'} what it is about",
                    criterion_id=source_id, bullet_index=bullets[0][0], source_span=raw_of(a, b) if raw_of else None)
            for a, b in sorted({*unsaid_key_words(source, texts), *fewer_members(source, texts), *acronyms})]
