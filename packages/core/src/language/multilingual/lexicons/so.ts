import type { Lexicon } from "../lexicon.js";
import { w } from "./words.js";

/** Somali. */
export const so: Lexicon = {
  lang: "so",
  latinNeedsEvidence: true,
  prodrop: true,
  words: {
    ident: w(`haween*|dumar*|gaalo|muslimiin|soomaali*|madow*|laab-la-kac|qaxooti*|naafo*|khaniis*`),
    slur: w(`addoon*|jareer*|khaniis*|dhillo*|sharmuuto*|gaal*`),
    derog: w(`nacayb*|necb*|nacaa*|xun*|xumaan*|wasakh*|qashin*|doqon*|doqomo|nacas*|caajis*|tuug*|
      been*|beenaalayaal|ceeb*|fadeexad*|xoolo|eey|eeyo|doofaar*|aan waxba aqoon|waxba aqoon|aan waxba
      garanayn|jahli*|jaahil*|waalan*|xayawaan*|bahal*|halis*|dambiil*`),
    insult: w(`doqon|doqomo|nacas|nacasyo|eey|eeyo|dameer|dameero|ilma dhillo|ilma-dhillo|wasakh|
      xayawaan|bahal|jaahil|jaahiliin|waalan|qumayo`),
    violence: w(`dil*|dili doon*|dilaa*|laayaa|laay*|gub*|gubi doon*|garaac*|toogo*|mindi*|jar*|
      dhimo|dhinta|dhimasho`),
    profanity: w(`wasmo|siil*|guus|futo|futada|dhillo|qaxbad*|naag dhillo|kalax`),
    positive: w(`dad|dadka|bini aadam|xushmad|ixtiraam|xaq|xuquuq|sinaan|siman`),
    negator: w(`ma|maaha|aan|maya|waligay|weligay|marnaba|ha`),
    report: w(`dhahay|yiri|yidhi|leh|qoray|faallo|cunsuri*|takoor*|jooji|bas`),
    they: w(`iyaga|kuwaas|kuwan`),
    you: w(`adiga|idinka|aad|idin|kuu|idiin|dhammaantiin|dhamaantiin|waxaad|tihiin|tahay|idinku`),
    clause: w(`laakiin|balse|maxaa yeelay|sababtoo ah|iyo|ama|haddii|markii|in`),
    function: w(`waa|waxay|waxaan|ayaa|ayuu|ayay|iyo|oo|ee|ka|ku|u|la|soo|sii|baa|waan|wuu|way|isbitaalka|
      dhakhtar*|kalkaaliye*|maanta|halkan|aniga|annaga|anaga|hadda|aad|waxa|ma|mid|kale|dhammaan|kuwa`),
  },
};
