from common import M

# ---------------- English: crisis (and crisis traps labelled with their true category) ----------------
M("my brother sent a group text at 2am saying sorry for everything and that he loves us all. now his phone goes straight to voicemail. hes under your team in middlesbrough. who do i ring at this time of night",
  "fb", "dm", "T", "@leannefoster88|Leanne Foster", "crisis", note="third party: farewell text, not answering", t="night")
M("Does anyone want a ginger cat? 6yrs old, neutered, very soft, loves a lap. Need him gone by the weekend as I won't be able to look after him after that. Posting on here cos your page gets loads of views x",
  "fb", "comment", "E", "@sharon.mcc|Sharon McCann", "crisis", note="giving away a pet + 'won't be able to look after him after that'")
M("Just wanted to say I'm not angry with the crisis team any more. I feel really calm for the first time in months, everything's sorted now. Thank you for trying with me x",
  "fb", "dm", "E", "@kirsty.w.1990|Kirsty Walsh", "crisis", note="sudden calm after despair, 'everything's sorted', thanks-for-trying tone; reads like a compliment but is crisis")
M("everyone would honestly be better off without me dragging them down. my mum's had to give up work to look after me. im just a weight round everyones neck",
  "x", "reply", "T", "@notreallyjess|jess", "crisis", note="feeling a burden")
M("I've done IAPT, the CMHT, two rounds of CBT, the crisis line, the recovery college, three different meds. Nothing works and nothing is ever going to change. I'm done trying.",
  "fb", "comment", "E", "@gareth.h.essex|Gareth Hume", "crisis", note="hopelessness after every service")
M("been saving my tablets up for a few weeks now. just so you know. in case anyone actually reads these",
  "ig", "dm", "R", "@quiet.girl.wv|m", "crisis", note="means stockpiled", t="night")
M("new year new me they say. doesn't matter, i wont be seeing 2027",
  "bs", "mention", "T", "@driftwood.bsky.social|Sam", "crisis", note="not expecting to be around", t="nye")
M("at the top of the multi storey at new cross. its quiet up here. just wanted someone to know",
  "x", "dm", "R", "@dazzer_wolves|Daz", "crisis", note="person in a high place", t="night")
M("My flatmate has taken a load of her sertraline with vodka and keeps saying not to call anyone. She's going really sleepy. What do I do???",
  "fb", "dm", "C", "@ellie.rowntree|Ellie Rowntree", "crisis", note="overdose taken by someone else", t="night")
M("cut again tonight, deeper than before. not going to a&e to get looked at like im an attention seeker again",
  "x", "dm", "H", "@xx_nobody_xx|.", "crisis", note="self-harm now", t="night")
M("Sorted my will out this week, wrote letters for the kids and the dog is going to my sister. Feels like a weight off. Please let Sandra my care coordinator know she did her best and none of it is her fault.",
  "fb", "dm", "E", "@paulineharker|Pauline Harker", "crisis", flags="names_staff", note="putting affairs in order, pet rehomed, farewell; care coordinator named")
M("Thank you to the staff at West Park who tried with me over the years. This is goodbye, I'm just so tired.",
  "fb", "comment", "T", "@mick.dobson.71|Mick Dobson", "crisis", note="farewell")
M("i want to die. i keep thinking about exactly how id do it. 111 said 3 hour wait for a callback",
  "x", "mention", "H", "@ashxley|ash", "crisis", note="direct suicidal thoughts, method rumination")
M("What's the point in the appointment in February. Honestly don't think I'll still be here to go to it.",
  "fb", "dm", "E", "@deanmorrisonn|Dean Morrison", "crisis", note="not expecting to be around")
M("My grandad (82) keeps saying he's 'had enough' and he's stopped eating. Tonight he gave me an envelope with his watch and his medals in it. He's under your memory clinic. I'm really scared, is there anyone I can talk to tonight?",
  "fb", "dm", "T", "@chloe.tindall|Chloe Tindall", "crisis", note="third party: giving away belongings, 'had enough'", t="eve")
M("your sh*t crisis team hung up on me AGAIN. fine. dont bother ringing back, ill be gone by then",
  "x", "reply", "E", "@basildon_boy_92|Ryan", "crisis", note="crisis wins over complaint: 'I'll be gone by then'")
M("sat by the tracks near thornaby station. trains every 20 mins. no one picks up on the crisis line",
  "x", "mention", "T", "@lil_k_teesside|K", "crisis", note="dangerous place (railway)", t="night")
M("My 14 year old daughter has just shown me her arms. She's been cutting for months and says she can't stop. CAMHS waiting list is 18 months. Please, what do I do tonight?",
  "fb", "dm", "C", "@nadia.osei|Nadia Osei", "crisis", note="third party: ongoing self-harm in a child", t="night")
M("took all my paracetamol about an hour ago. feel fine so maybe nothing will happen. not sure why im even telling you",
  "fb", "dm", "R", "@b.hadley|Becca Hadley", "crisis", note="overdose taken by the writer", t="night")
M("i just want to go to sleep and not wake up. not in a dramatic way. im just tired of all of it",
  "ig", "comment", "C", "@softly.softly__|Lou", "crisis", note="passive suicidal thought, indirect")
M("My husband walked out at 11 saying he can't do this any more. He's not answering and the rope's gone from the garage. He was discharged from Lanchester Road last Tuesday. PLEASE who do I call",
  "x", "dm", "T", "@carol_anne_bell|Carol-Anne Bell", "crisis", note="third party: means missing, recently discharged", t="night")
M("Giving away all my stuff this week. PS5, guitar, clothes, the lot. Won't be needing any of it where I'm going 🙂 commenting here since you lot discharged me saying I'm 'fine'",
  "fb", "comment", "H", "@jordan.p.uxb|Jordan P", "crisis", note="giving away belongings, indirect")
M("I'm 79 and all I do now is cost the NHS money and cost my daughter her sleep. It would be kinder for everybody if I just went.",
  "fb", "comment", "R", "@margaret.lunt|Margaret Lunt", "crisis", note="feeling a burden, older writer")
M("I'm in the toilets in A&E right now and I've started hurting myself again because I've been sat out there 9 hours and nobody has even looked at me",
  "x", "mention", "C", "@hollyberry_mcr|Holly", "crisis", note="self-harm now, on site; crisis wins over complaint", t="night")
M("@EPUTNHS my friend has just sent me a photo taken from the top of the QE2 bridge?? she's under one of your teams. I've rung 999 but who else do I tell, please",
  "x", "mention", "E", "@tashh_grays|Tash", "crisis", note="third party: person in a high place")
M("Twelve years in the pain clinic, every drug going, and now you discharge me with a leaflet. There's no future in this body. I've made my peace with what comes next.",
  "fb", "comment", "H", "@linda.r.west|Linda West", "crisis", note="hopelessness + 'made my peace'; crisis wins over complaint")
M("sunday is when it happens. everything is ready. just wanted to tell someone who won't try and talk me out of it",
  "ig", "dm", "T", "@grey.skies.sunday|g", "crisis", note="a date and a plan", t="friday_night")
M("final post on here. thanks to the few nurses who were kind to me. look after my mum",
  "fb", "comment", "C", "@tomkinsonjake|Jake Tomkinson", "crisis", note="farewell")
M("My sister had her baby at Saint Mary's 3 weeks ago. Tonight she told me the baby would be better off with someone else and she keeps talking about walking into the canal. Who do we call??",
  "fb", "dm", "C", "@aisha.rahman.mcr|Aisha Rahman", "crisis", note="third party: postnatal, suicidal talk", t="eve")
M("failed my resits. can't tell my parents. I've looked up how many of my mum's tablets it would take",
  "x", "dm", "C", "@uni_struggles_00|.", "crisis", note="means researched")
M("What's the number for the crisis team? Asking for me. Been stood on the sea wall at Southend for an hour and the tide's coming in.",
  "fb", "dm", "E", "@lisa_b_sos|Lisa B", "crisis", note="dangerous place; looks like a PALS question", t="night")
M("Served 22 years. Can't sleep, can't work, can't see a way out. Thought about it every day this week. Your veterans service said 'we'll be in touch' in October.",
  "x", "reply", "T", "@ex_rsig_steve|Steve", "crisis", note="suicidal thoughts (indirect 'thought about it every day'); crisis over complaint")
M("Everything's clear now, I know what I need to do. Gave my bike to my nephew today. Honestly feel at peace.",
  "bs", "mention", "R", "@owen-m.bsky.social|Owen", "crisis", note="sudden calm + giving away belongings")
M("my 16yo has taken a whole packet of my ibuprofen on purpose after some stuff at school. he says he's fine and won't go to hospital. how worried should i be",
  "fb", "dm", "H", "@dee.khan.ruislip|Dee Khan", "crisis", note="overdose taken by a child; reads like a clinical question but crisis wins", t="eve")
M("Please cancel all my appointments. All of them. I won't be around for them. Thanks for everything.",
  "fb", "dm", "E", "@robert.a.pike|Rob Pike", "crisis", note="not expecting to be around; reads like a PALS cancellation")
M("been burning myself with a lighter most nights since Kerry stopped being my care coordinator. the new one doesn't even know my name",
  "x", "dm", "T", "@stockton_lad_x|.", "crisis", flags="names_staff", note="ongoing self-harm; staff member named")
M("my neighbour's been sat in his car in the garage with the engine running for ages and the door's down. he won't answer. I think he's one of your patients. what do I do",
  "fb", "dm", "R", "@gill.brereton|Gill Brereton", "crisis", note="third party: means in use now", t="weekend")
M("Posting here because I don't know where else to. Made redundant after 20 years, the house is going, and I've been reading up on ways to end it. I know this isn't what LinkedIn is for.",
  "li", "comment", "H", "@andrew-keane|Andrew Keane", "crisis", note="suicidal research on LinkedIn")
M("1 star. Discharged from the home treatment team after 2 weeks with a leaflet. I'm more suicidal now than the day they first came out. If something happens to me this review is your record.",
  "other", "review", "E", "|Anon", "crisis", note="review site; current suicidality, crisis wins over complaint")
M("first christmas without him. made dinner for one and set his place anyway. i'm going to be with him tonight",
  "fb", "comment", "C", "@jan.hebden|Janet Hebden", "crisis", note="joining the deceased = suicidal, indirect", t="xmas")
M("idk why im even messaging a hospital page but i keep thinking about jumping from my window. its the 9th floor",
  "ig", "dm", "C", "@mxlly.k|molly", "crisis", note="suicidal thoughts, high place", t="night")
M("Your f***ing useless psychiatrist discharged my son last week and now he's locked himself in the bathroom saying he's got a blade. WHERE IS EVERYONE",
  "fb", "comment", "E", "@tony.marsh.chelmsford|Tony Marsh", "crisis", note="third party: crisis wins over complaint/abuse", t="weekend")
M("ring me on 07700 900873 please I can't do this any more and the crisis line keeps ringing out",
  "fb", "comment", "T", "@jade.ainsley|Jade Ainsley", "crisis", flags="contains_pii", note="crisis in a public comment with the writer's phone number")
M("If they won't readmit me I'm going to take as many of those tablets as I've got and that'll be the end of it. Nobody listens until you're dead.",
  "x", "mention", "E", "@southend_sid|Sid", "crisis", note="conditional plan with means")
M("mum's just rung me from the Tees Transporter Bridge saying goodbye. she's under your older people's team. I'm 40 mins away and police are on the way but please does anyone know her team",
  "fb", "dm", "T", "@ryanchambers84|Ryan Chambers", "crisis", note="third party: farewell from a high place", t="night")
M("I don't see the point of anything any more. Every day is the same grey nothing and I'm running out of reasons.",
  "bs", "reply", "C", "@pale-blue-dot.bsky.social|J", "crisis", note="hopelessness, 'running out of reasons'")
M("have written notes to everyone and put them in the drawer. got the cat booked into a cattery for a month so someone finds her. that's all sorted now",
  "ig", "dm", "H", "@m.o.o.n.child|Rae", "crisis", note="putting affairs in order, arranging the pet's care")

# ---------- traps: crisis words, true category something else ----------
M("3 years ago tonight I was stood on the Tees Barrage ready to jump. The crisis team talked me down and sat with me till 5am. Today I qualified as a mental health nurse. Thank you TEWV ❤️",
  "x", "mention", "T", "@newlyqualifiedrmn|Hannah", "compliment", trap=True, note="past, resolved crisis told as thanks", t="eve")
M("Blue Monday is nonsense but if today's hard, Samaritans are on 116 123 any time and you can text SHOUT to 85258. Sharing in case anyone needs it 💙",
  "bs", "reply", "R", "@gem-wolves.bsky.social|Gemma", "general", trap=True, note="awareness post with helplines, nobody at risk", t="bluemonday")
M("this wait is actually killing me, 4 hours in the eye hospital waiting room and counting 🙃",
  "x", "mention", "C", "@pete_mcr_|Pete", "complaint", trap=True, note="idiom 'killing me'; dissatisfaction with waiting")
M("could murder a bacon butty after that night shift 😅 is the League of Friends cafe at Cannock open on Sundays?",
  "fb", "comment", "R", "@steph.k.nurse|Steph K", "pals", trap=True, note="idiom 'could murder'; question about a service")
M("dying to know if the new blue badge parking bays at Mount Vernon are open yet?",
  "fb", "comment", "H", "@val.edmunds|Val Edmunds", "pals", trap=True, note="idiom 'dying to know'; parking question")
M("Just done the free Zero Suicide Alliance training, 20 minutes, honestly everyone should do it. Is there a link you can pin for your followers?",
  "fb", "comment", "E", "@carolyn.s.colch|Carolyn Stokes", "general", trap=True, note="suicide-prevention training post, nobody at risk")
M("Giving away a moses basket and three bags of newborn clothes, all washed. Does the maternity unit at Hillingdon take donations?",
  "fb", "comment", "H", "@priyanka.mum2|Priyanka", "pals", trap=True, note="'giving away' belongings as a donation question")
M("I'm putting my late father's affairs in order as his executor and need a copy of his records from New Cross. What's the process?",
  "fb", "dm", "R", "@malcolm.ivens|Malcolm Ivens", "subject_access", trap=True, note="'affairs in order' = executor asking for the deceased's records")
M("I'm on the top floor of the multi storey at MRI and every pay machine up here is broken. Been stuck 20 mins with a queue behind me.",
  "x", "mention", "C", "@tariqhussain_m|Tariq", "complaint", trap=True, note="'top floor of the car park' is not a high-place crisis")
M("This time last year I took an overdose and woke up in your ICU. To the nurse who held my hand at 4am, I never got your name, but I'm still here and doing OK. Thank you.",
  "fb", "comment", "H", "@still.here.steph|Steph", "compliment", trap=True, note="past overdose told as thanks")
M("Nan passed away peacefully on Ward 8 last Thursday. The staff were angels with her and with us. Thank you.",
  "fb", "comment", "R", "@louise.dunn.wv|Louise Dunn", "compliment", trap=True, note="a death mentioned in thanks")
M("Please not Suicide Squad for the film night 😂 it has to be Elf, every year",
  "fb", "comment", "C", "@bex_rmch_mum|Bex", "general", trap=True, note="film title in a reply to a children's ward film-night post", t="prexmas")
M("Is it ok to take co-codamol with my sertraline? Bad back and the GP's shut till Monday",
  "fb", "dm", "H", "@kev.alderton|Kevin Alderton", "clinical_question", trap=True, note="antidepressant mention; medication question, no risk", t="weekend")
M("How do I refer myself to talking therapies? I've been feeling low since the divorce but I'm safe, I just want someone to talk to properly.",
  "fb", "dm", "E", "@mark.l.harlow|Mark Lewin", "pals", trap=True, note="low mood, explicitly safe, asking for a self-referral")
M("The palliative team made Dad's last days so peaceful. He said his goodbyes to all of us at home, just like he wanted. Forever grateful.",
  "fb", "comment", "H", "@sue.b.hayes|Sue Byrne", "compliment", trap=True, note="'goodbyes' of a dying patient, told as thanks")
M("Worst hospital in the country. Lost my biopsy. Lost my letter. Lost the will to live in that waiting room.",
  "other", "review", "C", "|Dave R", "complaint", trap=True, note="idiom 'lost the will to live' inside a complaint")
M("My mum's always said she'd rather be shot than go to a care home 😂 she's 94 and running rings round the staff at the day unit, thank you all for your patience with her",
  "fb", "comment", "R", "@gary.brook.wv|Gary Brook", "compliment", trap=True, note="'rather be shot' idiom, thanks")
M("Can you stop putting suicide stats in your posts without a content warning? Some of us find that hard to scroll past.",
  "x", "reply", "T", "@calm_harbour_|Ali", "complaint", trap=True, note="request about the trust's own posts; writer not at risk")
