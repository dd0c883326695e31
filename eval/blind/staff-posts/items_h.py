# Clean posts and traps, plus a few more official/devolved posts. Written one by one.
from helpers import *

W, F, X, B, I, T, L = "whatsapp", "facebook", "x", "bluesky", "instagram", "tiktok", "linkedin"

femi = pa("@femi_rn", "Staff nurse, Wolverhampton. Views my own.")
han = pa("@hannah_rna", "Nursing associate at Roseberry Park. All views my own.")
bel = pa("@bel_midwife", "Midwife in Manchester. Personal account, views my own.")
mick = pa("@mick.hca", "HCA at New Cross", True)

it("Watched Oppenheimer on my nights off, the bomb scene had me shaking 😳",
   [], "TRAP: a film review that mentions a bomb", X)

it("Bank shift in Scunthorpe done, lovely team, would go back",
   [], "TRAP: place name containing rude letters", F)

it("Our new starters are absolutely killing it 🔥 so proud of you all",
   [], "TRAP: idiom", W)

it("Penistone parkrun this morning and a new PB 🏃‍♀️",
   [], "TRAP: place name", I)

it("The Green Team at Roseberry Park planted 200 bulbs today 🌷 roll on spring",
   [], "TRAP: 'Green' is a staff gardening group, not a party; disclaimer in bio", X, han)

it("Self Care Week reminder: most coughs and colds clear up on their own in 1-3 weeks. Your pharmacist can help with the rest.",
   [], "TRAP: general health information", F)

it("Dying to get home and see the dog 🐶",
   [], "TRAP: idiom", W)

it("Nightmare on the M6 this morning, two hours to get to work. Left at 5, arrived at 7, shift started at 7. Magic.",
   [], "TRAP: traffic, not an emergency affecting the trust", F)

it("Reform of the nursing associate role is long overdue, and I say that as one.",
   [], "TRAP: 'reform' is not the party; own work with disclaimer in bio", X, han)

it("It's a crime how good the canteen's Christmas dinner was this year 🎄",
   [], "TRAP: idiom", F)

it("Shoutout to Sandeep in pharmacy for the fastest TTOs in the west 🤠",
   [], "TRAP: thanks naming a colleague", W)

it("Party on labour ward tonight! Three babies in an hour, the good kind of party 👶👶👶",
   [], "TRAP: 'party' and 'labour', no baby or mother identifiable; no account", X)

it("We've had so many falls with the icy pavements. Check on your older neighbours, and well-fitting slippers save hips!",
   [], "TRAP: general health information", F)

it("Three years since I qualified as a midwife. Grateful every day for the families who let us into the biggest moment of their lives.",
   [], "own work with disclaimer in bio", L, bel)

it("telling my patients I'm 25 when I'm actually 41 and them believing me 💅",
   [], "TRAP: own age, no date, no patient identifiable", T)

it("Happy New Year to everyone starting 2027 on a night shift 🎆 you're the real ones",
   [], "New Year's Day greeting", B)

it("Reminder: ward 9 Christmas do is at the Mitre, 7:30 on the 19th. Secret Santa max £10!",
   [], "TRAP: staff party at a public venue", W)

it("Big shout out to our domestics, the unsung heroes of every single ward 🧽",
   [], "thanks", F)

it("Our ED's new paediatric area is gorgeous. Well done to the play specialists who designed it",
   [], "own workplace praise with disclaimer in bio", X, femi)

it("Anyone got a spare phone charger on the unit? Mine's died and I'm on till 8",
   [], "logistics", W)

it("Our Christmas fair is at Roseberry Park, Marton Road, Middlesbrough TS4 3AF, Saturday 12th, 10-2. Come and buy some tat for a good cause!",
   [], "TRAP: the hospital's own address and postcode", F)

it("If you need to reach someone on the ward over Christmas please ring the switchboard on 01902 307999 and ask for the ward. Please don't message staff on here x",
   [], "TRAP: the trust's published switchboard", F)

it("Best mates since uni, now both qualified 🥹💙",
   [], "TRAP: personal account tagging with consent (media.tagging is only for official/devolved)", I, femi, [M(True, True, ["@ellie.rn"])])

it("A patient told me today I was 'the kindest nurse she'd ever met'. Keeping that one forever.",
   [], "TRAP: patient mentioned but not identifiable; disclaimer in bio", X, femi)

it("Don't forget to finish your IG training before the 31st, it's on the learning hub",
   [], "reminder", W)

it("My mum always said nursing would break my back. She was right but I'd do it all again",
   [], "reflection", F)

it("Second Christmas away from home working on the ward. My mum sent a parcel of jollof spice so the staff room smells amazing 🎄🇳🇬",
   [], "TRAP: 'away from home' means far from family, not an empty house; disclaimer in bio", I, femi)

it("Who's coming to the retirement do for Margaret on Friday? She's done 41 years on outpatients 💐",
   [], "TRAP: retirement naming staff", W)

it("Warming up for the staff charity bake off. My lemon drizzle is a weapon",
   [], "TRAP: idiom 'weapon'", X, femi)

it("The snow this morning at West Park 😍 ward garden looked like Narnia",
   [], "TRAP: weather, disclaimer in bio", I, han)

it("Three stone down since I started cycling to work. Best thing I ever did",
   [], "own health, told by herself", F)

it("Can't wait for the student awards tonight, our ward has three nominees 🤞",
   [], "TRAP: awards", X, han)

it("Reading a junior doctor's memoir on the bus and laughing out loud like a weirdo. Also crying. Bus is confused",
   [], "TRAP: a book mentioned, no product endorsed, no work detail", X)

it("Trying to explain to my nan that 'on call' doesn't mean I'm sat by the phone all weekend",
   [], "chat", F)

it("Love that our ward has its own bookswap shelf now. Take one, leave one 📚",
   [], "clean", I, femi)

it("Feeling a bit emotional. Last shift on the unit before I move to community next week. Going to miss this lot.",
   [], "own work with disclaimer in bio", F, han)

it("Best tip I got as a student: write everything down, and always eat before a night shift.",
   [], "TRAP: general tips, not medical advice", T)

it("I'm so proud to work with people who come in on Christmas Day and make it feel like Christmas for people who can't be at home.",
   [], "reflection, no patient identifiable", F)

it("The 6am sky over the car park is the only perk of nights 🌅",
   [], "clean", I, bel)

it("Hi all, just a reminder that the patient safety huddle has moved to 8:15 from Monday",
   [], "internal logistics, nothing confidential", W)

it("Missing the ward already and I've only been on leave for two days 😂",
   [DM], "talks about work; bio names the hospital, no disclaimer", F, mick)

it("Just finished a 12.5 on AMU, feet are destroyed, never been happier to see my sofa",
   [DM], "talks about work; bio identifies him, no disclaimer", X, mick)

it("Eleven years on the same ward and today a student asked me why I stay. Honest answer: the team, the tea, and the moment someone who came in terrified goes home smiling. The pay is not the reason, obviously. Views my own 💙",
   [], "TRAP: a long x post that stays under the 280 limit; disclaimer in post", X, femi)

it("Night shift survival kit, ranked: 1. a flask of tea 2. a fleece for 4am 3. snacks that aren't biscuits 4. someone who laughs at your terrible jokes 5. the sunrise over the car park on the walk out. What's on your list? (views my own, snacks are shared)",
   [], "TRAP: a long bluesky post that stays under the 300 limit; disclaimer in post", B, bel)

it("Please send love to Claire on our ward, she's been signed off with anxiety for a month and she's really struggling. She'd kill me for posting this but she needs to know we care",
   [NAME], "STAFF-CONF: colleague's sickness absence and mental health; 'kill me' is an idiom", F)

it("Agency nurse Joseph was sent home tonight after turning up smelling of drink. Nobody's allowed to say anything but the whole shift saw it",
   [NAME], "STAFF-CONF: named worker in a conduct matter", W)

# --- more official / devolved ---

it("Our new Chief Executive starts today. Read more about her plans for the year ahead on our website.",
   [LINK], "promises more information with no link", X, OFF["RWT"])

it("Hillingdon Hospitals Charity's winter appeal is raising money for new recliner chairs for our day surgery unit. Every pound helps 💙",
   [], "official charity appeal", F, OFF["THH"])

it("Great to see so many of you at our staff vaccination drop-in today!",
   [CONSENT, TAG], "official account: identifiable staff without consent, and tags", I, OFF["EPUT"], [M(True, False, ["@dan_okafor_acp", "@nurse_priya_s"])])

it("Congratulations to the family of baby Noah, the first baby born in our new birth centre at 02:14 on 1 January 2027, weighing a healthy 3.8kg! 🎉",
   [CLIN, DOB, NAME], "devolved maternity account naming a baby with birth date and weight", F, DEV["stmarys"])

it("Know your numbers: a blood pressure check at your local pharmacy takes five minutes and could save your life. nhs.uk/bp",
   [], "TRAP: general health information from the official account", X, OFF["CMFT"])

it("Our spring prospectus is out! Free courses on managing anxiety, sleep, and living well with long-term conditions: tewv.nhs.uk/recovery",
   [], "devolved account with link", F, DEV["arch"])

it("Tonight's on-site security cover is reduced to one officer after 11pm because of sickness, so staff leaving late please walk out in pairs.",
   [SEC], "devolved estates account disclosing guard cover", X, DEV["estates"])

it("Proud that 94% of our patients would recommend our ward to friends and family this quarter 💙",
   [PERF], "devolved ward account commenting on performance figures (non-official voice)", F, DEV["ward5"])

it("Happy Christmas from everyone at TEWV 🎄 If you need mental health support over the holidays, call NHS 111 and select option 2.",
   [], "TRAP: official greeting with national helpline", F, OFF["TEWV"])

it("Mum's carer needs my NI for the direct payments form, it's WL 73 05 88 D, can you pass it on when you see her",
   [NINO], "own NI number in a family chat", W)

it("If anyone found a purple stethoscope in the MRI canteen please email me at lou.pip88@yahoo.co.uk, it was my grandad's 💜",
   [EMAIL], "personal e-mail", X)
