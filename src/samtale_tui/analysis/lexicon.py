"""Word lists shared by the analyser's rules (bokmål, nynorsk and English).

Everything here is a lower-case regular-expression fragment; the rule modules
compile them once at import time. Stems end in ``\\w*`` where inflection
matters, so *oppgave*, *oppgaven* and *oppgavene* are one entry.
"""

from __future__ import annotations

from samtale_tui.analysis.trie import factor_group

# Subjects that can follow a finite verb in a verb-first (yes/no) question.
SUBJECTS = (
    r"(?:du|dere|de|vi|me|det|den|dette|han|hun|ho|jeg|eg|man|noen|nokon|noe|noko|"
    r"dykk|ting|alt|you|we|i|it|they|he|she|that|this|there|things|everything|"
    r"anything|anyone|someone|your)"
)

# Finite verbs that open a Norwegian yes/no question (bokmål and nynorsk).
NB_FINITE_VERBS = (
    r"(?:er|e|var|har|hadde|kan|kunne|vil|ville|skal|skulle|må|måtte|bør|burde|"
    r"tror|trodde|trur|synes|syntes|synest|syns|tenker|tenkte|tenkjer|føler|følte|"
    r"kjenner|kjente|går|gikk|gjekk|trenger|trengte|treng|kommer|kom|kjem|klarer|"
    r"klarte|klarar|orker|orket|orkar|passer|passet|passar|ønsker|ønsket|ønskjer|"
    r"vet|visste|veit|liker|likte|likar|blir|ble|blei|vart|fikk|får|gjør|gjorde|"
    r"gjer|merker|merket|merkar|opplever|opplevde|opplevar|savner|savnet|saknar|"
    r"sover|sov|jobber|jobbet|jobbar|hjelper|hjalp|fungerer|fungerte|hører|hørte|"
    r"høyrer|skjønner|skjønte|forstår|forsto|forstod|mener|mente|meiner|sliter|"
    r"slet|tør|turte|pleier|pleide|rekker|rakk|husker|husket|hugsar|snakker|"
    r"snakket|snakka|prøver|prøvde|prøvar|tåler|taklet|takler|gleder|gruer|sier|"
    r"sa|seier|stemmer|stemte|gjelder|betyr|skjer|skjedde|mangler|holder|tar|tok|"
    r"gir|ga|kjennes|føles|føltes|virker|virket|høres|hørtes|ringer|ringte|"
    r"angrer|plager|plaget|påvirker|trives|trivdes|forteller|fortalte|finnes|fins|"
    r"ser|sees|sjekker|vurderer|ønskes|hjelp|hender|hendte|bruker|brukte|tenkte|"
    r"spiser|sover|trener|gidder|våger|håper|lurer|leter|venter|ventet|savnes)"
)

EN_AUX = (
    r"(?:do|does|did|is|are|was|were|am|have|has|had|can|could|will|would|shall|"
    r"should|may|might|must)(?:n't|nt| not)?"
)

# Words and phrases that make a why-question, also disguised ones.
WHY = (
    r"(?:hvorfor|hvorfår|hvofor|hvorfo|hvorfr|hvrofor|hovrfor|hvorforr|vorfor|"
    r"hvorfore|kvifor|korfor|kvifør|why|whyy|wy|how come|"
    r"(?:hvordan|korleis|åssen|assen|kordan|korsen|koss) (?:kan|kunne|går|gikk) det (?:ha seg|an)|"
    r"(?:hvordan|korleis|åssen|assen|kordan|korsen|koss) (?:har|hadde) det seg|"
    r"(?:hvordan|korleis|åssen|assen|kordan|korsen|koss) (?:kommer|kom|kjem) det seg|"
    r"what(?:'s| is) the reason why)\b"
)

# Open question words (the form decides, also for factual questions).
OPEN_WORDS = (
    r"(?:hva|hvaslags|hvasla|va|kva|hvilke|hvilken|hvilket|hvikle|hvilkne|kva for|"
    r"kvar|kor|hvordan|hvordn|hvordna|hvorda|hvodran|hvorden|hordan|hvodan|vordan|hvoran|hvordam|åssen|"
    r"assen|korleis|korleies|koss|kossen|kordan|korsen|ka|hvor|hvem|hvme|kven|kem|når|nå r|"
    r"what|whats|what's|wat|waht|which|how|how's|hows|when|where|who|whom|whose)"
)

# Words that, right after an open question word, show a subordinate clause
# ("hva du trenger er ro", "when you come back, we ...") rather than a question.
SUBORDINATE_AFTER_QWORD = (
    r"(?:du|dere|vi|me|jeg|eg|han|hun|ho|de|man|you|we|i(?='|\s(?:am|was|have|had|think|feel|know|see|do|did|can|"
    r"will|would|need|want|get|got|said|say)\b)|he|she|they|"
    r"it's|you're|we're|i'm)\b"
)

# Requests that invite a free answer: "Fortell litt om ...", "Tell me about ...".
REQUEST = (
    r"(?:fortell|fortel|forklar|beskriv|beskriv|skildr|utdyp|del (?:gjerne|litt|med meg)|"
    r"si (?:meg )?(?:litt|noe|noko|mer|meir|gjerne (?:litt|noe|mer|hva|hvordan)|hva|kva|hvordan|"
    r"korleis|hvilke|hvem|når|et par ord)|sei (?:litt|noko|meir)|"
    r"gi (?:meg )?(?:gjerne )?(?:et|eit) eksempel|sett (?:gjerne )?ord på|"
    r"tell me|tell us|describe|explain|walk me through|talk me through|"
    r"help me understand|say (?:a bit|a little|more|something)|"
    r"give me an example|share (?:a bit|a little|more|with me|how|what))\b"
)

# Polite requests phrased as yes/no questions, which are open invitations:
# "Kan du fortelle ...", "Can you tell me ...".
POLITE = (
    r"(?:(?:du|dere) (?:kan|kunne) (?:kanskje |gjerne )?(?:hjelpe meg (?:å |til å )?(?:forstå|skjønne)|"
    r"fortelle (?:meg )?(?:litt|mer|om|hva|hvordan)|forklare (?:meg )?(?:litt|mer|hva|hvordan)|beskrive)|"
    r"(?:kan|kunne|vil|ville|gidder|orker|har) (?:du|dere|dykk) (?:ikke |ikkje )?"
    r"(?:lyst (?:til )?å |prøve å |prøva å )?(?:gjerne |kanskje |litt |bare )?"
    r"(?:fortelle|fortelja|forklare|beskrive|utdype|skildre|dele|sette ord på|oppsummere|summere|gjenta|"
    r"ta opp att|ta opp igjen|hjelpe meg (?:å |til å )?(?:forstå|skjønne)|"
    r"si (?:med (?:dine |dine egne |egne )?ord |med egne ord )?(?:litt|noe|mer|hva|hvordan|hvilke|hvem|når|"
    r"et par ord|meg)|"
    r"seie (?:litt|noko|meir)|gi (?:meg )?(?:et|eit) eksempel|"
    r"fortalt|beskrevet|beskrive|forklart|utdypet|sagt (?:litt|noe|mer))"
    r"(?! (?:det )?(?:til )?(?:kollega\w*|kolleg\w*|teamet|de andre|dem|resten|hr|nav|legen|sjefen)\b)"
    r"|(?:can|could|would|will) you (?:please |maybe |perhaps )?(?:like to )?"
    r"(?:tell|describe|explain|walk|talk|share|expand|elaborate|help me understand|"
    r"say (?:a bit|a little|more|something)|give (?:me )?an example))\b"
)

# Invitations phrased as statements: "Jeg vil gjerne høre ...".
INVITE = (
    r"(?:(?:jeg|eg) (?:vil|ville|skulle|hadde) (?:veldig |så )?gjerne (?:ha )?"
    r"(?:høre|hørt|høyre|høyrt)|(?:jeg|eg) er (?:litt |så |veldig )?nysgjerrig på|"
    r"(?:jeg|eg) har (?:så |veldig )?lyst (?:til )?å (?:høre|høyre|vite)|"
    r"i'?d (?:really )?(?:like|love) to hear|i'?m curious (?:about|to hear)|"
    r"i would (?:like|love) to hear)\b"
)

# Transparent openers before the question itself.
V1_PREFIX = (
    r"(?:(?:og|men|ok|okei|okay|ja|nei|eller|and|but|or|so|well|alright)\s*[,:]?\s+){0,4}"
    r"(?:(?:[a-zæøåé]+),\s+)?"
)

PREFIX = (
    r"(?:(?:og|men|så|ok|okei|okay|oki|ja|jo|nei|altså|nå|da|vel|hei|hm+|mhm|"
    r"eller|well|so|and|but|right|alright|or|also|anyway|then|også|og så|men så|"
    r"forresten|egentlig|jaha|aha|kanskje|maybe|perhaps)\s*[,:]?\s+){0,4}"
    r"(?:(?:[a-zæøåé]+),\s+)?"
    r"(?:(?:og|men|så|så,|eller|and|but|so|or)\s+)?"
)

WONDER = (
    r"(?:(?:det )?(?:jeg|eg) (?:lurer|lurte|undrer|undret|undrar) (?:litt |egentlig |også |bare |mest )?på"
    r"(?:,? (?:er|var))?|(?:jeg|eg) er (?:litt |veldig |mest |bare )?nysgjerrig på"
    r"|what i(?:'m| am) wondering is|i (?:was |am )?(?:wonder|wondering|wondered))\s*,?\s+"
)

NOT_GET = (
    r"(?:(?:jeg|eg) (?:skjønner|forstår|skjønar|begriper|fatter) (?:ikke|ikkje)(?: helt| heilt| riktig)?"
    r"|i (?:don't|do not|can't|cannot) (?:quite |really )?(?:understand|get|see))\s*,?\s+"
)

# Tag questions at the end of a statement.
TAG_STRONG = (
    r"(?:,\s*ikke det|,\s*right|(?:,\s*|\s+)(?:ikke sant|ikkje sant|ikke sannt|eller hva|er du ikke enig|"
    r"er du enig|er du ikkje samd|don't you agree|wouldn't you agree|"
    r"don't you think|dont you think|isn't it|isnt it|wouldn't you|wouldnt you|"
    r"don't you|aren't you|won't you|can't you|doesn't it|didn't you|haven't you|"
    r"shouldn't we|shouldn't you|wasn't it|won't it|is that right|stemmer det|stemmer ikke det))"
    r"\s*\?*\s*[.!]*$|,\s*(?:gjør|er|har|kan|vil|skal|blir|går|var|hadde|klarer) "
    r"(?:du|det|dere|vi) (?:ikke|ikkje)\s*\?*\s*[.!]*$"
)
TAG_WEAK = r"(?:,\s*|\s+)(?:sant|ikke|ikkje|eller|ja|ok|okay|correct|yes|no|vel)\s*\?+\s*$"


# Regroup the long alternations by first letters so the engine rejects them fast
# (same matches; see trie.py).
SUBJECTS = factor_group(SUBJECTS)
NB_FINITE_VERBS = factor_group(NB_FINITE_VERBS)
EN_AUX = factor_group(EN_AUX)
WHY = factor_group(WHY)
OPEN_WORDS = factor_group(OPEN_WORDS)
REQUEST = factor_group(REQUEST)
POLITE = factor_group(POLITE)
INVITE = factor_group(INVITE)
