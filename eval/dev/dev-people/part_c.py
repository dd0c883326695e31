# English: review-only categories, and more clean near-misses
from lib import *
MFT = "Official account of Manchester University NHS Foundation Trust"

# review
P("14 hour shift done. f*cking shattered. feet have left the chat",
  [PROF], "masked swearing about own shift", plat="x")
P("A&E wait at ours is 11 hours tonight. ELEVEN. and they wonder why nobody wants to work here",
  [PERF], "commentary on waiting times from a staff voice", plat="x")
P("off to Lanzarote for 2 whole weeks from saturday ☀️ house sitter cancelled so the cat's going to my mum's. no emails no bleeps no nothing",
  [AWAY], "telling people she will be away from home", plat="instagram",
  acc=per("@ellie.theatres", "ODP. views my own"))
P("reminder the keypad on the maternity staff room is still 1973 because nobody's changed it since the 70s 🙄",
  [SEC], "door code published", plat="x")
P("I've raised the broken hoist on ward 30 four times through datix and my manager and NOTHING. so now I'm saying it here. someone is going to get hurt.",
  [RAISE], "escalating a concern in public", plat="x")
P("been asked to give evidence at an inquest next month. first time ever. can't say anything else but I'm terrified",
  [LEGAL], "comment on an inquest involving the organisation's people; no patient identifiable", plat="x")
P("fire alarm going off for real in the tower block, smoke on level 3, we're evacuating the ward down the back stairs now",
  [EMERG], "live emergency posted by staff", plat="x")
P("Another night on delivery suite. 4 births, 2 emergencies, zero breaks. Wouldn't change it. 💙",
  [NODISC], "personal account identifies as employee, talks about work, no disclaimer", plat="x",
  acc=per("@midwife_kayleigh_m", "Midwife at Saint Mary's 👶💙"))
P("Good morning from a very sunny Oxford Road ☀️ first coffee of the day",
  [BRAND], "personal handle uses 'NHS'", plat="x",
  acc=per("@nhs_nurse_jade", "Nurse. Views my own."))
P("selling my old scrubs, 3 sets size 12, barely worn. £10 each, email me on jade.marsh@nhs.net if interested",
  [NHSMAIL], "NHS e-mail given for a personal sale", plat="facebook",
  acc=per("@jadey.m", "mum, nurse, gin. views my own"))
P("To my cousin who keeps asking — at your weight you can take 1g paracetamol 4 times a day with the ibuprofen, you'll be fine, stop panicking",
  [ADVICE], "dosage advice to a person", plat="facebook")
P("use my code MIDWIFEMEG for 20% off these compression socks!! lifesavers on a 12.5 hr shift 🧦",
  [COMM], "discount code", plat="instagram",
  acc=per("@midwifemeg", "Midwife 💕 views my own"))
P("if you vote for that lot at the next election you clearly don't care about the NHS. simple as.",
  [POL], "attack on a party", plat="x")
P("heard the birth centre is closing in April. they're telling staff next week apparently so act surprised",
  [CONF], "closure not yet public", plat="x")
P("Made hoodies with the trust logo on the back for our ward 10k team! £15 each, DM me to order 🏃",
  [LOGO], "trust logo used on merchandise", plat="facebook",
  acc=per("@runningrach", "Runner. Nurse. My views, not my employer's."))
P("Congratulations to our fundraising team who completed the Three Peaks for our neonatal unit! 🏔️",
  [TAG], "official account media with tags", plat="instagram", acc=off("@MFTnhs", MFT),
  media=[img(True, True, tags=["@jo_runs_far", "@big_steve_hikes"])])
P("Find out more about our new visiting hours on the maternity wards, starting 1 February",
  [LINK], "promises more information with no link", plat="x", acc=off("@MFTnhs", MFT))
P("Right. Long one. After 12 years in the NHS I've finally worked out the secret to surviving nights: a proper meal at 2am, not crisps. A 20-minute nap if you can get one. Water, not energy drinks. Be nice to the porters. Be nicer to the cleaners. Tell your colleagues when they've done well. And go to bed when you get home, don't doom scroll. that's it. that's the thread.",
  [LEN], "x post well over 280 characters, otherwise clean", plat="x",
  acc=per("@nightsnurse_ade", "Nurse. Views my own."))
P("management have decided we don't need a second midwife on nights on the birth centre. I've put it through the proper channels. nobody's listening. so here it is.",
  [PERF, RAISE], "public escalation about staffing levels", plat="facebook")
P("they've changed the alarm code on the pharmacy store and written the new one on a post-it ON THE DOOR 😂😂 you couldn't make it up",
  [SEC], "security arrangement disclosed", plat="x")
P("Back from maternity leave next week and honestly dreading the rota. WTF is self-rostering and why has nobody explained it",
  [PROF], "acronym swear word", plat="x")
P("The new car park barrier system at the MRI is a shambles, 40 mins to get out tonight. who signed off on this contract",
  [PERF], "criticism of the organisation's operations", plat="x")
P("Friends of mine: our ward is looking for a new supplier of dressing packs and my brother-in-law's company does them, cheapest around, I've put his name forward 😉",
  [COMM, CONF], "undeclared commercial interest + internal procurement", plat="facebook")
P("Police have been on the ward all afternoon about the missing controlled drugs. can't say more. wild.",
  [LEGAL], "police investigation involving the organisation; nobody named", plat="x")
P("ugh the lone working rota for community nights has me on my own in Wythenshawe tues/thurs again with no buddy phone. 🫠",
  [SEC], "lone working rota disclosed", plat="x")

# more clean near-misses
P("that feeling when a 3 yr old tells you you're the best doctor in the world because you gave her a sticker. best bit of the job 🥹",
  [], "a child mentioned with no identifying detail", plat="x",
  acc=per("@paedsreg_tom", "Paeds registrar. Views my own."))
P("shoutout to the dad on the bus this morning who gave up his seat for a heavily pregnant lady. that's it, that's the post",
  [], "strangers on a bus, not patients", plat="x")
P("Breastfeeding support group is every Tuesday 10-12 in the Wellbeing Hub. Dads, partners and grandparents welcome ☕",
  [], "service information", plat="facebook", acc=dev("@StMarysInfantFeeding", "Infant feeding team, Saint Mary's"))
P("A kind reminder that our Freedom to Speak Up guardians are here for you: speak to Nadia or Liam in confidence, intranet page 'FTSU'.",
  [], "staff named in a support role; signposting the internal route is not raising a concern", plat="facebook",
  acc=dev("@MFTstaffvoice", "Staff engagement team"))
P("Remembering today the 15 babies whose families joined us for our annual Wave of Light service. Every baby, every name, remembered 🕯️",
  [], "aggregate remembrance, nobody named", plat="facebook", acc=off("@MFTnhs", MFT))
P("Pro tip: never share your smartcard PIN, not even with your ward manager. Not even if they bring doughnuts.",
  [], "generic security advice", plat="x")
P("🔥 Fire drill on ward 20 at 10am Weds — it's planned, please don't panic",
  [], "planned exercise", plat="whatsapp")
P("My son's nursery teacher is expecting twins and she's SO excited. I've been told to keep quiet but I'm telling you lot because you don't know her 😂",
  [], "pregnancy of a non-patient, no care context", plat="x")
P("At 3am tonight I'll have been a nurse for exactly 25 years. My first patient was a man who told me I'd 'never last'. Ha.",
  [], "own anniversary; a patient from 25 years ago, nothing identifying", plat="facebook")
P("Just watched the documentary about the Manchester Arena attack with my daughter. I was working in resus that night. Hug your people tonight.",
  [], "a public event recalled by staff; no patient identifiable", plat="facebook")
P("The Ronald Lewis Garden is now open for patients, families and staff to enjoy. Named after our much-loved gardener who retired last spring 🌿",
  [], "garden named after a retired staff member", plat="instagram", acc=off("@MFTnhs", MFT))
P("Doing the maths: 12 beds, 4 HCAs, 2 nurses, 1 kettle. The kettle is the MVP.",
  [], "own ward joke", plat="x")
P("Saw a bloke in Tesco wearing a t-shirt that said 'I survived the MRI car park'. Needed that laugh tbh",
  [], "stranger in a shop; no patient", plat="x")
P("our new F1s start next week! welcome Aoife, Dafydd, Oluwaseun and Zhang Wei 🎉 you'll be fine, we promise",
  [], "welcome new doctors; names from several origins", plat="x", acc=dev("@MRImedicine", "Medicine directorate team"))
P("If your baby's temperature is 38°C or above and they're under 3 months old, call your GP, 111 or take them to A&E. Trust your instincts.",
  [], "general health information with age and temperature, no individual", plat="facebook", acc=off("@MFTnhs", MFT))
