from common import M, nhs, bad10

# ---------------- English: subject access ----------------
M("How do I get a copy of my medical records from my stay on Ward 6B in 2024? I need them for a PIP appeal and the deadline's in January",
  "fb", "dm", "R", "@claire.g.bilston|Claire Gough", "subject_access", note="own records", t="early")
M("I want the CCTV of me being restrained in A&E on 14 November around 3am. Please preserve it before it's wiped, I'll be making a formal request.",
  "x", "dm", "H", "@marcus_t_uxb|Marcus T", "subject_access", note="CCTV of the writer", t="latenov")
M("Can I have a copy of the call recording from when I rang your crisis line last Sunday night? The person I spoke to said things I want to check.",
  "fb", "dm", "T", "@laura.pennock|Laura Pennock", "subject_access", note="call recording of the writer's own call")
M("Your records say I'm allergic to penicillin. I'm NOT. Please correct it before somebody refuses me antibiotics I actually need.",
  "x", "reply", "C", "@jon_w_didsbury|Jon", "subject_access", note="correction of a record")
M("I'd like to know who has accessed my records. I think my ex, who works in your pathology department, has been looking at my file.",
  "fb", "dm", "H", "@rhianna.b|Rhianna", "subject_access", note="who looked at my record; subject_access outranks the complaint")
M("I want all the data you hold on me deleted. I was seen once in 2019 at the walk-in and I don't consent to you keeping any of it.",
  "x", "mention", "R", "@priv4cy_first|Nathan", "subject_access", note="erasure request")
M("As my son's mum (he's 9) can I request his records from the children's hospital? He's been under neurology since he was 4.",
  "fb", "dm", "C", "@stacey.mum.of.finn|Stacey Cole", "subject_access", note="parent for a child")
M("I'm executor for my aunt who died at the Linden Centre in October. How do I apply for her health records? The family have questions.",
  "fb", "dm", "E", "@ian.w.chelmsford|Ian Whitlock", "subject_access", note="executor for the deceased")
M(f"Subject access request: please send me a copy of my maternity notes and CTG from my labour at Saint Mary's in August. NHS number {nhs('999246813')}, DOB 03/04/1991. Nobody answers the records email.",
  "x", "reply", "C", "@bethany_m_91|Bethany M", "subject_access", flags="contains_pii", note="own records; NHS number and DOB posted publicly")
M("Hi, can I get the images from my knee MRI on a disc or a link? My private physio wants to see them",
  "fb", "dm", "R", "@kelvin.o.physio|Kelvin O", "subject_access", note="own scans")
M("I worked for the trust as a HCA until March. Please can I have a copy of my personnel file and my occupational health notes?",
  "li", "dm", "H", "@danielle-okoro|Danielle Okoro", "subject_access", note="former employee's own personal data")
M("Under GDPR I want to see everything the psychologist wrote about me. I know I have the right to it so please don't fob me off.",
  "x", "dm", "T", "@redcar_rach|Rach", "subject_access", note="own records")
M("Please can you send me the bodycam footage from when your security team dealt with me on Saturday night? I want to see it for myself",
  "fb", "dm", "R", "@shane.pritchard|Shane Pritchard", "subject_access", note="footage of the writer")
M("Mum has dementia and I have lasting power of attorney for health and welfare. How do I get copies of her care records from the community team?",
  "fb", "dm", "E", "@diane.j.southend|Diane Jarvis", "subject_access", note="speaking for someone: LPA holder")
M("My notes say I 'refused' treatment in A&E. I didn't refuse anything, I asked for an interpreter. I want that changed on my record.",
  "fb", "comment", "H", "@amal.f.hayes|Amal F", "subject_access", note="rectification; outranks the complaint in it")
M("How do I get my son's discharge summary from Ward 84 at RMCH? The GP says they never got it and I want my own copy anyway.",
  "x", "mention", "C", "@dad_of_two_mcr|Chris", "subject_access", note="parent for a child")

# ---------------- English: FOI ----------------
M("How much did the trust spend on agency nurses in 2025/26? Ideally broken down by month and by ward.",
  "x", "mention", "R", "@wv_data_nerd|Ollie Grant", "foi", note="spend")
M("FOI request: please provide the contract value, supplier and end date of your car parking management contract. Name: Gareth Lowe, email gareth.lowe.foi@gmail.com",
  "x", "reply", "H", "@garethlowe_|Gareth Lowe", "foi", flags="contains_pii", note="FOI with the requester's personal e-mail posted publicly")
M("How many physical assaults on staff were recorded at New Cross in 2025? And how many were reported to police?",
  "fb", "comment", "R", "@unison_rep_wv|M Shah", "foi", note="numbers held")
M("Can you send me a copy of your policy on patients recording consultations? Can't find it on the website anywhere",
  "fb", "dm", "T", "@carer_voice_ne|Pat Rudd", "foi", note="a policy")
M("Please send the minutes of the board meeting where the closure of Willow Ward was discussed, and any papers that went with it.",
  "x", "mention", "E", "@save_willow_ward|Save Willow Ward", "foi", note="minutes")
M("How many adult mental health inpatient beds did EPUT have in 2020 compared to today?",
  "bs", "mention", "E", "@essexwatch.bsky.social|Essex Watch", "foi", note="numbers held")
M("What did the trust pay the agency that did the new logo and website? Genuine question, as a taxpayer.",
  "x", "reply", "C", "@mancunian_auditor|Sue Prentice", "foi", note="spend")
M("Request for information: number of out-of-area mental health placements per month in 2024 and 2025, and the total cost.",
  "li", "dm", "T", "@helen-carver-researcher|Helen Carver", "foi", note="numbers and spend")
M("How many patients were restrained face down (prone) on your wards last year? Please treat this as a Freedom of Information request.",
  "x", "mention", "T", "@restraint_reduction|Jo Bainbridge", "foi", note="explicit FOI")
M("Dear FOI officer, could you tell me how much the trust spent on social media advertising in 2025 and which agencies were used? Regards, Tom Hollins",
  "li", "dm", "H", "@tom-hollins|Tom Hollins", "foi", note="spend on advertising")
M("How many interpreter hours did you pay for last year, and which were the top ten languages?",
  "fb", "comment", "C", "@mcr.migrant.voices|Migrant Voices MCR", "foi", note="numbers held")
M("How much has the trust paid out in clinical negligence settlements since 2022? Total and number of cases please.",
  "x", "mention", "H", "@ub_local_news_fan|Dev", "foi", note="figures held")
M("How many subject access requests did you get last year, and how many went over the one-month deadline?",
  "x", "mention", "R", "@foi_hobbyist|Kaz", "foi", trap=True, note="statistics ABOUT requests = foi, not subject_access")
M("Could you share the number of complaints you received about the crisis team in 2025, and how many were upheld?",
  "fb", "comment", "E", "@essex.carers.forum|Essex Carers Forum", "foi", note="complaint statistics")
M("Please can I have a copy of the equality impact assessment for the decision to move the eating disorder unit?",
  "bs", "mention", "T", "@ed-voices.bsky.social|ED Voices North", "foi", note="a document held")
M("What's the total spent on private ambulance firms this winter? Thanks, Liam Doyle (reply here is fine)",
  "x", "mention", "C", "@liamdoyle_mcr|Liam Doyle", "foi", note="spend")

# ---------------- English: media ----------------
M("Hi, I'm a reporter at the Express & Star. We're running a story on corridor care at New Cross tomorrow. Would the trust like to comment? Deadline 4pm today.",
  "x", "dm", "R", "@sophie_e_and_s|Sophie Harrow", "media", note="newspaper asking for comment", t="day")
M("BBC Tees here. We've been contacted by a family about a death at Roseberry Park. Could someone from the press office give me a call?",
  "fb", "dm", "T", "@bbctees_newsdesk|BBC Tees newsdesk", "media", note="broadcaster")
M("Hey! I host The Ward Round, a podcast about NHS life. Would one of your consultants be up for a 30-minute chat about winter pressures?",
  "ig", "dm", "C", "@thewardroundpod|The Ward Round Pod", "media", note="podcast interview request")
M("Manchester Evening News here. We have footage of the queue outside the children's A&E tonight. Can you give us a line on waiting times?",
  "x", "dm", "C", "@men_newsdesk_jk|J Kaur, MEN", "media", note="newsroom asking for a line", t="eve")
M("Freelance journalist writing for the Guardian. Right of reply: we intend to report the trust paid £1.2m to a consultancy for the bed review. Please respond by Friday noon.",
  "li", "dm", "H", "@rosa-lindqvist-journalist|Rosa Lindqvist", "media", note="right of reply")
M("Uxbridge Gazette: readers are reporting ambulances queuing outside Hillingdon this evening. Has the trust declared a critical incident?",
  "x", "mention", "H", "@ubgazette_news|Uxbridge Gazette", "media", note="local paper", t="eve")
M("ITV Tyne Tees would love to film at your new perinatal unit for a feature in the new year. Who's the best person to talk to?",
  "li", "dm", "T", "@gareth-ross-itv|Gareth Ross", "media", note="broadcaster filming request")
M("Student journalist at Teesside Uni writing a piece on nurse retention for the student paper. Could I interview someone from the trust?",
  "x", "dm", "T", "@tsu_journo_abi|Abi", "media", note="student journalist asking for an interview")
M("Morning from BBC Essex breakfast. Would your chief executive come on tomorrow at 7.20 to talk about the CQC report?",
  "x", "dm", "E", "@bbcessex_brekkie|BBC Essex Breakfast", "media", note="radio interview", t="day")
M("Researcher for Channel 4 Dispatches. We're looking into restraint data across mental health trusts and would like to put some questions to you.",
  "li", "dm", "E", "@callum-webb-tv|Callum Webb", "media", note="broadcaster")
M("The Times health desk: can you confirm whether the trust has declared a critical incident today? We're publishing at 6.",
  "x", "dm", "C", "@times_health_ak|A. Kowalczyk", "media", note="newspaper", t="weekend")
M("I run a YouTube channel on NHS whistleblowing (42k subs). I'm covering the Ward 14 allegations and I'd like a statement from the trust.",
  "fb", "dm", "H", "@nhs.truth.channel|NHS Truth Channel", "media", note="online outlet asking for a statement")
M("Hi, Black Country Radio newsroom. We've had calls about the water leak at Cannock Chase. Anyone available for a quick phone interview?",
  "x", "dm", "R", "@bcr_newsroom|BCR Newsroom", "media", note="radio newsroom", t="day")
M("Saw on BBC North West that the eye hospital is moving. Will my appointment in March still be at Oxford Road?",
  "fb", "comment", "C", "@irene.walsh.46|Irene Walsh", "pals", trap=True, note="member of the public quoting a news story")
M("Loved your chief nurse on the NHS Reset podcast this week, so refreshing to hear someone be honest",
  "x", "reply", "H", "@nurse_anon_ldn|Ruth", "compliment", trap=True, note="podcast mentioned, but it's praise, not a media request")
M("My cousin works at the Gazette and says you lot are about to be put in special measures lol. Is that true",
  "fb", "comment", "H", "@kyle.r.hayes|Kyle R", "general", trap=True, note="public member mentioning a newspaper; gossip, no action")
