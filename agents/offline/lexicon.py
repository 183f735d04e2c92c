"""The cue vocabulary shared by the offline extractor and the gate: word lists and regex fragments.

Everything that decides "this turn may say something about the user" lives here, so the gate
(:mod:`agents.extract.gate`) and the extractor's rules never drift apart.
"""

from __future__ import annotations

import re


def words(text: str) -> tuple[str, ...]:
    """A word list written compactly: entries separated by "|"."""
    return tuple(w.strip() for w in text.split("|") if w.strip())


def alternation(words: tuple[str, ...]) -> str:
    """A non-capturing regex alternation, longest first so that 'can't stand' beats 'can't'."""
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


# --- who speaks ------------------------------------------------------------------------------------

#: Apostrophe variants seen in chat text.
APOS = "['\u2019]"
#: Negation right after the subject: "I don't", "I do not", "I never" is handled apart.
NEG = rf"(?:do\s+not|don{APOS}?t|dont|did\s+not|didn{APOS}?t)"

#: Adverbs allowed between "I" and the cue verb; kept in the memory text only when in ``KEPT_ADVERBS``.
ADVERBS: tuple[str, ...] = words(
    "really|truly|absolutely|strongly|generally|usually|typically|normally|always|often|also|just|simply"
    "|definitely|totally|honestly|personally|genuinely|particularly|especially|mostly|strictly|greatly"
    "|adamantly|actively|deeply|completely|still|actually|kind of|sort of|kinda|sorta|much|very much"
    "|tend to|try to|do|certainly|intensely|extremely|exclusively|highly|seriously|vastly|much rather"
    "|only|need to|have to|must|want to|will|still|firmly|categorically|consistently|very|lowkey|highkey|secretly"
    # only before never/only/always: "I basically never eat pork", not "I basically live in hoodies" (an idiom)
    "|basically(?= never)|basically(?= only)|basically(?= always)|pretty much(?= never)|pretty much(?= only)"
    "|pretty much(?= always)|practically(?= never)|practically(?= only)"
)
KEPT_ADVERBS: frozenset[str] = frozenset(
    {"strongly", "strictly", "absolutely", "generally", "usually", "typically", "always", "exclusively", "only"}
    | {"mostly", "actively", "greatly", "adamantly", "deeply", "intensely", "extremely", "normally", "highly"}
)
HEDGE_ADVERBS: frozenset[str] = frozenset({"kind of", "sort of", "kinda", "sorta"})
ADV = rf"(?:{alternation(ADVERBS)}\s+)*"

#: Words that may come right before the subject "I" of a statement (besides punctuation / start).
LEAD_INS: tuple[str, ...] = words(
    "and|but|so|since|because|as|also|though|although|while|when|whenever|if|actually|honestly|personally"
    "|generally|usually|typically|normally|really|well|yeah|yes|no|oh|plus|anyway|now|lately|otherwise"
    "|frankly|mostly|mainly|cause|cuz|tbh|however|that's why|which is why"
    "|fun fact|ngl|fyi|btw|fwiw|lol|haha|ok|okay|ok so|for the record|side note|truth is|to be fair"
    "|full disclosure|just so you know|confession|ugh|hmm|omg|sigh|hey|hi|hello|look|listen"
    "|long story short|for context|quick context|some context|my main thing is|my main thing is that"
    "|one thing you should know is|one thing you should know is that|one of the things you should know is that"
    "|one thing to know is that|the thing is|the thing is that|thing is|idk|imo|imho|tbf|fr|lowkey|highkey"
)
#: "I think I prefer ..." style lead-ins: the statement stands but is hedged.
HEDGE_LEAD_INS: tuple[str, ...] = words(
    "I think|I guess|I suppose|I believe|I feel like|I feel that|I think that|maybe|perhaps|probably|I'd say"
)

# --- preference cues -------------------------------------------------------------------------------

LIKE_VERBS: tuple[str, ...] = words(
    "like|love|enjoy|adore|prefer|favor|favour|appreciate|value|prioritize|prioritise|gravitate toward"
    "|gravitate towards|lean toward|lean towards|go for|opt for|stick to|stick with|crave|relish|cherish"
    "|learn best|work best|thrive"
)
DISLIKE_VERBS: tuple[str, ...] = words(
    "dislike|hate|detest|despise|loathe|abhor|avoid|resent|refuse to|steer clear of|stay away from"
    "|shy away from|can't stand|cannot stand|can not stand|can't bear|cannot bear|can't tolerate"
    "|cannot tolerate|can't handle|cannot handle|can't stomach|cannot stomach|won't consider"
    "|will not consider|wouldn't consider|would not consider|would never consider|will never consider"
    "|distrust|mistrust|shun|eschew|object to|boycott|minimize|minimise|limit"
)
#: "I'm <X>": fan of, into, passionate about ...
BE_LIKE: tuple[str, ...] = words(
    "a fan of|a big fan of|a huge fan of|a great fan of|a massive fan of|a real fan of|into|really into|super into"
    "|so into|totally into|way into|heavily into|deep into"
    "|big into|passionate about|fond of|keen on|obsessed with|drawn to|interested in|a sucker for"
    "|a total sucker for|a huge sucker for|a big sucker for|such a sucker for|a real sucker for"
    "|partial to|crazy about|mad about|a lover of|enthusiastic about|an advocate for|an advocate of"
    "|a strong advocate for|a big advocate for|a believer in|a big believer in|a firm believer in"
    "|a strong believer in|a supporter of|a big supporter of|committed to|dedicated to|loyal to"
    "|attracted to|a big proponent of|a proponent of"
)
BE_DISLIKE: tuple[str, ...] = words(
    "not a fan of|not a big fan of|not a huge fan of|not much of a fan of|no fan of|not into"
    "|not really into|not interested in|not really interested in|not keen on|not fond of|tired of|sick of"
    "|bored of|bored with|averse to|wary of|put off by|turned off by|not in the mood for"
    "|not really in the mood for|uncomfortable with|afraid of|scared of|terrified of|frightened of"
    "|uninterested in|disinterested in|not comfortable with|not comfortable in|uncomfortable in"
    "|uncomfortable around|opposed to|against|not a believer in|skeptical of|sceptical of"
    "|allergic to the idea of|not big on|not huge on|not crazy about|not wild about|not thrilled about"
    "|not keen about"
)
HAVE_NOUNS_LIKE: tuple[str, ...] = words(
    "preference|passion|love|soft spot|fondness|weakness|liking|thing|taste|penchant|affinity|bias|inclination|leaning"
)
HAVE_NOUNS_DISLIKE: tuple[str, ...] = words(
    "aversion|dislike|distaste|hatred|disdain|strong dislike|phobia|fear|objection|stance|intolerance"
    "|tolerance|patience|problem|issue"
)

# --- constraints and persona -----------------------------------------------------------------------

DIETS: tuple[str, ...] = words(
    "vegetarian|vegan|pescatarian|pescetarian|halal|kosher|gluten-free|gluten free|dairy-free|dairy free"
    "|lactose-free|keto|paleo|plant-based|plant based|teetotal|teetotaler|sober|lactose intolerant"
    "|gluten intolerant|celiac|coeliac|diabetic|pre-diabetic|type 1 diabetic|type 2 diabetic|prediabetic"
)
CONDITIONS: tuple[str, ...] = words(
    "deaf|blind|hard of hearing|visually impaired|partially sighted|colorblind|colourblind|color blind|left-handed"
    "|colour blind|dyslexic|autistic|disabled|in a wheelchair|a wheelchair user|pregnant|epileptic"
    "|asthmatic|claustrophobic|afraid of heights|allergic to|sensitive to|intolerant to|on a budget|legally blind"
    "|on a tight budget|on a strict budget|on a fixed income"
)
HEALTH_NOUNS: tuple[str, ...] = words(
    "allergy|allergies|intolerance|asthma|arthritis|diabetes|celiac disease|coeliac disease|a bad back"
    "|bad knees|a bad knee|back problems|knee problems|mobility issues|a disability|adhd|anxiety|a herniated disc"
    "|migraines|sensitive skin|dry skin|oily skin|a heart condition|high blood pressure|insomnia|a slipped disc"
    "|a chronic illness|chronic pain|tinnitus|eczema|acne|a phobia|high cholesterol|low blood pressure|gout|autism"
    "|hypothyroidism|an underactive thyroid|ibs|psoriasis|epilepsy|sleep apnea|osteoporosis|fibromyalgia|long covid"
    "|crohn's disease|acid reflux|gerd|sciatica|vertigo|a sensitive stomach|a weak stomach|hay fever|pcos|dyslexia"
    "|type 1 diabetes|type 2 diabetes|celiac|coeliac|social anxiety|depression|ptsd|ocd|lupus|multiple sclerosis"
)
FAMILY: tuple[str, ...] = words(
    "wife|husband|partner|spouse|fiance|fiancé|fiancee|fiancée|girlfriend|boyfriend|kids|kid|children"
    "|child|son|sons|daughter|daughters|baby|toddler|twins|teenager|teenagers|grandkids|grandchildren"
    "|stepson|stepdaughter"
)
PETS: tuple[str, ...] = words(
    "dog|dogs|cat|cats|puppy|kitten|parrot|rabbit|bunny|hamster|guinea pig|horse|tortoise|turtle|gecko"
    "|lizard|snake|budgie|cockatiel|ferret|goldfish|aquarium|retriever|labrador|poodle|terrier|beagle"
    "|husky|bulldog|dachshund|corgi|chihuahua|shepherd|spaniel|pug|collie"
)
#: Head nouns that make "I'm a/an X" an occupation.
JOBS: tuple[str, ...] = words(
    "nurse|teacher|doctor|chef|cook|student|engineer|developer|dev|programmer|coder|designer|lawyer|accountant"
    "|architect|artist|writer|journalist|photographer|musician|pilot|firefighter|farmer|mechanic|project manager"
    "|electrician|plumber|carpenter|scientist|researcher|professor|lecturer|manager|consultant|analyst"
    "|freelancer|contractor|entrepreneur|founder|barista|waiter|waitress|bartender|baker|veterinarian|vet|dentist"
    "|pharmacist|therapist|paramedic|surgeon|physician|officer|soldier|librarian|realtor|agent|driver"
    "|cashier|clerk|secretary|assistant|intern|retiree|homemaker|stay-at-home|parent|mom|mum|dad|mother"
    "|stay-at-home dad|stay-at-home mom|stay-at-home mum|stay-at-home parent|pm|product manager|shift worker"
    "|father|coach|trainer|instructor|tutor|editor|marketer|salesperson|owner|grad student|phd student"
    "|blogger|youtuber|streamer|gamer|athlete|runner|cyclist|climber|hiker|beginner|novice|copywriter|translator"
    "|interpreter|illustrator|animator|nanny|caregiver|carer|social worker|technician|welder|cleaner|receptionist"
    "|hairdresser|barber|midwife|psychologist|counselor|counsellor|economist|statistician|attorney|paralegal"
    "|civil servant|public servant"
)
#: Businesses one may run ("my bakery").
BUSINESSES: tuple[str, ...] = words(
    "bakery|restaurant|cafe|café|coffee shop|shop|store|startup|start-up|salon|farm|clinic|small business"
    "|business|boutique|food truck|bookstore"
)
#: Verbs of habits: "I usually take the train", "I never fly", "I only eat organic".
HABIT_VERBS: tuple[str, ...] = words(
    "eat|drink|cook|bake|buy|shop|wear|use|read|watch|listen to|play|travel|fly|drive|take|stay|book"
    "|choose|pick|go|visit|order|wake up|sleep|work|study|learn|practice|exercise|run|walk|bike|cycle"
    "|swim|hike|train|carry|pack|rent|skip|make|grow|support|follow|keep|spend|save|recycle|meditate"
    "|commute|smoke|own|code|write|shower|opt for|go for|stick to|stick with|consume|purchase|dine|attend"
    "|consider|adhere to|participate in|engage in|paint|draw|fish|knit|sew|post|camp|sail"
)
FREQ_POS: tuple[str, ...] = words("always|usually|typically|normally|generally|mostly|often|tend to")
FREQ_CONSTRAINT: tuple[str, ...] = words("only|never|exclusively|strictly|solely|no longer|can only")

#: Adjectives of "I find X <adj>" / "X seems <adj>": negative ones make a dislike.
NEG_ADJ = (
    "boring|tedious|annoying|overwhelming|uncomfortable|stressful|distracting|ineffective|impractical|outdated|"
    "overrated|pretentious|unappealing|unpleasant|exhausting|draining|dull|slow|frustrating|confusing|intimidating|"
    "restrictive|demotivating|cheesy|disgusting|gross|repetitive|noisy|loud|crowded|tiring|off-putting|unbearable|"
    "useless|pointless|unhelpful|irritating|awkward|claustrophobic|scary|creepy|bland|greasy|too \\w+|hard to \\w+|"
    "difficult to \\w+(?: to| with| in| on)?|harder to \\w+|impossible to \\w+|unsettling|uninspiring|"
    "unengaging|soulless|terrifying|nerve-racking|nerve-wracking|"
    "fake|superficial|gimmicky|childish|rigid|dry|intense|violent|stressful|tasteless|unhealthy|uninteresting|"
    "(?:dis|un|non|over|mis)[a-z]{4,}(?:ing|ed|ful|ive|able|ible|ant|ent|ous|ic|al|y)"
)
POS_ADJ = (
    "relaxing|enjoyable|fun|engaging|helpful|useful|effective|calming|soothing|inspiring|motivating|rewarding|"
    "satisfying|comfortable|fascinating|interesting|refreshing|therapeutic|energizing|easier to \\w+|easy to \\w+|"
    "beneficial|valuable|stimulating|peaceful|uplifting|rejuvenating|liberating|exciting|thrilling|delicious|"
    "more engaging|more effective|more enjoyable|more fun|more comfortable"
)

# --- feedback on answers ---------------------------------------------------------------------------

PROGRAMMING_LANGUAGES: tuple[str, ...] = words(
    "typescript|javascript|python|java|kotlin|swift|rust|golang|go|ruby|php|c#|c\\+\\+|scala|haskell|elixir"
    "|julia|bash|powershell|sql|dart|lua|perl|r"
)
HUMAN_LANGUAGES: tuple[str, ...] = words(
    "english|spanish|french|german|italian|portuguese|dutch|swedish|norwegian|danish|finnish|polish|czech"
    "|russian|ukrainian|greek|turkish|arabic|hebrew|hindi|bengali|urdu|chinese|mandarin|cantonese"
    "|japanese|korean|vietnamese|thai|indonesian|malay|tagalog|swahili"
)
#: Words that make a feedback cue last beyond the current answer.
#: Answers in general ("keep answers short", "your responses"): a wish about them is about every answer.
ANSWERS = r"(?:answers|responses|replies|explanations)"

PERSISTENCE = (
    r"\b(?:from now on|always|in (?:the )?future|going forward|next time|stop|please don't|please "
    r"do not|I (?:prefer|like|want|hate|dislike)|every time|anymore|any more)\b"
)

#: Verbs an option may start with ("Enroll in ...", "Visit ..."): the pick becomes "Prefers to ...".
OPTION_VERBS: frozenset[str] = frozenset(
    words(
        "enroll|sign|join|visit|take|try|go|explore|book|stay|rent|buy|use|watch|read|listen|play|attend"
        "|start|learn|install|get|cook|eat|order|choose|pick|hire|hike|walk|ride|drive|fly|find|look|invest"
        "|head|spend|plan|create|make|practice|pursue|download|subscribe|shop|purchase|adopt|wear|travel"
        "|switch|opt|stick|focus|incorporate|work|do|keep|set|schedule|bring|pack|sit|dine|grab|enjoy|host"
        "|organize|organise|volunteer|decorate|paint|build|grow|apply|register|upgrade|replace|add|follow"
        "|tour|cruise|camp|relax|meditate|swim|run|cycle|bike|train|stream|binge|check|immerse|dive"
        "|experiment|narrate|study|participate|hit|browse|borrow|limit|cut"
    )
)

#: Words too generic to be what passed-over options share.
THEME_GENERIC: frozenset[str] = frozenset(
    words(
        "great|good|best|popular|new|latest|fun|amazing|nice|perfect|classic|option|choice|idea|way|thing"
        "|something|local|experience|activity|place|try|use|get|make|take|visit|enjoy|explore|check|offer"
        "|provide|include|feature|offering|favorite|famou|well-known|known|really|very|more|most|also|can"
        "|could|would|might|should|will|your|you|them|their|there|here|these|those|with|without|into|onto"
        "|over|under|about|many|much|track|lot|lots|range|type|kind|style|set"
    )
)

#: Function words ignored when matching a reply to options.
OPTION_STOPWORDS: frozenset[str] = frozenset(
    words(
        "a|an|the|and|or|of|to|in|on|at|for|with|by|from|as|is|are|be|it|this|that|these|those|some|any|all"
        "|my|your|our|their|i|you|we|they|me|option|options|one|ones|go|going|will|would|could|should|think"
        "|sounds|good|great|best|like|really|just|more|most|other|others|choice|pick|take|try|let's|i'll|i'd"
        "|it's|that's|which|what|also|than|then|very|much|well|nice|perfect|appealing|seems|seem|sound"
    )
)

#: A money amount ("$500", "300 euros"): budgets.
NUMBER = r"\d[\d,]*(?:\.\d+)?"
MONEY = rf"(?:[$€£]\s?{NUMBER}\s?[kK]?\b|{NUMBER}\s?[kK]?\s?(?:dollars|euros|pounds|usd|eur|gbp|bucks)\b)"
_TOKEN_RE = re.compile(r"[a-z0-9]+(?:'(?!s\b)[a-z0-9]+)*")


def tokens(text: str) -> list[str]:
    """Lower-case word tokens; hyphens and a possessive 's split words ("my bakery's" -> "my", "bakery", "s")."""
    return _TOKEN_RE.findall(text.lower().replace("\u2019", "'"))
