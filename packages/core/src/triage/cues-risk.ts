import type { CueList } from "./cue.js";
import { CRISIS_KIND_CUES } from "./cues-crisis-kinds.js";
import { CRISIS_SIGN_CUES } from "./cues-crisis-signs.js";
import { THREAT_KIND_CUES } from "./cues-threat-kinds.js";
import { THREAT_SIGN_CUES } from "./cues-threat-signs.js";

/**
 * Crisis: the writer or someone they speak for may be at risk of suicide,
 * self-harm or a mental health crisis. Indirect and colloquial wording counts
 * (TEWV CORP-0068 §4.4.2: anyone may be the first to see a cry for help). A
 * missed crisis is worse than a false alarm, so any one strong cue is enough.
 */
const CRISIS_PHRASE_CUES: CueList = [
  [
    "suicidal",
    "\\b(?:suicidal|suicide (?:attempt|note|plan)|attempted suicide|commit(?:ting)? suicide|took (?:his|her|their|my) own life)\\b",
    2,
  ],
  [
    "kill-self",
    "\\b(?:kill(?:ing)?|hurt(?:ing)?|harm(?:ing)?|hang(?:ing)?|cut(?:ting)?|starv(?:e|ing)) (?:my ?self|him ?self|her ?self|them ?selves|themself)\\b",
    2,
  ],
  [
    "end-it",
    "\\b(?:end(?:ing)?|finish(?:ing)?) (?:it all|it tonight|it now|my life|things|it for good|everything)\\b|\\b(?:going|gonna|want(?:s|ed)?|wanna|plan(?:s|ning)?|try(?:ing)?|talk(?:s|ing|ed)? about) (?:to )?end(?:ing)? it\\b|\\b(?:take|taking) my (?:own )?life\\b",
    2,
  ],
  [
    "want-die",
    "\\b(?:i|i'?m|im|i am|i just|i really|i honestly|i still|just)(?: \\w+)? (?:want(?:s|ed)?|wanna|wish(?:ed)?|ready|going|deserve) (?:to )?(?:die|be dead|not be alive|not wake up|disappear forever)\\b|\\bwish (?:i|he|she) (?:was|were) dead\\b|\\bwish (?:i|he|she) (?:wasn'?t|weren'?t|had never been) (?:here|alive|born)\\b|\\bbetter off dead\\b",
    2,
  ],
  [
    "not-here",
    "\\b(?:don'?t|do not|dont) want to (?:be here|be alive|live|exist|wake up|carry on|go on)(?: any ?more)?\\b|\\bnot want(?:ing)? to (?:be here|live|be alive)\\b",
    2,
  ],
  [
    "cant-go-on",
    "\\b(?:can'?t|cannot|cant) (?:go on|carry on|keep going|do this any ?more|take (?:it|this|any) ?(?:more|any ?more)|cope|live like this|face (?:another day|tomorrow))\\b",
    2,
  ],
  [
    "no-point",
    "\\b(?:no point (?:in )?(?:living|anything|going on|carrying on|any ?more|to (?:any|it)|in anything)|what'?s the point(?: of (?:living|anything|me|it all| going on))?(?: any ?more)?|whats the point|nothing to live for|no reason (?:for me )?to (?:live|go on|stay|carry on|keep going|be here|be alive|get up))\\b",
    2,
  ],
  [
    "burden",
    "\\b(?:better off without me|be better off if i (?:was|were)n'?t|nobody would (?:even )?(?:notice|care|miss me)|no one would (?:even )?(?:notice|care|miss me)|won'?t be (?:around|here) (?:much longer|tomorrow|for long)|burden to every)",
    2,
  ],
  [
    "goodbye",
    "\\b(?:said|saying|say) (?:my )?goodbyes?\\b|\\bgoodbye to every(?:one|body)\\b|\\b(?:last|final) (?:message|post|goodbye)\\b|\\bwritten (?:a|my) (?:note|letter) (?:to|for) (?:my|every)|giv(?:ing|en) away (?:all )?my (?:things|stuff)",
    2,
  ],
  [
    "overdose",
    "\\b(?:overdos(?:e|ed|ing)|od'd\\b|(?:took|taken) (?:all (?:of )?(?:my|the|his|her)|(?:my|the|his|her) (?:whole|entire)|a (?:load|lot|bunch) of|loads of|a handful of|a bottle of|a packet of|too many) (?:tablets|pills|meds|medication|paracetamol)|(?:swallowed|downed) (?:all )?(?:my|the|a (?:load|lot) of|loads of|a bottle of|a packet of|too many) (?:tablets|pills|meds|paracetamol))",
    2,
  ],
  [
    "self-harm",
    "(?<!used to |stopped |quit |no longer )\\b(?:self[- ]?harm(?:ing|ed)?|been cutting|started cutting|cutting again|cut (?:my|her|his) (?:arms?|wrists?|legs?)|burning myself|relapsed)\\b",
    2,
  ],
  [
    "bad-place",
    "\\b(?:in a (?:really |very |dark |such a |bad |terrible )*(?:bad|dark|terrible|horrible|awful) (?:place|way|headspace)|at (?:the end of my tether|breaking point|rock bottom)|falling apart|breaking down|can'?t breathe|panic attack|losing my mind|no way out|not safe (?:with|from|around) (?:my|him|her)self|(?:i'?m|im|i am) not safe|don'?t feel safe (?:with|in) my(?:self| own head)|voices (?:are )?(?:telling|tell) me|hearing voices|(?:jump|jumping|throw (?:my|him|her)self) (?:off|in front of)|on (?:the|a) (?:bridge|ledge|roof)|tired of (?:living|being alive|life)|hate my life|can'?t stop crying)\\b",
    2,
  ],
  [
    "third-party",
    "\\b(?:(?:keeps?|kept|been|is|are|was) (?:talking|saying|texting|posting|going on) about (?:ending it|killing|suicide|dying|wanting to die|not being here|ending (?:his|her|their) life)|threaten(?:ing|ed|s)? (?:to )?(?:kill|hurt|harm|end) (?:him|her|them)sel(?:f|ves)|(?:has|have|'s|had) (?:taken|took) (?:an? )?(?:overdose|tablets|pills)|is (?:missing|unreachable) and|left a note|not (?:answering|picking up) and (?:said|posted|messaged))",
    2,
  ],
  [
    "indirect",
    "\\b(?:sleep and (?:not|never) wake up|not (?:to )?wake up|never wake up|stockpil(?:e|ed|ing) (?:my |the )?(?:meds|pills|tablets|medication)|tonight'?s the night|goodnight (?:every(?:one|body)|world|all)|happier if i (?:was|were) gone|if i (?:was|were)n'?t here|when i'?m gone|(?:im|i'?m|i am) a burden|burden (?:on|to) (?:my|every)|don'?t see (?:a|any) future|no future for me|train tracks|(?:jump|jumping) (?:from|off) (?:the|a)|threaten(?:ing|ed|s)? to jump|disappear forever|(?:pain|it) to (?:stop|end)[.,!]? (?:permanently|forever|for good)|tell (?:my|her|his) \\w+(?: \\w+)? i lov(?:ed|e) (?:her|him|them)|(?:has|have|got|made) a plan\\b|(?:be|being) alive tomorrow|won'?t (?:be|make it) (?:alive|here|through the night)|giv(?:ing|en) (?:all )?my (?:stuff|things|belongings) away|(?:nobody|no ?one) cares if i live or die|(?:this|it) will be my last|my last (?:christmas|birthday|day|night|one)|nothing left (?:to live for|for me|in me)|got nothing left|how many (?:it takes|(?:paracetamol|pills|tablets|of these)[^.?!]{0,20}(?:take|kill|to die|to not wake))|(?:taken|took|swallowed) (?:everything|all of them|the lot|\\d+ (?:of (?:my|her|his|them|these|those) )?(?:tablets|pills|paracetamol|sertraline|co-?codamol|ibuprofen|aspirin|antidepressants|sleeping pills|diazepam|codeine|meds))|pills (?:are )?ready|(?:rope|pills|tablets) ready|sorry for everything(?! (?:being|taking|going|arriving) | i said (?:to|on|at|in|yesterday|earlier|last|this))|(?:im|i'?m|i am) next\\b|full[- ]blown breakdown|having a breakdown|(?:a )?mental breakdown)",
    2,
  ],
  ["crisis-service", "\\b(?:crisis (?:team|line|service)|in crisis)\\b", 1],
  [
    "missing-vulnerable",
    "\\b(?:missing|gone missing|hasn'?t come home|not come home)\\b[^.?!]{0,60}\\b(?:vulnerable|suicidal|mental health|sectioned|discharged|not safe|note)\\b",
    2,
  ],
  [
    "final-acts",
    "\\b(?:written (?:the|my|some) (?:letters|notes|goodbye)|(?:tablets|pills|meds) (?:lined up|counted out|in front of me|ready)|(?:got|have|with) the (?:tablets|pills|rope|blade) (?:ready|lined up|here|out|now)|(?:given|giving|gave) (?:his|her|my|their) (?:\\w+ )?away|ready to go\\b[^.?!]{0,40}\\b(?:given|giving|gave|said|goodbye)|(?:sat|sitting|here|in (?:my|the) (?:room|bath|bathroom|car))[^.?!]{0,25}\\b(?:with|holding) (?:a|the|my) (?:blade|razor|knife|rope|pills|tablets)|(?:swallowed|taken|took|downed|had) (?:a |the )?(?:whole |full |entire )?(?:packet|box|bottle|strip|pack|load) of (?:\\w+ )?(?:paracetamol|pills|tablets|meds|co-?codamol|ibuprofen|sertraline|painkillers))\\b",
    2,
  ],
  [
    "done",
    "\\bi'?m done\\.|\\bi am done\\.|\\bnot to bother coming\\b|\\bcan'?t do (?:it|this|life) any ?more\\b",
    1,
  ],
  [
    "third-party-2",
    "\\b(?:he|she|they|my \\w+)(?:'s| is| has| keeps?)? (?:says? |saying |said )?(?:wants?|wanted|wanting) to (?:die|end it|kill (?:him|her|them)sel(?:f|ves))\\b|\\b(?:he|she|they)(?:'s| is| has| keeps?) (?:stopped eating|not eating|giving (?:his|her|their) (?:things|stuff) away)\\b",
    2,
  ],
  [
    "broad",
    "\\b(?:do something (?:stupid|silly|drastic|i'?ll regret)(?: to (?:my|him|her)self)?|(?:what|how) (?:i|he|she) might do to (?:my|him|her)self|(?:a )?(?:danger|risk|threat) to (?:my|him|her)self|(?:can'?t|cannot|unable to|not able to) keep (?:my|him|her)self safe|(?:thoughts|thinking|think|thought) (?:of|about) (?:not being here|not being alive|dying|death|ending (?:it|my life|things)|killing (?:my|him|her)self|suicide|self[- ]harm|hurting (?:my|him|her)self|taking my (?:own )?life)|(?:life|living) (?:is|isn'?t|is not|ain'?t|isnt) (?:not )?worth (?:it|living)|not worth living|no reason to (?:live|carry on|keep going)|(?:had|have|'ve had) enough of (?:life|living|everything|it all|being alive)|(?:can'?t|cannot|don'?t) see (?:a|any) (?:way (?:forward|out)|point|future)|no way forward|giv(?:e|ing) up on (?:everything|life|myself|living)|(?:want|wanted|need|needs) (?:it all|everything|the pain|this|the thoughts|the voices) to (?:stop|end)\\b(?! (?:raining|so|because))|might as well (?:end it|die|be dead|not be here|not exist)|(?:going to|gonna|about to|i'?ll|i will|want to) jump\\b(?! (?:on|in|into (?:a|the) (?:call|meeting|queue)|the queue|ship|at|for joy))|walk(?:ing)? into the (?:sea|river|canal|traffic|road)|(?:step|stepping|jump|jumping|throw (?:my|him|her)self) in front of (?:a|the) (?:train|bus|lorry|car|traffic)|(?:hoard(?:ing|ed)?|saving up|collect(?:ing|ed)|stash(?:ing|ed)?) (?:my |his |her |the )?(?:pills|tablets|meds|medication|paracetamol)|lethal dose|overdose on|how much \\w+ (?:would|will|does it take to) (?:kill|be fatal)|how many (?:pills|tablets|paracetamol|co-?codamol|of (?:these|them|my \\w+)|\\w+ tablets) (?:to|would|will|does it take to) (?:die|overdose|kill|be fatal)|(?:taken|took|swallowed|had) (?:my|his|her|their) (?:whole|entire|full|week'?s|month'?s) (?:prescription|supply|box|packet|pack|blister)|(?:taken|took|swallowed) all (?:my|his|her|their) (?:tablets|pills|meds|insulin|medication)|(?:wrote|written|writing|left) (?:a|my|his|her) (?:suicide )?note|(?:tied|tying|bought|got|made) (?:a|the) (?:rope|noose|ligature)|(?:not going to|won'?t|will not) be (?:here|around|alive) (?:much longer|for long|tomorrow|by (?:the )?morning|next week)|(?:urges|thoughts) (?:of|to) (?:self[- ]harm|harm myself|hurt myself|cut|suicide|die))",
    2,
  ],
  [
    "third-broad",
    "\\b(?:(?:my|our|his|her) \\w+|he|she|they|(?:he|she)'?s|mum|mom|dad|son|daughter|brother|sister|partner|friend|mate)(?:'s| is| are| has been| have been| keeps?| kept| was)? (?:talking|saying|texting|posting|threatening|messaging|going on|on about)(?: about| to)? (?:suicide|killing (?:him|her|them)sel(?:f|ves)|ending (?:it|his life|her life|their life|things)|end it|die|dying|jump(?:ing)?|overdos\\w*|taking (?:all )?(?:his|her|their) (?:tablets|pills|meds)|take (?:all )?(?:his|her|their) (?:tablets|pills|meds)|not wanting to (?:live|be here))|\\b(?:locked|shut|barricaded) (?:him|her|them)sel(?:f|ves) in\\b[^.?!]{0,40}\\b(?:knife|blade|pills|tablets|razor|rope|won'?t come out)|\\b(?:he|she|they)(?:'s| is| are) (?:suicidal|self[- ]harming|not safe)\\b",
    2,
  ],
  [
    "distress",
    "\\b(?:hopeless|worthless|empty inside|numb|can'?t take (?:much )?more|end it|please help(?: me)?|help me|scared|alone|nobody (?:cares|listens)|no one (?:cares|listens))\\b",
    1,
  ],
  ["rope-end", "\\b(?:end of my (?:rope|tether)|at my wits'? end and|can'?t cope any ?more)\\b", 2],
  [
    "crisis-more",
    "\\b(?:done with (?:life|living|everything|it all|this life|being alive|this world)|(?:can'?t be arsed|can'?t be bothered|don'?t want to keep|no point) (?:with )?(?:living|being alive|carrying on|going on|existing)|(?:go to |want to |wanna )?sleep (?:forever|for ever|and never wake)|\\bi (?:just |really |honestly )?want out\\b(?! of)|(?:i'?m|i am|i'?d be|i would be) better off (?:gone|dead|not here|not alive)|(?:world|everyone|everybody|they|family|my family|my kids|people) (?:would be|'d be|will be) (?:better|happier) (?:off )?without me|(?:don'?t|can'?t|cannot) see the point (?:in|of) (?:anything|living|life|going on|carrying on|being here)|ready to (?:end (?:it|things|my life|it all)|die|go for good)|(?:going|gonna|about) (?:to )?take (?:all|every one) (?:of )?(?:her|his|my|their|the) (?:pills|tablets|meds|medication)|take everything in the (?:medicine )?(?:cabinet|cupboard|drawer)|(?:posted|sent|wrote|left) (?:a |his |her |their )?goodbye (?:message|post|letter|note|video)|goodbye (?:message|post|letter|note) (?:on|to)|edge of (?:the|a) (?:bridge|cliff|roof|building|platform|car park)|(?:not going to|won'?t|don'?t think i'?ll) make it through (?:tonight|the night|today|the weekend)|(?:want|need|urge|urges) to cut\\b|(?:head|mind|voices?|brain) (?:is |are |keeps? )?(?:telling|tells|told) me to (?:end it|die|kill|hurt|jump|do it)|(?:end|stop) the pain (?:for good|forever|permanently)|i want to end the pain|make the pain stop for good|nothing matters any ?more|want it (?:all )?(?:over|to be over)|(?:i'?m|i am) (?:a |such a )?waste of (?:space|oxygen|a life)|can'?t stop thinking about (?:dying|death|killing myself|ending it|suicide))",
    2,
  ],
];

/** Phrases that look like crisis words but are everyday speech or about the topic in general. */
export const CRISIS_FALSE_FRIENDS =
  /\b(?:dying (?:to|for) (?:know|see|hear|try|go|get)|(?:is|are|was|queue|wait|waiting|back|feet|head|legs?|knees?|job|heat|traffic|parking|it'?s|that'?s|this) (?:is |was |are )?killing me|kill(?:ing)? (?:for|time)|to die for|(?:suicide|self[- ]?harm|mental health|crisis) (?:prevention|awareness|training|week|month|day|campaign|research|statistics|figures|rates?|services?|strategy|policy|policies|team'?s budget|funding|spend)|suicide squad|could kill (?:for|a)|crack(?:ing|ed)? me up|died laughing|kill me now lol|killed it|killing it|kill(?:ing)? myself laugh\w*|saved (?:my|her|his|our) life|(?:crisis (?:team|line|service)) (?:saved|helped|were|was|have been|has been|told|said|sent|never|didn'?t|refused|hung)|(?:under|with|from|by) the crisis team|feeling like myself again)\b/;

/**
 * Threats of violence or harm against staff, patients or premises that the
 * language analyser may not see as a threat on its own (reported or veiled).
 */
const THREAT_PHRASE_CUES: CueList = [
  [
    "waiting-for",
    "\\b(?:i'?ll|i will|we'?ll|we will|i'?m going to|im going to|gonna|going to) (?:be )?(?:waiting|wait) for (?:you|him|her|them|the|that|your)\\b",
    2,
  ],
  [
    "know-where",
    "\\b(?:i|we) know where (?:you|he|she|they|your|that \\w+) (?:live|lives|work|works|park|parks|drink|goes)\\b|\\bfind out where (?:you|he|she|they) (?:live|lives)\\b",
    2,
  ],
  [
    "weapon",
    "\\b(?:bring(?:ing)?|brought|carry(?:ing)?|coming (?:down |in |round )?with|got) (?:a|my|me) (?:knife|gun|blade|machete|baseball bat|bat|weapon|acid)\\b(?! and forks?| & forks?| sharpener| block| set| for (?:the|a) (?:cake|buffet|party))",
    2,
  ],
  [
    "premises",
    "\\b(?:burn|torch|blow up|bomb|smash up|petrol bomb|set fire to|trash) (?:the|this|your|that) (?:place|hospital|ward|building|clinic|surgery|unit|a&e|department|reception)\\b|\\bbomb (?:threat|scare)\\b|\\b(?:there'?s|there is|planted) a bomb\\b",
    2,
  ],
  [
    "regret",
    "\\b(?:you|he|she|they|staff)(?:'ll| will| are going to|'re going to|'re gonna| are gonna) (?:regret|pay for) (?:this|it|that)\\b|\\bwatch (?:your|his|her) back\\b|\\byou(?:'d| had) better watch (?:out|it)\\b",
    2,
  ],
  ["threatened", "\\b(?:threaten(?:ed|ing|s)?) (?:to )?(?:kill|stab|hurt|attack|hit|punch|shoot|beat)\\b", 2],
  [
    "veiled",
    "\\b(?:(?:some ?one|some ?body|one of (?:them|you|your \\w+)|(?:that|the|this) \\w+)(?:'s| is)? (?:going to|gonna|getting|gets|will get|'ll get) (?:get )?(?:hurt|stabbed|battered|kicked in|done in|slapped|shot|glassed|a slap|a kicking|a beating|what'?s coming|pay)|getting (?:his|her|their|your) (?:head )?(?:kicked in|smashed in|caved in|done in)|(?:i'?ll|i will|gonna|going to|i'?m going to) (?:break|smash|snap|kick in|wipe|knock|cave|punch|deck|batter|slap|bury|do) (?:his|her|your|their|every|the|that|them|him|you)\\b|(?:wants|needs|deserves|is asking for|are asking for|asking for) a (?:good )?(?:slap|smack|kicking|beating|hiding|battering|punch|hammering)|(?:won'?t|will never|never) (?:be )?walk(?:ing)? (?:again|to (?:her|his|their) car)|(?:i'?ll|i will|we'?ll|we will) find (?:you|him|her|them|out who)|(?:know|knows|found out) (?:where (?:she|he|you|they) (?:park|parks|live|lives|drink)|what car (?:she|he|you|they) drive|(?:her|his|your|their) kids'? school|(?:her|his|your) address)|(?:i'?ve got|i have|got) (?:his|her|your|their) (?:address|reg|number plate)|(?:brick|rock|petrol bomb|bottle) through (?:the|your|a|their) window|smash (?:every|all the|the) windows?|(?:fire|arson) (?:at|in) the [^.?!]{0,40}\\b(?:would|should|will|could) (?:solve|sort|teach|fix|sort out)|(?:set|start|light) (?:a )?fire (?:at|in|to)\\b|poison (?:the lot|them|him|her|the staff|staff)|who to sort out|wipe the smile off|pay with (?:their|your|his|her) li(?:fe|ves)|bringing my (?:lads|boys|mates|brothers|cousins)|(?:in a room|alone) with (?:me|him|her) for (?:5|five|ten|10|two|2) minutes|(?:be|wait) (?:waiting )?outside (?:his|her|your|their) (?:house|home|door))",
    2,
  ],
  [
    "warning",
    "\\b(?:last warning|final warning|you'?ll see what happens|you have been warned|you'?ve been warned|see how (?:they|you|she|he) like it|watch this space|you'?ll be sorry|think on|bring it on|coming for (?:you|her|him|them))\\b",
    2,
  ],
  [
    "come-down",
    "\\b(?:come|coming) (?:down|up|round|in) (?:there )?(?:and|to) (?:sort (?:them|you|her|him)|kick off|smash|deal with (?:them|you|her|him))\\b|\\b(?:next time i see (?:you|him|her|that \\w+))[^.!?]{0,40}\\b(?:hurt|smash|deck|sort|sorry|regret|face|teeth)\\b",
    2,
  ],
  [
    "veiled-2",
    "\\b(?:(?:come|coming) (?:down|up|round|in)(?: \\w+){0,2} (?:and|to) (?:sort|deal with|smash|kick off|hurt|sort out)|sort (?:the \\w+|them|you|him|her) out (?:properly|good)|(?:going to|gonna|will|i'?ll) (?:come in and )?(?:hurt|stab|kill|attack|hit|punch|batter) (?:somebody|someone|people|anyone|everyone|staff|a nurse|a doctor)|(?:had )?better hope (?:nobody|no one|i don'?t|we don'?t)|what time (?:he|she|they) (?:finishes|finish|leaves|clocks off)|petrol and (?:a )?(?:lighter|matches)|(?:a |suspicious )?(?:device|package) (?:under|in|at|near|outside)|knife'?s sharp|sharpen(?:ed|ing)? (?:my|the|a) (?:knife|blade)|get (?:jabbed|stabbed|hit|hurt|slapped|punched|battered) back|what a (?:real )?threat looks like|find out the hard way|(?:be a |would be a |it'?d be a )?shame if (?:something|anything) (?:happened|were to happen|was to happen)|not leaving until i'?ve (?:dealt with|sorted|had a word with)|deal(?:t)? with (?:the|that) (?:nurse|doctor|receptionist|guard|midwife|consultant|porter)|bring your (?:mates|friends|boys|lads)|you and me\\.|(?:lives|living) (?:at|on) (?:\\d+|[a-z]+ (?:road|street|lane|avenue|close|drive|way|crescent))|went up\\?? asking for a friend)\\b",
    2,
  ],
  ["mark-words", "\\bmark my words\\b", 1],
  ["veiled-3", "\\b(?:see|catch) you (?:soon|later|outside|after your shift)\\b", 1],
  [
    "veiled-4",
    "\\bteach (?:that|the|this|him|her|them|you)(?: \\w+)? a lesson\\b|\\b(?:i|we) know (?:what time|when) (?:the |that |your )?(?:\\w+ )?(?:staff|nurses?|doctors?|she|he|they|you)\\b[^.?!]{0,20}\\b(?:leave|leaves|finish|finishes|clock off|get off)|\\b(?:better|should) watch (?:yourself|yourselves|your back)\\b",
    2,
  ],
  [
    "veiled-5",
    "\\b(?:he|she|they|you|u)(?:'s|'re| is| are| will| 'll|'ll)? (?:going to |gonna )?(?:get|getting|gets) (?:knocked out|knocked down|decked|floored|sparked|a slap|a smack|hurt|battered|stabbed|done in|glassed|his head kicked in|her head kicked in|what'?s coming)\\b",
    2,
  ],
  ["if-i-see", "\\bif i (?:ever )?see (?:that|the|this|him|her|them|you)\\b[^.?!]{0,30}\\bagain\\b", 1],
  [
    "see-what-happens",
    "\\bsee what happens (?:when|if) (?:i|we)\\b|\\b(?:turn|turning) up at (?:the|your) (?:ward|hospital|reception|house|home)\\b[^.?!]{0,30}\\b(?:and|then)\\b",
    2,
  ],
  [
    "threat-more",
    "\\b(?:burn(?:ing|t)?|torch(?:ing)?) (?:the|this|your|that|their) (?:place|hospital|ward|building|clinic|unit|surgery) down|burn(?:ing)? it (?:all )?down|(?:better|should|might want to) lock your doors|lock your doors tonight|make (?:him|her|them|you|that \\w+|the \\w+) pay\\b|should be (?:scared|afraid|frightened|worried) of (?:me|us)|be very afraid|coming for (?:the|that|your|this) \\w+|(?:car|tyres|windows?) (?:gets?|get|will get|getting) (?:smashed|slashed|keyed|done|put in)|(?:smash|slash|key|torch) (?:your|his|her|their) (?:car|tyres|windows)|put (?:the|your|their|his|her) windows? in|(?:i'?ll|i will|gonna|going to) end (?:you|him|her|them)\\b|(?:i|we) know which (?:car|one|house) (?:it|is|she|he)",
    2,
  ],
  [
    "threat-weak",
    "\\b(?:come and find out|find (?:that|the) \\w+ and|outside the (?:staff )?(?:entrance|exit|car park)|never works? again|that'?s the least of it|the least of (?:your|her|his) worries|you'?ve been told)\\b",
    1,
  ],
];

/**
 * Each list is scanned on its own: within one list the leftmost match hides any overlapping one, and a
 * weak sign that starts earlier ("i'm done with …") must never hide a decisive phrase ("done with life").
 */
export const CRISIS_CUE_LISTS: readonly CueList[] = [
  CRISIS_PHRASE_CUES,
  CRISIS_KIND_CUES.filter((c) => c[2] >= 2),
  CRISIS_KIND_CUES.filter((c) => c[2] < 2),
  CRISIS_SIGN_CUES.filter((c) => c[2] >= 2),
  CRISIS_SIGN_CUES.filter((c) => c[2] < 2),
];
export const THREAT_CUE_LISTS: readonly CueList[] = [
  THREAT_PHRASE_CUES,
  THREAT_KIND_CUES.filter((c) => c[2] >= 2),
  THREAT_KIND_CUES.filter((c) => c[2] < 2),
  THREAT_SIGN_CUES.filter((c) => c[2] >= 2),
  THREAT_SIGN_CUES.filter((c) => c[2] < 2),
];
/** All crisis and threat cues as single lists (for the prefilter's property tests). */
export const CRISIS_CUES: CueList = CRISIS_CUE_LISTS.flat();
export const THREAT_CUES: CueList = THREAT_CUE_LISTS.flat();
