from common import M, bad10

# ---------------- English: complaints ----------------
M("Nurse Tracey on Ward 21 rolled her eyes at my mum when she asked for pain relief. 86 years old and left in tears. Disgusting.",
  "fb", "comment", "R", "@sandra.wilks.wv|Sandra Wilks", "complaint", flags="names_staff", note="named nurse")
M("I filmed your receptionist at Mount Vernon laughing at my wife when she couldn't find her letter. The video's going on Facebook tonight unless someone rings me.",
  "x", "mention", "H", "@ray_northwood|Ray", "complaint", flags="recording", note="filmed staff; ultimatum is publicity, not violence")
M("My dad, Derek Hollis, has been on Ward 9, bed 14, for five days without a wash. Is this how you treat a veteran??",
  "fb", "comment", "R", "@hollis.family|Karen Hollis", "complaint", flags="contains_pii", note="patient named with ward and bed, in public")
M("Absolute shambles. 3 hours in eye casualty, water machine broken, no seats, staff hiding behind the desk. Never again.",
  "other", "review", "C", "|Michelle T", "complaint", note="review site")
M("Cancelled my hip op the night before for the THIRD time. Two years waiting. I'm sick of being fobbed off.",
  "x", "mention", "R", "@hipless_in_wv|Derek", "complaint", note="cancelled operation")
M("I'm reporting you to the CQC and my solicitor. My son was sent home from A&E with 'a virus' and it was his appendix.",
  "fb", "comment", "H", "@nicola.b.hayes|Nicola Bright", "complaint", trap=True, note="legal threat = complaint, not threat")
M("Parking charges at Hillingdon are daylight robbery. £4.50 for an hour to sit with my dying nan.",
  "x", "mention", "H", "@jaz_uxb|Jaz", "complaint", trap=True, note="'dying nan' in a parking complaint")
M("Your A&E doctors are as thick as pigsh*t. Told my wife she had anxiety. She had a blood clot in her lung. Absolute morons.",
  "fb", "comment", "H", "@steve.orr.hayes|Steve Orr", "complaint", flags="abuse", note="complaint with abusive language")
M("The food on Ward 4 is inedible, and my dad is diabetic and they keep bringing him rice pudding and white bread.",
  "fb", "comment", "R", "@sam.t.penn|Sam T", "complaint", note="food unsuitable for a diabetic patient; no name, so no PII")
M("Dr Wheeler at the memory clinic spoke about my mum like she wasn't in the room. She has dementia, she isn't deaf.",
  "fb", "review", "E", "@hilary.c.grays|Hilary Carr", "complaint", flags="names_staff", note="named doctor, Facebook review")
M("Mum's hearing aids and glasses went missing when she was moved from AMU to Ward 7 and nobody will take responsibility.",
  "fb", "dm", "R", "@julie.horton.wv|Julie Horton", "complaint", note="lost property, nobody taking responsibility")
M("Got the whole thing on audio. The consultant said, and I quote, 'she's just attention seeking'. About my 15 year old daughter. I want an answer from someone senior.",
  "fb", "dm", "T", "@m.c.hartlepool|Michelle C", "complaint", flags="recording", note="audio recording of staff")
M("On hold to appointments for 55 minutes and then it cut me off. Every. Single. Time.",
  "x", "mention", "R", "@bilston_bev|Bev", "complaint", note="phone line")
M("Why is there no working disabled toilet on the ground floor of the women's hospital? My sister uses a wheelchair and had to go to another building.",
  "fb", "comment", "C", "@grace.h.mcr|Grace H", "complaint", note="access")
M("You discharged my 91 year old gran at 11pm in a taxi in her nightie. In November. Who signs that off??",
  "x", "mention", "H", "@nan_deserves_better|Becky", "complaint", t="night", note="unsafe discharge")
M("Mum's CPN was supposed to come Thursday to do her depot injection. No show, no phone call, nothing. Now it's the weekend.",
  "fb", "comment", "E", "@gav.o.basildon|Gavin O'Neill", "complaint", t="weekend", note="missed community visit")
M("Your online booking keeps saying no blood test slots until April. April. For a test the GP wants done this week.",
  "x", "reply", "T", "@middlesbrough_meg|Meg", "complaint", note="booking system")
M("Nurse Kelly and a male nurse on Ward 36 were discussing patients at the nurses' station so loud I heard names and diagnoses. Not acceptable.",
  "fb", "dm", "C", "@linzi.m|Linzi M", "complaint", flags="names_staff", note="named nurse; confidentiality concern")
M("Two hours waiting for patient transport to take mum home after dialysis. She's 78 and she was frozen.",
  "fb", "comment", "R", "@trev.wilson.60|Trevor Wilson", "complaint", note="transport delay")
M("Your security guard followed my husband around the whole department because he's Black. We've done nothing wrong. I want this looked into.",
  "x", "mention", "C", "@tola_mcr|Tola A", "complaint", note="discrimination complaint")
M("Was told my referral to the adult ADHD service was 'lost'. Now I'm back at the end of a 3 year queue. Genuinely how",
  "x", "mention", "E", "@adhd_and_annoyed|Kat", "complaint", note="lost referral")
M("F*ck your 'sorry to hear this, please contact PALS' copy and paste b*llocks. My dad waited 14 hours on a trolley. Answer the actual question.",
  "x", "reply", "H", "@dadsnotanumber|Liam", "complaint", flags="abuse", note="obscene language inside a complaint")
M("2/5. Surgeons were brilliant but the ward was filthy and the night staff ignored the call bell for 40 minutes.",
  "other", "review", "R", "|Alan P.", "complaint", note="mixed review, dissatisfaction")
M("Why do I have to explain my son's autism to six different people every time we come to the children's A&E? It's on your system!",
  "fb", "comment", "C", "@autismmum_mcr|Leanne", "complaint", note="records not shared between staff")
M("Staff car park's full so staff are parking in the disabled bays at Lanchester Road every single day. I've got photos of the cars.",
  "fb", "comment", "T", "@blue.badge.bill|Bill", "complaint", note="photos of cars, not of staff")
M("Mum came home from West Park with somebody else's tablets in her bag. Another patient's name on the box. That could have been a disaster.",
  "fb", "dm", "T", "@kath.d.darlington|Kath D", "complaint", note="medication error")
M("The MRI appointment letter arrived TWO DAYS after the appointment and now I'm marked as a DNA.",
  "x", "mention", "C", "@angry_in_ardwick|Sam", "complaint", note="late letter, wrongly marked DNA")
M("You closed the minor injuries unit at night and now we drive 40 minutes with a screaming toddler. Thanks for nothing.",
  "fb", "comment", "R", "@katie.cannock|Katie", "complaint", note="service change")
M("Paid £10 a day for the TV on the ward and it hasn't worked since Tuesday. Nobody cares.",
  "fb", "comment", "H", "@ken.ruislip|Ken", "complaint", note="ward facilities")
M("Sister Jo Baxter on Ward 2 is a nasty cow who shouldn't be anywhere near patients. She screamed at my mum for pressing the call bell.",
  "fb", "comment", "R", "@tina.m.wv|Tina M", "complaint", flags="abuse names_staff", note="named staff + name-calling inside a complaint")
M("Here's the video of Dr Singh refusing to examine my son. Watch it before you tell me he 'followed procedure'.",
  "x", "reply", "H", "@harj_s_hayes|Harj", "complaint", flags="names_staff recording", note="video of a named doctor")
M("The midwives were lovely but being left six hours without pain relief during my induction because there was 'no anaesthetist' is not OK.",
  "ig", "comment", "C", "@new.mum.amber|Amber", "complaint", note="complaint with praise")
M("Really disappointed that the carers' support group at the Lakes was cancelled with no notice. Again.",
  "fb", "comment", "E", "@colch.carer|Jenny", "complaint", note="cancelled group")
M("My daughter's CAMHS appointment has been moved to a school day, 40 miles away, with two days' notice.",
  "x", "mention", "T", "@whitby_mam|Sarah", "complaint", note="appointment moved with little notice")
M("My husband Paul Marsh, DOB 12/03/1958, has been waiting for a call from cardiology since August. Ring me on 07700 900318 instead of ignoring us.",
  "fb", "comment", "R", "@debbie.marsh.wv|Debbie Marsh", "complaint", flags="contains_pii", note="patient's name, DOB and phone posted publicly")
M("Patient on C5 bed 3, Mrs Ivy Pearson, has had no proper meal for two days because nobody sets her tray up. I'm her daughter and I'm fuming.",
  "x", "reply", "H", "@pearson_jo|Jo Pearson", "complaint", flags="contains_pii", note="patient named with ward and bed")
M("Four months for a wheelchair assessment. My dad is housebound until then. How is that acceptable?",
  "x", "mention", "E", "@sons_of_essex|Neil", "complaint", note="waiting time")
M("Your switchboard, 01895 238282, rang out for 25 minutes last night. What if it had been an emergency?",
  "x", "mention", "H", "@ickenham_irene|Irene", "complaint", trap=True, note="published switchboard number, not personal data")
M("Receptionist said 'not my problem' when I told her my mum had fallen over in the car park.",
  "fb", "comment", "C", "@dave.hyde.mcr|Dave", "complaint", note="staff attitude, nobody named")
M("Couldn't understand a word the foreign doctor said. Send them back and hire British ones, it's not hard.",
  "fb", "comment", "R", "@proud_wulfrunian|Stu", "complaint", flags="abuse", note="hateful language inside a complaint; complaint outranks abuse")
M("I've got photos of the nurse asleep at the desk on the night shift, 3am, patients buzzing. Should I send them to you or the Mail?",
  "x", "dm", "C", "@insomniac_visitor|.", "complaint", flags="recording", note="photos of staff")
M("Three weeks for a repeat prescription from the clozapine clinic. Three weeks. My son can't just stop taking it.",
  "fb", "comment", "T", "@hazel.p.stockton|Hazel P", "complaint", note="prescription delay; carer not describing risk")
M("Sent home from Cannock with a boot and no crutches. Was told to 'buy some off Amazon'. Brilliant.",
  "x", "mention", "R", "@limping_lee|Lee", "complaint", note="discharge without equipment")
M("Nobody told us Dad had been moved wards. We turned up to an empty bed and thought the worst.",
  "fb", "comment", "H", "@rupi.sandhu|Rupi S", "complaint", note="communication failure")
M("Three hours in A&E and the only reason we got seen was because my daughter started recording the triage nurse on her phone. Says it all really.",
  "fb", "comment", "C", "@mcr_grandad_ted|Ted", "complaint", flags="recording", note="recording of staff")
M("The chairs in the chemo day unit are broken and you're asking patients to sit on them for six hours. Sort it.",
  "other", "review", "H", "|J. Bains", "complaint", note="review site; facilities")
M("I'm writing to the chief exec, the MP and the ombudsman. My mother was left in a wet bed all night.",
  "x", "mention", "E", "@essex_son_j|Jon", "complaint", trap=True, note="escalation threats are not threats of harm")
