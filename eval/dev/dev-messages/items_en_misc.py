from common import M, bad10

# ---------------- English: clinical questions ----------------
M("Ten days after my c-section and the bleeding's got heavier not lighter, is that normal or should I get checked?",
  "fb", "dm", "C", "@first.time.mum.jess|Jess", "clinical_question", note="asks whether post-natal bleeding is normal")
M("Can I drive after my cataract op on Friday or will I need a lift home?",
  "fb", "comment", "R", "@alf.roberts.74|Alf Roberts", "clinical_question", note="asks for individual clinical advice")
M("what's the max paracetamol I can take in a day? 12 stone, bad back, GP's shut",
  "x", "dm", "H", "@builder_bri|Bri", "clinical_question", note="dosage question, no risk", t="weekend")
M("My dad's on warfarin, can he have cranberry juice? The ward nurse said no and the pharmacist said yes 🤷‍♀️",
  "fb", "comment", "T", "@mandy.ward.tees|Mandy", "clinical_question", note="medication interaction question")
M("Is a temperature of 37.9 two days after chemo something I should ring the hotline about or just keep an eye on?",
  "fb", "dm", "H", "@mv_patient_sue|Sue", "clinical_question", note="asks for advice after chemotherapy")
M("Can you have the flu jab when you're pregnant? I'm 20 weeks",
  "ig", "comment", "C", "@bumpandbeyond_|Nia", "clinical_question", note="asks for clinical advice in pregnancy")
M("Is it safe to give my 8 month old Calpol and ibuprofen at the same time or do I have to space them?",
  "fb", "dm", "R", "@jodie.m.wv|Jodie", "clinical_question", t="night", note="dosage question for a baby")
M("Been on lithium 2 years and my hands are shaking a lot more than they used to. Should I be worried?",
  "fb", "dm", "E", "@wendy.s.harlow|Wendy", "clinical_question", trap=True, note="mental health medication; clinical question, no risk")
M("Knee replacement 9 days ago. Calf is hot and swollen this evening. Is that a clot or just normal healing?",
  "x", "dm", "R", "@newknee_norm|Norm", "clinical_question", t="eve", note="asks about a possible clot: clinical question, no self-harm")
M("Can I keep taking my antidepressants while breastfeeding? The health visitor wasn't sure.",
  "fb", "dm", "C", "@kerry.ann.mcr|Kerry-Ann", "clinical_question", trap=True, note="antidepressants mentioned; clinical question")
M("What's a normal HbA1c? Mine came back 48 and nobody has explained what that means",
  "fb", "comment", "H", "@raj.p.hayes|Raj P", "clinical_question", note="asks for a result to be explained")
M("Had my covid and flu jabs together yesterday and my arm is massive and red. Normal?",
  "x", "mention", "T", "@durham_deb|Deb", "clinical_question", note="asks whether a vaccine reaction is normal")
M("my 3 year old might have swallowed a button battery?? not sure, the remote's open. she seems fine. do I need to bring her in",
  "fb", "dm", "C", "@sean.mcr.dad|Sean", "clinical_question", note="urgent clinical question; no self-harm", t="eve")
M("Is it ok to fly 4 weeks after a DVT? Booked a holiday before all this happened",
  "fb", "comment", "E", "@carol.j.benfleet|Carol J", "clinical_question", note="asks for clinical advice")
M("How long should I keep the dressing on after having a mole removed at the dermatology clinic? It's itching like mad",
  "bs", "mention", "R", "@mole-free-matt.bsky.social|Matt", "clinical_question", note="wound-care advice question")

# ---------------- English: PALS ----------------
M("What are the visiting hours on the children's ward over Christmas? Can siblings come?",
  "fb", "comment", "H", "@lucy.h.uxbridge|Lucy H", "pals", t="prexmas", note="visiting")
M("Is there a cash machine anywhere in New Cross?",
  "x", "mention", "R", "@visitor_wv|Phil", "pals", note="facilities")
M("How do I get my mum referred to the memory clinic? The GP said we can self refer but I can't find how",
  "fb", "dm", "E", "@sarah.b.wickford|Sarah Bell", "pals", note="referral question")
M("Do you provide BSL interpreters for outpatient appointments? I'm Deaf and my appointment is on the 3rd",
  "fb", "dm", "C", "@deaf_and_proud_mcr|Hayley", "pals", note="interpreter question")
M("Where do I park for the Macmillan centre at Mount Vernon? Sat nav keeps taking me round in circles",
  "fb", "comment", "H", "@pam.nw|Pam", "pals", note="parking")
M("Is WV10 0QP the right postcode for the sat nav for New Cross, or is there a better one for the maternity entrance?",
  "fb", "comment", "R", "@becky.due.feb|Becky", "pals", trap=True, note="the hospital's own postcode, not personal data")
M("Can I bring my assistance dog onto the ward when I visit my husband?",
  "fb", "dm", "T", "@irene.guide.dog|Irene", "pals", note="visiting/access question")
M("Does the chaplaincy do a Christmas Eve service that visitors can come to?",
  "fb", "comment", "C", "@rev_val|Val", "pals", t="prexmas", note="service question")
M("How do I change my appointment? Is there an email address or do I have to ring the number on the letter?",
  "x", "mention", "E", "@tom_w_chelmsford|Tom", "pals", note="appointment question")
M("Is the League of Friends shop open on the bank holiday?",
  "fb", "comment", "H", "@ruislip_rita|Rita", "pals", t="prebh", note="opening hours")
M("How do I get a carer's parking permit? I'm in every day with my wife",
  "fb", "dm", "R", "@bob.and.joan|Bob", "pals", note="parking")
M("Can I self-refer to talking therapies or does it have to go through the GP?",
  "x", "mention", "T", "@curious_in_durham|Ellie", "pals", note="referral question")
M("Is there anywhere to charge an electric wheelchair in outpatients? Mine's on 10%",
  "x", "mention", "C", "@wheels_on_oxford_rd|Ade", "pals", note="access")
M("Which bus goes from Uxbridge station to the hospital?",
  "fb", "comment", "H", "@new.to.uxbridge|Ana", "pals", note="access/directions")
M("Are there lockers anywhere at the Heart and Lung Centre? I'm visiting all day and don't want to lug my bags round",
  "fb", "comment", "R", "@geoff.price.wv|Geoff Price", "pals", note="facilities question for a visitor")
M("Is the urgent treatment centre at Cannock open 24 hours or does it close at night?",
  "x", "mention", "R", "@hednesford_hannah|Hannah", "pals", t="night", note="opening hours")
M("Does RMCH have somewhere for parents to sleep? Our son's being transferred tomorrow",
  "fb", "dm", "C", "@jamie.and.ella|Jamie", "pals", t="eve", note="facilities for parents")
M("Can my husband stay overnight after my planned c-section at Saint Mary's?",
  "ig", "dm", "C", "@due.in.jan|Farah", "pals", note="visiting question")
M("Hi, I'm deaf, can I book and change appointments by text instead of phoning?",
  "fb", "dm", "H", "@sign.it.simon|Simon", "pals", note="access/appointments")
M("Is there patient wifi at the eye hospital? I'm in for a long clinic tomorrow",
  "x", "mention", "C", "@bored_in_clinic|Rob", "pals", note="facilities")
M("Driving down from Penistone for my scan at Roseberry Park, is there parking on site?",
  "fb", "comment", "T", "@penistone_pete|Pete", "pals", trap=True, note="place name containing rude letters")
M("My booking reference is 4412873391 but the kiosk won't take it, do I just go to reception?",
  "x", "mention", "R", "@kiosk_confused|Anne", "pals", trap=True, note="ten-digit booking reference that fails the NHS check")
M("What time does the pharmacy close on Saturdays? Need to collect my dad's discharge meds",
  "fb", "comment", "H", "@naveen.k.hayes|Naveen", "pals", t="weekend", note="opening hours")
M("Where do we go to collect my late mum's belongings from the ward? Is there a particular office we ask at?",
  "fb", "dm", "R", "@m.adeyemi.wv|Michael Adeyemi", "pals", note="bereavement logistics question, no grievance")

# ---------------- English: abuse ----------------
M("every nurse at that hospital is a lazy fat cow",
  "fb", "comment", "R", "@darren.j.1977|Darren", "abuse", flags="abuse", note="insult aimed at staff, no complaint behind it")
M("go back to your own countries you dirty immigrants, you're running our NHS into the ground",
  "x", "reply", "H", "@britfirst_dave88|Dave", "abuse", flags="abuse", note="hateful, racist")
M("Dr Okonkwo is ugly as sin lmao imagine waking up from the anaesthetic to that face 🤢",
  "x", "reply", "C", "@lolz_mcr_99|jj", "abuse", flags="abuse names_staff", note="mockery of a named doctor")
M("🖕🖕🖕",
  "x", "reply", "R", "@w0lfie_xx|.", "abuse", flags="abuse", note="obscene gesture only")
M("you're all c*nts",
  "fb", "comment", "E", "@kev.t.777|Kev T", "abuse", flags="abuse", note="starred obscenity, nothing else")
M("Imagine celebrating mentally ill men in dresses. Disgusting trust.",
  "x", "reply", "T", "@gender_critical_gaz|Gaz", "abuse", flags="abuse", note="transphobic, reply to an LGBT+ post")
M("mental health trust lol more like nutters looking after nutters",
  "x", "reply", "E", "@banter_king_essex|Reece", "abuse", flags="abuse", note="demeaning about mental illness")
M("Hope your chief exec chokes on his bonus",
  "x", "reply", "H", "@taxpayer_ted|Ted", "abuse", note="ill-wishing, no threat")
M("p*ki doctors everywhere, no wonder it's all going to sh*t",
  "fb", "comment", "R", "@wulfrun_white|Mark", "abuse", flags="abuse", note="racist slur, starred")
M("imagine being a nurse and thinking you're special 😂 you wipe arses for a living",
  "x", "reply", "C", "@edgelord_manc|.", "abuse", flags="abuse", note="mocking staff")
M("Saw Matron Julie Brennan on the local news. What a smug gormless face, no wonder the place is a mess.",
  "fb", "comment", "E", "@essex.eddie|Eddie", "abuse", flags="abuse names_staff", note="mockery of a named matron, no complaint behind it")
M("shove your survey up your arse",
  "x", "reply", "H", "@no_surveys_ta|.", "abuse", flags="abuse", note="obscene reply to a survey post")
M("Piss off with your flu jab propaganda, nobody's listening to you sheep",
  "fb", "comment", "T", "@freethinker.tees|Wayne", "abuse", flags="abuse", note="hostile obscene reply to a health post, no request")
M("The blonde nurse in the second photo can give me a bed bath any day 🥵🥵",
  "ig", "comment", "C", "@big_dave_mcr|Dave", "abuse", flags="abuse", note="sexualised comment about staff in a trust photo")
M("useless bunch of clowns 🤡🤡🤡",
  "bs", "reply", "R", "@wolves-till-i-die.bsky.social|Lee", "abuse", note="insult, no request or complaint")
M("Bunch of overpaid parasites the lot of you. Scrap the whole trust and start again.",
  "x", "reply", "E", "@reform_ron_southend|Ron", "abuse", note="insult with no request or complaint (flag not asserted: rude rather than clearly abusive)")

# ---------------- English: compliments ----------------
M("Huge thanks to Dr Achebe and the team at the Heart and Lung Centre. Stent in on Friday, home on Sunday, feel 20 years younger.",
  "fb", "comment", "R", "@brian.t.wv|Brian Timmins", "compliment", flags="names_staff", note="thanks naming a doctor")
M("Staff nurse Priya on the children's ward at Hillingdon, you made my daughter's first hospital stay feel like an adventure. THANK YOU 💕",
  "fb", "comment", "H", "@mum.of.isla|Emma", "compliment", flags="names_staff", note="thanks naming a nurse")
M("The porters at MRI are unsung heroes. One walked me all the way to the eye hospital when I was completely lost.",
  "x", "mention", "C", "@lost_in_mcr|Bernard", "compliment", note="praise")
M("5 stars. Blood tests at Cannock Chase, in and out in 10 mins, and the lady made my needle-phobic son laugh.",
  "other", "review", "R", "|Kim W", "compliment", note="review site praise")
M("Merry Christmas to everyone working on Ward 6 today. You looked after my dad when we couldn't. ❤️",
  "fb", "comment", "T", "@lindsay.g.durham|Lindsay", "compliment", t="xmas", note="Christmas thanks")
M("Shout out to Marcus on the front desk at Roseberry Park, always remembers my name and asks how my week's been",
  "x", "mention", "T", "@recovery_rob|Rob", "compliment", flags="names_staff", note="praise naming a receptionist")
M("The bereavement midwives at Saint Mary's are angels. Nobody should go through what we did but you made it bearable.",
  "fb", "comment", "C", "@for.our.baby.hope|Amy", "compliment", note="baby loss mentioned in thanks")
M("f***ing legends in resus last night, saved my brother's life. can't thank you enough",
  "x", "mention", "H", "@bigbro_harv|Harv", "compliment", trap=True, note="profanity in praise, not abuse")
M("20 week scan today at Hillingdon, sonographer Beth was so calm and explained everything 🥰",
  "ig", "comment", "H", "@bump.diaries.ub|Zara", "compliment", flags="names_staff", note="praise, sonographer named")
M("Proud to have finished my preceptorship at RWT this month. Thank you to my practice educator Sam Okafor for the endless support.",
  "li", "comment", "R", "@chioma-nurse|Chioma E", "compliment", flags="names_staff", note="LinkedIn thanks naming a colleague")
M("Thank you for the new water fountains in outpatients. Small thing, big difference.",
  "fb", "comment", "E", "@kate.w.basildon|Kate", "compliment", note="praise for a facility")
M("Can't fault the fracture clinic. Seen on time, plastered, and physio booked before I'd even left.",
  "other", "review", "C", "|Oliver B.", "compliment", note="review site praise")
M("Loving the Christmas lights at the main entrance, you've absolutely killed it this year 🎄",
  "ig", "comment", "R", "@wolves_mum_tasha|Tasha", "compliment", trap=True, note="'killed it' = praise", t="dec")
M("To the switchboard operator who stayed on the line with me while I waited for the ambulance for my husband on Boxing Day: I don't know your name but you were amazing.",
  "fb", "comment", "H", "@maureen.k.ub|Maureen", "compliment", t="bh28", note="thanks, nobody named")
M("Finally got my ADHD diagnosis after 2 years on the list. The assessor was so kind. Worth the wait (just about 😅)",
  "x", "mention", "E", "@finally_diagnosed|Lou", "compliment", note="praise with a light dig at waits")
M("Thank you Dr Hussain and everyone at the early pregnancy unit. You were so gentle with us.",
  "fb", "dm", "C", "@saima.k.mcr|Saima", "compliment", flags="names_staff", note="thanks naming a doctor; pregnancy loss implied, no risk")
M("Kudos to the A&E team on New Year's Eve, absolute chaos and you still smiled 👏",
  "bs", "mention", "H", "@ub8-dad.bsky.social|Kris", "compliment", t="ny", note="praise")

# ---------------- English: spam ----------------
M("🔥 Get 10K REAL followers for your page in 24hrs!! Special NHS discount, DM us now 🔥",
  "ig", "comment", "C", "@growth.boost.uk|Growth Boost", "spam", note="follower selling")
M("META SUPPORT: Your page has violated our community standards and will be disabled in 24 hours. Verify ownership here: meta-pagecheck-support.com/verify",
  "fb", "dm", "T", "@meta.page.support.team|Meta Support Team", "spam", note="phishing")
M("I made £4,700 last week trading crypto with @BTC_Aliyah_FX, ask her how 💸💸💸",
  "x", "reply", "R", "@jessica_w_8812|Jessica", "spam", note="crypto scam")
M("Nursing students! Cheap essay help, plagiarism free, any deadline. WhatsApp +44 7700 900561",
  "fb", "comment", "H", "@academic.helpers.uk|Academic Helpers", "spam", note="business number in an ad, not someone's personal data")
M("Hi there! I noticed your trust website could rank higher on Google. We offer affordable SEO packages from $99/month.",
  "li", "dm", "E", "@raj-seo-expert|Raj Kumar", "spam", note="unsolicited SEO advertising")
M("CONGRATULATIONS! As an NHS worker you've been selected for a £500 Tesco voucher. Claim before midnight: tesco-nhs-rewards.co",
  "fb", "comment", "R", "@nhs.rewards.official|NHS Rewards", "spam", note="phishing")
M("Buy tramadol, diazepam, no prescription needed, discreet UK delivery, telegram @medsdirectuk",
  "x", "reply", "C", "@medsdirect_uk_|Meds Direct", "spam", note="illegal drug sales")
M("check out my new mixtape on soundcloud 🎤🔥 link in bio, follow for follow",
  "ig", "comment", "T", "@lil_tees_beatz|lil tees", "spam", note="self-promotion, follow-for-follow")
M("Royal Mail: your parcel could not be delivered. Reschedule here: royalmail-redeliver-uk.info",
  "x", "dm", "H", "@rm_delivery_uk|Royal Mail Delivery", "spam", note="phishing")
M("Looking for PPE suppliers? 2 million nitrile gloves in stock at wholesale price. Contact sales@glovesdirect-asia.com",
  "li", "comment", "R", "@gloves-direct-asia|Gloves Direct", "spam", note="unsolicited advertising in comments")
M("is this you in this video?? 😱😱 bit.ly/3xQvid0",
  "x", "dm", "C", "@t0tally_real_friend|Amy", "spam", note="phishing link")
M("Overseas nurses! Pay a £2,000 processing fee and we GUARANTEE an NHS job and visa within 30 days. Limited places.",
  "fb", "comment", "E", "@uk.nhs.jobs.agency|UK Jobs Agency", "spam", note="recruitment scam")
M("Win a free iPhone 17 just for liking and sharing this comment!!! Winner picked Friday 🎉",
  "fb", "comment", "H", "@giveaways.daily.uk|Giveaways Daily", "spam", note="fake giveaway")
M("Sweet ladies in Cannock waiting to chat 💋 click my profile",
  "fb", "comment", "R", "@lovely.anna.2210|Anna", "spam", note="dating spam")
M("Your trust deserves a better staff rota app. Book a free demo of ShiftSmartz today, 30% off for NHS!",
  "li", "comment", "T", "@shiftsmartz|ShiftSmartz", "spam", note="irrelevant advertising")

# ---------------- English: general ----------------
M("First! 🙌", "fb", "comment", "R", "@first.every.time|Connor", "general", note="chit-chat")
M("is this page actually run by a person or is it a bot lol", "x", "reply", "C", "@just_asking_mcr|.", "general", note="chit-chat")
M("Happy new year everyone 🎉 here's to a quieter 2027 for all of you", "fb", "comment", "E", "@jill.r.leigh|Jill", "general", t="ny", note="greeting")
M("The NHS needs proper funding, simple as. Whoever's in charge next has to sort it.", "x", "reply", "H", "@centrist_carl|Carl", "general", note="opinion, no action needed")
M("Anyone know how much the Christmas jumper day raised in the end?", "fb", "comment", "C", "@jumper.fan|Debs", "general", t="declate", note="chit-chat about fundraising")
M("Reform would have this sorted in a week", "x", "reply", "R", "@black_country_bloke|Gary", "general", note="political opinion, no action needed")
M("It's snowing at Lanchester Road ❄️ take care on the roads everyone", "fb", "comment", "T", "@durham.weather.watch|Lynn", "general", t="winter", note="chit-chat")
M("My nan worked as a cleaner at New Cross for 40 years, everyone called her Aunty Pat. Bet some of you remember her!", "fb", "comment", "R", "@pat.granddaughter|Kirsty", "general", note="former staff reminiscence, chit-chat")
M("Who's the song on your Christmas video? It's stuck in my head", "ig", "comment", "H", "@music.mad.mo|Mo", "general", t="dec", note="chit-chat")
M("Running the Manchester half for the children's hospital charity in May, wish me luck 🏃‍♀️", "ig", "comment", "C", "@run.for.rmch|Tash", "general", trap=True, note="fundraising chat with a 'link'-style plug; not spam")
M("Are you lot on Threads yet or just here?", "bs", "reply", "E", "@platform-hopper.bsky.social|Ben", "general", note="chit-chat")
M("Tagging my sister who's just started as an HCA with you! @kezza_b_hca go on girl", "ig", "comment", "T", "@lou.b.tees|Lou", "general", note="chit-chat tagging a friend")
M("Interesting thread on the workforce plan if anyone's after some bedtime reading", "bs", "reply", "C", "@policy-wonk-mcr.bsky.social|Hari", "general", note="opinion/link sharing, no action")
M("Do you lot ever sleep? Posting at 2am 😂", "x", "reply", "H", "@night_owl_ub|Olly", "general", t="night", note="chit-chat")
M("Nice to see the old chapel being done up, it's a lovely building", "fb", "comment", "E", "@heritage.hal|Hal", "general", note="opinion, no action")
M("My order number's 5839201746 and I still haven't received the hospital radio mug I bought at the fete, is that still a thing?", "fb", "comment", "C", "@mug.collector.mcr|Ann", "general", trap=True, note="ten-digit order number that fails the NHS check")
