"""The pitfalls: diagnosis, suspicion, telling, minimizing, leading.

(``multiple_questions`` is counted from the questions themselves.) A pitfall is
about the reply's effect, not single words, so each rule looks at context:
illness words only count as a diagnosis pitfall when the manager asks about
them or claims to need them, and never when the manager says the employee need
not share them.
"""

from __future__ import annotations

import re

from samtale_tui.analysis.trie import speed_up

_ILLNESS = (
    r"(?:diagnos\w*|sykdom\w*|sjukdom\w*|lidelse\w*|feiler|feilar|fei?ler deg|"
    r"medisin\w*|medikament\w*|tablett\w*|piller|behandling\w*|terapi\w*|"
    r"(?:hvorfor|kvifor|why) [^?.!]{0,30}(?:ble|blei|vart|became|got|fell) (?:syk|sjuk|sick|ill)\b|"
    r"(?:hva slags|hvilke|hvilken|kva slags|kva for|what kind of|what sort of) (?:plage\w*|skade\w*|"
    r"symptom\w*|helseproblem\w*|injur\w*|health problem\w*)|plagene dine|dine plager|your symptoms|"
    r"(?:doctor|gp|legen|lege|fastlegen) (?:about|om|for|angående) (?:it|that|this|det|dette|plagene|"
    r"smertene)\b|"
    r"(?:the|your) (?:doctors?|gp|specialists?|consultant) (?:are |is )?(?:say|said|saying|think|thinks|found|"
    r"tell|told)|what (?:are|is|did|do|does) (?:the|your) (?:doctors?|gp|specialists?)\b|"
    r"(?:til|på|neste) kontroll\w*|"
    r"(?:hvor|kor|how) lenge (?:har|hadde|have|has) (?:\w+ ){0,4}?(?:plaget|plaga|verket|hatt vondt|bothered|hurt)\b|"
    r"what (?:did|do|does) (?:they|he|she|the doctors?) (?:say|think) (?:it is|it's|is wrong)|"
    r"øre-nese-hals|hals-nese-øre|menisk\w*|korsbånd\w*|leddbånd\w*|nakkesleng|whiplash|"
    r"i kroppen|in your body|pusteøvelse\w*|breathing exercises|"
    r"inhaler\w*|inhalator\w*|sovetablett\w*|sovepille\w*|sovemedisin\w*|sleeping pills?|(?:are you|you) on anything\b|"
    r"(?:funnet ut|found out|figured out|fått vite) (?:om|hva|kva|if|what|whether) (?:det|it)\b|"
    r"(?:legen|doctor|the doctor|fastlegen) (?:\w+ )?(?:sjekket|checked|undersøkt|examined|testet|tested)\b|"
    r"stoffskift\w*|thyroid|"
    r"antidepress\w*|lykkepille\w*|(?:put|got) you on\b|satt deg på (?:medisin\w*|noe|noko)|anfall\w*|"
    r"forebyggende|forebyggjande|"
    r"(?:hva|kva|what) (?:sto|stod|står|stand|does|did) (?:det )?(?:egentlig |eigentleg |it )?(?:på|i|say on|on) "
    r"(?:the )?(?:sykmelding\w*|sjukemelding\w*|sjukmelding\w*|legeerklæring\w*|sick note)|"
    r"(?:går|står) (?:du )?på (?:noe|noko) (?:for|mot)\b|overgangsalder\w*|menopause|klimakteri\w*|"
    r"(?:spiser|et|eter) du (?:skikkelig|nok|ordentlig|ordentleg|noe|noko)\b|(?:are you|you) eating (?:properly|enough)\b|"
    r"(?:legen|fastlegen|doktoren|the doctor) (?:har )?(?:skrevet|skrive|written|wrote|noted)\b|"
    r"(?:hva|kva|what) (?:det er )?(?:du|you) (?:slit|sliter|strever|strevar|are struggling|struggle) med\b|"
    r"(?:vært|gått|dratt|been|gone) (?:hos|til|to|to see) (?:legen|lege|fastlegen|doktoren|the doctor|a doctor|your gp|"
    r"the gp|spesialist\w*) (?:med|for|about|with|om)\b|"
    r"(?:har|hadde|sa|sier|seier|mener|tror|did|does|has) (?:\w+ )?(?:jordmora|jordmoren|jordmor|kirurgen|"
    r"spesialisten|fysioterapeuten|fysioen|psykologen|psykiateren|helsesykepleieren|the midwife|the surgeon|"
    r"the specialist|your physio|the physio|your therapist)\b|"
    r"(?:doctor|gp|legen|fastlegen)\w* (?:has |have |har )?(?:figured out|found out|funnet ut|fått greie på|worked out)|"
    r"fått (?:det|dette|diagnosen|den) (?:bekreftet|stadfesta|stadfestet)|(?:got|had) (?:it|that) confirmed|"
    r"(?:sa|sier|seier|mener) (?:kirurgen|spesialisten|psykologen|psykiateren|legene)|kontrolltime\w*|check-?ups?\b|(?:plaget|plaga|bothered) (?:med|av|by)|"
    r"psykolog\w*|psykiater\w*|nevrolog\w*|neurolog\w*|fysioterap\w*|physio\w*|kiropraktor\w*|"
    r"spesialist\w*|specialist\w*|sykehus\w*|sjukehus\w*|hospital\w*|innlagt|røntgen\w*|x-ray|"
    r"bivirkning\w*|side effects|kreft\w*|cellegift|svulst\w*|depresjon\w*|deprimert|"
    r"angst\w*|utbrent\w*|utbrenthet|migrene\w*|diabetes|prøvesvar\w*|blodprøve\w*|"
    r"operasjon\w*|operert|undersøkels\w*|mr\b|scan\w*|gravid\w*|rus\w*|alkohol\w*|"
    r"(?:noe|noko|something|anything) (?:alvorlig|alvorleg|serious)\b|(?:hvor|kor|how) (?:alvorlig|"
    r"alvorleg|serious|syk|sjuk|sick|ill)\b|"
    r"(?:har|hadde|has|have|did) (?:legen|fastlegen|doktoren|legen din|the doctor|your doctor|your gp|"
    r"the gp) (?:sagt|sett|funnet|skrevet|said|found|say|told)\b|"
    r"psykisk\w*|hva slags sykdom|hva er galt|hva som er galt|kva som er gale|"
    r"hva er det med deg|kva er det med deg|hva fe(?:i)?ler|kva feilar|"
    r"(?:sa|sier|seier|mener|meiner|tror|trur) (?:legen|fastlegen|doktoren)|prognose\w*|prognosis|"
    r"panikkangst|panikkanfall|helseangst|sosial angst|fibromyalgi|prolaps|isjias|senebetennelse|"
    r"hjernerystelse|hjerneslag|hjerteinfarkt|astma|epilepsi|ptsd|adhd|bipolar\w*|spiseforstyrr\w*|"
    r"skuldra|skuldrene|hofta|hofte\w*|korsryggen|albuen|håndleddet|ankelen|"
    r"(?:vondt|verk|smerter|kjent på det|kjent det|kjenner det) i (?:\w+ )?(?:rygg\w*|skuld\w*|nakk\w*|kne\w*|"
    r"hofte\w*|hofta|arm\w*|fot\w*|hånd\w*|hand\w*|hode\w*|mage\w*|bryst\w*)|"
    r"(?:tar|bruker|går) (?:du |på )?(?:noe|noko|anything|something) (?:for|mot) "
    r"(?:det|plagene|smertene|it|the pain)|taking anything for|"
    r"what does (?:the|your) doctor (?:say|think)|"
    r"legen (?:sa|sier|mener|skrev|fant|tror)|legen din (?:sa|sier|mener)|"
    r"fastlegen (?:sa|sier|mener|skrev|fant)|"
    r"(?:legen|fastlegen|doktoren|the doctor|your doctor|your gp) (?:har |has )?(?:gitt|anbefalt|rådet|foreslått|"
    r"given|advised|recommended|suggested)|"
    r"diagnos\w*|illness|disease|condition|medication|medicine|pills|treatment|"
    r"therapy|therapist|cancer|depress\w*|anxiety|burnout|test results|mental|"
    r"noe med (?:hodet|ryggen|magen|hjertet|kneet|nakken|skulderen|lungene|psyken|nervene)|"
    r"psychological|physical|hjerte\w*|ryggen|nakken|magen|kneet|skulderen|lunge\w*|heart|stomach|"
    r"lungs|(?:your|the) (?:back|knee|shoulder|neck|head|heart|stomach)\b|"
    r"svar på (?:prøvene|testene|blodprøvene|undersøkelsen|scanningen)|"
    r"found out what(?:'s| is)? (?:it is|wrong|causing)|funnet ut hva (?:det er|som er galt|du har|det skyldes)|"
    r"(?:gjorde|gjør|gjer|made|caused|grunnen til|årsaken til|cause of) (?:at )?(?:du|you) (?:ble|blei|vart|"
    r"blir|got|fell|became|get|getting|to get|to fall) (?:så )?(?:syk|sjuk|sick|ill|dårlig)\b|"
    r"skyldes|årsaken til|what(?:'s| is) causing|the cause of|sykmeldt for|sjukmeldt for|er syk av|what you(?:'re| are) off for|"
    r"off sick with|smerte\w*|pain|symptom\w*|fysisk|somatisk|"
    r"what(?:'s| is) wrong with you|wrong with you|the doctor (?:say|said|think|found)|"
    r"your doctor (?:say|said|think))"
)
ILLNESS = re.compile(r"\b(?=\w)" + _ILLNESS)

# The manager claims a need to know the illness: a diagnosis pitfall as a statement.
DEMAND_TO_KNOW = re.compile(
    r"\b(?=\w)(?:(?:jeg|eg|vi|me) (?:må|trenger å|treng å|bør|skal|vil|ville) (?:nesten |jo |gjerne |egentlig )?"
    r"(?:vite|veta|vete|få vite|høre)|(?:i|we) (?:need|have|must|want|would like) to know|"
    r"(?:du må|du bør|you need to|you must|you should) (?:fortelle|si|tell me|let me know)|"
    r"(?:du|dere) (?:bør|burde|må|skal) (?:\w+ ){0,2}?(?:snakke med|gå til|oppsøke|prøve|begynne (?:på|med)|"
    r"ta|bruke)\b|you (?:should|need to|must|ought to) (?:\w+ ){0,2}?(?:see|talk to|go to|try|start|take)\b|"
    r"(?:jeg|eg) (?:tror|trur|tipper|gjetter|gjettar) (?:nok )?(?:at )?(?:det|du)|(?:i think|i guess|i bet|i reckon) "
    r"(?:it's|you)|"
    r"(?:det|dette) (?:er|høres ut som) (?:nok|sikkert|vel) |"
    r"sounds like (?:a |an )?(?:classic |typical )?(?:depress\w*|burnout|anxiety|adhd|ptsd|\w+ disorder|\w+ syndrome)|"
    r"(?:du|you) (?:kan|kunne|could|can) (?:jo |bare |gjerne |just )?(?:si|seie|fortelle|fortelje|tell me|let me know) "
    r"(?:om|hva|kva|if|what|whether)\b|"
    r"(?:høres|høyrest|hørtes|sounds) (?:mer|mest|more|most) (?:ut )?(?:som|like)|"
    r"(?:høres|høyrest|hørtes) ut som (?:en |ei |et )?(?:klassisk |typisk )?\w*(?:betennelse|syndrom|lidelse|depresjon|"
    r"utbrenthet)\b|"
    r"(?:har jeg hørt|har eg høyrt|i've heard|i have heard)\b|"
    r"(?:høres|høyrest|hørtes|sounds) (?:for meg |to me )?(?:ut )?(?:som|like) (?:en |ei |et |a |an )?(?:klassisk|typisk|"
    r"classic|typical)\b|"
    r"(?:må|treng|trenger) (?:jeg|eg|vi) (?:ha |få )?(?:litt )?(?:mer|meir|bedre|betre) (?:greie|peiling|innsikt|"
    r"oversikt) (?:på|i) (?:hva|kva)\b|"
    r"(?:jeg|eg|i) (?:har lest|have read|'ve read|read) (?:litt |mye |a bit |a lot )?(?:om|about)\b|googl\w*)"
)

# Respect and negation: "Du trenger ikke fortelle meg hva diagnosen er".
RESPECT = re.compile(
    r"\b(?=\w)(?:(?:du|dere) (?:trenger|treng|må|behøver|skal) (?:ikke|ikkje|ingenting) "
    r"(?:å )?(?:fortelle|si|dele|forklare|seie|fortelja|gå inn på)|"
    r"(?:du|dere) (?:bestemmer|velger|avgjør|vel|bestemmer helt) (?:selv|sjølv)|"
    r"(?:ikke|ikkje) (?:nødvendig|noe du må|noko du må)|"
    r"(?:jeg|eg) (?:trenger|treng|må|skal|vil) (?:ikke|ikkje) (?:å )?(?:vite|veta|høre|spørre)|"
    r"(?:you|u) (?:don't|do not|never) (?:have|need) to (?:tell|share|say|explain)|"
    r"no need to (?:tell|share|explain)|(?:it's|it is) up to you|you decide|"
    r"(?:i|we) (?:don't|do not) need to know|uten å gå inn på|without going into)"
)

# Absence tied to convenient times ("melde deg syk hver gang det er travelt",
# "borte mange mandager"); suspicion when said of the employee (YOU_BEFORE).
_SICK_TIMING = (
    r"(?:(?:syk|sjuk|sykmeldt|sjukmeldt|borte|sick|ill|off|absent|fraværende)\b[^.?!,]{0,20}?\b"
    r"(?:hver gang|kvar gong|every time|whenever|alltid når|akkurat når|just when|just as|rett etter|rett før|"
    r"like etter|like før|akkurat da|samme dag som|dagen etter|right after|right before|just after|just before|"
    r"the day after|(?:\w+ ){0,2}?(?:mandager|fredager|mondays|fridays)|rundt helg\w*|før helg\w*|"
    r"etter lønning\w*|after payday|"
    r"etter helg\w*|around (?:the )?weekends?)\b)"
)
SICK_TIMING = re.compile(r"\b(?=\w)" + _SICK_TIMING)
YOU_BEFORE = re.compile(r"\b(?:du|you|deg)\b")

SUSPICION = re.compile(
    r"\b(?=\w)(?:"
    r"(?:virkelig|egentlig|eigentleg|faktisk|really|actually) (?:så|that|so) "
    r"(?:ille|alvorlig|alvorleg|syk|sjuk|dårlig|vondt|farlig|galt|bad|serious|sick|ill)|"
    r"(?:egentlig|eigentleg|virkelig|faktisk|actually|really) (?:er|var|were|are|was) "
    r"(?:så )?(?:syk|sjuk|dårlig|sick|ill)|"
    r"(?:faktisk|virkelig|egentlig|actually|really) (?:var|er|were|are|was) (?:syk|sjuk|sick|ill|hjemme|heime|home)|"
    r"(?:er|var|are|were) (?:du|you) (?:egentlig|virkelig|faktisk|actually|really|truly) "
    r"(?:syk|sjuk|dårlig|sick|ill)|"
    r"(?:dokumentere|dokumentasjon|bevise|bevis|prove|proof|documentation)\b[^.?!]{0,40}"
    r"(?:syk|sjuk|fravær|borte|frisk|sick|ill|absence|off)|"
    r"(?:syk|sjuk|sick|ill|dårlig) (?:eller|or) (?:ikke|ikkje|not)|"
    r"(?:hvorfor|kvifor|why) (?:skulle|skal|should) (?:jeg|eg|i) (?:tro|stole|believe|trust)|"
    r"(?:kan|skal) (?:jeg|eg) (?:tro|stole) på (?:det|deg)|"
    r"(?:noen|folk|kollegene|some|people|others|andre) [^.?!]{0,15}?(?:tror|mener|sier|lurer|think|say)"
    r" (?:at |that )?(?:du|you) (?:bare|egentlig|ikke er|just|aren't)|"
    r"(?:tar|tek|take|taking) (?:deg |dykk )?fri\b|pulling a sickie|"
    r"(?:hørt|sett|fått med meg|heard|seen|noticed) (?:at|that) (?:du|you) (?:var|er|har vært|were|was|"
    r"have been) (?:på|ute|i|at|out)|"
    r"mens du (?:var|har vært) (?:sykmeldt|sjukmeldt|syk|sjuk)|"
    r"while (?:you were |you're )?(?:off |on )?sick|"
    r"(?:vanskelig|vondt|hard) (?:for |with )?(?:å|to) (?:tro|believe)|"
    r"(?:jeg|eg) (?:tror|trur) (?:ikke|ikkje) (?:helt |heilt )?på(?: at)? (?:du|deg|det du|at du)\b|"
    r"(?:jeg|eg) (?:tror|trur) (?:ikke|ikkje) helt på|"
    r"så (?:syk|sjuk|dårlig|ille) som du (?:sier|seier|påstår|gir uttrykk for|vil ha det til)|"
    r"as (?:sick|ill|bad) as you (?:say|claim|make out)|i (?:don't|do not) (?:quite |really )?believe|"
    r"(?:virkelig|egentlig|faktisk|really|actually) (?:\w+ ){1,2}(?:syk|sjuk|sick|ill)\b|"
    r"(?:du|you) (?:seemed|looked|virket|så|såg) (?:jo |da |really |quite |perfectly )?"
    r"(?:fine|well|healthy|pigg|fin|frisk|opplagt|happy|glad)\b|"
    r"(?:merkelig|rart|underlig|pussig|odd|strange|funny|curious) (?:at|that|how) (?:du|you)\b|"
    r"(?:ta med|levere|skaffe|få|hente) (?:en |ei )?(?:ny |ny |fersk )?legeerklæring|"
    r"(?:bring|get|hand in) (?:a |another )?(?:new )?(?:doctor's |sick )?note|"
    r"(?:er du|are you) (?:helt |really |quite )?(?:sikker|sure) (?:på )?(?:at )?(?:du|you) (?:ikke|ikkje|not|orker|klarer|kan|can|"
    r"can't|cannot|couldn't|er (?:syk|sjuk)|var (?:syk|sjuk)|are (?:sick|ill)|were (?:sick|ill)|"
    r"trenger (?:å være|å vere) borte)|"
    r"(?:skjønner|forstår|begriper|understand|see|get) (?:ikke |ikkje |not )?(?:helt |quite |really )?"
    r"(?:hvorfor|why) (?:du|you) (?:ikke|ikkje|not|can't|couldn't)|"
    r"(?:buy|kjøper) (?:that|it|den|det)\b|not sure i believe|"
    r"(?:ingen|no|not any) (?:grunn|reason|need) (?:til å|to) (?:være|vere|be|stay) (?:borte|hjemme|sykmeldt|"
    r"sjukmeldt|off|home|away)|"
    r"(?:jeg|eg|i) (?:tviler|tvilar|doubt)\w*\b(?! (?:ikke|ikkje|not|aldri|never)\b)|"
    r"(?:virkelig|egentlig|eigentleg|faktisk|really|actually|truly) (?:nødvendig|naudsynt|necessary|"
    r"needed)|"
    r"(?:noe|noko|something|anything) (?:annet|anna|else) (?:som )?(?:ligger|ligg|going on|behind)|"
    r"(?:den|the) (?:egentlige|eigentlege|virkelige|real|actual) (?:grunnen|årsaken|reason)|"
    r"(?:du|you) (?:har |have |'ve )?(?:jo|visst|da|likevel|apparently|still|even) (?:\w+ ){0,2}?(?:vært|var|"
    r"trent|gått|reist|been|gone|went|trained) (?:\w+ ){0,3}?(?:på|til|at|to|on) (?:trening|treningssenter\w*|"
    r"gym\w*|senteret|fest\w*|byen|ferie|hytta|konsert\w*|tur|the gym|a party|parties|the pub|holiday|"
    r"vacation|a trip|skiing)|"
    r", (?:har jeg hørt|hører jeg|sier folk|sier de|(?:i've|i have) heard|i hear|i heard|people say)\b|"
    r"(?:noen|folk|kollegene|kollegaene|andre|people|others|colleagues|some) [^.?!]{0,25}?(?:tror|mener|"
    r"sier|lurer|snakker|prater|spør|undrer|think|say|wonder|ask|talk)\b[^.?!]{0,30}?"
    r"(?:egentlig|virkelig|faktisk|really|actually)|"
    r"(?:hva|kva) (?:som|er det som) (?:egentlig|eigentleg|virkelig) (?:skjer|foregår|er greia)|"
    r"what(?:'s| is) really going on|"
    r"(?:ikke|ikkje|not|can't|cannot) (?:være|vere|be) (?:helt )?(?:så|that|so) (?:syk|sjuk|dårlig|sick|ill)|"
    r"(?:ikke|ikkje|not) (?:den |the )?(?:første|first) (?:gang|time) (?:du|you)|"
    r"(?:borte|hjemme|sykmeldt|sjukmeldt|off|away) (?:en |ei |a )?(?:hel|heile|hele|whole) (?:uke|måned|veke|"
    r"månad|week|month) for (?:det|dette|that|it)\b|"
    r"(?:i det hele tatt|overhodet|at all) (?:syk|sjuk|sick|ill)|(?:syk|sjuk|sick|ill) (?:i det hele tatt|"
    r"overhodet|at all)|"
    r"(?:hvorfor|kvifor|why) (?:skulle|skal|should) (?:du|you) (?:få|get|ha|have) (?:fri|time off|special)|"
    r"(?:tenkt|planlagt|planning|meaning) (?:å |to )?(?:være|vere|be) (?:borte|hjemme|sykmeldt|off|away) "
    r"(?:hele|heile|the whole|all) |"
    r"(?:bildene|bilder|bileta|photos|pictures|posts|innlegg\w*|story|stories) (?:dine |your )?(?:fra|frå|"
    r"from|on|på) (?:\w+ )?(?:hytta|ferie\w*|fest\w*|tur\w*|byen|fjellet|syden|trening\w*|konsert\w*|"
    r"instagram|facebook|the cabin|holiday|vacation|party|trip|the gym)\b|"
    r"(?:så|såg|sett|saw|seen) (?:deg |you )?(?:på|on) (?:instagram|facebook|snap\w*)\b|"
    r"(?:var|har vært|dro|gikk|reiste|trente|festet|was|were|went|have been|'ve been) (?:\w+ ){0,3}?(?:på|til|at|"
    r"to|out)\b[^.?!]{0,40}\b(?:når|mens|while|when) (?:du|you) (?:er|var|har vært|are|were|'re|have been) "
    r"(?:\w+ )?(?:sykmeldt|sjukmeldt|syk|sjuk|off sick|sick|ill|on sick leave)\b|"
    r"(?:egentlig|eigentleg|virkelig|really|actually) (?:\w+ ){0,3}?(?:å |to )?(?:være|vere|be|bli|stay) "
    r"(?:borte|hjemme|heime|sykmeldt|sjukmeldt|off|away|home)\b|"
    r"(?:mandags|fredags)fravær|" + _SICK_TIMING + r"|"
    r"(?:sykmeldt|sjukmeldt|syk|sjuk|sick|off sick|borte) igjen\s*\?|"
    r"unnasluntr\w*|misbruk\w*|lettvint|(?:ikke|ikkje) så (?:syk|sjuk|dårlig)|"
    r"(?:virker|ser) (?:ikke|ikkje) (?:syk|sjuk|dårlig)|(?:don't|doesn't) (?:look|seem) (?:sick|ill)|"
    r"not that (?:sick|ill)|"
    r"alltid (?:du|deg) som|always you (?:who|that)|"
    r"(?:(?:er det|is it) (?:egentlig|virkelig|really|actually)|(?:sikker|sure) (?:på )?(?:at )?(?:det|it)"
    r"(?: er|'s| is)) (?:\w+ ){1,3}(?:som er|som|that's|that is) "
    r"(?:problemet|grunnen|årsaken|the problem|the reason)|"
    r"påfallende|mistenk\w*|suspicious|rart at du|strange that you|funny how you|"
    r"(?:er|var|blir|ble|are|were) (?:du|you) (?:\w+ )?(?:syk|sjuk|sick|ill|borte|off sick) (?:igjen|again)\b|"
    r"(?:legeerklæring|bekreftelse|attest|dokumentasjon|note|proof) [^.?!]{0,25}(?:for|på) (?:hver|alle|"
    r"every|each)\b|"
    r"(?:alltid|ofte|stadig|mye|så mye|veldig mye|always|often|a lot) (?:er |blir |is |are |gets? )?"
    r"(?:syk|sjuk|borte|sick|ill|off|"
    r"late|for sein|for sent|fraværende|absent|away) "
    r"(?:(?:på|om|rundt|før|etter|on|around|before|after) (?:the )?(?:mandag|fredag|monday|friday|ferie|helg|"
    r"holiday|weekend)\w*|(?:når|whenever|when) (?:det|it)\b)|"
    r"(?:du|you) (?:ser|såg|virker|look|seem) (?:(?:jo|da|egentlig|faktisk|virkelig|ganske|veldig|nokså|så|"
    r"perfectly|really|quite|actually|very|pretty) )?(?:(?:ganske|veldig|nokså|så|very|pretty) )?"
    r"(?:helt |heilt )?(?:frisk|fin|pigg|opplagt|sprek|spræk|i form|fit|fine|healthy|well|ok)"
    r"(?: ut| to me| enough)?"
    r"(?=\s|[.,!?]|$)|"
    r"legeerklæring (?:for|på) (?:hver|alle)|doctor'?s note for every|"
    r"(?:lurer|tviler|tvilar|wonder|doubt)\w* (?:på )?(?:om|if|whether) (?:du|you) "
    r"(?:egentlig|virkelig|faktisk|really|actually|is|are)|"
    r"folk (?:snakker|prater)|people (?:are talking|talk)|rykte\w*|rumou?rs?|"
    r"late som|pretend\w*|fake\w*|skulk\w*|sluntr\w*|snik\w*|"
    r"(?:sett|så|såg|møtte) deg (?:på|i|ute|ute på)|(?:saw|seen) you (?:at|in|out)|"
    r"(?:du|you) (?:så|såg|looked) (?:jo |da |veldig |really |so )?(?:pigg|frisk|fin|opplagt|"
    r"well|fine|healthy)|"
    r"(?:er du|er det) (?:sikker|sikkert) på at du (?:er|var) (?:syk|sjuk)|"
    r"sure you(?:'re| are| were) (?:sick|ill)|"
    # blind batches 12-13: another explanation hinted at, reports of being
    # seen, doubt that the employee cannot, proof beyond the rules, a sudden need
    r"(?:er det|er det ikke|is it|is there|spiller|spelar|ligger|ligg|skyldes|handler det om|handlar det om|"
    r"kan det være|kan det vere|could it be|could there be) (?:\w+ ){0,2}?(?:noe|noko|something|anything) "
    r"(?:annet|anna|else|other) (?:enn|than) (?:sykdom\w*|sjukdom\w*|syk\w*|sjuk\w*|helsa|illness|being (?:sick|ill))|"
    r"(?:eller|or) (?:er det|is it|is that) (?:egentlig |kanskje |really |actually |more |rather |mer |heller )?"
    r"(?:noe|noko|something) (?:hjemme|heime|privat|personal|at home)\b|"
    r"(?:eller|or) (?:er det|is it|handler det|handlar det|is that) (?:egentlig |really |actually )?(?:mer|more|heller|"
    r"rather) (?:om|about|that|at|the|den|det)\b|"
    r"(?:really|egentlig|eigentleg|virkelig|actually) (?:the |den |det )?(?:reason|grunnen|årsaka|årsaken|problemet)\b|"
    r"(?:tror|trur|think|believe) (?:du|you) (?:egentlig|eigentleg|virkelig|really|actually) (?:at |that )?(?:det|it)\b|"
    r"(?:du|you) (?:\w+ ){0,2}?(?:ble|blei|vart|was|were|been|blitt) (?:sett|set|seen|observert|spotted) "
    r"(?:på|i|ute|at|in|out)\b(?! (?:som|as)\b)|"
    r"(?:hørt|høyrt|heard|fått høre|fått høyre|fått vite) (?:at|that) (?:du|you) (?:var|er|har vært|har vore|was|"
    r"were|have been|'ve been) (?:\w+ )?(?:på|ute|i|at|out|on)\b|"
    r"(?:snakker|snakkar|prater|pratar|talking|saying) (?:om )?(?:at|that) (?:du|you) (?:ble|blei|var|was|were)\b|"
    r"(?:legeerklæring\w*|sykmelding|sjukmelding|legeattest\w*|attest|papir\w* fra legen|papir\w* frå legen|"
    r"lapp fra legen|erklæring fra legen|doctor's note|sick note|medical certificate|note from (?:the|your) doctor)"
    r"\b[^.?!]{0,50}?(?:egenmelding\w*|eigenmelding\w*|(?:én|en|ein|ei|a|one|single|hver|kvar|every|each|første|"
    r"first) (?:enkelt |eneste |single )?(?:dag|fraværsdag|sykedag|day|sick day)\w*|hver gang|kvar gong|every time)|"
    r"(?:egenmelding\w*|eigenmelding\w*)[^.?!]{0,40}?(?:legeerklæring|legeattest|papir fra lege\w*|papir frå lege\w*|"
    r"doctor's note)|"
    r"(?:kan det (?:virkelig|egentlig) stemme|stemmer det (?:virkelig|egentlig)|is it really true|"
    r"er det (?:virkelig|egentlig) sant) at (?:du|you)\b|"
    r"(?:kan det stemme|is it true|er det sant) at (?:du|you) (?:\w+ )?(?:ikke|ikkje|not|never|aldri|can't|cannot|"
    r"bare|just)\b|"
    r"(?:klarte|klarer|kunne|kan|orket|orker|var|dro|gikk|reiste|went|managed|could|can|were|was) "
    r"[^.?!]{0,50}?\b(?:men|but) (?:ikke|ikkje|not) (?:\w+ )?(?:vakt\w*|skift\w*|arbeid\w*|jobb\w*|shift|"
    r"the office)\b|"
    r"(?:klarte|klarer|kunne|kan|orket|orker|var|dro|gikk|reiste|went|managed|could|can|were|was) "
    r"[^.?!]{0,50}?\b(?:men|but) (?:ikke|ikkje|not) (?:på jobb|på jobben|å jobbe|jobbe|å komme på jobb|komme på jobb|til jobb|"
    r"til jobben|at work|to work|work|come in|the job)\b|"
    r"(?:plutselig|plutseleg|suddenly) (?:trenger|treng|må|need|needs|kan ikke|kan ikkje|can't|orker ikke|vil ha|want)\b|"
    r"(?:når|when|while|mens) (?:det|it) (?:har gått|har gått helt|gikk|went|has gone|has been going|worked|"
    r"fungerte|har fungert) (?:helt |heilt |så |so |just )?(?:fint|bra|greit|fine|well)\b|"
    r"(?:sikker|sure) (?:på )?(?:at )?(?:det|it)(?:'s| is| er| var| was) (?:så|as|that|so) (?:ille|bad|serious|"
    r"alvorlig|vondt|tungt|painful|gale|galt|dårlig)|"
    r"(?:så|as) (?:ille|bad|alvorlig|serious|syk|sjuk|sick|ill) (?:som|as) (?:legen|the doctor|doctor|de|they)\b|"
    r"(?:hørte|høyrde) (?:at|that) (?:du|you) (?:var|was|were) (?:\w+ )?(?:på|ute|i|at|out|on)\b|"
    r"(?:sa|sier|seier|fortalte|fortalde|nevnte|said|told me|mentioned)\b[^.?!]{0,30}\b(?:at|that) (?:du|you) "
    r"(?:var|er|was|were|looked|så|såg) (?:\w+ )?(?:i fin form|i god form|pigg|frisk|opplagt|sprek|fine|well|"
    r"in good shape|in great shape|ute|på byen|på fest)|"
    r"(?:alltid|always|hver gang|every time) (?:\w+ ){0,3}?(?:på |on )?(?:mandager|fredager|mondays|fridays)\b|"
    r"(?:alltid|always|hver gang|every time) (?:\w+ ){0,3}?(?:dagen etter|helga etter|helgen etter|the day after|"
    r"rett etter|right after) (?:lønning\w*|payday|fest\w*|a party|\w+ party)|"
    r"(?:always|alltid) (?:ill|sick|syk|sjuk|borte|off) (?:when|når) (?:we|vi|det)\b|"
    r"(?:skjermbilde|kvittering|screenshot|receipt|bekreftelse|confirmation)\w* (?:\w+ ){0,2}?(?:av |fra |frå |på |"
    r"of |from )?(?:\w+ )?(?:legetime\w*|legebesøk\w*|legen|doctor|appointment)|"
    r"(?:ikke|ikkje|no|not|no longer|no more) (?:\w+ )?(?:godta|godtar|godtek|akseptere|aksepterer|accept)\w* "
    r"(?:\w+ )?(?:flere |fleire |any more |more )?(?:egenmelding|eigenmelding|self-certif)\w*|"
    r"(?:godtar|godtek|aksepterer|accept) (?:jeg|eg|vi|me|i|we) (?:ikke|ikkje|no|not) (?:\w+ )?(?:flere |fleire )?"
    r"(?:egenmelding|eigenmelding|self-certif)\w*|"
    r"(?:ligger|sitter|sit|are lying|are sitting) (?:du|you) (?:bare |mest |berre |just )?(?:på|i|on) "
    r"(?:sofaen|sofa|the sofa|the couch)|mest sofa|"
    r"(?:jobber|jobbar|gjør|gjer|work|do) (?:du|you) (?:\w+ )?(?:i det hele tatt|i det heile teke|overhodet|at all)\b|"
    # blind batches 16-17
    r"(?:ikke|ikkje|not|hvorfor|kvifor|why)\b[^.?!]{0,40}\b(?:når|mens|when|while) (?:du|you) (?:kan|klarer|orker|"
    r"greier|kunne|klarte|orket|can|could|manage|managed) "
    r"(?:å |to )?(?:gå|være|vere|dra|trene|handle|sitte|reise|go|walk|be|shop|train|travel)\b|"
    r"langhelg\w*|long weekend|forlenget helg|forlenga helg|"
    r"henger (?:dårlig|ikke|ikkje) sammen|heng (?:dårleg|ikkje) saman|går (?:ikke|ikkje) opp|"
    r"(?:doesn't|does not|don't|do not) add up|"
    r"(?:always|alltid) (?:ill|sick|syk|sjuk|borte|off) (?:on|på) (?:the |de )?(?:days|dagene|dagane)\b|"
    r"(?:egentlig|really|actually) (?:handler|handlar|is about|er snakk) (?:om )?|"
    r"(?:sikker|sure) (?:på )?(?:at )?(?:det|it)(?:'s| er| is) [^.?!,]{1,30},? (?:og|and|men|but) (?:ikke|ikkje|not)\b|"
    r"(?:klarer|orker|kan|greier|klarar|can you|are you) (?:du |really )?(?:virkelig|egentlig|really|actually|truly) "
    r"(?:ikke|ikkje|not|unable)\b|"
    r"(?:mandager|fredager|måndagar|fredagar|mondays|fridays) (?:på rad|i strekk|in a row|running)|"
    r"latskap|dovenskap|laziness|(?:just|bare|berre) (?:lat|lazy)\b|"
    # blind batches 20-21
    r"(?:kom|came|started|begynte|startet) (?:akkurat |rett |just )?(?:dagen etter|the day after|rett etter|right after|"
    r"samme uka som|the same week)\b|"
    r"(?:trenger|treng|need) (?:du|you) (?:virkelig|egentlig|really|actually) (?:mer|more|meir)\b|"
    r"(?:showing|proving|som viser|som beviser|som bekrefter) (?:that )?(?:you|du) (?:were|was|var) (?:actually|faktisk|"
    r"really|virkelig)\b|"
    r"(?:alltid|always) (?:\w+ ){0,2}?(?:mandagene|måndagane|fredagene|fredagane|mondays|fridays)\b|"
    r"(?:only|bare|berre) (?:ever )?(?:seem to )?(?:get|blir|er|are|is|fall) (?:ill|sick|syk|sjuk|dårlig) (?:after|etter|on|"
    r"before|før|rundt|around)\b|"
    r"(?:even|engang|eingong|i det hele tatt) (?:a |en |ein )?(?:proper|real|ordentlig|skikkelig|ekte) (?:diagnosis|"
    r"diagnose|illness|sykdom|sjukdom)|"
    r"(?:sitter|sit|is it|er det) (?:det |it )?(?:mest |bare |berre |all |just |mostly )?(?:i hodet|in your head)\b|"
    r"beleilig|beleileg|conveniently|(?:awfully|very|rather|pretty|quite) convenient|sweet deal|cushy|"
    # blind batches 22-23
    r"(?:rart|pussig|merkelig|underlig|funny|odd|strange|interesting|curious) (?:at|that|how) [^.?!]{0,60}?\b(?:alltid|always|"
    r"akkurat|just|rett før|right before|only)\b|"
    r"(?:så|såg|sett|saw|seen|spotted) (?:deg|you) (?:\w+ )?(?:bære|bere|løpe|trene|handle|danse|spille|kjøre|carry|"
    r"carrying|running|training|shopping|dancing|playing|lifting)\b|"
    r"(?:is|er) (?:really|egentlig|actually) (?:about|om)\b|"
    r"(?:tur|turen|ferie|reise) til (?:syden|spania|thailand|kanariøyene|utlandet)\b|"
    r"(?:only|bare|berre|alltid|always) (?:\w+ ){0,3}?(?:play up|plays up|act up|acts up|flare up|flares up|krangle|"
    r"krangler|slår til|verker|blir verre|gets worse) (?:when|når|rett før|right before|just before|on|in|på|i|during|"
    r"rundt)\b|"
    r"(?:helgene|helga|helgen|weekends?) (?:dine|din|di|your) (?:starter|begynner|start|starts) (?:visst |litt |liksom )*"
    r"(?:tidlig|tidleg|early)|"
    r"(?:legeerklæring|erklæring|note|certificate) (?:som|that) (?:bekrefter|stadfestar|confirms|viser|proves)\b|"
    r"(?:these|those|all the|alle de|alle disse) (?:mondays|fridays|mandagene|fredagene)\b|"
    r"(?:alltid|always) [^.?!]{0,30}?\b(?:akkurat|just|right) (?:når|da|when|as)\b|"
    r"(?:i form|i stand|frisk nok|fit enough|well enough) (?:til|for|to)\b[^.?!]{0,40}\b(?:but|men) (?:not|ikke|ikkje)\b|"
    # blind batches 18-19
    r"(?:hvor|kor|how) sikker (?:er du|are you)\b|"
    r"(?:og|and) (?:ikke|ikkje|not) (?:bare|berre|just) (?:at|that)\b|"
    r"^\w+(?: \w+)?, (?:sier|seier|påstår) du\b|, you say\b|"
    r"jo\b[^.?!]{0,40}\b(?:rett|like|akkurat) (?:etter|da|når) (?:at )?(?:du|vi|me) (?:fikk|innførte|endret|begynte)\b|"
    r"(?:well|frisk|bra|fit|good) enough (?:for|to)\b[^.?!]{0,40}\b(?:but|men) (?:not|ikke|ikkje)\b|"
    r"(?:bekreftelse|stadfesting|dokumentasjon|bevis|confirmation|proof)\w* (?:fra|frå|from) [^.?!]{0,40}?(?:på at|that) "
    r"[^.?!]{0,30}\b(?:faktisk|actually|really)\b|"
    r"timebekreftelse\w*|appointment confirmations?|"
    r"(?:hørt|høyrt|heard)\w* (?:at|that) (?:du|you) (?:har|jobber|jobbar|has|have|work|works|are working)\b|"
    r"(?:in|i|på) (?:those|the|your|de|dei) (?:photos|pictures|posts|bildene|bileta)\b|chipper|"
    r"(?:egentlig|really|actually) (?:bare|berre|just) (?:vil|ønsker|ønskjer|want)\b|"
    r"(?:always|alltid) (?:off|borte|sick|syk|sjuk|ill) (?:the |in the |på |on )?(?:week|day|uka|dagen|veka) "
    r"(?:before|after|før|etter)\b|"
    r"(?:merkelig|rart|pussig|underlig|påfallende|interessant|funny|strange|odd|curious) (?:\w+ )?(?:sammenfall|"
    r"sammentreff|samantreff|tilfeldighet|timing|coincidence)|"
    r"(?:så lenge|når|siden|if|since|as long as) (?:du|you) (?:orker|klarer|kan|greier|can|manage) [^.?!,]{1,40}, (?:så )?"
    r"(?:kan|klarer|orker|greier|can|could) (?:du|you) (?:vel|jo|sikkert|surely|also|også)\b|"
    r"(?:du|you) (?:verkar|verka|virka) (?:jo |då |da )?(?:heilt |helt )?(?:opplagd|opplagt|frisk|pigg|fin|sprek)\b|"
    r"(?:sikker|sure) (?:på )?(?:at )?(?:det|it)(?: er|'s| is)? (?:ikke|ikkje|not|isn't) (?:bare|berre|just)\b|"
    r"(?:folk|people|kollegene|colleagues|andre|others)\b[^.?!]{0,25}\b(?:har begynt å |begynner å |have started to |"
    r"are starting to |started to )(?:snakke|prate|talk)(?=\s*(?:[.!,]|$|om deg|om at du|about you))|"
    # blind batches 26-33: "just for the record", proof that it is real, seen
    # elsewhere, talk among colleagues, too sick for work but not for play
    r"(?:for ordens skyld|så (?:jeg|eg) har (?:det )?(?:i orden|på det rene|på plass|sjekket|sjekka)|just so i'm covered|"
    r"just so i have it|for the record)(?=[^.!]*\?)|"
    r"(?:papir|bevis|bekreftelse|dokumentasjon|proof|something|a note|confirmation) (?:\w+ ){0,3}?(?:på|for|that|showing) "
    r"(?:at )?(?:du|you) (?:faktisk|virkelig|egentlig|actually|really)\b|"
    r"(?:at|that) (?:den|det|it) (?:faktisk|virkelig|actually|really) (?:er|var|was|is) (?:skrevet|written|fra|from)\b|"
    r"(?:var|er) det (?:faktisk |virkelig |egentlig )?(?:deg|dykk|dere) (?:jeg|eg|vi|me) (?:så|såg|sette|traff)\b|"
    r"(?:was|wasn't) (?:that|it) you (?:i|we) (?:saw|spotted)\b|"
    r"(?:folk|noen|nokon|kolleger|kollegene|people|someone|comments?|kommentarer|kommentarar|rykter|rumou?rs)\b[^.?!]{0,40}?"
    r"\b(?:sier|seier|sa|says|said|om at|about|that)\b[^.?!]{0,12}?\b(?:du|you) (?:har vært|har vore|var|was|were|"
    r"has been|have been|had been) (?:\w+ ){0,2}?(?:på|at|out|i)\b|"
    r"(?:enn|than) (?:om |about )?(?:at )?(?:du|you) (?:er|are|is|being|var|were) (?:syk|sjuk|sick|ill)\b|"
    r"(?:sikkert|nok|probably|surely) (?:bare )?(?:tilfeldig|en tilfeldighet|ein tilfeldigheit|a coincidence|"
    r"coincidence)|"
    r"(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|laurdag|søndag|måndag|monday|friday|saturday|sunday)\w* "
    r"(?:på rad|in a row)|"
    r"(?:alltid|always) (?:\w+ ){0,2}?(?:mandag\w*|måndag\w*|fredag\w*|lørdag\w*|laurdag\w*|søndag\w*|mondays?|"
    r"fridays?|saturdays?|sundays?)\b|"
    r"(?:akkurat|nettopp|just|right) (?:i|på|rundt|etter|før|in|on|around|after|before) (?:jul\w*|påske\w*|helg\w*|"
    r"ferie\w*|the holidays|christmas|easter|the weekend)|"
    r"(?:ikke|ikkje|not) (?:sikkert|sikker|sure) (?:at )?(?:det|it)(?:'s| er| is)? (?:bare|berre|just|only) "
    r"(?:jobben|arbeidet|jobb|arbeid|the job|work)\b|"
    r"(?:noe|noko|something) (?:annet|anna|else) (?:som )?(?:ligger|ligg|is|that's|going on) (?:bak|under|behind)\b|"
    r"(?:resten av|the rest of) (?:uka|veka|the week)\b[^.?!]{0,25}\b(?:men|but) (?:ikke|ikkje|not)\b|"
    # blind batches 46-49
    r"(?:faktisk|virkelig|actually|really) (?:syk|sjuk|sick|ill)\b[^.?!]{0,30}\b(?:og |and )?(?:ikke|ikkje|not)\b|"
    r"only (?:\w+ ){0,2}?(?:sick|ill|off) (?:on|when|the day)\b|"
    r"(?:alltid|always) (?:blir|er|is|are) (?:det )?(?:\w+ )?(?:fravær|borte|absent|off) (?:når|when)\b|"
    r"(?:ren |bare en |just a )?formalitet\b(?=[^.!]*\?)|just a formality\b|"
    r"(?:så|saw) (?:\w+ )?(?:at )?(?:du|you) (?:var ute|was out|were out)\b|"
    r"(?:så|såg|saw|seen|sett)\b[^.?!]{0,40}\b(?:på|on) (?:strava|facebook|instagram|snapchat|snap|tiktok)\b|"
    r"(?:eller|or) (?:er det|is it) (?:egentlig|eigentleg|really|actually)\b|"
    r"(?:was|wasn't) (?:that|it) you (?:at|in|on)\b|var det deg (?:på|i)\b|"
    r"(?:jobb|job|arbeid) (?:ved siden av|på si|on the side)\b|"
    r"(?:du|you) (?:var|was|were) (?:jo |da )?(?:sykmeldt|sjukmeldt|off sick) (?:den|that|på|on)\b|"
    # blind batches 42-45
    r"(?:rimer|rimar) (?:\w+ )?(?:dårlig|dårleg|ikke|ikkje)\b|henger (?:ikke|ikkje) (?:helt )?sammen\b|doesn't add up\b|"
    r"(?:så|såg|saw) (?:\w+ )?(?:at )?(?:du|you) (?:var|was|were) (?:på|at) (?:\w+ )?(?:konsert\w*|kamp\w*|fest\w*|"
    r"trening\w*|senteret|butikken|concert|party|match|game|gym)\b|"
    r"(?:du|you) (?:klarer|orker|manage) (?:jo |fint |visst )?(?:å |to )[^.?!]{1,40}?\b(?:men|but) (?:ikke|ikkje|not)\b|"
    r"(?:only|bare|først) (?:\w+ )?(?:got|became|ble|blei|vart) (?:bad|worse|verre|ille) (?:after|etter|when|da)\b|"
    r"(?:du|you) (?:klarer|kan|orker|manage) (?:jo |fint )?(?:å )?\w+[^.?!]{0,30}\bser (?:jeg|eg)\b|"
    r"(?:er det|is it) (?:egentlig|eigentleg|really|actually) (?:motivasjonen|viljen|lysten|motivation|the motivation)\b|"
    r"(?:i full vigør|i fin form|in great shape|full of beans) (?:på|at)\b|"
    r"(?:viser|shows|bekrefter|confirms) at (?:\w+ ){0,2}?(?:faktisk|virkelig|actually|really)\b|"
    r"proof (?:that )?you (?:were|are|was) (?:actually|really)\b|"
    # blind batches 38-41
    r"(?:trene|jogge|gå på tur|gå tur|spille|reise|danse|train|run|go out|party)\b[^.?!]{0,30}\b(?:men|but) "
    r"(?:ikke|ikkje|not)\b|"
    r"(?:or|eller) (?:is it |er det |is there )?(?:something|noe|noko) (?:with|about|med|på) (?:the )?(?:team|job|work|"
    r"manager|boss|people|jobben|laget|teamet|kollegene|sjefen|arbeidsmiljøet|hjemmebane|heimebane)\b|"
    r"(?:så|såg|saw|seen|sett) (?:noen |nokre |some |the )?(?:bilder|bilete|photos|pictures|innlegg|posts)\b|"
    r"(?:vite|know) at (?:dette|det|this|it) (?:ikke|ikkje|isn't|is not) (?:handler om|dreier seg om|is about)\b|"
    r"(?:sykmeldingen|sjukmeldinga|fraværet|the sick leave|the absence) (?:\w+ ){0,2}?(?:handler|dreier seg|is) "
    r"(?:også |egentlig |really |also )?(?:om|about) at (?:du|you)\b|"
    r"(?:aktiv|online|pålogget|active)\b[^.?!]{0,40}\b(?:samtidig som|mens|while|when) (?:du|you) (?:er|var|is|are|were) "
    r"(?:sykmeldt|sjukmeldt|off sick|on sick leave)\b|"
    r"(?:legeerklæring|erklæring|attest|note|papir) (?:på|om|that|for) (?:at )?(?:du|you) (?:ikke|ikkje|can't|cannot)\b|"
    r"(?:hørt|høyrt|heard)\w* (?:\w+ ){1,4}?(?:at|that) (?:du|you) (?:har vært|har vore|var|was|were|has been|have been) "
    r"(?:\w+ ){0,2}?(?:på|ute|out|at)\b|"
    r"(?:vært|vore|been) (?:hjemme|heime|home|at home) (?:hele|heile|the whole|all the) (?:tida|tiden|time)\b|"
    r"(?:for|too) (?:syk|sjuk|dårlig|dårleg|sick|ill|unwell) (?:til å|for|to)\b[^.?!]{0,40}\b(?:men|but) (?:\w+ )?"
    r"(?:fin|frisk|bra|god|fine|ok|okay|good|well|able|i stand)\b|"
    r"(?:når|mens|while|when) (?:du|you) (?:er|var|are|were) (?:for|too) (?:syk|sjuk|dårlig|dårleg|sick|ill|unwell) "
    r"(?:til å|to)\b|"
    r"(?:sikker|sure) (?:på )?(?:at )?(?:du|you) (?:virkelig |egentlig |really )?(?:trenger|treng|need) (?:hele|heile|all|"
    r"the whole|så lang|so long|så mye|so much)\b|"
    r"motediagnose\w*|trendy diagnos\w*|fashionable diagnos\w*|"
    r"(?:har|did|has) (?:legen|fastlegen|the doctor|your doctor) (?:egentlig|eigentleg|virkelig|faktisk|actually|really) "
    r"(?:sagt|said|written|skrevet)\b|"
    r"(?:faktisk|egentlig|eigentleg|virkelig|actually|really)\b[^.?!]{0,30}\b(?:eller|or) (?:er det |is it |is there )?"
    r"(?:noe|noko|something) (?:annet|anna|else)\b|"
    r"(?:ikke|ikkje|not) (?:sånn|slik|like|the case) (?:at|that) (?:du|you) (?:egentlig|eigentleg|really|actually|bare|"
    r"berre|just)\b|"
    r"(?:du|you) (?:ser|look|looks|seem|virker|verkar) (?:jo |da |då |really |actually )(?:\w+ ){0,2}?(?:bedre|betre|"
    r"frisk|pigg|fin|opplagt|opplagd|sprek|i form|better|fine|well|great|fit)\b"
    r")"
)

TELLING = re.compile(
    r"\b(?=\w)(?:"
    r"(?:du(?<![a-zæøå] du)|dere(?<![a-zæøå] dere)) (?:begynner|starter|byrjar|går over til|flytter|"
    r"tar over|skal begynne|skal starte) (?!du\b)|you(?<![a-z] you) (?:will start|start|are starting|"
    r"'re starting) |"
    r"(?:du|dere) (?:må|bør|burde|skal|får) (?:bare |nå |rett og slett |heller |virkelig |"
    r"faktisk |jo )?(?!gjerne|ikke være redd|ikkje)(?:\w+)|"
    r"(?:du|dere) (?:trenger|treng) (?:bare |rett og slett )?å\b|"
    r"det (?:beste|lureste|riktige|smarteste) (?:for deg )?(?:er|blir|vil være) (?:å|at)\b|"
    r"(?:jeg|eg|vi|me) har (?:bestemt|besluttet|avgjort|bestemt meg for) (?:at|å)|"
    r"(?:er det|det er) (?:på )?tide (?:at du|at dere|for deg|å)|(?:it's|it is) time (?:you|for you to)\b|"
    r"(?:du|dere) (?:kan|kan jo) (?:ikke|ikkje) bare (?!bli\b)|you can't just\b|"
    r"(?:du|dere) (?:kan|kan jo) (?:ikke|ikkje) (?:fortsette|fortsetje|holde på|halde fram|halde på)\b|"
    r"you (?:can't|cannot) (?:keep|continue|go on)\b|"
    # a threat: "Hvis du ikke er tilbake innen mars, må vi se på andre løsninger"
    r"(?:hvis|om|dersom|viss|if) (?:du|you)(?:'re| are| er)? (?:ikke|ikkje|not|don't|doesn't|can't|cannot|won't|"
    r"aren't) "
    r"(?:(?:er|kommer|klarer å komme|are|come|get) (?:\w+ )?(?:tilbake|på plass|på jobb|back|in)|møter(?: opp)?|"
    r"stiller|forbedrer|endrer|skjerper|show up|turn up|improve|change)\b"
    r"[^.?!]{0,60}?\b(?:må|blir|kommer|have to|will have to|need to|'ll have to|will need to) (?:vi|me|jeg|eg|"
    r"we|i|det)\b[^.?!]{0,30}?\b(?:(?:andre|annen|anna|other|another|alternative|nye|new|further) "
    r"(?:løsning\w*|tiltak|alternativ\w*|ordning\w*|steg|grep|options?|solutions?|measures|steps|"
    r"arrangements?)|konsekvens\w*|consequences)\b|"
    # a decision announced with inversion: "Når du kommer tilbake, starter du på ..."
    r"(?:når|etter|fra|frå|from|once) [^.?!,]{0,40}, (?:starter|begynner|byrjar|jobber|jobbar|flytter|"
    r"tar|går over|skal jobbe|skal begynne|skal starte) du\b(?=[^?]*$)|"
    r"(?:vi|me|jeg|eg) (?:gjør|gjer|ordner|legger opp) det (?:sånn|slik) at (?:du|dere)\b|"
    r"(?:dette|det|det her|sånt) (?:må|får) (?:du|dere) (?!gjerne|ikke|ikkje|selv|sjølv|vite|bestemme|velge|"
    r"avgjøre)(?:bare |nesten )?\w+|"
    r"(?:(?:jeg|eg|i) (?:tror|trur|synes|syns|mener|meiner|think) )(?:det|it) (?:er|hadde vært|vil være|"
    r"blir|is|would be|'d be) (?:nok |sikkert |veldig |really |probably )?(?:lurt|smart|fornuftig|klokt|"
    r"wise|a good idea) (?:at du|om du|hvis du|for deg å|for you to|if you|that you)\b|"
    r"(?:det|it) (?:er|hadde vært|vil være|"
    r"blir|is|would be|'d be) (?:nok |sikkert |veldig |really |probably )?(?:lurt|smart|fornuftig|klokt|"
    r"wise|a good idea) (?:at du|om du|hvis du|for deg å|for you to|if you|that you)\b|"
    r"(?:da|så) (?:sier|seier|bestemmer|setter|set) (?:vi|me|jeg|eg) (?:at\b|\d|en |ei |to |tre |fire |fem |"
    r"halv|full|hel)|(?:da|så) (?:gjør|gjer) (?:vi|me|jeg|eg) det (?:sånn|slik) at|"
    r"(?:får|gir|blir) (?:det|dette) (?:\w+ )?(?:konsekvenser|følger)\b|"
    r"(?:there will be|there'll be|there would be|will have|face) (?:\w+ )?consequences|"
    r"(?:ellers|or else|otherwise) (?:\w+ ){0,3}?(?:trekk|konsekvens\w*|advarsel|oppsigelse|avskjed\w*|"
    r"sanksjon\w*|consequences|a warning|disciplinary|dismissal)\b|"
    r"(?:slutt (?:å|med)|stopp (?:å|med)|kom deg (?:tilbake|på jobb|ut|opp)|skjerp deg|"
    r"bare kom|bare ta|bare prøv|tenk positivt|hold ut)\b|"
    r"ta deg sammen|bit tennene|bite tennene|"
    r"^(?:ta|gå|prøv|hvil|sov|tren|spis|smil|slapp av|tenk) (?:heller|bare|litt|en|mer|mindre|"
    r"på noe annet)\b|"
    r"(?:er det|det er) (?:vel |jo |nok )?bare å\b(?! (?:si|ringe|ta kontakt|spørre|gi beskjed|"
    r"sende|komme innom|ta en prat|rope)\b)|(?:it's|just) (?:a matter of )?getting on with it|"
    r"^(?:begynn|start|sørg for|slutt|stopp) (?:med|å|for|nå)\b|"
    r"(?:da|så|nå) (?:må|bør) (?:du|dere) (?!gjerne|ikke være|selv|sjølv)(?:\w+)|"
    r"(?:sånn|slik) (?:blir|er) det(?: bare)?\b|det er bestemt|that's (?:final|decided|how it is)|"
    r"(?:du|you) \w+ [^.?!]{0,30}(?:fra nå av|frå no av|from now on)|"
    r"(?:fra|frå|neste|i morgen|på) [^.?!,]{0,25}? (?:jobber|begynner|starter|skal|tar|går|flytter|"
    r"byrjar|får) du\b|"
    r"just(?<!i just)(?<!we just) (?:come|get|take|go|do|start|try|push|pull)\b|"
    r"(?:ikke|ikkje) (?:tenk|bry deg|ta det så|gruble|tenke så mye)\b|"
    r"(?:don't|do not) (?:think|worry) (?:so much|too much|about it)|"
    r"(?:you|u) (?:just |simply |really )?(?:(?:need|have|ought|'ve got|got) to|must|should|"
    r"'d better|had better)\b(?! be honest)|"
    r"(?:you|u) (?:will|are going to) (?:start|work|come|be|have|take|do|move|stop)|"
    r"(?:you|u)'ll (?:start|work|come in|have to|take|do|move|stop|be (?:working|starting|on|moving|taking|doing))\b|"
    r"pull yourself together|snap out|just come back|cheer up|toughen up|man up|"
    r"i(?:'ve| have) decided|the best (?:thing )?for you is|"
    # blind batches 12-13: the manager has already placed the employee, takes
    # the return for granted, or orders with the verb first
    r"(?:jeg|eg|vi|me) har (?:allerede |nå |no )?(?:meldt|satt|flyttet|flytta|booket|plassert|skrevet|ført|"
    r"lagt|registrert|tatt) (?:deg|dykk|dere) (?:på|opp|inn|til|over|av|ut)\b|"
    r"(?:slipper|sleppe|slepp) (?:vi|me|du) (?:å )?(?:diskutere|diskutera|snakke om|mase om|krangle om)\b|"
    r"(?:jeg|eg|vi|me) (?:regner|reknar|rekner|går ut ifrå|går ut fra|forventer|forventar) (?:med )?(?:at )?"
    r"(?:du|dere) (?:er|kommer|møter|stiller|tar|jobber|starter|begynner) (?:\w+ ){0,2}?(?:tilbake|på plass|"
    r"på jobb|i full|back|in)\b(?![^.?!]*\b(?:når|when|hvis|om|if) (?:legen|du er klar|du føler|du kjenner|du orker|"
    r"the doctor|you're ready|you feel)\b)|"
    r"(?:i|we) (?:expect|assume|am counting on|'m counting on|are counting on) (?:you|that you)(?: to be| are| will be|"
    r"'ll be| to come)? (?:back|in|at work)\b|"
    r"(?:nå|da|så|først|no) (?:skal|får|må) (?:du|dere|dykk) (?:bare|berre)\b|"
    r"^(?:du|dere) (?:tar|jobber|begynner|starter|går|flytter|er) [^.?!]{0,40}\b(?:fra|frå|from) (?:\d|neste|mandag|"
    r"måndag|i morgen|nyttår)(?=[^?]*$)|"
    r"(?:det|dette) har (?:vi|me|jeg|eg) (?:landet på|landa på|bestemt|avgjort|besluttet)\b|"
    r"(?:og |and )?(?:du|dere) (?:tar|tek|jobber|jobbar|begynner|byrjar|starter|går|flytter|er) [^.?!]{0,40}\b(?:fra|frå|from) "
    r"(?:\d|neste|mandag|måndag|i morgen|nyttår)(?=[^?]*$)|"
    r"(?:mitt|vårt|my|our) (?:råd|anbefaling|advice|recommendation) (?:er|is) (?:at|å|that|to)\b|"
    r"(?:det|dette) (?:burde|bør|må) (?:du|dere) (?:få )?(?:sjekket|sjekke|undersøkt|testet|gjort)\b|"
    r"(?:så )?(?:det|alt) er ordnet\b|that's (?:sorted|settled|arranged)\b|"
    r"(?:forget|glem) (?:about )?(?:us|work|the job|oss|jobben)\b|just stay off\b|"
    r"you'?ll (?:just |simply )?have to\b|"
    r"(?:kan|får) (?:du|dere) (?:bare )?glemme\b|"
    r"så (?:den|det|dette) (?:tar|gjør|gjer|blir) (?:du|dere)\b|"
    r"(?:jeg|eg) bestemmer (?:\w+ )?(?:her|her i huset)\b|"
    r"what you need is\b|det (?:du|dere) (?:trenger|treng) (?:nå |no )?er (?:å|at)\b|"
    r"(?:i'm|i am|we're|we are) putting you\b|(?:jeg|eg|vi|me) setter deg (?:på|tilbake)\b|"
    r"det (?:beste|lureste|eneste) (?:du|dere) (?:kan|bør) gjøre\b|"
    r"kom (?:på|til|tilbake på|tilbake til|inn på) jobb\w*|"
    r"no arguments|ingen diskusjon|ingen protester|no buts|"
    r"you're (?:coming in|starting|working|back) (?:on )?(?:monday|tuesday|wednesday|thursday|friday|tomorrow|next)\b|"
    r"(?:det|dette|that|this) (?:får|gir|vil få|will have|has) (?:\w+ )?(?:konsekvenser|følger|consequences)\b|"
    r"(?:får|må|bør) (?:du|dere) (?:bare )?(?:skjerpe|ta deg sammen)\b|"
    r"^(?:bare|berre|just) (?!(?:si|sei|ring|send|spør|kom|ta kontakt|gi|så|kos|nyt|call|ask|let|text|tell|shout|so|enjoy)\b)\w+ "
    r"(?:deg|dykk|you|yourself)\b|"
    r"(?:jeg|eg|vi|me) (?:bestemmer|avgjør) (?:at|å)\b|det (?:diskuterer|diskuterar) (?:vi|me|jeg|eg) (?:ikke|ikkje)\b|"
    r"(?:så )?(?:blir|kommer) det (?:en |ei )?(?:skriftlig |muntlig |skriftleg )?(?:advarsel|åtvaring|oppsigelse|"
    r"reaksjon)|written warning|formal warning|"
    r"(?:fra|frå|from) (?:mandag|måndag|tirsdag|tysdag|onsdag|torsdag|fredag|neste \w+|i morgen|\d+\.?) "
    r"[^.?!,]{0,15}?\b\w+(?:er|ar) (?:du|dere)\b(?=[^?]*$)|"
    r"(?:i've|i have|we've|we have) (?:booked|put|signed|moved|scheduled|set) you (?:in|up|on|down)\b|"
    r"(?:har|have) (?:jeg|eg|vi|me) (?:tatt|satt|flyttet|flytta|meldt|lagt) (?:deg|dykk|dere) (?:ut|av|over|på|inn|opp)\b|"
    r"(?:du|dere) (?:skal|må) (?:ikke|ikkje) (?:gå|ta|søke|slutte|si opp|begynne|jobbe|reise|endre|bytte)\b|"
    r"(?:det er|that's|this is|it's) (?:ikke|ikkje|not) (?:til diskusjon|up for discussion|noe å diskutere|noko å diskutere|"
    r"forhandlingsbart|negotiable)|end of discussion|ferdig snakk\w*|ingen diskusjon|and that's that|"
    r"(?:fra nå|frå no|fra i dag|frå i dag|from now|from today)(?: av)? \w+(?:er|ar) (?:du|dere)\b|"
    r"(?:så nå|og nå|nå|no) (?:tar|tek|går|blir|held|holder|logger|jobber|begynner|starter|slutter|drar|reiser|hviler|"
    r"kviler|slår|skrur|legger|glemmer|tenker) (?:du|dere)\b(?! (?:den |all den |all )?tid)(?=[^?]*$)|"
    r"(?:fra nå av|frå no av|heretter|from now on),? (?:må|skal|bør|får) (?:du|dere)\b|"
    r"(?:you|u) (?:just|simply|only) need (?:a|an|some|more|to)\b|"
    r"(?:don't|dont|do not) even (?:think|worry)|(?:don't|dont|do not) think about (?:work|the job|the office)|"
    r"(?:er|kommer|blir|klarer|møter) (?:du|dere) (?:ikke|ikkje) [^.?!]{0,60}, (?:så )?(?:må|blir|får|kommer|vil) "
    r"(?:vi|me|jeg|eg|det)\b[^.?!]{0,50}\b(?:fremtid|framtid|future|konsekvens\w*|oppsigelse|avskjed\w*|"
    r"andre løsninger|annen løsning|stillingen)|"
    # blind batches 26-33: advice that decides, a return arranged over the
    # employee's head, "the best thing for you is to ..."
    r"(?:mitt|my) (?:beste |ærlige |best |honest )?(?:råd|advice|tip|tips)(?: (?:som|as) \w+)?"
    r"(?: (?:er|is|til deg|to you)\b|\s*[:,])|"
    r"(?:what )?i(?:'d| would) (?:recommend|suggest|advise) (?:is )?(?:that )?you\b|my recommendation is\b|"
    r"(?:du|dere) (?:tar|tek|går|jobber|jobbar) (?:bare|berre|kun) [^.?!]{1,40}?\b(?:fremover|framover|fra nå|frå no|"
    r"heretter)\b|"
    r"(?:du|you) (?:kan|can) ?(?:ikke|ikkje|not|'t) (?:gå fra|slutte|forlate|gi opp|leave|quit|give up)\b|"
    r"(?:et|eit|a|one) (?:lite |lita |godt |little |small |quick |good )?(?:råd|tips|tip|piece of advice)\b"
    r"(?: fra meg| frå meg| from me)?"
    r"(?=\s*[:,])|"
    r"(?:hvis|om|viss|dersom) (?:jeg|je|eg|æ|i) (?:var|va) (?:deg|dæ)\b|if i (?:were|was) you\b|take it from me\b|"
    r"(?:(?:jeg|eg|je|æ|i)(?: har|'ve| have)|har (?:jeg|eg|je|æ)) (?:allerede |already )?(?:snakket|snakka|sagt|avtalt|talked|told|spoken|arranged)"
    r"\b[^.?!]{0,50}?\b(?:og|at|and|that) (?:du|you) (?:begynner|starter|byrjar|tar|tek|skal|start|begin|will|are "
    r"starting|'re starting)\b|"
    r"(?:det|the) (?:beste|lureste|klokeste|smarteste|best|wisest|smartest) (?:for deg |for you |thing for you |"
    r"du kan gjøre |you can do )(?:og \w+ )?(?:er|is|would be|blir|vil være) (?:at du|at dere|å|that you|for you to)\b|"
    r"(?:det|the) (?:beste|lureste|klokeste|smarteste|best|wisest|smartest) (?:thing )?(?:er|is|would be|blir|vil være) "
    r"(?:at du|at dere|that you|for you to)\b|"
    r"(?:det er|it's|it is|it would be) (?:nok |sikkert |probably )?(?:lurest|klokest|smartest|wisest|best) "
    r"(?:at du|at dere|that you|for you to|if you)\b|"
    r"(?:don't|do not|ikke|ikkje) (?:ta|take) (?:det|it|this|that) (?:så |so )?(?:personlig|personally|to heart)\b|"
    r"get yourself (?:back|out|to|some)\b|"
    r"(?:jeg|eg) (?:tar|tek|setter|set|flytter|flyttar|melder|meldar) (?:deg|dykk|dere) (?:opp )?(?:av|ut av|ut|off|over|på|inn)\b"
    r"(?! (?:hvis|om|viss|dersom)\b)|"
    r"i need you (?:back|on|in|to be back|at work)\b|"
    # blind batches 46-49
    r"(?:setter|set|flytter|flyttar|tar|tek|melder) (?:jeg|eg) (?:deg|dykk|dere) (?:opp |over )?(?:på|av|ut|til)\b|"
    r"(?:tips|råd) fra (?:en|ein) som\b|take it from someone who\b|sånn gjør du det\b|"
    r"(?:jeg sier det|eg seier det|i'm saying this|i say this) (?:bare )?(?:som|as) (?:en |ein |a )?(?:venn|friend)\b|"
    r"you should (?:ask|talk to|see) (?:your|the) (?:gp|doctor)\b|"
    # blind batches 42-45
    r"(?:det|that) (?:hadde|ville) (?:passet|vært|vore|been|suited) (?:deg |dykk |you )?(?:mye |much |langt )?"
    r"(?:bedre|better)\b|"
    r"(?:nå|no|så) bestemmer (?:jeg|eg)\b|"
    r"(?:kommet|kome|kommi) (?:fram|frem) til at (?:du|dere)\b|get it over with\b|(?:så |bare )kjør på\b|"
    r"det (?:hjalp|hjelpte|hjelpe) (?:meg|for meg)\b|(?:that|it) (?:really )?helped me\b|gjorde underverker\b|"
    # blind batches 38-41
    r"(?:du|dere) (?:møter|stiller|begynner|starter) (?:på |opp )?(?:\w+ ){0,2}?(?:mandag|tirsdag|onsdag|torsdag|fredag|"
    r"i morgen|klokka)\b|"
    r"(?:det er|that's|that is|it's) (?:det |the )?(?:beste|best|lureste|smartest) (?:for|thing for) (?:deg|dykk|you|hodet)\b|"
    r"(?:jeg|eg) har (?:landet på|landa på|bestemt|besluttet|avgjort) at (?:du|dere)\b|"
    r"(?:jeg|eg) ville (?:ha )?(?:tatt|gjort|gått|dratt|begynt|kommet)\b|"
    r"(?:nå|no) må (?:du|dere)\b|ta (?:deg|dæ) (?:sammen|saman)\b"
    r")"
)

# "Du må gjerne" and "du får gjerne" are permissions, not orders; "du må ikke
# være redd for" reassures. These are filtered in ``telling_spans``.
TELLING_OK = re.compile(
    r"(?:må|får|bør|skal) (?:gjerne|bare si|bare gi|gjerne si|selv|sjølv|også få|vite|veta)|"
    r"(?:må|skal) (?:ikke|ikkje) (?:\w+ )?(?:alene|aleine|måtte|trenge)\b|"
    r"får (?:lese|se|komme|bestemme|velge|si|være med|vere med|ta med|kjenne)\b|skal få\b|"
    r"skal (?:se|sjå)\b(?! (?:på|over|til))|"
    r"(?:må|skal) ikke (?:være|vere|føle|føl|kjenne|kjenn|trenge|måtte|behøve|tro|tru)|"
    r"får gjort\b|"
    r"skal (?:ha|få) (?:det|tid|ro|hjelp|støtte)|"
    r"(?:får|kan|skal|må) ta (?:den |all den )?tid(?:en)? (?:du|dere) (?:trenger|treng)|"
    r"(?:skal|må) (?:føle|kjenne) deg (?:\w+ )?(?:trygg|velkommen|ivaretatt|sett|hørt|ønsket|verdsatt)|"
    r"you (?:should|need to|have to) (?:know|feel) (?:that|you)|"
    r"you (?:don't|do not) (?:need|have) to"
)

MINIMIZING = re.compile(
    r"\b(?=\w)(?:"
    r"(?:trenger|treng|need) (?:bare|berre|just|only) (?:litt|ein|en|a|some)|"
    r"(?:går(?<!på at det går)(?<!håper det går)(?<!håper at det går)|gjeng|will pass|'ll pass|goes away|"
    r"blows over) (?:nok |sikkert |snart |fort )?(?:over|bort)"
    r"(?! (?:\d|en |ei |et |to |tre |fire |fem |seks |sju |åtte |ni |ti |fjorten |grensen|tiden|til ))|"
    r"(?:noe|noko|something) (?:vi|me|we) alle|(?:vi|me|we) alle (?:må|går|har|opplever|kjenner|must|go|have|"
    r"feel)|(?:alle|everyone|everybody) (?:må|går|must|goes|go) (?:gjennom|through)|"
    r"(?:not|ikke|ikkje) (?:the first|den første|den eneste|the only)(?! (?:gang|time))|"
    r"(?:not|ikke|ikkje|n't) (?:like |som om )?(?:you're |du er )?(?:the only one|den eneste|den einaste)|"
    r"(?:går|blir) (?:du |det )?(?:nok|sikkert|helt sikkert) (?:bra|bedre|fint|over|greit|frisk)|"
    r"(?:du er|du blir) (?:nok |sikkert |helt sikkert )?(?:snart|fort) (?:bra|bedre|frisk)|(?:sure|sikker på at) (?:it's|it is|det er) (?:nothing|ingenting|"
    r"ikke noe)\b|"
    r"(?:du er|you're|you are) (?:ikke|not) (?:den eneste|the only one)|"
    r"(?:it'll|it will|you'll|you will) (?:be|turn out) (?:fine|ok|okay|alright|all right)|"
    r"(?:det er|det var|that's|it's|it is) (?:jo |vel |bare )?(?:helt |heilt |ganske |completely |"
    r"totally |perfectly |quite )?(?:vanlig|normalt|normal)(?! å| at| to| for)\b|"
    r"(?:everybody's|everyone's|we're all|we are all|alle er jo|alle blir jo) (?:a bit |sometimes |pretty |"
    r"litt |vel )?(?:tired|stressed|worn out|exhausted|busy|down|sad|sliten|slitne|stressa|lei|trøtte)\b|"
    r"(?:alle|alle andre|everyone|everybody|we all) (?:er|blir|har|får|kjenner|is|gets|has|have|"
    r"feels?) (?:jo |litt |vel |sometimes |a bit )?"
    r"(?:slitne|slitn|sliten|stressa|stresset|lei|trøtt\w*|deppa|nedfor|down|sad|tired|stressed|"
    r"that|this)|"
    r"(?:det|dette|det er|it's|it is|that's) (?:jo |vel |berre |bare )?(?:bare|berre|only|just) "
    r"(?:litt|ein|en|ei|et|a|some|migrene|stress|hodepine|en forkjølelse|noen få|a few|a couple|noen|nokre|"
    r"et par|eit par)|"
    r"smil (?:litt|mer)|smile (?:a bit|more)|"
    r"(?:er|var) det vel (?:over|greit|bra)|da er det vel|"
    r"(?:kan|kan jo|could|can) (?:ikke|ikkje|not|n't) (?:være|vere|be) (?:så|særlig|that|so) (?:vanskelig|ille|"
    r"farlig|hardt|tungt|slitsomt|krevende|hard|bad|difficult)|(?:can't|cannot) be (?:that|so) (?:hard|bad|"
    r"difficult)|"
    r"(?:sikkert|nok|probably|likely) (?:bare|berre|just|only) (?:litt |a bit )?(?:sliten|trøtt|stressa|stresset|"
    r"lei|nedfor|tired|stressed|run down|worn out)\b|"
    r"ikke (?:så|noe å) (?:farlig|ille|nøye|stort|bry seg om|tenke på)"
    r"(?! (?:om|hvis|dersom|at) (?:du|dere|vi) (?:må|trenger|treng|ikke|ikkje|skulle|går|gå|er borte|blir (?:borte|hjemme|syk|sjuk|"
    r"sykmeldt|sjukmeldt|nødt|heime)))|"
    r"not (?:that|so) (?:bad|serious|big)|no big deal|"
    r"(?:kunne|could) (?:vært|have been|be) (?:mye |så mye |much |a lot |far )?(?:verre|worse)|"
    r"andre har det (?:verre|mye verre)|others have it worse|"
    r"(?:alle|everyone|everybody) (?:har|has|have|feels?|får|gets|er|blir) [^.?!,]{0,20}?"
    r"(?:sånn|slik|like that|that way|that sometimes|dårlige dager|bad days|off days|stress|tunge dager|"
    r"dårlige perioder|tunge perioder|(?:en |ei |a )?(?:dårlig|tung|tøff|bad|rough|hard) (?:periode|dag|uke|"
    r"tid|patch|period|day|week)\w*|innimellom|av og til|now and then|from time to time|ups and downs)|"
    r"(?:ikke|ikkje) ta det så tungt|don't take it so hard|"
    r"bite tennene|bit tennene|grit your teeth|tough it out|"
    r"in no time|før du vet ordet av det|before you know it|på (?:null|kort) tid|"
    r"(?:bare|berre|just|only) (?:en|ein|ei|a) (?:\w+ )?(?:fase|periode|phase|patch|dip|nedtur|svingning)\b|"
    r"right as rain|good as new|fit as a fiddle|som ny igjen|frisk som en fisk|"
    r"(?:just|bare|berre) (?:take|ta|pop) (?:\w+ ){0,3}?(?:paracet\w*|ibux|painkillers?|smertestillende|pills?|piller|"
    r"tablett\w*|aspirin|ibuprofen|a pill)|"
    r"(?:komme|kommer|get|getting) (?:deg )?over (?:det|dette|it)\b|bare komme over|"
    r"(?:you'll|you will) feel (?:much |so |a lot )?better|(?:du kommer til å|du vil) (?:føle deg|kjenne deg|"
    r"bli) (?:mye )?bedre|"
    r"tenk(?:e)? positivt|think positive\w*|verdens undergang|(?:the )?end of the world|"
    r"overdrevet|overdriv\w*|overreager\w*|overreact\w*|"
    r"(?:du er|er du|you're|you are) (?:jo |nå |now )?(?:mye |så mye |much |so much )?(?:bedre|frisk|better)"
    r"(?: nå| now)?\b(?! enn)|"
    r"(?:alle|everyone|everybody) (?:hadde|har|had|has|have|var|er|was|is|were|are) (?:det )?"
    r"(?:travelt|busy|det tøft|det tungt)|(?:det er|det var|it's|it was) (?:jo )?ikke bare deg|"
    r"(?:it's|it was) not just you|"
    r"(?:trenger|treng) (?:ikke|ikkje) (?:å )?bli (?:sur|lei|sint|opprørt|fornærmet|så)|"
    r"(?:ikke|ikkje) bli (?:sur|sint|opprørt|fornærmet)|don't get (?:upset|angry|worked up|so)|"
    r"(?:ingenting|ingen ting|ikke noe|ikkje noko|nothing) (?:å bekymre|to worry)\b(?![^.?!]{0,30}\b(?:jobben|"
    r"jobb|kundene|oppgavene|arbeidet|vaktene|teamet|job|work|tasks|team)\b)|"
    r"(?:it's|it is|det er|det er jo) (?:nothing|ikke noe|ingenting) (?:serious|alvorlig|farlig|"
    r"å bekymre|to worry)|"
    r"(?:don't worry|(?:ikke|ikkje) bekymre deg)(?! (?:for|over|om|about) (?:\w+ )?(?:jobben|kundene|oppgavene|"
    r"arbeidet|sakene|det praktiske|vaktene|teamet|kollegene|oss|dine|din|ditt|the work|work|your (?:work|"
    r"tasks|clients|customers)|us))|"
    r"(?:du er|you're|you are) (?:så |so |jo |veldig )?(?:sterk|strong|tøff|tough)\b|"
    r"du (?:fikser|klarer) (?:deg|det|dette)|you'll (?:manage|cope|be ok)|"
    r"happens to (?:everyone|everybody|all of us|the best of us)|"
    r"skjer med (?:alle|oss alle|de fleste)|"
    r"(?:ikke|ikkje) (?:verre|værre) enn|not (?:that|so) bad (?:that|you)|ikke så ille at|"
    r"(?:lots of|many|plenty of|mange|flere|masse) (?:people|folk|andre|others) (?:have|has|har|lever med|"
    r"jobber med|live with|work with)|(?:and still|og likevel|men likevel) (?:work|jobber|går på jobb)|"
    r"(?:går|ordner|løser|løyser|ordnar) (?:det |dette )?seg(?: til)?\b|ordner seg|"
    r"(?:not|isn't|is not) (?:a |such a |that big a )?big deal|"
    r"(?:everyone|everybody|alle) (?:needs|trenger|treng) (?:a |en |ein |litt )?(?:sick day|fridag|pause|break)|sort itself out|work itself out|it'll work out|"
    r"(?:i det minste|at least) (?:er det|it's|det er|du har|you have)|"
    r"(?:heldigvis|luckily|fortunately) (?:er det|it's|det er) (?:bare|berre|only|just)|"
    r"(?:bare|berre|just|only) (?:litt )?(?:stress|slitenhet|tretthet|hodepine|tiredness|a headache|"
    r"a cold|en forkjølelse|nerver|nerves)\b|"
    r"se (?:lyst|positivt) på|look on the bright side|"
    r"du overdriver|you(?:'re| are) overreacting|"
    r"(?:det er|det var) (?:jo )?ingen (?:krise|sak)|"
    r"bare (?:å|aa) (?:komme seg|bite|ta seg)|"
    # blind batches 12-13: it is the same for everyone, it will be forgotten,
    # it passed for me, that is just how she is
    r"(?:alle|everyone|everybody|de fleste|most people) (?:som [^.?!,]{0,40}? |who [^.?!,]{0,40}? )?(?:har|has|have|"
    r"får|gets|kjenner|feel|feels) (?:det )?(?:sånn|slik|like that|the same|det samme)\b|"
    r"(?:så|and then|then) (?:er|blir|is) (?:det|it|alt|everything) (?:glemt|ute av verden|forgotten|behind you)\b|"
    r"(?:det|den|it|that) (?:gikk|gjekk|went) (?:fort |raskt |quickly )?(?:over|away|bort) (?:med|etter|av|with|"
    r"after) (?:litt |a little |some |a bit of )?(?:hvile|kvile|ro|tid|rest|time|søvn|sleep|fri)\b|"
    r"(?:bare|berre|just) (?:sånn|slik|how|the way) (?:hun|han|ho|de|dei|she|he|they)(?:'s| is| are| er)?\b|"
    r"(?:mener|meiner|means|meant) (?:ikke|ikkje|no|nothing) (?:noe |noko )?(?:vondt|ondt|galt|gale|harm|bad|by it)|"
    r"(?:aren't|isn't|wasn't|weren't|ain't) (?:that|so|all that) (?:bad|serious|hard|difficult)\b|"
    r"(?:thicker|tougher) skin|tykkere hud|tjukkare hud|"
    r"(?:ta|tek|take|taking|tar) (?:det|it|this|that) (?:så |for |too |so )?(?:personlig|personally)|"
    r"(?:ikke|ikkje|not|don't|dont) (?:bry (?:deg|seg)|care|worry) (?:så|for|so|too) (?:mye|mykje|much)\b|"
    r"(?:bare|berre|just) (?:ta|take) (?:det|it) (?:litt |a bit )?(?:roligere|med ro|rolig|lett|easy|easier)|"
    r"(?:for|over) (?:hver minste ting|kvar minste ting|småting|ingenting|noe så lite|noko så lite|så lite|"
    r"(?:a |every )?little thing|nothing)\b|"
    r"(?:venner|vener|get|gets|getting) (?:man|en|du|you|one|people)? ?(?:seg|deg|used) (?:til|to it)\b|"
    r"(?:man|en|one|people|folk) (?:kommer|kjem|gets?) (?:seg |through )?(?:gjennom|through) (?:det|dette|it)\b|"
    r"men det er (?:vel|nok|jo|sikkert) (?:bare|mest|berre) |"
    r"(?:everything|it|alt|det) (?:will be|'ll be|blir) (?:back to normal|normal again|som før|normalt igjen|"
    r"bra igjen)\b|"
    r"(?:du|you)(?<!så du)(?<!altså du)(?<!so you) (?:klarer|klarar|fikser|greier|'ll manage|will manage|can handle) "
    r"(?:sikkert|nok|helt sikkert|"
    r"surely|easily)? ?(?:fint|fine|lett|det fint|det lett)\b|"
    r"(?:ikke|ikkje|not) (?:en|ein|a) (?:sykdom|sjukdom|illness|disease) (?:å|to)\b|"
    r"(?:det|den|it) (?:gikk|gjekk|went) (?:over|away|bort) (?:av seg selv|av seg sjølv|til slutt|by itself|on its own|"
    r"(?:på|etter|i løpet av|in|after|within) (?:en|ei|eit|et|to|tre|a|one|two|three) (?:uke|uker|veke|dag|dagar|dager|"
    r"week|weeks|day|days|måned|month))|"
    # blind batches 16-17
    r"(?:er det|det er|is it|it is) (?:jo |vel |nok )?(?:for|til) (?:alle|everyone|everybody|de fleste)\b|"
    r"tiden leger|tida leger|tida lækjer|time heals|"
    r"(?:egentlig|jo|really|actually) (?:ingenting|ikke noe|ikkje noko|nothing) (?:å være|å vere|to be) (?:redd|bekymret|"
    r"afraid|worried)|"
    r"(?:samme|the same) (?:\w+ )?(?:operasjon|skade|sykdom|plage|diagnose|operation|injury|illness|thing)\b[^.?!]{0,30}\b"
    r"(?:tilbake|back) (?:på jobb|at work|to work|in)\b|"
    r"(?:så|that) (?:farlig|farleg|ille|bad|serious) (?:er|is) (?:det|it) (?:ikke|ikkje|not)\b|"
    r"never killed anyone|(?:har )?aldri drept noen|aldri drepe nokon|"
    r"(?:sånn|slik) er (?:bransjen|yrket|faget|livet)|that's (?:the industry|the job|life)\b|"
    r"(?:alle|everyone|everybody)\b[^.?!]{0,30}\b(?:går på felgen|er på felgen|running on empty)|"
    r"(?:er|is) (?:nå |nå engang |bare |just )?(?:sånn|slik|like that) (?:med alle|with everyone)|"
    r"(?:bare|berre|just) (?:hans|hennes|hennar|his|her) (?:måte|way)\b|"
    r"skjer (?:jo )?(?:med )?(?:så mange|mange|alle)\b|happens to (?:so many|lots of|many)\b|"
    r"(?:heldigvis|luckily|fortunately) (?:var|er|was|is) (?:det|it)\b|"
    r"(?:alle|everyone|everybody)\b[^.?!]{0,25}\b(?:har hatt|have had|has had) (?:en |a )?(?:sånn|slik|such|one of those)|"
    r"(?:just|bare|berre) (?:kjøre på|bite det i seg|tåle det)|"
    r"(?:eller|or) (?:er det|is it) (?:bare|berre|just) (?:en |ei |a )?(?:surmuling|sutring|tull|tøys|latskap|innbilning|"
    r"nerver|stress|dårlig humør|sulking|laziness|nerves|a mood|in your head|i hodet|lei)\b|"
    r"(?:ikke|ikkje|not|no) (?:no|noe|noko|any) (?:tunge|store|vanskelige|vanskelege|big|heavy|hard) (?:løft|greier|ting|sak|"
    r"deal|lifting|work)|"
    r"blow over|blåse over|"
    r"(?:det|that|dette) overlever (?:man|en|du|vi|me)\b|you'?ll survive|"
    r"we all (?:have|get|go through|feel) (?:a |our |that|those|them|it)\b|"
    r"(?:det er|that's) (?:vi|me|we) (?:jo )?alle\b|"
    r"(?:går|gjennomgår|goes|go) (?:jo |vel )(?:alle|everyone|all) (?:\w+ )?(?:gjennom|through)\b|"
    r"(?:stort|big|så stort) nummer (?:av|ut av|of)|make a (?:big )?fuss|"
    r"(?:har|hadde) (?:hun|han|de|dei|ho|alle) (?:glemt|gløymt) (?:hele |heile )?(?:greia|saken|det)|"
    r"will have forgotten (?:all about )?it|"
    r"(?:den )?beste medisinen|the best medicine|"
    r"comes with the (?:job|territory)|(?:det )?hører med(?: til jobben)?\b|part of the deal|"
    r"(?:det|dette|that) (?:har|opplever|kjenner|går|have|get) (?:vi|me|we) (?:jo )?alle\b|"
    r"(?:bare|berre|just|only) (?:noen|nokre|nokon|a few|a couple of) (?:netter|dager|dagar|nights|days|timer|hours)\b|"
    r"(?:har|hadde|has|had) (?:jo )?(?:halve|halvparten av|half (?:of )?the) \w+ (?:hatt|had)\b|"
    r"(?:halve|halvparten av|half (?:of )?the) \w+ (?:har|hadde|has|had) (?:jo )?(?:hatt|had|det)\b|"
    r"(?:eller|or) (?:hva|kva|whatever) (?:man|en|you|they|people) (?:kaller|kallar|call) (?:det|it)\b|"
    r"(?:sånn|slik) sett (?:er|blir) det (?:kanskje |jo |litt |vel )*(?:lettere|bedre|greit|enklere)|"
    r"(?:hatt|had) (?:et|a) (?:langt|godt|long|good) liv\b|had a (?:long|good) life\b|"
    r"(?:men|but) (?:det|that) (?:gjør|har|er|does|do|is) (?:vel |jo |nok )?(?:de fleste|alle|everyone|most people)\b|"
    r"(?:sånn|slik) er det (?:bare |jo |nå )?(?:i|på|med|for) (?:denne|dette|alle|yrket|bransjen|jobben|\w+yrket|"
    r"\w+bransjen)|that's (?:just )?(?:how|the way) it (?:is|goes) in\b|"
    r"(?:er|blir) du (?:nok |sikkert |snart )?(?:deg selv|deg sjølv) igjen|(?:be|feel) (?:like )?your old self|"
    r"(?:de fleste|alle andre|everyone else|most people|most of us) (?:har |er |klarer |have |are )?(?:jo |vel |nå )?"
    r"(?:landet|kommet over|kommet seg|moved on|got over)\b|"
    r"(?:it'?s|it is|det er|that's) (?:just |bare |berre |jo )?(?:part of|en del av|ein del av) (?:the |a )?"
    r"(?:game|gamet|life|livet|\w+ life|\w+livet)\b|"
    r"(?:alle|everyone|everybody) (?:her |here )?(?:er|is|are|blir|gets) (?:jo |litt |a bit )?(?:utbrent|burnt out|"
    r"burned out|sliten|slitne|stressa|tired|exhausted|stressed|knackered|shattered)\b|"
    r"(?:everyone's|everybody's) (?:\w+ )?(?:knackered|shattered|burnt out|wiped out)|"
    r"er (?:jo |vel |bare )?(?:helt |heilt )?(?:vanlig|normalt) (?:når|i|ved|under|etter)\b|"
    r"(?:jeg|eg|i) (?:jobbet|jobba|gikk på jobb|worked) (?:fullt|full tid|full-time|right through|gjennom hele)\b|"
    r"null komma niks|på et blunk|in a jiffy|"
    r"(?:du kommer til å|du vil|you'll|you will) (?:fikse|klare|greie|manage|handle|fix) (?:det|dette|it|this)\b|"
    r"(?:bare|berre|just) (?:a|an|en|ei|et) (?:\w+ )?(?:thing|greie|greier|ting)\b|"
    r"storm i (?:et|eit) vannglass|storm in a teacup|høne av (?:en|ei) fjær|mountain out of a molehill|"
    r"(?:se på det som|sjå på det som|think of it as|look at it as|see it as) (?:en |ein |ei |a )?(?:liten |lita |little )?"
    r"(?:ferie|pause|fri|break|holiday|vacation|fridag)|"
    # blind batches 26-33: "it comes with the job", it will be fine, laugh about
    # it later, we have all had it, don't take it so hard
    r"(?:det )?hører (?:liksom |jo |bare |nå )?med\b|comes with (?:the|this) \w+|"
    r"(?:nok|sikkert|surely|definitely) (?:\w+ )?(?:på beina|på bena|back on your feet|frisk|fit) (?:igjen |again )?"
    r"(?:før|innen|before|by)\b|"
    r"(?:skal|vil|kommer til å|will|'ll) (?:nok|sikkert|garantert|surely|definitely) (?:\w+ )?(?:gå|ordne seg|bli|be|"
    r"work out|turn out) (?:helt |heilt |just )?(?:fint|bra|greit|fine|ok|okay|all right)\b|"
    r"(?:vi|me|we) (?:har |have )?(?:jo |vel |nå |all )?alle (?:hatt|vært|vore|had|been)\b|"
    r"(?:har|hatt) (?:vi|me) (?:jo |vel |nå )?alle (?:hatt|vært|vore)?\b|"
    r"(?:every|enhver|hver|kvar) \w+ (?:gets|has|får|har|opplever|goes through) (?:\w+ ){0,3}?(?:like that|sånn|slik|"
    r"sånne|slike|at some point|før eller siden|sooner or later)\b|"
    r"(?:everybody|everyone|alle) (?:in this job|in this line of work|i denne jobben|i bransjen|i yrket|in the business) "
    r"(?:gets|has|blir|får|har|er|is|are)\b|"
    r"(?:you'll|you will|du kommer til å|du kjem til å|du vil) (?:\w+ )?(?:laugh|le|ler|smile) (?:about|av|at|of) "
    r"(?:it|this|that|det|dette)\b|"
    r"(?:ikke|ikkje|itte|nothing|not) ?(?:noe |noko |something )?(?:å|to) (?:ta|take) (?:så |so )?(?:tungt|hardt|"
    r"personlig|hard|personally|seriously|to heart)\b|"
    r"(?:ingen|no) (?:grunn|reason) (?:til å|to) (?:ta|take) (?:dette|det|it|this|that) (?:så )?(?:personlig|tungt|"
    r"personally|hard|to heart)|"
    r"(?:itte|ikke|ikkje) så (?:farlig|farleg|ille)\b(?! (?:om|hvis|dersom|viss|at|if)\b)|"
    r"(?:det|dette|that) (?:kjenner|føler|har|opplever|gets|feels) (?:de fleste|alle|everyone|most people)\b|"
    r"(?:det|dette|it|this|that) (?:blåser|blæs|blows|will blow) over\b|"
    r"sånt skjer (?:jo |bare |berre )?(?:når|i|på|med)\b|these things happen\b|"
    r"(?:det )?(?:blir|går|gjeng) (?:bedre|betre|lettere|lettare|fint|bra) (?:bare |med en gang |straks )?(?:når|så snart|"
    r"once|when) (?:du|you) (?:kommer|kjem|er|get|are)\b|"
    r"(?:fikser|klarer|greier|takler|fiksar|klarar) du (?:lett|fint|enkelt|uten problemer|easily)\b|"
    # blind batches 34-37: it is common nowadays, most get through it, others
    # cope without going off sick, young and strong
    r"(?:er|is) (?:jo |så |so |very |veldig )*(?:vanlig|vanleg|common|normal) (?:nå for tida|nå for tiden|nå til dags|no "
    r"for tida|these days|nowadays)\b|"
    r"(?:halve|halvparten av|half (?:of )?the) \w+ (?:har|hadde|has|had) (?:jo |vel |nok )?(?:hatt|had|det)\b|"
    r"(?:de fleste|folk flest|most people|most of them) (?:kommer|klarer|kjem|get|come) (?:\w+ ){0,2}?(?:ut av det|"
    r"gjennom det|over det|through it|out of it|over it)\b|"
    r"(?:uten å|utan å|without) (?:bli|være|vere|gå|going|being|getting) (?:sykmeldt|sjukmeldt|syk|sjuk|off sick|"
    r"signed off)\b|"
    r"(?:du er|you're|you are|du e) (?:jo )?(?:ung|young) (?:og|and) (?:sterk|sprek|frisk|strong|fit|healthy)\b|"
    # blind batches 46-49
    r"(?:sånn|slik) har (?:alle|de fleste) (?:\w+ )?det\b|det roer seg\b|it settles down\b|"
    r"(?:here and there|innimellom|av og til) (?:is|er) (?:nothing|ingenting)\b|(?:you should see|du skulle sett) "
    r"(?:some of )?(?:the others|de andre)\b|"
    r"luksusproblem\w*|luxury problem|first world problem|"
    r"(?:noe|noko|something) (?:alle|everyone|everybody) (?:i bransjen |in the business |here |her )?(?:kjenner på|føler på|"
    r"går gjennom|feels|goes through)\b|"
    r"(?:you'll|you will) get used to\b|(?:you're|you are) (?:still )?young(?=,| and)|"
    # blind batches 42-45
    r"(?:du|you) (?:har |have |'ll have )?(?:glemt|gløymt|forgotten) (?:hele |heile |all about )?(?:greia|saken|it)\b|"
    r"(?:gror|heals) (?:jo|of course)\b|(?:slipper|slepp) (?:fort |snart )?taket\b|wears off\b|"
    r"(?:de fleste|folk flest|most people) (?:er|is|are) (?:i full jobb|tilbake|back)\b|"
    r"slappe av (?:litt )?(?:nå|no|hjemme)\b|"
    r"(?:en hel|ei heil|a whole) (?:uke|veke|dag|måned|week|day|month) for (?:et par|litt|bare|a couple of|a bit of|just)\b|"
    r"(?:mener|meiner|mente|mean|meant) (?:ikke|ikkje|nothing|not|anything)\b[^.?!]{0,12}\b(?:med det|by it)\b|"
    r"(?:sånt|slikt|that) (?:må|skal) (?:man|en|du|you) (?:tåle|tolerere|put up with)|you have to put up with\b|"
    r"(?:vi|me|we) har (?:jo |vel |nå )?alle\b(?! sammen| saman| savnet| sakna| tenkt)|"
    r"(?:kommer|kjem|går|gjeng|ordner|ordnar|løser|løyser) (?:\w+ )?(?:seg )?(?:tilbake |over )?av seg (?:selv|sjølv)\b|"
    r"(?:det er|it's) (?:jo )?bare (?:tall|en jobb|penger|numbers|a job|money)\b|"
    # blind batches 38-41
    r"(?:må|får) (?:bare |berre )?venne (?:deg|seg) til\b|(?:sånn|slik) er (?:jobben|yrket|det bare)\b|"
    r"(?:det er|it's|it is|that's) (?:jo |bare |just )?(?:en |ein |ei |a )?(?:del av|part of) (?:jobben|yrket|pakka|"
    r"pakken|the job|the deal)\b|"
    r"(?:rister|rist|riste|shake|shakes) (?:det|dette|it|this) (?:av (?:seg|deg)|off)\b|rister du av deg\b|"
    r"(?:er|blir) du (?:fort|snart|raskt|fort og gæli) (?:i slag|på beina|på bena|i form) (?:igjen|att)?\b|"
    r"(?:selv om|sjølv om|even if|even though) (?:\w+ ){0,2}?(?:verker|gjør vondt|hurts|aches) (?:litt|a bit|a little)\b|"
    r"hører (?:på en måte |liksom |jo )med til\b|"
    r"(?:ikke|ikkje|not) (?:så |so |that )?(?:dramatisk|dramatic)\b|lett som ingenting|piece of cake|"
    r"(?:selv om|sjølv om|even if|even though|though) (?:du|you) (?:har|er|kjenner|has|have|are|feel) (?:litt|bare|berre|"
    r"a bit|a little|only|just) (?:\w+ )?(?:vondt|sliten|trøtt|vond|pain|tired|sore|achy)\b|"
    r"it'?ll pass|it will pass|this too shall pass"
    r")"
)

LEADING = re.compile(
    r"\b(?=\w)(?:"
    r"(?:er det|is it) (?:virkelig |really )?(?:lurt|smart|sunt|bra|klokt|wise|healthy|good) å (?:sitte|bli|være|gå) "
    r"(?:\w+ )?(?:hjemme|heime|at home)\b|"
    # blind batches 34-37: an expectation put as a question, a plea in the negative
    r"(?:jeg|eg) (?:regner|reknar|går ut fra|antar|tar for gitt) (?:med )?at (?:du|dere)\b[^.!?]*\?|"
    r"(?:klarer|kan|orker|greier|klarar|orkar) (?:du|dere) (?:ikke|ikkje) (?:\w+ ){0,6}?(?:bare|berre)\b|"
    r"vel\b(?<=\w vel)(?! og\b)|"
    r"(?:er|kan|vil|blir|går|har|skal|klarer|orker|tåler|var|hadde) (?:du |det |dere |vi )?"
    r"sikkert (?!at\b)\w|"
    r"(?:er|blir) (?:det |dette )?(?:ikke|ikkje) (?:det |dette )?bare (?:å|til å)\b|"
    r"(?:(?<=, )|(?<=,))(?:gjør|er|har|kan|vil|skal|blir|går|var|hadde|klarer) (?:du|det|dere|vi) "
    r"(?:ikke|ikkje)"
    r"\s*\?*\s*[.!]*$|"
    r"vel (?:enig|enige|best|bedre|lurt|greit|fornuftig|riktig)|"
    r"(?:enig|enige|samd) (?:i|med meg i) at|"
    r"(?:er|blir|var|ville|hadde) (?:ikke|ikkje) (?:det|dette) (?:\w+ )?"
    r"(?:best|bedre|lurt|lurest|greit|fint|smart|fornuftig|riktig|naturlig|overdrevet|rimelig)|"
    r"(?:er|blir|var|ville|hadde) (?:det|dette) (?:ikke|ikkje) (?:\w+ )?"
    r"(?:best|bedre|lurt|lurest|greit|fint|smart|fornuftig|riktig|naturlig|overdrevet|rimelig)|"
    r"(?:kan|kunne|vil|ville|skal) (?:du|dere|vi|me) (?:ikke|ikkje) (?:bare|berre)\b|(?:kan'?ke|kanke) (?:du|dere) "
    r"(?:bare|berre)\b|(?:can't|couldn't) (?:you|we) just\b|"
    r"(?:synes|syns|tror|trur|mener|meiner) (?:du|dere) (?:ikke|ikkje) (?:at|det|også)|"
    r"(?:er|is) (?:det|it) (?:ikke|ikkje|not) (?:egentlig|really|actually)\b|"
    r"surely\b|(?:wouldn't|won't|couldn't) hurt\b|(?:skader|skadar) (?:vel |jo )?(?:ikke|ikkje)\b|"
    r"(?:går ut fra|gå ut frå|regner med|reknar med|antar|assume|take it|i'm sure) (?:at |that )?(?:du|you) "
    r"(?:også |og |too |sikkert )?(?:synes|syns|er enig|mener|agree|think|feel)\b|"
    r"(?:er|blir|var|ville|hadde) (?:det|dette) (?:ikke|ikkje) (?:\w+ )?\w{3,}ere\b|"
    r"som (?:jo|vel|selvfølgelig|sjølvsagt|obviously|of course) (?:er|blir|is|would be) (?:det )?(?:beste|best|lurest|"
    r"riktig|smartest|the best|the right)|"
    r"(?:burde|bør|skulle) (?:du|dere|vi) (?:ikke|ikkje)|"
    r"(?:du|dere) (?:synes|syns|tror|er) (?:vel |sikkert |nok |også )?(?:også|enig) (?:at)?|"
    r"don't you think|dont you think|wouldn't you (?:agree|say)|"
    r"(?:isn't|is not|er) (?:it|det) (?:ikke |about )?(?:på )?(?:tide|time)\b|"
    r"(?:you'd|you would|you'll|you will) agree|you agree (?:that|it)|"
    r"(?:isn't|wouldn't|won't|shouldn't) (?:it|that|you|we) (?:be )?(?:best|better|wise|good|"
    r"sensible|easier|agree)|surely (?:you|it)|"
    + "|".join(
        tag + r"\s*\?*\s*[.!]*$"
        for tag in [
            "wouldn't you",
            "ikke sant",
            "ikkje sant",
            "isn't it",
            "don't you",
            "eller hva",
            "aren't you",
            "er du ikke enig",
            "er du enig",
            "er du ikkje samd",
            "don't you agree",
            "wouldn't you agree",
            "won't you",
            "can't you",
            "doesn't it",
            "didn't you",
            "haven't you",
            "shouldn't we",
            "shouldn't you",
            "wasn't it",
            "won't it",
            "isn't that",
            "tror du ikke",
            "trur du ikkje",
            "synes du ikke",
            "wouldn't it",
            "don't you reckon",
            "is that right",
        ]
    )
    + r"|"
    r"(?:(?<=, )|(?<=,))(?:ikke det|ikke enig|right|ja|ok|okay|sant)\s*\?+\s*$"
    r")"
)

# Telling words reported from the employee ("So you feel you have to ...",
# "Du sier at du må ...") are a reflection, not an order.
# A summary of what was agreed ("Så vi er enige: du begynner klokka åtte ...")
# restates a shared decision; it is not an order.
AGREED = re.compile(
    r"\b(?:(?:vi|me) (?:er|har blitt|ble|vart|blei) (?:enige|enig|samde)|er (?:vi|me) (?:enige|samde)|"
    r"(?:som|slik|sånn) (?:vi )?(?:avtalt|avtalte|avtala)|(?:vi|me) (?:har )?(?:avtalt|avtalte|avtala)|"
    r"oppsummer\w*|for å summere|to sum up|as agreed|we(?: have|'ve)? agreed|so we agree)"
)

# A conditional ("om du må gå tidligere") describes a case and a wish ("Håper du
# får en rolig helg") hopes; neither orders.
CONDITIONAL = (
    "om ",
    "hvis ",
    "dersom ",
    "viss ",
    "if ",
    "når ",
    "håper ",
    "håpar ",
    "hope ",
    "før ",
    "etter ",
    "mens ",
    "before ",
    "after ",
    "while ",
    "until ",
)

# The employee's fear given back ("Så du er redd for at de tror du sniker deg
# unna"): the doubt is theirs, not the manager's.
THEIR_FEAR = re.compile(
    r"\b(?:høres|hørtes|høyrest) (?:ut )?som (?:om )?(?:du|dere)\b|\bsounds like you\b|"
    r"\b(?:du|you|dere)(?:'re| er| are)? (?:redd|bekymret|bekymra|engstelig|afraid|worried|scared|frykter|fryktar|"
    r"fear|føler|kjenner|tenker|feel|think) (?:for |på |about |of )?(?:at |that )?"
)

# What the employee did instead of something ("i stedet for å bite tennene
# sammen") is praised, not urged or made light of.
INSTEAD = re.compile(
    r"(?:i stedet for|istedenfor|i staden for|framfor|fremfor|instead of|rather than)(?: å)? $"
)

# "selv om du har litt vondt i hodet": the illness granted in passing, not asked about.
CONCESSIVE = re.compile(r"\b(?:selv om|sjølv om|even if|even though)\b[^.?!,]*$")

# "Jeg skal ikke si at dette går over av seg selv": comfort refused, not given.
NOT_SAYING = re.compile(
    r"\b(?:ikke|ikkje|not|never|won't|n't)\b[^.?!]{0,15}\b(?:si|seie|påstå|late som|say|pretend|tell you|promise|"
    r"love|lova)\b[^.?!]{0,12}$"
)

# "Jeg skal ikke spørre om diagnosen, men ...": respect undone by what follows.
BUT = re.compile(r"\b(?:men|but)\b")

# A tag on the employee's own words given back checks understanding; it does
# not lead ("Du kjenner at du har mistet tilliten, ikke sant?").
THEIR_WORDS = re.compile(
    r"(?:(?:så|altså|so) )?(?:du|you) (?:kjenner|føler|sier|seier|mener|meiner|opplever|tenker|vil ha|ønsker|feel|say|"
    r"mean|think|want)\b"
)

NOT_SO_BAD = re.compile(r"(?:ikke|ikkje|not|n't) (?:være|vere|be) (?:så|særlig|that|so)")

# Doubt words said under negation ("Jeg tenker ikke at du skulker") reassure.
NEGATABLE = re.compile(r"(?:skulk|sluntr|snik|late som|fake|pretend|unnasluntr)")
NEGATED_NEAR = re.compile(r"\b(?:ikke|ikkje|not|don't|aldri|never)\b[^.?!]{0,25}$")
_WORDS = re.compile(r"[\w']+")
_COPULA = frozenset({"er", "is", "e"})
_ARTICLE = frozenset({"a", "an", "en", "ei", "et"})
_CLAUSE_END = re.compile(r"\s*(?:[,.!?;:…]|$|(?:og|and|men|but|liksom|da|altså)\b)")
_NOT_TAUTOLOGY = frozenset(
    {"dette", "that", "this", "there", "what", "which", "slik", "sånn", "noen", "noko"}
)


def tautology(s: str) -> tuple[int, int] | None:
    """The span of "Kunder er kunder" or "a headache's a headache" in ``s``:
    a thing said to be itself, nothing to take seriously. Plain word
    comparison (a regular expression with a back-reference cost as much as a
    whole rule family)."""
    words = _WORDS.findall(s)
    for i, word in enumerate(words[:-1]):
        if word.endswith("'s"):
            head, rest = word[:-2], words[i + 1 : i + 3]
        else:
            head, rest = word, words[i + 2 : i + 4] if words[i + 1] in _COPULA else []
        if len(head) < 4 or head in _NOT_TAUTOLOGY or not rest:
            continue
        if rest[0] == head or (rest[0] in _ARTICLE and len(rest) > 1 and rest[1] == head):
            start = s.find(word)
            end = s.find(head, start + len(word)) + len(head)
            # the repeat closes the clause ("Kunder er kunder."), unlike
            # "Planen er planen vi lagde i går"
            if _CLAUSE_END.match(s, end):
                return start, end
    return None


TIME_RULE = re.compile(
    r"nå av|no av|now on|heretter|fremover|framover|hver|kvar|every|each|innen|innan|until|fra|frå|from"
)
"""A time that sets a rule ("fra nå av"), which stays clarity beside a doubt."""

# A tag on a recap of what was said ("Vi sa fredag klokka ti, ikke sant?")
# checks the agreement; it does not lead.
RECAP = re.compile(
    r"(?:(?:så|da|ok|okei|okay|so)[,]? )?(?:vi|me|we) (?:sa|sagt|avtalte|har avtalt|ble enige|vart samde|said|"
    r"agreed)\b"
)

NOT_AN_ORDER = re.compile(r"(?:ikke|ikkje|not) (?:noe|noko|something) $|ingen $|ingenting $")

# A body part asked about in terms of work ("Hva gjør kneet verre?") is about
# function, not diagnosis.
BODY_PART = re.compile(
    r"(?:hjerte\w*|ryggen|nakken|magen|kneet|skulderen|skuldra|skuldrene|hofta|hofte\w*|korsryggen|albuen|"
    r"håndleddet|ankelen|lunge\w*|heart|stomach|lungs|"
    r"(?:your|the) (?:back|knee|shoulder|neck|head|heart|stomach))"
)
FUNCTION_WORDS = re.compile(
    r"\b(?:verre|bedre|lettere|vondere|worse|better|easier|heals|heal|healing|gror|grodd|leges|recovers|tåler|tålar|"
    r"tolerate|tolerates|handle|handles|belaste|belastning|strain)\b"
)

REPORTED = re.compile(
    r"\b(?:du|you|dere|dykk)(?: \w+)? (?:feel|felt|think|say|said|believe|føler|følte|kjenner|tenker|sier|sa|"
    r"mener|opplever|tror)(?: at| that| like)?\s+$"
)
"""The employee's own words or feeling reported: "Du sier at du må ..."."""


# Same matches, regrouped by first letters for speed (see trie.py).
ILLNESS = speed_up(ILLNESS)
DEMAND_TO_KNOW = speed_up(DEMAND_TO_KNOW)
RESPECT = speed_up(RESPECT)
SUSPICION = speed_up(SUSPICION)
TELLING = speed_up(TELLING)
MINIMIZING = speed_up(MINIMIZING)
LEADING = speed_up(LEADING)
SICK_TIMING = speed_up(SICK_TIMING)

# "Det er ikke rart at du er frustrert" validates; "rart at du ..." alone doubts.
NOT_STRANGE = re.compile(r"(?:merkelig|rart|underlig|pussig|odd|strange|funny|curious)\b")
NEGATED = re.compile(
    r"\b(?:ikke|ikkje|not|no|hardly)(?: jo| så| noe| særlig| spesielt| so| that)? $"
)

# Rhetorical questions that make light of it ("Hvorfor skulle det være så
# vanskelig å ...?", "How hard can it be?"): minimizing although a question.
MINIMIZING_Q = re.compile(
    r"\b(?=\w)(?:(?:hvorfor|kvifor|why) (?:skulle|skal|should|would) (?:det|dette|it|that) (?:være|vere|be) "
    r"(?:så|so) (?:vanskelig|tungt|ille|hardt|farlig|hard|difficult|bad)|"
    r"(?:hvor|kor|how) (?:vanskelig|ille|hardt|farlig|hard|bad|difficult) kan (?:det|it) (?:være|vere|be)|"
    r"(?:just|bare|berre) (?:take|ta|pop) (?:\w+ )?(?:paracet\w*|ibux|painkillers?|smertestillende|pills?|"
    r"piller|tablett\w*|aspirin|ibuprofen|a pill)|"
    r"(?:prøvd|prøve|tried|try) (?:å |to )?(?:tenke|tenkje|think|worry|bry deg) (?:mindre|less|positivt|"
    r"positive\w*)|(?:prøvd|tried) (?:å )?(?:ikke|not to) (?:tenke|think)|"
    r"(?:ta|tek|take|taking|tar) (?:du |you )?(?:det|it|this|that) (?:så |for |too |so )?(?:personlig|personally)|"
    r"(?:ikke|ikkje|not|don't|dont) (?:bry (?:deg|seg)|care|worry) (?:så|for|so|too) (?:mye|mykje|much)\b|"
    r"(?:bare|berre|just) (?:ta|take) (?:det|it) (?:litt |a bit )?(?:roligere|med ro|rolig|lett|easy|easier)|"
    r"(?:eller|or) (?:er det|is it) (?:bare|berre|just) (?:en |ei |a )?(?:surmuling|sutring|tull|tøys|latskap|innbilning|"
    r"nerver|stress|dårlig humør|sulking|laziness|nerves|a mood|in your head|i hodet|lei)\b|"
    r"som alle andre|like everyone else|like the rest of us)"
)
MINIMIZING_Q = speed_up(MINIMIZING_Q)
