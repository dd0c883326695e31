import type { Cue, CueHit } from "./cue.js";
import { alt, STAFF } from "./cue-grammar.js";

/**
 * Threats by CONCEPT CO-OCCURRENCE (docs/judgement.md, "Threats by concept"). The phrase cues
 * (cues-threat-kinds.ts, cues-threat-signs.ts) catch the wordings they spell out; a threat written
 * another way still names the same few things: a person (a member of staff, "you", "her"), a harm
 * or an unnamed consequence, and a place, time or private detail (the car park, the way home, her
 * car, his children's school, a deadline). Each concept below is one word list; a message is a
 * threat when the concepts of one of the RULES co-occur in it, and none of them is explained by a
 * lawful consequence (a complaint, the ombudsman, a solicitor, the press) or by concern FOR staff
 * ("the lights in the staff car park are broken, it isn't safe").
 *
 * The kinds are those of the NHS Violence Prevention and Reduction Standard and the trusts'
 * social-media policies (threats of violence, veiled warnings, doxxing, hoaxes, weapons); the words
 * are the team's own, never a labelled set's.
 */

export type ThreatConcept =
  | "strong"
  | "target"
  | "staff"
  | "violent"
  | "weapon"
  | "veiled"
  | "menace"
  | "private"
  | "movement"
  | "intent"
  | "know"
  | "return"
  | "deadline"
  | "bytime"
  | "ultimatum"
  | "premises"
  | "childschool"
  | "vehicle"
  | "demand"
  | "concern"
  | "happened"
  | "hoax"
  | "publish"
  | "whereabouts"
  | "group"
  | "incite"
  | "armedhere";

/** One concept, one cue: the id is the concept; the weight is unused. */
const concept = (id: ThreatConcept, source: string): Cue => [`concept.${id}`, source, 1];

const VIOLENT_WORDS = alt(
  "stab(?:bed|bing)?",
  "shank(?:ed)?",
  "batter(?:ed|ing)?",
  "smack(?:ed)?",
  "slap(?:ped)?",
  "punch(?:ed)?",
  "thump(?:ed)?",
  "headbutt(?:ed)?",
  "lamp(?:ed)? (?:her|him|you|u|them|that \\w+|the \\w+)",
  "kick (?:his|her|their|your|you|him|them)\\w*",
  "kicked in",
  "a kicking",
  "a hiding",
  "a beating",
  "beat(?:en)? (?:up|the \\w+ out)",
  "bang(?:ed)? (?:him|her|them|you|(?:that|the) \\w+(?: \\w+)?) out",
  "knock(?:ed)? (?:him|her|them|you|(?:that|the) \\w+(?: \\w+)?) out",
  "break (?:his|her|their|your) (?:jaw|legs?|arms?|nose|neck|face|fingers)",
  "through (?:a|the|your|their|that) (?:\\w+ )?(?:wall|window|windscreen|door|floor)",
  "kneecap(?:s|ped|ping)?",
  // Slang for an assault: "pattern him", "deck her", "do him over", "wet him up", "merk".
  "pattern(?:ed)? (?:him|her|them|you|that \\w+|the \\w+)",
  "deck(?:ed)? (?:him|her|them|you|that \\w+|the \\w+)",
  "chin(?:ned)? (?:him|her|them|you|that \\w+|the \\w+)",
  "do (?:him|her|them|you) (?:over|in)",
  "wet (?:him|her|them|you|that \\w+) up",
  "merk(?:ed|ing)?",
  "catch (?:a|some|the) (?:bullet|bullets|blade|bottle|slap|beating|hiding|kicking)",
  "catch(?:es|ing)? hands",
  "get(?:s|ting)? dropped",
  "end (?:him|her|them)",
  "(?:jaw|legs?|arms?|nose|neck|face|fingers|teeth|head) (?:broken|smashed(?: in)?|kicked in|caved in|knocked in)",
  "smash(?:ing|ed)? up",
  "smash(?:ing)? (?:the|your|ur|that|this) (?:place|reception|ward|windows?|cars?|a&e|department|clinic|unit)",
  "(?:wreck|trash)(?:ing)? (?:the|your|ur|that|this) (?:place|reception|ward|a&e|department|clinic|unit)",
  "torching",
  "leather(?:ed|ing)",
  "lamped",
  "chib(?:bed)?",
  "knack (?:him|her|them|you)",
  "bottle (?:him|her|them|you|the next|that)",
  "(?:wants|needs) (?:a )?slap(?:ping)?",
  "(?:good|proper|reet good|right good) hiding",
  "teeth knocked",
  "drag (?:that|the|him|her)(?: \\w+)? out by",
  "through (?:his|her|their) own window",
  "(?:drive|driving|drove) (?:my|a|the) (?:van|car|truck|motor) (?:through|into)",
  "rip (?:that|his|her|their|your)(?: \\w+)? head off",
  "getting (?:shanked|spun|done in|stabbed|merked)",
  "pipe bombs?",
  "burn(?:ing)? (?:it |the place |that place )?down",
  "needs burning",
  "jump(?:ed)? (?:him|her|them) (?:outside|after|in|when|on)",
  "brick (?:through|at|in)",
  "glass(?:ed)? (?:him|her|them|you)",
  "strangle",
  "throttle",
  "hurt (?:you|her|him|them|someone|somebody|your|that|the|staff|every)",
  "get(?:s|ting)? hurt",
  "kill (?:you|her|him|them|someone|somebody|that|the|every)",
  "murder (?:you|her|him|them|that|the)",
  "acid",
  "bomb",
  "explosive",
  "set fire",
  "on fire",
  "torch (?:the|your|ur|that|this|it)",
  "burn (?:the|your|ur|that|this|it|you|them|her|him)",
  "blow (?:the \\w+|your \\w+|this \\w+|that \\w+|it|you) (?:up|away)",
  "blow up",
  "shoot (?:you|her|him|them|up|every|the lot|the place|that|this)",
  "hospitali[sz]e",
  "in a box",
  "six feet under",
);

export const THREAT_CONCEPT_CUES: readonly Cue[] = [
  // Strong signs that decide alone: a death wished on a named person as a consequence.
  concept(
    "strong",
    `\\b(?:that|the|your|this) ${STAFF} (?:dies|is dead|is a dead (?:man|woman)|will die|won'?t live)\\b|\\b(?:you'?re|you are|ur|she'?s|he'?s)(?: all)? (?:dead|dead meat|a dead (?:man|woman))\\b(?! (?:right|wrong|good|lucky|funny|on|tired|serious|keen|nice|sound|bored|busy|quiet|slow|late|early|lovely|kind|helpful))|\\bdead (?:man|woman|men) walking\\b|\\b(?:coming|come|be) (?:back |in |down )?(?:armed|tooled up)\\b|\\b(?:i'?ll|i will|we'?ll|gonna|going to) be armed\\b|\\b(?:after|wait (?:till|until) (?:you|they) see) what i(?:'m going to|'ll| will)? do\\b|\\b(?:won'?t|will not|never) (?:feel |be )?safe (?:again|here|at work|after)\\b|\\b(?:your|her|his|their|[a-z]+'s) days are numbered\\b|\\bsleep with one eye open\\b|\\b(?:won'?t|never) see (?:it|me|us|what'?s) coming\\b|\\b(?:start praying|say your prayers|count your days)\\b|\\bpeople (?:have been|get|got) (?:hurt|killed|stabbed|done) for less\\b|\\bi know where (?:you|she|he|they) (?:live|lives|park|parks|go|goes)\\b|\\b(?:see|catch|get) (?:you|her|him|them|that \\w+) (?:outside|in the car park|after (?:work|your shift|her shift|his shift)|on (?:your|her|his) own|alone)\\b|\\b(?:hunt|track) (?:you|her|him|them|that \\w+|the \\w+) down\\b|\\bsomething to cry about\\b|\\b(?:keep|keeps|better keep|should keep|start) look(?:ing)? over (?:your|her|his|their) shoulders?\\b|\\b(?:won'?t|will not|wont) know what'?s hit (?:you|her|him|them|em)\\b|\\blucky (?:i|we) (?:didn'?t|didnt|did not) (?:lamp|hit|smack|slap|punch|deck|batter|kill|hurt|knock|chin|lay|glass|throttle|strangle|bang|floor|thump|kick|stab|do (?:her|him|them|you))\\w*\\b|\\b(?:don'?t|dont|do not) make me (?:come|get) (?:down|in|up|round|over|back)\\b(?! (?:there |here )?(?:again|for|just|to)\\b)|\\benjoy (?:your|ur|her|his|their) last (?:shift|day|night|week)\\b|\\b(?:she|he|they|you)(?:'ll| will) get (?:hers|his|theirs|yours)\\b|\\bwhat i'?m capable of\\b|\\b(?:leaving|leave|go(?:ing)? home|end up|be going out) in an ambulance\\b|\\b(?:be|are) the ones? (?:needing|in) (?:a&e|an ambulance|a bed|the trolley|hospital)\\b|\\bbe the one on the trolley\\b|\\b(?:won'?t|wont|will not) (?:walk|make it|get) (?:away|out)(?: alive| of (?:there|here|that \\w+) alive| this time)\\b|\\b(?:won'?t|wont|will not) (?:leave|walk out of) (?:that|this|the) (?:building|ward|hospital|place)(?: alive| in one piece)?\\b|\\b(?:won'?t|wont) see the end of the (?:week|day|month|year)\\b|\\b(?:won'?t|wont|will not) be (?:to|for) (?:talk|a chat|a cuppa)\\b|\\bwindows? (?:are|is) (?:going in|getting put in)\\b|\\b(?:won'?t|wont|will not) know what (?:hit|'s hit|has hit) (?:it|them|him|her|em)\\b|\\bwith (?:more than|something more than) words\\b|\\bbringing something to (?:make|sort|get)\\b|\\b(?:it'?ll|it will) be too late for (?:the|your|that|him|her)\\b|\\blet'?s give (?:him|her|them) a (?:welcome|warm welcome|send ?off|surprise)\\b|\\bnot a threat,? (?:just )?a promise\\b|\\bsomeone (?:in|on|at) (?:that|this|the|your) (?:building|ward|hospital|place|reception|department|unit) (?:will|is going to|gonna) (?:pay|get hurt|suffer)\\b|\\bi dare you\\b(?= .{0,60}\\b(?:you|she|he)(?:'ll| will) be\\b)|\\b(?:bullet|acid|knife|bottle|blade|one|something) with (?:your|her|his|their|ur|the \\w+'s) name on it\\b|\\b(?:regret|be sorry for|rue) (?:ever|the day)\\b|\\b(?:won'?t|wont|will not|'ll not|ll not) be smiling (?:for long|much longer|then|after|when)\\b|\\bsee how brave (?:she|he|they|you) (?:is|are|feels?) (?:then|now|after)\\b|\\bcheck under (?:his|her|their|your|ur) car\\b|\\b(?:not|won'?t be|wont be|never) coming alone\\b|\\bmob[- ]?handed\\b|\\bbring (?:your|ur|yer) (?:whole )?(?:security|riot)\\b|\\beating through a straw\\b|\\bteach (?:that|the|him|her|them|you)(?: \\w+)? (?:a lesson|what pain)\\b|\\b(?:you'?re|you are) lucky i'?m (?:calm|in a good mood|patient|being nice)\\b|\\bbetter cross the road\\b|\\bthere will be consequences for (?:whoever|the|that|you|your|her|him)\\b|\\bnot responsible for what happens to (?:her|him|them|you|that|the)\\b|\\bif (?:she|he|they|you) knows? what'?s good for (?:her|him|them|you)\\b|\\bcan'?t promise what (?:he|she|they)'?ll do\\b|\\bnot through a solicitor\\b|\\bsat outside (?:your|her|his|their|the) (?:\\w+ )?(?:\\w+ )?(?:house|home|flat)\\b|\\bring in bomb threats\\b|\\bi'?ll take something of yours\\b|\\bwatch the news (?:this|tonight|tomorrow|next)\\b|\\bon the news for the wrong reasons\\b|\\bi know (?:your|ur|her|his|their) (?:faces?|cars?(?! park)|address|house|reg|kids)\\b|\\bi know where (?:the|that|your) \\w+(?: \\w+)? (?:lives|parks|goes|drinks|works out|shops|smokes|eats|sits|walks)\\b|\\b(?:won'?t|wont|will not) be (?:walking|talking|smiling|working) (?:anywhere|again|straight)\\b[^.?!\\n]{0,30}\\b(?:after|when|once) (?:i'?m|im|i am|we'?re|i'?ve|we'?ve) (?:done|finished|through)\\b|\\b(?:that|the|your|this) ${STAFF} (?:wants|needs|deserves) (?:merking|shanking|stabbing|battering|leathering|bodying|shooting|knocking out|doing in|a kicking|a beating|a hiding|a slap|a smack)\\b|\\b(?:wait (?:till|until|til)|when|if|once) (?:i|we) (?:catch|get (?:my|our) hands on) (?:you|her|him|them|that \\w+|the \\w+|your \\w+)\\b`,
  ),
  concept(
    "target",
    `\\b(?:you|your|ya|u|ur|yer|her|him|his|their|them|she|he|they|someone|somebody|some ?one|every one of you|the lot of you|you lot|that (?:woman|man|bloke|cow|bitch|idiot)|${STAFF})\\b`,
  ),
  concept(
    "staff",
    `\\b(?:${STAFF}|(?:that|the) (?:woman|man|lady|bloke|girl|guy|one) (?:on|at|in|who|with)|psychiatrists?|psychologists?|ceo|chief exec\\w*|head of \\w+|anaesthetists?|sonographers?|radiographers?|pharmacists?|health visitors?|the blonde one)\\b`,
  ),
  concept("violent", `\\b${VIOLENT_WORDS}\\b`),
  concept(
    "weapon",
    "\\b(?:knife|knives|blade|machete|gun|shotgun|firearms?(?: licen[cs]e)?|jerry can|baseball bat|bat|hammer|crowbar|axe|weapon|sword|screwdriver|petrol|lighter fluid|armed)\\b(?! (?:forces|wound|wounds|crime|injur\\w*|amnesty|day|veterans?|toe|and forks?|& forks?|sharpener|block|set))",
  ),
  concept(
    "veiled",
    "\\b(?:be careful|(?:better )?watch (?:him|her|them|your|my)sel(?:f|ves)|better watch|(?:be )?waiting outside|wait outside for|be outside (?:for|when)|careful (?:walking|driving|going|on|when|out)|watch (?:your|yer|ur) (?:back|step)|watch (?:yourself|out)|(?:keep )?look(?:ing)? over (?:your|her|his|their) shoulders?|waiting for (?:him|her|them|you|that \\w+)(?! (?:to|at|in|for|outside the))|something (?:bad|nasty|terrible|awful) (?:is going to|will|might|could|is gonna|gonna) happen|(?:going to|gonna|will) happen to (?:you|her|him|them|that|the|your)|won'?t (?:feel |be )?safe|not (?:be )?safe|what i(?:'ll| will)? do|what happens next|you'?ll see|you will see|you'?ll find out|you'?ll be sorry\\b(?! (?:to|for|about))|you'?ll regret|regret it|be sorry\\b(?! (?:to|for|about))|pay for (?:this|that|it|what)|on your (?:head|conscience)|it'?s on you|don'?t say (?:you|i) (?:weren'?t|wasn'?t|didn'?t) warn|you'?ve been warned|consider yourselves? warned|something (?:might|could|will|may) happen|accidents happen|anything could happen|would be a shame|be a shame|sleep (?:well|tight)|enjoys? (?:your|her|his|their) (?:drive|walk|journey|night|trip)|see how (?:she|he|they|you) like|watch (?:her|his|your|ur|their) (?:mouth|tongue)|(?:have|having|had) a (?:quiet |little )?word with|(?:won'?t|wont|will not) (?:be )?(?:walking|going|getting|driving|make it) home\\b(?! (?:for|after|until|till|yet|today|tonight because))|(?:won'?t|wont) (?:feel|be|look) so (?:brave|tough|clever|cocky|smug|mouthy|gobby|hard|big)|(?:will|'ll|gonna|going to) pay\\b(?! (?:for (?:parking|the|it)|the|by|at|online|£|\\d))|(?:gonna|going to|will|'ll) get it\\b(?! (?:done|sorted|back|fixed|checked|looked|seen|right|in|out|from|for))|make (?:your|her|his|their) li(?:fe|ves) (?:hell|a (?:living )?hell|a misery)|(?:we'?re|i'?m|im|we are|i am) coming for (?:you|her|him|them|every|the lot|that|the|your)|(?:i|we)(?:'ll| will) (?:come|be coming) for (?:you|her|him|them|every|the lot|that|the|your)|show (?:him|her|them|that \\w+|the \\w+) what (?:we|i) think|it won'?t be pretty|i know people|you(?:'ll| will) get what'?s coming|do something about (?:that|the|her|him|them|you) (?:\\w+ )?(?:my|our)sel(?:f|ves)|take (?:matters|things|it) into (?:my|our) own hands|sort (?:her|him|them|you|that \\w+) out (?:my|our)sel(?:f|ves)|won'?t always be (?:inside|in there|at work|behind|protected|on shift|surrounded)|(?:can'?t|cannot|won'?t be able to) hide (?:behind|in there|forever|for ever)|(?:has|have|'s|'ve) been (?:noticed|clocked|spotted)|keep an eye on (?:your|ur|yer|her|his|their) (?:car|cars|motor|house|kids|back)|keep (?:your|ur|yer) eyes open|(?:would ?n[o']t|wouldn'?t|would not) (?:want|like) to be (?:that|the|your|him|her)|(?:i'?ll|ill|we'?ll|i will|we will|will) be waiting\\b(?! (?:for (?:a|an|the|my|our|your) (?:reply|response|answer|call|letter|email|appointment|update|apology|results?|bed|ambulance|taxi|lift|scan)|to hear|patiently|on hold))|(?:i'?m|im|we'?re|were) waiting (?:in|at|by|outside) (?:the|your) (?:car ?park|staff|exit|entrance|back)|better hope (?:he|she|they|you) never|(?:want|wants) a (?:quiet )?word|(?:i'?ll|ill|i will|we'?ll|we will) be (?:at|by|outside|near) (?:the )?(?:bus stop|car ?park|staff (?:entrance|exit|door)|exit|entrance|station|gates?|barrier|back door)\\b(?! to (?:pick|collect|meet|get|drop|give))|(?:hate|shame|pity|awful|terrible) (?:for|if)[^.?!\\n]{0,30}\\b(?:to have|had|has|have|having) (?:an accident|a fall|a nasty fall)|(?:when|after|once) (?:i'?m|im|i am|we'?re|we are) (?:done|finished|through) with (?:him|her|them|you)|see what happens (?:to|when|if)|won'?t feel so safe|is getting it\\b(?! (?:done|sorted|fixed|checked|back|looked|seen))|'?s getting it when)\\b",
  ),
  concept(
    "menace",
    "\\b(?:mark my words|remember (?:that|this)|you(?:'ve| have) been warned|consider (?:this|yourselves?) warned|watch this space|just saying|wait and see|remember my face|i never forget a face|(?:she|he|they) knows? what (?:she|he|they) did|small world|funny old world|small town this|you know what to do|everyone knows what to do|some of us (?:don'?t|never) forget|could happen again|be a shame|funny (?:old )?world|just so you know|just thought you should know|try me|keep pushing (?:me|us)|tell (?:her|him|them) i said hello|how small this town|quiet at that time|might happen again|do with that what you will|you'?re welcome|(?:a |just a |this is a )?friendly warning|fair warning|word to the wise|(?:what a |such a |a )?shame(?= ?[.!]|$)|(?:doesn'?t|does not|isn'?t|don'?t|didn'?t|wasn'?t|won'?t) (?:she|he)(?= ?[?.!]|$)|(?:i'?m|im) (?:just )?warning (?:you|her|him|them))\\b",
  ),
  concept(
    "private",
    "\\b(?:lives|address|house|home|flat|street|road|lane|avenue|car(?! park)|cars(?! park)|motor|drives|reg|registration|number ?plate|plates|kids|children|school|primary|nursery|facebook|instagram|profile|corsa|fiesta|golf|bmw|audi|polo|[a-z]{2}\\d{2} ?[a-z]{3})\\b",
  ),
  concept(
    "premises",
    "\\b(?:place|hospital|ward|building|a&e|clinic|reception|unit|department|surgery|site|car ?park|waiting room|pharmacy|outpatients|maternity|a and e|a ?\\+ ?e|post ?room|mail ?room|toilets?|lockers?|staff ?room|multi ?storey|level \\d|portakabins?|switchboard|canteen|lifts?|(?:main |front |back |staff |side )?(?:entrance|exit)|foyer|lobby|sh\\*?[i*]thole|dump|hellhole)\\b",
  ),
  concept(
    "childschool",
    "\\b(?:kids|children|son|daughter|boy|girl|little ones)s? (?:go(?:es)? to|at|attends?|in) (?:the )?(?:[a-z]+ )?(?:primary|school|nursery|academy|high|juniors|infants)\\b",
  ),
  concept(
    "vehicle",
    "\\b[a-z]{2}\\d{2} ?[a-z]{3}\\b|\\b(?:reg|registration|number ?plate) (?:is|was|ends|starts|number is)\\b",
  ),
  concept(
    "demand",
    "\\bto (?:sort|fix|get|ring|call|see|reply|give|move|find|transfer|admit|treat|answer|pay|apologi[sz]e|respond)\\b",
  ),
  concept(
    "movement",
    "\\b(?:way home|walk(?:s|ing)? (?:home|to (?:her|his|their|your|the) (?:car|bus|train)|back)|drive home|journey home|car ?park|bus stop|staff (?:entrance|exit|door)|on (?:her|his|their|your) own|alone|in the dark|lunch ?breaks?|smoking shelter|gym|which (?:door|exit|entrance|way)|gets? off|knocks? off|school (?:run|gates)|at night|tonight|after (?:her|his|their|your|the) shift|after work|finish(?:es|ing)?|clock(?:s|ing)? off|leaves?|leaving|outside|every (?:night|day|morning|evening)|shifts?|rota)\\b",
  ),
  concept(
    "intent",
    "\\b(?:i'?ll|ill|il|imma|ima|i will|we'?ll|we will|am gonna|i'?m (?:going to|gonna|coming)|im (?:going to|gonna|coming)|gonna|going to|i swear|someone will|somebody will|someone'?s going to|someone is going to|there will be|there'?ll be|next time|you'?ll|you will|is getting|'?s getting|are getting|deserves?|needs? (?:a|to get)|(?:someone|somebody|some1) (?:should|needs to|ought to))\\b",
  ),
  concept(
    "know",
    "\\b(?:i|we)(?:'ve| have)? (?:know|knew|found out|worked out|clocked|been watching)\\b|\\b(?:been|i'?m|we'?re|im) (?:watching|following)\\b|\\b(?:find|finding|found|work|worked) out where\\b|\\b(?:i|we)(?:'ve| have)? got (?:her|his|their|the \\w+'?s) (?:address|reg|number|details)\\b|\\b(?:i|we)(?:'ve| have)? got (?:the|a photo of) (?:address|addresses|reg|home address|details|your|her|his)\\b|\\b(?:i|we)(?:'ve| have) found (?:the|her|his|their|your)\\b",
  ),
  concept(
    "return",
    "\\b(?:come back|coming back|be back|back tomorrow|back in|back here|back down|next time i (?:come|see)|when i (?:come|see|get)|i'?m coming (?:in|down|up|round)|i'?ll come (?:in|down|round))\\b",
  ),
  concept(
    "deadline",
    "\\b(?:you(?:'ve| have)? (?:got )?(?:until|till|til|untill)|\\d+ (?:hours?|hrs|days?|minutes?|mins) (?:to (?:sort|fix|get|ring|call|reply|respond|see|move|give)|or (?:else|i|we)|before (?:i|we))|last (?:warning|chance)|final (?:warning|chance)|that'?s all (?:you|u) get|(?:you|u) get (?:one|1) more (?:day|chance|week|hour))\\b",
  ),
  concept(
    "bytime",
    "\\bby (?:the )?(?:end of (?:the )?(?:day|week)|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d+ ?(?:am|pm))\\b",
  ),
  concept(
    "ultimatum",
    "\\b(?:or (?:else|i|we|you|ur|u|youre|someone|somebody|there|she|he|they|shell|theyll|i'?m|im)|otherwise|unless|after that|before i|if (?:you|he|she|they|my|this|that|nobody|no one|someone) (?:don'?t|doesn'?t|isn'?t|aren'?t|won'?t|can'?t|is not|are not|does not|do not|dies|die|gets|get|has|have|speaks|touches|comes|lays)|it'?s on you|then (?:i|we)(?:'ll| will)|again and (?:i|we)(?:'ll| will)|one more (?:time|day|hour|excuse|word) (?:and|or)|if (?:my|our) \\w+ (?:dies|die|doesn'?t|gets worse|isn'?t|is not))\\b",
  ),
  // A hoax or a device left: "I left a parcel in the toilets, tick tock" (NHS Protect's bomb-threat
  // guidance: a call or post naming a device or a substance and a place is a threat, hoax or not).
  concept(
    "hoax",
    "\\b(?:anthrax|ricin|white powder|suspicious (?:package|parcel|device|bag)|tick tock|(?:will|gonna|going to|is going to) go (?:bang|off|boom)|go bang|(?:left|put|planted|placed|hidden|hid) (?:a |an |some |my )?(?:little )?(?:parcel|package|device|present|surprise|envelope|bag|something)|(?:there'?s|there is) (?:a |an )?(?:parcel|package|device|something) (?:in|under|behind|at)|a call about a (?:package|parcel|device|bomb)|poured petrol|one match|(?:is|are) a target|(?:will|'ll|is going to|gonna|going to) be an explosion|there'?ll be an explosion|(?:will|is going to|gonna|going to) (?:explode|detonate|blow)|(?:timed|set) to (?:go off|explode|detonate))\\b",
  ),
  // Putting a person's details out for others: "here's her address, you know what to do".
  concept(
    "publish",
    "\\b(?:posting (?:this|the|her|his|their)|here'?s (?:the|her|his|their)|here is (?:the|her|his|their)|sharing (?:this|the|her|his|their)|spread (?:it|this|the word)|share (?:it|this|far and wide)|pass (?:it|this) on|so everyone knows|everyone knows what to do|you know what to do|go and tell (?:her|him|them)|let'?s (?:pay|give) (?:him|her|them)|or (?:it|they|the photos?) go(?:es)? (?:on|up|online|out)|thought (?:people|everyone|you all|yous|you lot|folk) (?:should|might want to|would want to|ought to) know|(?:people|everyone) (?:should|ought to) know (?:where|what|who)|in case anyone (?:wants|needs) to (?:find|know|visit|see)|if anyone wants to (?:find|visit|see|know where)|(?:address|details|number|reg|location|workplace) (?:is |are )?(?:below|attached|in the comments|in comments)|go for it|do your worst|(?:everyone|everybody) knows now|now (?:everyone|everybody) knows|have at (?:it|him|her|them)|go get (?:him|her|them))\\b",
  ),
  // Where a person can be found: where they live, their car, their children's school, their profile.
  concept(
    "whereabouts",
    "\\b(?:lives? (?:in|on|at|by|near|round|off|opposite)|address|kids at|children at|school|primary|nursery|drives? (?:a|past)|(?:her|his|their) (?:car|reg|house|insta|instagram|facebook|tiktok|husband|wife|kids|children)|seen (?:you|her|him) (?:at|in|on|down|round)|saw (?:you|her|him) (?:at|in|on|down|round)|(?:insta|instagram|facebook|profile)'?s? (?:is )?public|'s (?:husband|wife|partner|kids|children|son|daughter|facebook|insta|house|home|car)|kids finish at|school (?:run|gates)|\\d+ [a-z]+ (?:grove|road|street|avenue|close|lane|drive|crescent|way)|parks (?:on|at|outside|near|round|by) [a-z]+ (?:road|street|lane|avenue|close|drive|way|grove|crescent|terrace)|(?:she|he) (?:parks|drives)|drives (?:a|an) (?:[a-z]+ )?(?:corsa|fiesta|golf|bmw|audi|polo|mini|merc|mercedes|range rover|tesla|car|van)|(?:her|his|their|a) (?:nice )?house in)\\b",
  ),
  // Others brought along: "me and my brothers will be waiting", "getting my cousins to".
  concept(
    "group",
    "\\b(?:me and (?:my|the) (?:brothers|lads|mates|cousins|boys|family|uncles|friends)|my (?:lads|boys|brothers|cousins|mates|uncles) (?:will|are|and me|'ll)|with (?:my|the|some|a few|a couple of) (?:lads|boys|brothers|cousins|mates|dogs|uncles|friends|pals|people|backup|back-up)|getting my (?:cousins|lads|brothers|boys|mates)|mandem|bare man|me and the lads|my (?:brothers|boys|lads) r |some of us are going to|told my (?:boys|lads|brothers|husband|partner|mates)|(?:our|the) group'?s?|lads,? let'?s|round (?:his|hers|theirs|her place|his place) tonight|people (?:from|round|on) (?:the|my) (?:estate|area|street)|a lot of people round here)\\b",
  ),
  // Others urged to act: "everyone get down there", "let's all turn up at his house", "someone should".
  concept(
    "incite",
    "\\b(?:every(?:one|body|1) (?:go|get|head|turn up|meet|come)|let'?s (?:all )?(?:go|get|turn up|head|pay|visit|meet|show|find|make)|lets (?:all )?(?:go|get|turn up|head|pay|visit|meet|show|find|make)|we should all|(?:all|the lot) of (?:you|us) (?:go|get|turn up|head)|(?:someone|somebody|some1) (?:should|needs to|ought to|wants to) (?:go|get|pay|visit|give|show|teach|sort|find)|who'?s (?:up for|coming|with me)|who wants to (?:come|help|go)|round up (?:the|some|a few)|turn up (?:at|outside) (?:her|his|their|the) )\\b",
  ),
  // A weapon on the writer here and now: "I'm outside the main entrance with a blade".
  concept(
    "armedhere",
    "\\b(?:i'?m|im|i am|we'?re|we are|i'?ve got|ive got|i have|got) (?:\\w+ )?(?:outside|inside|in|at|by|near|sat in|waiting in|stood in|standing in|parked)\\b|\\b(?:i'?m|im|i am|we'?re) (?:here|downstairs|in the building|on site)\\b|\\b(?:in my (?:pocket|bag|coat|car|waistband|hand))\\b",
  ),
  // Concern FOR staff: the message is a complaint or a worry, not a threat ("the lights in the
  // staff car park are broken, it isn't safe for them").
  concept(
    "concern",
    "\\b(?:lights?|lighting|unlit|broken|fix|please|worried (?:about|for)|concerned (?:about|for)|for (?:their|her|his|your) (?:own )?safety|stay safe|take care|look after|feel for|poor (?:nurse|staff|doctor|girl|woman|man|lad)|muggings?|mugged|could you|can you|would you|call me|ring me|get back to me|(?:not|isn'?t|never) safe for|unsafe|dangerous|lovely|thanks?|thank you|kind|brilliant|amazing)\\b",
  ),
  // A harm that has already happened, or a drill or scare: told, not threatened.
  concept(
    "happened",
    "\\b(?:was (?:stabbed|hurt|attacked|punched|assaulted|glassed|shot)|were (?:stabbed|hurt|attacked|assaulted)|got (?:stabbed|attacked|assaulted|punched)|(?:stab|knife|gunshot) wounds?|injur(?:y|ies|ed)|assaulted by|attacked by|a patient (?:hit|punched|attacked|kicked)|bomb scare|fire (?:alarm|drill|exit|door)s?|evacuated|in the news|by accident|accidentally|playing (?:football|rugby|cricket|tennis|netball))\\b",
  ),
];

/**
 * The co-occurrence rules, strongest first. Each lists concepts that must all be present; a rule
 * marked `noConcern` is lifted by concern for staff, `noLawful` by a lawful consequence.
 */
interface Rule {
  readonly name: string;
  readonly all: readonly ThreatConcept[];
  readonly noConcern: boolean;
  readonly noLawful: boolean;
}
// Every rule is lifted by a harm told as past ("happened"); noConcern adds concern for staff.
const RULES: readonly Rule[] = [
  // A strong sign decides alone.
  { name: "strong", all: ["strong"], noConcern: false, noLawful: false },
  // Violence said of a person, with intent or a condition: "that doctor's gonna get a smack".
  { name: "violence", all: ["violent", "target", "intent"], noConcern: false, noLawful: false },
  { name: "violence-if", all: ["violent", "target", "ultimatum"], noConcern: false, noLawful: false },
  { name: "violence-premises", all: ["violent", "intent", "premises"], noConcern: false, noLawful: false },
  // A weapon and a return: "I'll be back tomorrow with a bat".
  { name: "armed-return", all: ["weapon", "return"], noConcern: false, noLawful: false },
  { name: "armed-intent", all: ["weapon", "intent", "target"], noConcern: false, noLawful: false },
  // A veiled warning about staff on their way: "be careful walking to the car park tonight, nurse".
  { name: "veiled-movement", all: ["veiled", "movement", "target"], noConcern: true, noLawful: true },
  // A veiled consequence with a deadline or condition: "you've got till Friday, after that it's on you".
  { name: "veiled-deadline", all: ["veiled", "deadline"], noConcern: true, noLawful: true },
  { name: "veiled-ultimatum", all: ["veiled", "ultimatum", "target"], noConcern: true, noLawful: true },
  // A consequence for the premises with a condition: "something bad will happen to that ward if my nan dies".
  { name: "veiled-premises", all: ["veiled", "ultimatum", "premises"], noConcern: true, noLawful: true },
  // Knowing a staff member's private details: "I know the nurse drives a white Corsa".
  { name: "doxx-know", all: ["know", "private", "staff"], noConcern: true, noLawful: true },
  // A warning made twice over: "mark my words, that midwife will pay".
  { name: "menace-veiled", all: ["menace", "veiled", "target"], noConcern: true, noLawful: true },
  // Knowing their shift: "I know your shift finishes at 8".
  { name: "know-shift", all: ["know", "movement", "target"], noConcern: true, noLawful: true },
  // Watching their movements: "I've been watching that doctor leave every night".
  { name: "watching", all: ["know", "movement", "staff"], noConcern: true, noLawful: true },
  // A staff member's children's school or car registration, posted: "that nurse has two kids at …".
  { name: "doxx-school", all: ["childschool", "staff"], noConcern: true, noLawful: true },
  { name: "doxx-vehicle", all: ["vehicle", "staff"], noConcern: true, noLawful: true },
  // A deadline for a demand, with nothing lawful behind it: "you have until Friday to sort my mum's care".
  { name: "deadline-demand", all: ["deadline", "demand"], noConcern: true, noLawful: true },
  // A bare deadline with an ultimatum and nothing lawful behind it: "you've got until 5 or else".
  { name: "deadline-ultimatum", all: ["deadline", "ultimatum"], noConcern: true, noLawful: true },
  { name: "bytime-ultimatum", all: ["veiled", "bytime", "ultimatum"], noConcern: true, noLawful: true },
  // A device or a substance and a place: a bomb threat or a hoax (both are threats to report).
  { name: "hoax-premises", all: ["hoax", "premises"], noConcern: true, noLawful: false },
  { name: "hoax-target", all: ["hoax", "target"], noConcern: true, noLawful: false },
  // A staff member's whereabouts put out for others: "the nurse lives on … spread it".
  { name: "doxx-publish", all: ["publish", "whereabouts", "staff"], noConcern: true, noLawful: true },
  { name: "doxx-private-publish", all: ["publish", "private", "staff"], noConcern: true, noLawful: true },
  // Their whereabouts with a menace: "seen you at the Co-op, nurse. Small world".
  // Not lifted by concern: "lovely photos of her kids … be a shame" is sarcasm, not care.
  { name: "doxx-menace", all: ["menace", "whereabouts", "staff"], noConcern: false, noLawful: true },
  { name: "doxx-found", all: ["know", "whereabouts", "staff"], noConcern: false, noLawful: true },
  { name: "weapon-menace", all: ["weapon", "menace"], noConcern: true, noLawful: true },
  { name: "group-veiled", all: ["group", "veiled", "staff"], noConcern: true, noLawful: true },
  // A veiled warning about their car or home: "tell the ward sister her Corsa's been noticed".
  { name: "veiled-private", all: ["veiled", "private", "staff"], noConcern: true, noLawful: true },
  // Others brought along to a member of staff's place or time: "me and my lads, staff exit, tonight".
  { name: "group-movement", all: ["group", "movement", "staff"], noConcern: true, noLawful: true },
  { name: "group-menace", all: ["group", "menace", "target"], noConcern: true, noLawful: true },
  { name: "group-violent", all: ["group", "violent", "target"], noConcern: false, noLawful: false },
  { name: "group-whereabouts", all: ["group", "whereabouts", "staff"], noConcern: true, noLawful: true },
  // Others urged to violence, or to a staff member's home: "everyone go and give that nurse a beating".
  { name: "incite-violent", all: ["incite", "violent", "target"], noConcern: false, noLawful: false },
  { name: "incite-whereabouts", all: ["incite", "whereabouts", "staff"], noConcern: true, noLawful: true },
  { name: "incite-veiled", all: ["incite", "veiled", "target"], noConcern: true, noLawful: true },
  // Knowing when a shift ends, with a place to wait: "I know when the night shift finishes. I'll be at the bus stop".
  { name: "know-veiled", all: ["know", "movement", "veiled"], noConcern: true, noLawful: true },
  // Others brought back with a condition: "give me my results or I'll be back with some friends".
  { name: "group-return", all: ["group", "return", "ultimatum"], noConcern: true, noLawful: true },
  // A weapon on the writer at the premises now: "I'm outside A&E with a blade".
  { name: "armed-here", all: ["weapon", "armedhere", "premises"], noConcern: true, noLawful: false },
  // A veiled consequence with a condition and a return: "sort it or I'm coming down and it won't be pretty".
  { name: "veiled-return", all: ["veiled", "ultimatum", "return"], noConcern: true, noLawful: true },
  // A menace with their movements: "the nurse knows what she did. Wait till she finishes her shift".
  { name: "menace-movement", all: ["menace", "movement", "staff"], noConcern: true, noLawful: true },
];

/** Concepts a rule can start from: when none of these occurs, no rule can fire and the rest are not looked for. */
export const THREAT_CONCEPT_KEYS: ReadonlySet<ThreatConcept> = new Set(
  RULES.map((r) => r.all[0] as ThreatConcept),
);
const KEYS = [...THREAT_CONCEPT_KEYS];

/**
 * The first rule whose concepts all occur, as evidence (one hit per concept), or null.
 * `has` says whether a concept occurs and where (it is asked lazily, most texts stop at the keys);
 * `lawful` whether a lawful consequence (LAWFUL_CONSEQUENCE) is named.
 */
export function conceptThreat(
  has: (c: ThreatConcept) => CueHit | undefined,
  lawful: () => boolean,
): CueHit[] | null {
  if (!KEYS.some((k) => has(k))) return null;
  for (const rule of RULES) {
    const hits: CueHit[] = [];
    for (const c of rule.all) {
      const h = has(c);
      if (!h) break;
      hits.push(h);
    }
    if (hits.length < rule.all.length) continue;
    if (has("happened") || (rule.noConcern && has("concern"))) continue;
    if (rule.noLawful && lawful()) continue;
    return hits.map((h) => ({ ...h, cue: `${h.cue}:${rule.name}`, weight: 2 }));
  }
  return null;
}

/**
 * A concept cue as one cue per top-level alternative, all with the concept's id: compiled
 * together, the prefilter then runs only the alternatives whose own words occur ("you're dead"
 * is not looked for because "calm down" occurs).
 */
export function conceptAlternatives(cue: Cue): Cue[] {
  const [id, source, weight] = cue;
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") i++;
    else if (inClass) inClass = ch !== "]";
    else if (ch === "[") inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "|" && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts.map((part): Cue => [id, part, weight]);
}
