# Instagram, TikTok, LinkedIn, YouTube, blogs and posts with no platform. Written one by one.
from helpers import *

I = "instagram"
T = "tiktok"
L = "linkedin"

abz = pa("@StudentNurseAbz", "3rd year adult nursing student on placement in Hillingdon. Views my own.")
shan = pa("@shannon.theatres", "Scrub nurse 🩺 Manchester | views my own", True)
kay = pa("@kaylamidwife", "Midwife 👶 Saint Mary's 💜", True)
ojo = pa("@ojo.rmn", "Mental health nurse in Essex. All opinions my own.")
bex = pa("@bex_hca_life", "HCA on nights | mum of 2 | Wolverhampton", True)
reece = pa("@reece.porter", "Porter. Gym. Wolves. No views, just vibes.", True)
jade = pa("@nailsbyjade_x", "Nail tech by day 💅 HCA by night. Bookings via DM", True)
ryan = pa("@ryan_on_the_wards", "Nurse. Content creator. Views my own 🎥")
tiktoknurse = pa("@nursenikki_tees", "mental health nurse 🧠 teesside 🌊", True)
halima = pa("@halima.rn", "Staff nurse at Hillingdon. Posts are my own views.")
olu = pa("@olu_theatres_mcr", "Theatre practitioner. Views my own.")
rach = pa("@RachelTEWV_HCA", "Healthcare assistant, Middlesbrough. Views my own.")
mftabi = pa("@MFTmidwifeAbi", "Midwife. Mum. Personal views only.")
drtom = pa("@dr_nhs_tom", "Junior doctor. Music. Views my own.")
li_anjum = pa("Anjum Siddiqui", "Clinical Nurse Specialist, Tissue Viability at The Royal Wolverhampton NHS Trust. Views my own.")
li_mark = pa("Mark Boateng", "Head of Estates Projects | The Hillingdon Hospitals NHS FT", True)
li_fiona = pa("Fiona Clarke", "Discharge coordinator at Hillingdon Hospital", True)
li_claire = pa("Claire Rowntree", "Senior Occupational Therapist at TEWV. Contact: claire.rowntree3@nhs.net")
li_dan = pa("Dan Okafor", "Advanced Clinical Practitioner, EPUT. Opinions are my own.")
li_sue = pa("Sue Hartley", "Retired ward sister. Now training NHS staff in IG. Views my own.")
li_kwame = pa("Kwame Asante", "Practice Development Nurse, Central Manchester University Hospitals. Views are my own.")
li_gill = pa("Gill Thornton", "Wellbeing coach | formerly NHS nurse for 22 years", False)
li_raj = pa("Raj Mistry", "Consultant psychiatrist, Essex. Views my own. Declared interests on my profile.")

# --- Instagram ---

it("Scrubbed in for my first ever CABG today!! 68yo man from Dudley, 4 grafts, he did amazing 💪❤️ #studentnurse #theatres",
   [CLIN], "identifiable by age + home town + date with his operation; disclaimer in bio", I, abz)

it("Night shift crew 💙 we made it to 7:30!",
   [CONSENT], "identifiable colleagues in a photo with no recorded consent", I, abz, [M(True, False)])

it("Me and my mentor on my last day of placement 🥹 couldn't have done it without her",
   [], "TRAP: identifiable people with consent", I, abz, [M(True, True, ["@mentor_marie"])])

it("Happy 100th birthday Stan!! 🎂 Bay 2 had a proper party for him today and he out-danced the lot of us",
   [CLIN, CONSENT, DM, NAME], "patient named, bay, birthday on the ward, photo without consent; bio identifies her, no disclaimer", I, bex, [M(True, False)])

it("Theatre 4 got a new playlist today and the surgeons are NOT happy 😂 #scrublife",
   [], "TRAP: theatre mentioned, no patient; disclaimer in bio", I, shan, [M(False, False)])

it("Welcome to the world little Rosie 💜 born at 41+1 after a 30 hour labour, 4.1kg of absolute gorgeousness. Mum and dad, you were amazing",
   [CLIN, DM, NAME], "named baby, gestation, weight; bio names the hospital, no disclaimer", I, kay)

it("Labour ward on a Saturday night 🌙 three babies, two pizzas, one very tired midwife",
   [DM], "TRAP-like wording ('labour ward'), no patient identifiable; but bio identifies her and there is no disclaimer", I, kay)

it("My nails this week: the NHS logo on every finger 💙💅 book in with me for yours, £25, DM to book",
   [COMM, LOGO], "NHS logo used on a commercial service she is selling", I, jade)

it("Honestly if you're on your feet all day you NEED the Lumo gel insoles, I've tried them all. 20% off with code BEXNIGHTS 🦶",
   [COMM], "discount code for a product; the post does not talk about work", I, bex)

it("Post-nights breakfast at the caff opposite the hospital ☕🍳 the best reward",
   [], "no account, nothing identifying", I)

it("Designed the hoodies for our crisis team 🔥 TEWV logo on the front, 'Crisis Team – we come to you' on the back. Orders close Friday",
   [LOGO], "trust logo on merchandise, no permission mentioned; disclaimer in bio", I, rach)

it("Back on the ward after the Christmas break and the tree is STILL up 🎄 who's taking it down?",
   [BRAND], "trust abbreviation in a personal handle", I, rach)

it("New sticker on the car: RWT logo and 'Nurse on call' 😎 nobody can say I'm not proud of where I work",
   [DM, LOGO], "trust logo used on personal property; bio names Wolverhampton and her job, no disclaimer", I, bex)

it("Went for a post-shift swim at the lido and saw one of my patients from the unit doing lengths. We both pretended not to see each other 😂",
   [], "TRAP: no patient identifiable, disclaimer in bio", I, ojo)

it("Ward Christmas party 🎉 best team in Essex, I don't make the rules",
   [], "TRAP: colleagues pictured with consent; 'party' is social", I, ojo, [M(True, True)])

it("Off to Dubai for NYE ✈️ 10 days of sun, see you in 2027 Wolverhampton",
   [AWAY], "announces absence from home", I, reece)

it("Pushed 43 beds today. Where's my medal 🏅",
   [DM], "talks about work; bio identifies him as a porter, no disclaimer", I, reece)

it("Leaving do for Jo last night 🥂 she'll be so missed on ward 3",
   [CONSENT], "TRAP-like leaving do, but identifiable people in the photo without consent; no account", I, None, [M(True, False)])

it("Look at the state of this leg 🤢 worst cellulitis I've seen in 20 years",
   [CLIN, CONSENT], "photo of a patient with face in frame, no consent, with diagnosis", I, None, [M(True, False)])

it("Stayed late to make cards for every patient on the ward this Christmas ✍️🎄",
   [], "own work, no patient identifiable; disclaimer in bio", I, halima)

it("Dubai's Burj at NYE 🎆 still can't believe I was there",
   [], "TRAP: already back from a trip", I, reece)

it("Had my first session with the staff counselling service today. Honestly, if you're struggling, use it. It's free and nobody at work finds out.",
   [], "TRAP: own wellbeing, general signposting; disclaimer in bio", I, halima)

it("Theatre selfie 💚 with the best anaesthetist in Manchester",
   [CONSENT], "identifiable colleague in a selfie without consent", I, olu, [M(True, False)])

it("Baby's first scan at 12 weeks 🥹 we're due in July!!",
   [BRAND], "her own pregnancy is hers to share, but 'MFT' is in the personal handle", I, mftabi, [M(False, False)])

it("Midwifery is the best job in the world and I'll argue with anyone who says it isn't",
   [BRAND], "'MFT' in a personal handle; disclaimer in bio", I, mftabi)

# --- TikTok ---

it("POV: it's 3am and the lady in side room 1 is trying to catch a bus to 1962 again 😂😂 dementia patients are the best entertainment on nights #nurselife",
   [ABU, CLIN, DISC], "mocks a recognisable patient for her dementia: disability, side room", T, None)

it("the psych ward is WILD today, guy in room 4 thinks he's Jesus and honestly he's got better hair than me 💀 #mentalhealthnurse",
   [ABU, CLIN, DISC, DM], "mocks a recognisable patient for his mental illness; bio identifies her, no disclaimer", T, tiktoknurse)

it("Things nobody tells you about being a mental health nurse 🧠 1. you will cry in your car 2. you will laugh more than you cry 3. it's worth it",
   [DM], "talks about work; bio identifies her, no disclaimer", T, tiktoknurse)

it("Dance trend in ED at 4am because morale 💃🕺 #nhs #nightshift",
   [CONSENT], "identifiable colleagues in a video without consent; disclaimer in bio", T, ryan, [M(True, False, kind="video")])

it("Storytime: the time a patient tried to bribe me with a Greggs sausage roll to let him go home early 😂 (no details, it was years ago, different trust)",
   [], "TRAP: old anonymised story, no identifiers; disclaimer in bio", T, ryan)

it("Ranking hospital vending machines by how many times they've eaten my pound coin",
   [], "joke", T, ryan)

it("Day in the life of a porter 🛏️ no patients filmed obviously",
   [DM], "talks about work; bio identifies him, no disclaimer", T, reece, [M(False, False, kind="video")])

it("If your mate's been on the sesh and they're being sick, put them on their side, stay with them, and if they won't wake up ring 999. That's not medical advice, that's just being a decent human",
   [], "TRAP: general first-aid information, no individual advice", T, None)

it("Rating my patients' excuses for not taking their meds 😂 number 3 was from the lad in bed 9 yesterday, 'the tablets are too round'",
   [ABU, CLIN, DM], "mocks a recognisable patient (bed + yesterday) and his treatment; no disclaimer", T, tiktoknurse)

it("Reply to @lisa_g: yes you can take your amlodipine with your levothyroxine, just keep them 4 hours apart from the calcium 👍",
   [MED], "individual medication advice in reply to a follower; disclaimer in bio", T, ryan)

it("When the ward's Wi-Fi password is 'Ward9Staff!' and you've told the whole night shift 🙃",
   [SEC], "discloses a real network password; disclaimer in bio", T, ryan)

# --- LinkedIn ---

it("Delighted to share that our tissue viability team has reduced hospital-acquired pressure ulcers by a third this year. Proud of everyone involved.",
   [PERF], "performance figures from a non-official voice (not the trust's account); disclaimer in bio", L, li_anjum)

it("Proud moment: I helped discharge a 91-year-old gentleman from Ruislip back home to his wife of 65 years after six weeks with us. Teamwork makes the dream work.",
   [CLIN, DM], "identifiable by age + place + length of stay; bio identifies her, no disclaimer", L, li_fiona)

it("Our new decant ward contract has been awarded to Brenwick Construction ahead of the board approving it, so we can start on site in March. Exciting times!",
   [CONF, DM], "contract not yet approved or public; no disclaimer", L, li_mark)

it("Delighted to have completed my postgraduate certificate in vocational rehabilitation. Thank you to my team for their support.",
   [DM, NHSMAIL], "NHS e-mail given as a personal account's contact; no disclaimer", L, li_claire)

it("Reflecting on 18 months as an ACP. The learning curve has been steep, but the support from my supervisors has been brilliant.",
   [], "own work with disclaimer", L, li_dan)

it("Having trained NHS staff in information governance for ten years, my top tip is simple: if you wouldn't say it in the lift, don't post it.",
   [], "TRAP: general IG advice; disclaimer in bio", L, li_sue)

it("Excited to start my new role as Practice Development Nurse next month. Huge thanks to my colleagues on the acute medical unit for everything.",
   [], "new appointment, disclaimer in bio", L, li_kwame)

it("Launching my wellbeing coaching business today! 22 years as an NHS nurse taught me how burnout feels. My banner has the NHS logo because that's where my heart is 💙 First session 50% off with code WELL50",
   [COMM, LOGO], "commercial service with discount code using the NHS logo", L, li_gill)

it("I spoke at a pharmaceutical company event this week about managing treatment-resistant depression. Fascinating discussions.",
   [], "TRAP: conflict of interest declared on his profile; disclaimer in bio", L, li_raj)

it("I've been using MindPath's app with all my patients this year and it's transformed outcomes. Can't recommend it enough. (I'm on their advisory board.)",
   [COMM], "endorses a product he has a commercial interest in", L, li_raj)

it("Thrilled that Dr Amaka Eze has joined our team as clinical lead for perinatal mental health. Welcome Amaka!",
   [], "TRAP: new appointment naming staff", L, li_dan)

it("The tender for our community wound care service closed on Friday. We were up against two private providers and I'm told the panel preferred us. Fingers crossed.",
   [CONF], "tender outcome not yet public; disclaimer in bio", L, li_anjum)

it("Hiring! We have two band 6 OT posts in our older people's team. Drop me a message or email claire.rowntree3@nhs.net for an informal chat.",
   [DM, NHSMAIL], "NHS e-mail used as a personal account's contact for recruitment chat; no disclaimer", L, li_claire)

it("Proud to march with my union colleagues in London today. This Labour government promised us fair pay and broke that promise.",
   [POL], "attack on a party in government; disclaimer in bio", L, li_kwame)

# --- YouTube, blog, other, no platform ---

it("My first year as a mental health nurse: the good, the bad and the 3am cups of tea. Any views expressed in this vlog are entirely my own and not those of my employer.",
   [], "own work with the TEWV-style disclaimer", "youtube", pa("@RuthOnTheWard", "Mental health nurse. Vlogs about nursing life.", True))

it("In this video I walk you round the seclusion suite at our unit, where the cameras are and how the door release works, so new staff know what to expect.",
   [SEC], "security arrangements: cameras and door release", "youtube", pa("@NewStaffNurseTips", "Nursing tips from a charge nurse. Personal channel, views my own.", True))

it("Blog: Why I left the NHS after 19 years. I loved my patients. I did not love being shouted at by a manager whose name I won't write here but who everyone on Ward 3 at Rochford knows.",
   [ABU], "veiled dig at a recognisable manager; disclaimer not needed (personal blog, no longer employed)", "blog", pa("exnursewrites", "Former nurse, now writing.", False))

it("Blog post: five things I learned from supporting people through psychosis. None of them are about medication. (Any views expressed in this blog are entirely my own and not those of my employer.)",
   [], "own work with disclaimer", "blog", pa("mindfulmhnurse", "Nurse blogger in the North East", True))

it("Anyone from the night team want to split a taxi home on the 1st? I'm in Darlington",
   [], "lift share, town only", "other")

it("Honestly can't believe our ward manager Karen. Couldn't organise a p*ss up in a brewery.",
   [ABU, PROF], "insult aimed at a named colleague, masked swearing", None)

it("The new lockers in the staff changing room use a code, and it's the same code on all of them: 0000. Who signed this off",
   [SEC], "lock codes", None)

it("Heading to my sister's in Leeds for NYE, the whole family's going so the house will be empty till the 2nd 🥳",
   [AWAY], "announces absence from home", None)

it("Just got my DBS back. Dob on it is wrong — says 12/10/1986 and I was born 21/10/1986 🙄",
   [DOB], "own date of birth", None)

it("That consultant who shouted at me lives at 19 Marton Avenue and drives a white Evoque. Just saying.",
   [ABU, ADDR], "doxxing a recognisable colleague: home address and car", None)

it("Reminder: the Oxford Road entrance is closed for resurfacing this weekend, use Grafton Street",
   [], "public building access info", None)
