# X and Bluesky posts from personal accounts (and some with no account). Written one by one.
from helpers import *

X = "x"
B = "bluesky"

lou = pa("@lou_nurses_wolves", "Staff nurse, acute medicine, Wolverhampton. Views my own 🌻")
edsam = pa("@EDregSam", "Emergency medicine reg in Manchester. Opinions mine, not my employer's.")
jj = pa("@paramedic_jj", "Paramedic in an urgent treatment centre. Dad. Runner. Bad at cooking.")
kate = pa("@NurseKate_NHS", "Mental health nurse | TEWV | all views my own")
mags = pa("@midwife_mags", "Community midwife in Essex. Personal account, views are my own.")
dave = pa("@rwt_porter_dave", "Porter at New Cross. Wolves till I die 🐺")
lyds = pa("@hca_lyds", "HCA 💙 ward 10 💙 coffee addict")
abz = pa("@StudentNurseAbz", "3rd year adult nursing student on placement in Hillingdon. Views my own.")
keeley = pa("@drkeeley", "GP trainee. Posts are personal and don't represent my employer.")
gem = pa("@tees_runner_gem", "Runner. Dog mum. Coffee. Stockton.", emp=False)
jen = pa("@CMFT_Jen", "Ward sister at the MRI. Views my own.")
steve = pa("@EPUTsteve", "Support worker in adult mental health | opinions are mine")
becky = pa("@nhs_becky_rn", "RN. Tea. Cats. Views my own.")
jo = pa("@THH_admin_Jo", "Medical secretary at Hillingdon Hospital ☕")
docdogs = pa("@docwithdogs", "FY2 doctor in Wolverhampton. Dogs > people.")
priy = pa("@priyaOT", "Occupational therapist, Essex. Tweets are my own views and not those of EPUT.")
tom = pa("@tom_anaes", "Anaesthetist. Cyclist. Views my own, obviously.")
ruth = pa("@ruthwrites_mh", "Mental health nurse & writer. Durham. Personal account – any views expressed are not those of my employer.")
ade = pa("@ade_the_hca", "Healthcare assistant at Hillingdon. Gym. Family.")
nat = pa("@nat.bsky.social", "Ward manager, Manchester. Views my own.")
mo = pa("@mo_physio.bsky.social", "MSK physio in Wolverhampton. Views my own.")
cass = pa("@cassie_rmn", "RMN, Teesside. Personal views, not my employer's.")

# --- with personal accounts ---

it("Just treated a premiership footballer in minors for a broken toe he got playing FIFA. Not saying who. Not saying which team. Rhymes with Bity 👀",
   [CLIN], "identifiable by his job and team, with his injury; disclaimer in bio", X, edsam)

it("Lovely chat with a 102 yr old ex-RAF navigator on nights. Bed 14, ward C21. Sid if your grandkids show you this, you're a legend ✈️",
   [NAME, CLIN], "first name, age, bed and ward", X, lou)

it("Cat 1 to a cardiac arrest on Wythenshawe Road at 6am, 50s male, ROSC on scene and he was chatting by the time we got him to MRI. Best feeling in the world 🙌",
   [CLIN, DM], "ambulance job identifiable by street + time + age; bio identifies him, no disclaimer", X, jj)

it("Absconded patient from our unit found safe on the Transporter Bridge by police at 2am. Long night for everyone.",
   [BRAND, CLIN], "identifiable by event, place and time; handle uses NHS; bio has a disclaimer", X, kate)

it("Baby Amara born 28/12/2026 at 06:10, 3.46kg, 40+3, to the loveliest couple. Bank holiday babies are the best babies 🥹",
   [CLIN, DOB, NAME], "named baby with birth date, weight and gestation", X, mags)

it("Shout out to the 'nurse' on AMU who left me waiting 40 mins with a trolley because she was on her phone. Angel of the NHS 👏👏",
   [ABU, BRAND, DM], "veiled dig at a recognisable colleague; trust abbreviation in handle; no disclaimer", X, dave)

it("Longest stayer went home today after 147 days on ward 10. Mr K we will miss your crossword shouting ❤️",
   [CLIN, DM], "discharge + length of stay + ward + initial identifies him; bio says ward 10, no disclaimer", X, lyds)

it("Told a man his scan showed cancer this morning, then spent the afternoon explaining to someone else why I can't sign him off for a hangover. Medicine is a strange job.",
   [DM], "talks about work with no identifiable patient; bio identifies him, no disclaimer", X, docdogs)

it("Shift from hell. Ward was carnage, no break, home at 9. Wine please 🍷",
   [], "TRAP: account does not identify as an employee and no patient or trust detail", X, gem)

it("Proud of my team tonight. Every patient washed, fed and settled by midnight. Ward 45 you're stars ⭐",
   [BRAND], "trust abbreviation in a personal handle; disclaimer present", X, jen)

it("Lovely afternoon at our recovery college art group. Proper talent in that room. Views my own as always",
   [BRAND], "trust abbreviation in a personal handle", X, steve)

it("Flu jab done 💪 took 2 mins, go and get yours",
   [BRAND], "'nhs' in a personal handle", B, becky)

it("Cardiology clinic letters are 6 weeks behind because nobody replaces the secretaries who leave. I've had patients ringing me in tears.",
   [BRAND, DM, PERF], "backlog commentary; trust abbreviation in handle; no disclaimer", X, jo)

it("Baby Leo's first cuddle with his big sister this afternoon 🥹 born at 36 weeks, 2.6kg and already bossing the unit",
   [NAME, CLIN], "named baby with gestation and weight; disclaimer in bio", X, mags)

it("Been asked to give a talk on trauma-informed care to the new starters next week. Terrified but excited.",
   [], "own work with a disclaimer in bio", X, ruth)

it("No pay rise worth the name again. The Health Secretary should try a week of nights on £12 an hour before he lectures us on productivity.",
   [POL], "attack on a politician; disclaimer in bio", X, cass)

it("Our unit is shutting its doors for good in April apparently and not one of us has been consulted. Heard it from a cleaner.",
   [CONF], "closure not yet announced; disclaimer in bio", X, ruth)

it("Ten years qualified today. I still remember my first shift on ward 4, terrified of the bleeps, terrified of the consultants, terrified of the tea trolley lady. A decade on I'm still a bit scared of the tea trolley lady. Thank you to every nurse, HCA, porter, domestic and student who has carried me since. Views my own, love is shared 💙",
   [LEN], "x post over 280 characters; disclaimer present", X, None)

it("Dr Hassan is the reason I stayed in anaesthetics. Kind, calm, and always remembers the ODPs' names. Whoever nominated him for the Star Award, you got it right 🌟",
   [], "TRAP: praise and award naming a colleague; disclaimer in bio", X, tom)

it("Gentle reminder to all my medical twitter pals: never share your password, not even with someone claiming to be IT. Phishing season is here 🎣",
   [], "TRAP: generic password advice", X, tom)

it("The anaesthetic room on theatre 6 still has no working phone. I've reported it four times. Posting it here because clearly nobody upstairs reads Datix.",
   [RAISE], "escalating a workplace safety concern in public instead of the internal route", X, tom)

it("Can confirm the new coffee machine in the doctors' mess is the best thing that's happened to this hospital in 2026",
   [], "TRAP: praise for a coffee machine, no brand named; disclaimer in bio", X, keeley)

it("New year, new rota, same me. 🎆 happy 2027 from night shift",
   [], "New Year's Day chat; disclaimer in bio", X, abz)

it("Hearing the news about the inquest on the radio this morning. Thinking of the family, and of my colleagues who were on shift that night.",
   [LEGAL], "comment on an inquest involving the trust; disclaimer in bio", X, ruth)

it("Anyone else's partner think 'ward round' is a type of pie?",
   [], "joke", X, abz)

it("Passed my last OSCE!!! 3 months till I'm a real nurse 😭💙",
   [], "own achievement", X, abz)

it("For the record, my placement area has been brilliant at supporting students and I'll fight anyone who says otherwise (figuratively, NMC, figuratively)",
   [], "TRAP: idiom 'fight anyone' with an explicit figurative aside; disclaimer in bio", X, abz)

it("Off to Kerala for a month on Friday to see my family 🇮🇳 flat will be empty so no parties without me",
   [AWAY], "announces absence from home", X, ade)

it("Full day in the lab today trying to sort our audit data. Spreadsheets are my cardio now.",
   [DM], "talks about work; bio names Hillingdon, no disclaimer", X, ade)

it("Honestly the only compression socks worth buying for 12 hour shifts are VeinFit. Game changer. I'd sell my car for another pair",
   [BRAND, COMM], "endorsing a product; 'nhs' in handle", X, becky)

it("Went to see a 91 year old in Bilston for a falls assessment this morning and she'd made me a sponge cake. Home visits are the best bit of this job.",
   [CLIN], "home visit identifiable by age + place + time; disclaimer in bio", B, mo)

it("Managed to run home after a 12.5 hour shift. Legs are gone.",
   [], "no work detail beyond a shift", B, mo)

it("Quietly proud of our ward's pressure ulcer figures this quarter. Not sharing numbers because that's comms' job, but the team have worked so hard.",
   [], "TRAP: no figures, praise of own team; disclaimer in bio", B, nat)

it("Our ED is genuinely at breaking point. Last night there were 40 people in the waiting room at 3am and three ambulances queued outside for over five hours. I don't know how much longer staff can keep doing this. I don't know how much longer the patients can wait either. Something has to change, and soon, because it isn't safe.",
   [LEN, PERF], "bluesky post over 300 characters; waiting times from a non-official voice; disclaimer in bio", B, nat)

it("Ward 62 night team, you're stars. That's all ⭐",
   [], "thanks to a team; disclaimer in bio", B, nat)

it("RT if you've ever been called 'love', 'duck', 'pet' and 'bab' all in one shift 😂",
   [], "regional joke", X, lou)

it("wtf is this rota. 6 nights in a row then an early. whoever wrote it has never met a human body",
   [PROF], "acronym swearing; disclaimer in bio", X, lou)

it("Some of the consultants on this site think HCAs are furniture. Not all. But you know who you are, Mr Orthopaedics.",
   [ABU, DM], "veiled dig at a recognisable consultant; no disclaimer", X, ade)

it("Our new band 7 couldn't manage a bath let alone a ward. Three weeks in and four resignations. Well done HR 👏",
   [ABU, BRAND], "insult aimed at a recognisable colleague; trust abbreviation in handle", X, jen)

it("Staffing tonight: 3 RNs for 32 patients on a ward meant for 28. I have escalated. I'm now escalating to all of you, because nobody else is answering.",
   [PERF, RAISE], "raising a safety concern in public, with performance commentary; disclaimer in bio", X, cass)

it("Back on the unit after two weeks off. Walked in to 'welcome back, we've had a lovely quiet fortnight'. Lies.",
   [], "work chat with disclaimer in bio", X, cass)

it("Working in mental health for 15 years has taught me one thing: kindness costs nothing and it saves lives. Look after each other.",
   [BRAND], "own work reflection with disclaimer, but 'NHS' in the handle", X, kate)

it("Lanzarote tomorrow 🌴 no laptop, no emails, no bleep. See you on the 9th x",
   [AWAY], "absence from home with return date", X, tom)

it("Can't stop thinking about the little boy we lost in resus on Christmas Eve. 6 years old. His mum's scream. I'm not ok.",
   [CLIN], "child death identifiable by age + place + date", X, edsam)

it("Anyone know if the Wythenshawe tram is running on the 28th? Bank hol early and no car",
   [], "travel question", X, edsam)

it("A consultant made me cry in my first week as an F1, years ago and two hospitals back. Taught me exactly how not to treat juniors. I think about it every time I'm on call.",
   [], "TRAP: no recognisable colleague, no insult; disclaimer in bio", X, tom)

it("Whatever you do this winter, don't ignore chest pain. Ring 999. Every minute counts.",
   [], "TRAP: general health information, published number", X)

it("Did a job today I'll never forget. Won't say more.",
   [DM], "talks about work; bio identifies him; no disclaimer", X, jj)

it("Hillingdon Hospital's car park charges for staff are going up AGAIN in February. £45 a month to park at work. Robbery.",
   [DM, PERF], "trust finances/charges commentary; no disclaimer", X, ade)

it("Glad the trust has finally announced the new car park. Been waiting since 2019 🙌",
   [DM], "talks about work after a public announcement; no disclaimer", X, ade)
