# Staff group chats (platform whatsapp). Written one by one.
from helpers import *

W = "whatsapp"

it("anyone know if Maureen in bay 4 went down for her CT?? daughter's rung 5 times since 8 🙄",
   [NAME, CLIN], "first name + bay + scan: identifiable patient", W)

it("Handover for lates: Mr Okonkwo SR2 NBM from midnight for lap chole tmrw, Mrs Barraclough bed 9 still v confused ?UTI, son has LPA so speak to him not the niece",
   [NAME, CLIN], "two patients by title+surname with side room/bed, diagnosis and procedure", W)

it("Bay 2 bed 4 passed at 04:10, family aware, Dr Ali verified. Can days please do last offices, I've done the property list",
   [CLIN], "death on the ward tied to bay and bed: identifiable patient; doctor named in routine role is not a confidential context", W)

it("Can someone from the evening lot pop to Mrs Jenkins for her 5pm insulin? 27 Larch Close, key safe 4471, she's hard of hearing so knock loud",
   [ADDR, CLIN, NAME, SEC], "home visit: patient name, street address, treatment, and the key safe code", W)

it("Resus 2 is the lad off the M6 RTC, GCS 6, mum driving up from Cannock. Can someone meet her at the front",
   [CLIN], "unnamed but identifiable by description (the crash on the M6) with resus and GCS", W)

it("Dr Shah wants the bloods chasing for Kowalski in cubicle 6, has anyone seen them come back? lab says sent ages ago",
   [NAME, CLIN], "surname alone + cubicle in ED", W)

it("theatre 3 overran again so Mrs Adebayo's knee is bumped to tomorrow. She cried. I nearly did too",
   [NAME, CLIN], "title+surname, cancelled knee operation in theatre", W)

it("Twins on labour ward!! Bed 3 delivered at 28+5, twin 1 1.02kg twin 2 980g, both gone to NNU. Mum's only 17 😳",
   [CLIN], "birth with gestation and weights, bed number and mother's age: identifiable", W)

it("Mr Hussain bed 18 finally going home 🎉 transport booked for 2, TTOs on the side, his wife's bringing clothes in",
   [NAME, CLIN], "named patient, bed, discharge", W)

it("fyi Mrs Bailey is on day 63 now. Medically fit since 28th Oct. Still no package of care. I give up",
   [NAME, CLIN], "named patient and length of stay; 28th Oct is not a birth date", W)

it("Jordan on Bedale got re-sectioned last night, 3rd time since summer. 1:1 obs, pls don't leave him with agency who don't know him",
   [NAME, CLIN], "mental-health unit: first name, ward, Mental Health Act detention", W)

it("omg guess who was in for the morning after pill today... the vicar's daughter 👀👀 say nothing",
   [CLIN], "GP surgery: not named but identifiable by relation to someone known, with treatment", W)

it("we've been sat outside ED with a 94 yr old lady with a #NOF for 7 hours now. SEVEN. She's asked for a cup of tea four times",
   [CLIN, PERF], "ambulance job: age + place + time + injury identifies her; commentary on handover delays", W)

it("Kirsty Llewellyn " + nhs("999012345") + " is it two Ls in Llewellyn or one? ta",
   [NAME, NHS], "a name next to a valid NHS number, no care word: name in patient context + NHS number, no clinical detail", W)

it("Gareth Mbeki " + nhs("999023456", "") + " — sorry wrong chat!!! ignore 🙈",
   [NAME, NHS], "name + NHS number (no spaces) sent to the wrong group", W)

it("NHS no " + nhs("999345678", "-") + " — bed 4 on AMU, needs repeat K+ at 2am pls, last one was 6.1",
   [CLIN, NHS], "NHS number with bed, ward and a blood result", W)

it("Pt: KHAN, Imran. DOB 23/05/1979. Ward 4 bed 11. For MRI head today, porters to collect at 3",
   [CLIN, DOB, NAME], "patient label pasted into the chat", W)

it("Mrs Dunn's daughter wants a call back about the discharge on 07700 900233, she's at work till 5",
   [CLIN, NAME, PHONE], "named patient, discharge, relative's mobile", W)

it("Keypad code for the staff room on ward 5 is 2580 btw for all the new starters 😊",
   [SEC], "door keypad code", W)

it("Drug cupboard keys are in the blue mug in the office if nights can't find them again",
   [SEC], "where the controlled-drug keys are kept", W)

it("Side door by pharmacy has been broken since Tuesday, doesn't lock at all. Estates know apparently 🤷‍♀️",
   [SEC], "broken lock on a hospital door", W)

it("Password for the ward 3 PC is Winter2026! if you're locked out, don't tell IT I told you",
   [SEC], "a real password shared", W)

it("Lone working this week: Steph solo at the Hartlepool base Tue + Thu nights, Mark covering Fri. Ring on-call if anything kicks off",
   [SEC], "lone-working rota; staff named in a rota is not a confidential context", W)

it("Sickness meeting for Tom tomorrow, stage 2. He's had 23 days off this year so not looking good for him",
   [NAME], "STAFF-CONF: colleague named with sickness absence management", W)

it("Gaz has been suspended over the drugs thing. Don't say anything to anyone, it's not official yet",
   [NAME], "STAFF-CONF: colleague named with suspension", W)

it("Poor Aisha lost the baby at 14 weeks 💔 she's off for a while. Card's in the office if anyone wants to sign",
   [NAME], "STAFF-CONF: colleague named with pregnancy loss", W)

it("Kelly failed her drugs test 😂😂 knew she was on something",
   [ABU, NAME], "STAFF-CONF: colleague named with a drugs test, and mocked", W)

it("Disciplinary for Sister Waters is Friday, I've been asked to be a witness. Feel sick about it",
   [NAME], "STAFF-CONF: colleague named in a disciplinary", W)

it("Priya's on a final written warning so be careful what you say in front of her",
   [NAME], "STAFF-CONF: colleague named with a disciplinary sanction", W)

it("Steph from the crisis team is pregnant but hasn't told the manager yet so keep it zipped 🤐",
   [NAME], "STAFF-CONF: colleague's undisclosed pregnancy (her own health)", W)

it("Jacqui's on a phased return after her breakdown, go easy, she's only doing 4hr shifts for now",
   [NAME], "STAFF-CONF: colleague named with her mental health and return to work", W)

it("Please keep Mo in your thoughts, our porter, he's in ITU after his heart attack at the weekend",
   [CLIN, NAME], "STAFF-CONF: colleague's own health; he is also a patient in ITU", W)

it("Sharon's on light duties with her back, OH have said no heavy patients, so don't put her in bay 1",
   [NAME], "STAFF-CONF: colleague's occupational health restrictions", W)

it("Who's bringing what for the ward Christmas party? I've got sausage rolls covered 🎄",
   [], "TRAP: 'party' is a social event", W)

it("Can anyone swap my 28th? It's a bank hol and I've done the last three 😩",
   [], "rota swap, no personal data", W)

it("fire drill on the unit at 10 tomorrow, it's planned, don't panic and please don't evacuate the patients for real lol",
   [], "TRAP: planned exercise", W)

it("Happy Christmas everyone working today ❤️ mince pies in the office, don't let the doctors have them all",
   [], "TRAP: bank holiday greeting", W)

it("Datix ref for the hoist thing is " + bad10("441029385") + " if anyone needs to add a statement",
   [], "TRAP: 10-digit incident reference that fails the NHS number check", W)

it("who the f*ck has taken the ward phone charger AGAIN",
   [PROF], "masked swearing", W)

it("funny how some people can manage 3 smoke breaks a shift but can't answer a buzzer. you know who you are 🙄",
   [ABU], "veiled dig at a colleague recognisable to the group", W)

it("Ramadan starts soon so the Muslim lot will be useless on lates again for a month 🙄",
   [DISC], "demeaning remark about colleagues' religion", W)

it("Night shift is killing me, I could murder a bacon roll",
   [], "TRAP: idioms", W)

it("Bed 22 (the one with the Wolves badge tattoo on his neck) has self-discharged AGAIN, 3rd time this month, told him we'll see him Friday",
   [CLIN], "unnamed but identifiable by a distinguishing mark and bed number, self-discharge", W)

it("Who's got Mr Evans' property bag? He's been transferred to Cannock and his dentures are still in SR4",
   [NAME, CLIN], "named patient, transfer, side room", W)

it("CAMHS update: Ellie (15) back in A&E overnight, same as last week, still no tier 4 bed",
   [NAME, CLIN], "mental health: child named with age and attendance", W)

it("Just out of the managers' meeting — they're shutting the Rochford day unit end of March. Not being announced till Feb so keep it in here",
   [CONF], "closure not yet public", W)

it("HR want my NI for bank registration, is it ok to just send it here? it's PY 55 31 07 D",
   [NINO], "own National Insurance number", W)

it("Grievance against Paul Daley went in today from 6 of us. Fingers crossed something finally happens",
   [NAME], "STAFF-CONF: manager named as subject of a grievance (internal route used, so not raising concerns in public)", W)

it("If anyone wants to swap for my Boxing Day early text me on 07700 900862, will pay in Celebrations",
   [PHONE], "own mobile number", W)

it("Jas just take 2 co-codamol and 400mg ibuprofen with it, you'll be right for the shift x",
   [MED], "dosage advice to a named colleague", W)

it("if that porter takes our wheelchair one more time I swear I'll break his legs",
   [ABU], "threat of violence at a recognisable colleague, even if meant as a joke", W)

it("sorry ladies had to ring in, flu 🤒 back Thursday hopefully",
   [], "TRAP: a member of staff's own sickness, told by herself", W)

it("Reminder the flu jab trolley is on the ward from 2 till 4, bring your ID badge",
   [], "TRAP: general health information", W)

it("Heads up, the guy from the news who set fire to his flat in Thornaby is on Kirkdale ward now. Press might ring, say nothing",
   [CLIN], "MH unit: identifiable by description (the news story) with ward", W)

it("patient's son has emailed the ward from dave.h.1962@hotmail.co.uk asking about his dad's discharge, can someone reply before 5",
   [CLIN, EMAIL], "relative's personal e-mail identifies the family and the patient's discharge", W)

it("Does anyone have the number for the discharge lounge? Switchboard keep putting me through to pharmacy 😂",
   [], "internal logistics, no personal data", W)

it("NEW ROTA IS UP. I have 4 nights in a row over new year. Someone hold me",
   [], "rota moan, no personal data", W)

it("Bay 6 have been angels tonight, all asleep by 11. Don't say the Q word",
   [], "TRAP: a bay mentioned with no patient detail", W)

it("Lady in side room 3 has been shouting for her mum all night, bless her. Dementia's so cruel",
   [CLIN], "side room + diagnosis: identifiable patient on the ward", W)

it("Sorry but the night staff on ward 11 are f***ing useless. Left us 3 unwashed patients and no handover sheet",
   [ABU, PROF], "insult aimed at a recognisable group of colleagues, masked swearing", W)

it("Locker combination for the shared one in the changing room is 1-9-7-4, the lock's stiff",
   [SEC], "combination for a staff locker", W)

it("CCTV in the main car park hasn't been recording since the storm. Security told me on the QT. Lock your cars",
   [SEC], "CCTV not working", W)

it("Mrs O'Driscoll from bed 2 says she's going to complain about you Dave 😂 something about the tea",
   [CLIN, NAME], "named patient with bed; the colleague is named in banter only", W)
