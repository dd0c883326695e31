# ---- Part 5: confidential business, security, raising concerns, away from home ----

A("Sources say Willow ward is closing in March and nobody's told the staff yet. Classy.",
  'conf', "an unannounced closure; disclaimer in bio", 'x',
  Pn('@rmn_lydia', 'RMN. Views my own.'))

A("heads up, the cleaning contract is going to a new provider from April, saw it in the board papers before they're published",
  'conf', "a contract decision not yet public", 'whatsapp')

A("Excited to be leading our trust's bid for the new Essex community mental health contract. Tender goes in next Friday, wish us luck! 🤞",
  'conf', "an open tender, not yet public", 'linkedin',
  Pn('@bd-manager-holly', 'Business development. Views my own.'))

A("So the restructure IS happening. 40 band 7 posts going down to 28. Consultation starts in Jan but I've seen the slides.",
  'conf discl', "an unannounced restructure; no disclaimer", 'facebook',
  Pn('@band7.bernie', 'Team leader, community MH'))

A("leaked org chart lol 👀 apparently they're merging the two crisis teams in the spring",
  'conf', "an internal restructure not yet public; image of a document, no people", 'instagram',
  Pn('@whisper.nurse', 'nurse | views mine'), M(False, False))

A("they're selling the old hospital site to a housing developer and the deal's not even announced yet 🤐",
  'conf', "an unannounced sale", 'tiktok')

A("Słyszałam, że od lutego zamykają oddział dzienny w Grays, ale to jeszcze tajemnica",
  'conf', "PL: 'I heard they are closing the day unit in Grays from February, but it's still a secret.'", 'whatsapp', lang='pl')

A("Our partner council is pulling funding for the recovery college next year. Not announced yet but they told us in the meeting today.",
  'conf', "partner information not yet public; disclaimer in bio", 'x',
  Pn('@rc_tutor_ash', 'Recovery college tutor. Views my own.'))

A("Can finally say… actually can't say yet 🤫 but a big pharma company is about to partner with our unit on a £2m trial",
  'conf', "partner deal not yet public", 'bluesky',
  Pn('@trials-nurse-meg.bsky.social', 'Research nurse. Personal views.'))

A("New patient record system is going to be the American one, the board picked it yesterday, don't tell anyone I said",
  'conf', "a procurement decision not yet public", 'facebook')

A("We're delighted to announce our new partnership with Anglia Ruskin University, launching today. Read more: eput.nhs.uk/news",
  '', "TRAP: the official account announcing a partnership publicly", 'x', OFF())

A("We're consulting on changes to our inpatient services and we want to hear from you. Have your say by 31 January: eput.nhs.uk/consultation",
  '', "TRAP: a public consultation, already public", 'facebook', OFF())

A("New code for the staff room is 1984#, the old one stopped working again",
  'sec', "door code", 'whatsapp')

A("The magnetic lock on the back door of Cedar ward has been broken for 2 weeks and estates couldn't care less",
  'sec concern', "a broken lock made public, and a workplace concern escalated in public", 'x')

A("Keys for the drugs cupboard are in the top drawer under the diary if you're on bank tonight x",
  'sec', "where keys are kept", 'facebook')

A("Lone working tonight at the Grays hub, just me and the security guard, and he leaves at 10 🙃",
  'sec', "lone working and guard hours at a named site; disclaimer in bio", 'instagram',
  Pn('@night.cpn.ruby', 'CPN | views my own'))

A("CCTV in our staff car park hasn't worked since October lol so park at your own risk",
  'sec', "broken CCTV", 'tiktok')

A("wifi password for the ward laptop is Willow2026! don't give it to patients",
  'sec', "password", 'whatsapp')

A("Proud of our new digital board: staff log in with the shared account nurse01 / Spring2027 so no faffing with smartcards 🙌",
  'sec', "login credentials", 'linkedin',
  Pn('@digital-nurse-owen', 'Digital nurse lead. Views my own.'))

A("El código de la puerta de la unidad es 4590#, por si alguien lo olvida otra vez",
  'sec', "ES: 'The unit door code is 4590#, in case anyone forgets it again.'", 'whatsapp', lang='es')

A("Heads up night staff: the panic alarms on the ground floor at the Linden Centre aren't linked to reception this week, use your radios",
  'sec', "alarm failure at a named site", 'facebook')

A("security rota for Xmas: nobody on site on the 25th after 8pm, just the on-call",
  'sec', "guard rota", 'whatsapp')

A("Visitors to Poplar ward: if reception is closed, the keypad code is on the sign by the lift 👍",
  'sec', "where the door code is kept", 'x',
  D('@EPUTPoplarWard', 'Poplar ward team'))

A("Cyber security awareness week: never share your password, not even with IT. Phishing emails can look very real, so if in doubt, report it.",
  '', "TRAP: generic password advice", 'x', OFF())

A("Lock screen = life. Don't leave your login open on a shared PC 🔒",
  '', "TRAP: generic security advice; disclaimer in bio", 'instagram',
  Pn('@ig.nerd.nurse', 'IG lead nurse | views my own'))

A("I've raised staffing on our ward five times with management and nothing. So I'm saying it here: it is not safe on nights.",
  'concern', "escalating a concern in public; disclaimer in bio", 'x',
  Pn('@safe_staffing_nurse', 'Nurse. Views my own.'))

A("Our manager is bullying half the team and HR won't do anything. Posting this because I've run out of options.",
  'concern discl', "raising a workplace concern in public; no disclaimer", 'facebook',
  Pn('@carly.rmn.essex', 'RMN in Essex'))

A("Open letter to our Chief Executive: the crisis line was unstaffed for 3 hours last Saturday night. People rang and nobody answered. I have the evidence.",
  'concern perf', "public escalation of a concern about the trust's service failure", 'linkedin',
  Pn('@crisis-line-worker', 'Crisis support worker. Views my own.'))

A("whistleblowing on here because speak up did nothing: our unit is using seclusion way more than it's recording 🧵",
  'concern', "public whistleblowing instead of the internal route", 'tiktok',
  Pn('@truth.from.the.ward', 'views my own'))

A("Someone needs to know: the vaccine fridge on our unit has been out of range for a week and nobody is reporting it",
  'concern', "raising a concern in public", 'instagram',
  Pn('@clinic.nurse.mel', 'nurse | views my own'))

A("Dw i wedi codi pryderon am ddiogelwch y ward dair gwaith, a does neb yn gwrando. Felly dw i'n ei ddweud e yma.",
  'concern', "CY: 'I have raised concerns about ward safety three times, and nobody listens. So I'm saying it here.'", 'facebook',
  Pn('@nyrs.dafydd', 'Nyrs. Fy marn i yn unig.'), lang='cy')

A("Is anyone else at EPUT being made to do 4 nights in a row with no breaks? Going to the papers if it carries on",
  'concern', "public escalation, threatening the press", 'facebook')

A("Research governance at my trust is a joke. Consent forms going missing and the lead just shrugs. Flagging publicly since internal routes failed.",
  'concern', "public escalation", 'bluesky',
  Pn('@anon-research-nurse.bsky.social', 'Research nurse. Own views.'))

A("In this video I talk about why I'm leaving nursing after reporting unsafe practice on my ward and being completely ignored.",
  'concern discl', "a workplace concern aired publicly; no disclaimer", 'youtube',
  Pn('@ExNurseEmma', 'Ex-nurse, Essex'))

A("If you're worried about something at work, talk to your Freedom to Speak Up Guardian. Ours is brilliant and it really is confidential.",
  '', "TRAP: promotes the internal route; disclaimer in bio", 'x',
  Pn('@ftsu_champion_jo', 'Speak Up champion. Views my own.'))

A("Raised the broken hoist on Datix this morning and estates had it fixed by lunch. The system works sometimes! 🙌",
  '', "TRAP: a concern raised internally and resolved; a hoist is not a security device; disclaimer in bio", 'facebook',
  Pn('@manual.handling.mo', 'Physio. Views my own.'))

A("2 weeks in Lanzarote from tomorrow!!! ☀️ house sitter cancelled so it's just the cat holding the fort 😂",
  'away', "announces an empty home", 'facebook',
  Pn('@jackie.and.dave', None, emp=False))

A("Finally off to Thailand for a whole month 🇹🇭 see you all in February!",
  'away', "away from home", 'instagram',
  Pn('@travelling.rmn', 'RMN on a break 🌴 views my own'))

A("Last night shift before Christmas done! Now driving up to my mum's in Newcastle till the 2nd 🎄",
  'away', "away from home over set dates; disclaimer in bio", 'x',
  Pn('@geordie_in_essex', 'Nurse. Views my own.'))

A("empty house for the next 10 days while we're in Florida 🎢 who wants to come and water my plants lol",
  'away', "announces an empty home", 'tiktok')

A("ਅਸੀਂ ਕੱਲ੍ਹ ਤੋਂ ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਲਈ ਪੰਜਾਬ ਜਾ ਰਹੇ ਹਾਂ, ਘਰ ਖਾਲੀ ਰਹੇਗਾ, ਕੋਈ ਡਾਕ ਚੁੱਕ ਲਵੇ ਪਲੀਜ਼",
  'away', "PA: 'We're going to Punjab for three weeks from tomorrow, the house will be empty, could someone pick up the post please.'", 'whatsapp', lang='pa')

A("NYE in Edinburgh 🎆 back on the 3rd, someone remind me to put the bins out",
  'away', "away from home", 'facebook',
  Pn('@kirsty.b', None, emp=False))

A("Off to RCN Congress in Liverpool for the whole week, my first one! 🎉",
  'away', "away from home for a week; disclaimer in bio", 'linkedin',
  Pn('@nurse-fola', 'Staff nurse. Views my own.'))

A("Plec acasă în România de Crăciun, trei săptămâni! 🇷🇴❤️",
  'away', "RO: 'Going home to Romania for Christmas, three weeks!'", 'x',
  Pn('@mihaela_rgn', 'Asistentă. Păreri proprii.'), lang='ro')

A("Skiing in Val Thorens all week ⛷️🏔️ the Christmas rota can cry without me",
  'away', "away from home; disclaimer in bio", 'instagram',
  Pn('@ski.nurse.flo', 'nurse | views my own'))

A("Hubby and I away for our anniversary this weekend, kids at my mum's, so the house is all yours burglars 😂",
  'away', "announces an empty home", 'facebook',
  Pn('@tash.and.lee', None, emp=False))

A("Working from home today, drop me a Teams message if you need me 💻",
  '', "TRAP: at home, not away; disclaimer in bio", 'x',
  Pn('@pmo_lauren', 'Project manager. Views my own.'))

A("Back from holiday and straight into a 12.5 hour shift 😵 send coffee",
  '', "TRAP: back home, not away; disclaimer in bio", 'instagram',
  Pn('@coffee.and.scrubs', 'nurse ☕ views my own'))
