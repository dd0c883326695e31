# ---- Part 6: account, media and platform categories ----

A("Lovely frosty sunset walk after my shift 🌅",
  'brand', "trust abbreviation in a personal handle; disclaimer in bio", 'x',
  Pn('@SarahEPUTnurse', 'Nurse. Views my own.'))

A("New scrubs who dis 😎",
  'brand', "'nhs' in a personal handle; disclaimer in bio", 'instagram',
  Pn('@nhs_nurse_kayleigh', '🩺 nurse | mum | views my own'))

A("the 3am snack drawer on our ward, ranked 🍫🍪 (the custard creams are not up for debate)",
  'brand discl', "trust abbreviation in handle; work talk, no disclaimer", 'tiktok',
  Pn('@eput.hca.mo', 'just a girl on nights'))

A("Early morning rehab session done before clinic. Hamstrings, you are not my friend today.",
  'brand', "'NHS' in a personal handle; disclaimer in bio", 'facebook',
  Pn('@DanTheNHSPhysio', 'Physio. Own views.'))

A("Can anyone recommend a good mechanic in Colchester? Car's making a noise like a dying goose",
  'brand', "the trust's name in a personal handle; not about work", 'x',
  Pn('@EssexPartnershipJo', None, emp=True))

A("Booking free discovery calls for January now. Burnt out as an NHS leader? Let's talk.",
  'brand comm', "'nhs' in a personal handle, promoting a paid coaching service", 'linkedin',
  Pn('@nhsleadershipcoach', 'Coach for NHS leaders. Former matron. Views mine.', emp=False))

A("Who's in for Christmas drinks Friday after the late shift? 🍻",
  'brand discl', "trust abbreviation in a personal (unofficial) handle; ward social talk, no disclaimer", 'x',
  Pn('@Ward9_EPUT', 'unofficial account for ward 9 staff 😂'))

A("New paper out this week on peer support in early intervention! So proud of this team 🎉 doi.org/10.1000/eip.2026.114",
  'brand', "'nhs' in a personal handle; disclaimer in bio", 'bluesky',
  Pn('@nhsresearchlou.bsky.social', 'Research nurse. Own views.'))

A("Vlog 47: my first week as a ward manager (no patients, no names, just a lot of emails)",
  'brand', "'NHS' in a personal channel handle; disclaimer in bio", 'youtube',
  Pn('@NHSNurseVlogs', 'Vlogs from an NHS nurse. Views my own.'))

A("Pierwszy śnieg w Chelmsford ❄️ Kawa i koc po nocce.",
  'brand', "PL: 'First snow in Chelmsford. Coffee and a blanket after the night shift.' 'nhs' in a personal handle; disclaimer in bio", 'instagram',
  Pn('@pielegniarka_nhs', 'Pielęgniarka. Poglądy są moje.'), lang='pl')

A("Brightlingsea beach at 7am after nights. Worth every minute 🌊",
  '', "TRAP: a place name in the handle is not the organisation's name; disclaimer in bio", 'instagram',
  Pn('@basildonmentalhealthnurse', 'RMN | views my own'))

A("Morning all ☕ another day, another care plan",
  '', "TRAP: town + profession in the handle is clean; disclaimer in bio", 'x',
  Pn('@colchester_rmn', 'RMN. Views my own.'))

A("Shift done, bath time 🛁",
  'nhsmail', "NHS e-mail as a personal account's contact", 'x',
  Pn('@jo_bloggs_rgn', 'Nurse. DMs open or email jo.bloggs7@nhs.net. Views my own.'))

A("Selling my sofa, grey 3-seater, collection only from Chelmsford. Email me at kerry.walsh@nhs.net if interested",
  'nhsmail', "NHS e-mail used for a personal matter", 'facebook',
  Pn('@kerry.walsh.cfd', None, emp=True))

A("Booking 1:1 wellbeing coaching sessions for January now! First session half price 🌱",
  'nhsmail comm', "NHS e-mail as contact for a personal paid business", 'linkedin',
  Pn('@michael-osei-coach', 'Freelance wellbeing coach | contact: m.osei@nhs.net | views mine'))

A("Lost my engagement ring at the Christmas party 😭😭 if anyone finds it please email sam.patel12@nhs.net",
  'nhsmail', "NHS e-mail for a personal matter; 'party' is a social event", 'instagram',
  Pn('@sam.patel.x', 'Nurse. Views my own.'))

A("New post about the allotment up tonight 🥕 allotmentlife.blog",
  'nhsmail', "NHS e-mail as a personal account's contact", 'x',
  Pn('@allotment_anna', 'Gardener. Contact a.hughes3@nhs.net for blog stuff', emp=True))

A("GRWM for a night shift 🌙 (no patients were filmed in the making of this video)",
  'nhsmail discl', "NHS e-mail as a personal contact; work talk, no disclaimer", 'tiktok',
  Pn('@lily.nightnurse', '📧 collabs: lily.nurse@nhs.net'))

A("Does anyone have a good recipe for vegan mince pies? Asking for a ward party 🥧",
  'nhsmail', "NHS e-mail as a personal account's contact", 'bluesky',
  Pn('@rlindqvist.bsky.social', 'PhD student & nurse. Personal account. Email: r.lindqvist@nhs.net'))

A("Marathon des Sables training: 30 miles done before breakfast 🏜️",
  'nhsmail', "NHS e-mail as a personal sponsorship contact", 'x',
  Pn('@ultra_tom_h', 'Ultra runner 🏃 sponsor me! enquiries: tom.hart@nhs.net'))

A("Got a question for us? Email the recovery college team at epunft.recoverycollege@nhs.net and we'll get back to you within 2 working days.",
  '', "TRAP: a team mailbox on a devolved account", 'facebook',
  D('@EPUTRecoveryCollege', 'EPUT Recovery College'))

A("Media enquiries: please contact our communications team at epunft.communications@nhs.net. We can't respond to journalists here.",
  '', "TRAP: a press office mailbox on the official account", 'x', OFF())

A("Got our charity run t-shirts printed with the NHS logo on the front and the trust logo on the back 💙 £15 each, all money to the ward fund!",
  'logo', "NHS and trust logos on unofficial merchandise", 'facebook',
  Pn('@runner.rach', 'Nurse. Views my own.'))

A("New profile pic with the EPUT logo behind me because I'm that proud of where I work 💙",
  'logo', "trust logo on a personal page", 'instagram',
  Pn('@proud.hca.lou', 'HCA | views my own'), M(True, True))

A("Designed our 5-a-side team kit with the NHS lozenge on the sleeve, looks unreal ⚽",
  'logo', "NHS logo on sports kit", 'x',
  Pn('@darren_5aside', 'Personal account', emp=True))

A("made NHS logo earrings for the girls on my ward for Christmas 🎄💙 also up on my Etsy now!",
  'logo comm', "NHS logo on merchandise sold for profit", 'tiktok',
  Pn('@crafty.nurse.gem', 'nurse by day, crafter by night | views my own'))

A("Our Santa Dash banner is ready! Trust logo, NHS logo, the lot. Bring on Sunday 🎅",
  'logo', "logos on a fundraiser's banner", 'facebook',
  Pn('@santa.dash.team.ward3', 'Ward 3 fundraising. Views our own.'))

A("I've put the trust logo on my private practice website so clients know I'm a real NHS clinician",
  'logo', "trust logo used to imply endorsement of private work", 'linkedin',
  Pn('@therapist-james-w', 'CBT therapist. Views my own.'))

A("New channel banner is up with the NHS logo and everything, the official nurse vlogger of the NHS 😂",
  'logo', "NHS logo on a personal channel", 'youtube',
  Pn('@mindfulmo', 'Mental health nurse. Views own.'))

A("He puesto el logo del NHS en la pancarta de nuestra carrera benéfica, ¡queda genial! 💙",
  'logo', "ES: 'I've put the NHS logo on the banner for our charity run, it looks great!'", 'facebook',
  Pn('@rocio.enfermera', 'Enfermera. Opiniones propias.'), lang='es')

A("Hen do sashes done! 'Nurse Bride' with a little NHS logo on each one 😂👰",
  'logo', "NHS logo on personal party merchandise", 'instagram',
  Pn('@bride.to.be.bex', 'nurse 💍 views my own'))

A("Proud to wear my NHS badge at work today 💙 20 years in",
  '', "TRAP: wearing an issued badge is not logo misuse; disclaimer in bio", 'facebook',
  Pn('@pauline.20yrs', 'Nurse. Views my own.'))

A("Night shift selfie with the best team in Essex 🤍",
  'consent', "identifiable colleagues, no recorded consent", 'instagram',
  Pn('@nights.with.liv', 'nurse | views my own'), M(True, False))

A("Our wonderful volunteers at today's Christmas fayre 🎄 thank you all!",
  'consent', "identifiable people, no consent, on a team account", 'facebook',
  D('@EPUTVolunteers', 'Volunteering at EPUT'), M(True, False))

A("Our Chief Executive visited the Linden Centre today to thank staff working over the festive period 💙",
  'consent', "identifiable people without consent, even on the official account", 'x',
  OFF(), M(True, False))

A("Graduation day! 3 years, 2 placements in Essex and one very long dissertation later 🎓",
  'consent', "classmates identifiable without consent; disclaimer in bio", 'linkedin',
  Pn('@new-rmn-kiera', 'Newly qualified RMN. Views my own.'), M(True, False))

A("ward do pics 😂📸 who let Jase near the karaoke",
  'consent', "identifiable colleagues, no consent, in a group chat", 'whatsapp',
  None, M(True, False))

A("Team photo from today's away day ☀️ (everyone said yes to the photo, we checked!)",
  '', "TRAP: identifiable people with recorded consent, no tags", 'facebook',
  D('@EPUT_CMHT_South', 'Community mental health team, south Essex'), M(True, True))

A("A quiet moment: our new sensory garden at the Lakes, ready for spring 🌷",
  '', "TRAP: media without identifiable people", 'instagram',
  D('@TheLakesColchester', 'Inpatient services at The Lakes'), M(False, False))

A("Congratulations to our Nurse of the Year, Grace Mensah! 🏆",
  'tag', "official account tags a person in media (consent recorded); staff award name is clean", 'instagram',
  OFF('@eputnhs'), M(True, True, ['@grace.mensah.rn']))

A("Team photo from our away day at Hylands Park ☀️",
  'tag', "devolved account tags individuals in media", 'facebook',
  D('@EPUT_CMHT_North', 'Community mental health team, north Essex'), M(True, True, ['@lucy.w', '@dan.p.ot']))

A("Meet our volunteers of the month, Pat and Shirley, who've knitted 300 twiddlemuffs this year 🧶",
  'tag', "official account tags people in media; volunteers thanked (clean names)", 'x',
  OFF(), M(True, True, ['@patknits', '@shirley_m']))

A("At #NIHRConf with our PI today, presenting the STEP study results 📊",
  'tag', "devolved account tags a person in media", 'x',
  D('@EPUT_Research', 'Research & development team, EPUT'), M(True, True, ['@DrSamAkande']))

A("Welcome to our new Chief Nurse, who joins us from Norfolk this week 👋",
  'tag', "official account tags a person in media", 'linkedin',
  OFF('@EPUT'), M(True, True, ['@helen-frost-rn']))

A("Our nursery nurses at the Grays family hub, ready for a busy week of baby groups 🍼",
  'tag', "devolved account tags staff in media", 'instagram',
  D('@ThurrockHealthVisitors', 'Thurrock health visiting team'), M(True, True, ['@nn_shaz', '@nn_becky']))

A("Long service awards 2026: congratulations to everyone celebrating 25 and 40 years with us 💙",
  'tag', "official account tags a person in media", 'facebook',
  OFF(), M(True, True, ['@margaret.obi.40yrs']))

A("Ward 9 Christmas dance 💃🕺 the staff did not rehearse, can you tell",
  'tag', "devolved account tags a person in a video", 'tiktok',
  D('@eput.ward9', 'Ward 9 team'), M(True, True, ['@ward9kerry'], kind='video'))

A("Meet our apprentices! This year's cohort tell us why they chose a career in mental health 🎥",
  'tag', "official account tags a person in a video", 'youtube',
  OFF('@EPUTNHSTrust'), M(True, True, ['@jay_apprentice'], kind='video'))

A("Cake sale for Children in Need raised £412! 🧁",
  'tag consent', "devolved account tags people in a photo with no recorded consent", 'x',
  D('@EPUT_Finance', 'Finance team'), M(True, False, ['@bakeoff_barry', '@lisa_accounts']))

A("Me and my bestie at the staff awards 🥂✨ so proud of her",
  '', "TRAP: tags on a personal account are not media.tagging; consent recorded; disclaimer in bio", 'instagram',
  Pn('@tina.rgn', 'nurse | views my own'), M(True, True, ['@bestie.bev']))

A("Our Christmas tree is up in reception 🎄",
  '', "TRAP: official media with an empty tags list and no people", 'instagram',
  OFF('@eputnhs'), M(False, False, []))

A("We're proud to open our new 16-bed adult acute ward at the Linden Centre this week. The ward has been designed with people who use our services and their families, with en-suite rooms, a sensory room and direct access to a garden. Thank you to everyone who helped make it happen. Tour photos: eput.nhs.uk/news",
  'len', "an official x post over 280 characters; otherwise clean", 'x', OFF())

A("New from our team: people who saw a peer support worker within two weeks of referral to early intervention were more likely to stay in contact with the service at 12 months. Huge thanks to every participant, carer and clinician who took part over three years. Full paper: doi.org/10.1000/eip.2026.221",
  'len', "a devolved x post over 280 characters", 'x',
  D('@EPUT_Research', 'Research & development team, EPUT'))

A("Some nights on the ward are loud and some are quiet. Tonight was quiet. I made toast for a colleague at 4am, we watched the sky go from black to grey through the day room window, and nobody needed anything from us for almost an hour. I don't know why I'm writing this except that I want to remember it.",
  'len', "a personal x post over 280 characters; no patient described; disclaimer in bio", 'x',
  Pn('@quiet_nights_rmn', 'Mental health nurse. Views my own.'))

A("We're recruiting adults aged 18–65 with lived experience of psychosis to help shape our next study on digital relapse prevention. You'll join four online workshops between February and April, be paid for your time at NIHR rates, and help decide what we measure and how. No research experience needed. Full details and sign-up: eput.nhs.uk/research/involve",
  'len', "a bluesky post over 300 characters", 'bluesky',
  D('@eput-research.bsky.social', 'EPUT research & development'))

A("Christmas and New Year opening hours: our community mental health teams will be open as usual on weekdays, except Friday 25 December, Monday 28 December and Friday 1 January, when the duty service will run instead. If you need urgent help at any time, call NHS 111 and choose the mental health option. Full list: eput.nhs.uk/christmas",
  'len', "an official x post over 280 characters with helplines only", 'x', OFF())

A("Our recovery college spring prospectus is out! This term we have 42 free courses co-written by people with lived experience, from 'Understanding anxiety' to 'Cooking on a budget' and 'Getting back to work'. Courses run face to face in Colchester, Basildon and Southend and online. Anyone over 18 in Essex can enrol. Browse and book: eput.nhs.uk/recoverycollege",
  'len', "a devolved bluesky post over 300 characters", 'bluesky',
  D('@eputrecovery.bsky.social', 'EPUT Recovery College'))

A("Everyone keeps asking why the waits for adult ADHD assessment are so long here. Honestly? We have 1.5 nurses covering the whole county and a list that's grown every month since 2023. People are waiting four years. I love my job but this trust is failing these patients and nobody at the top seems to care.",
  'len perf', "over 280 characters, and commentary on trust waiting times; disclaimer in bio", 'x',
  Pn('@adhd_nurse_tired', 'Nurse. Views my own.'))

A("Mae ein tîm ymchwil yn chwilio am bobl sy'n siarad Cymraeg ac sydd â phrofiad o iselder i ymuno â grŵp cynghori newydd sbon. Byddwch chi'n cyfarfod ar-lein bob deufis ac yn cael eich talu am eich amser. Does dim angen unrhyw brofiad ymchwil arnoch chi. Mwy o wybodaeth a sut i ymuno: eput.nhs.uk/ymchwil",
  'len', "CY: 'Our research team is looking for Welsh-speaking people with experience of depression to join a brand new advisory group. You will meet online every two months and be paid for your time. You don't need any research experience. More information and how to join: eput.nhs.uk/ymchwil'. Over 280 characters", 'x',
  D('@EPUT_Research', 'Research & development team, EPUT'), lang='cy')

A("Ever thought about mental health nursing? Our trust is running a paid apprenticeship route starting in September: you earn while you learn, study at university one day a week, and qualify in four years with no tuition fees. I did this route myself and it changed my life. Applications close on 31 January. Ask me anything! eput.nhs.uk/apprenticeships",
  'len', "an ambassador's x post over 280 characters; disclaimer in bio", 'x',
  Pn('@ambassador_kemi', 'Nursing ambassador. Views my own.'))

A("Three years into my PhD on sleep in inpatient mental health settings and I still get asked if I just watch people sleep. No. Mostly I watch spreadsheets. But the early findings are genuinely exciting: small changes, like dimming corridor lights earlier and quieter night checks, seem to make a real difference to how rested people feel.",
  'len', "a personal bluesky post over 300 characters; disclaimer in bio", 'bluesky',
  Pn('@sleep-phd-amara.bsky.social', 'PhD researcher & nurse. Own views.'))

A("Our winter wellbeing events for staff are now live. Find out more on the staff pages!",
  'link', "promises more information, no link", 'x', OFF())

A("We're recruiting! Band 5 nurses wanted for our new community team in Southend. Details on our website 👩‍⚕️",
  'link', "promises details, no link", 'x',
  D('@EPUTCareers', 'Careers and recruitment at EPUT'))

A("New research shows peer support cuts readmissions. Read the full study here.",
  'link', "promises a study, no link", 'bluesky',
  OFF('@eputnhs.bsky.social'))

A("Our spring prospectus is out now, see the full list of courses below 👇",
  'link', "points below to a list that isn't there", 'x',
  D('@EPUTRecoveryCol', 'EPUT Recovery College'))

A("Changes to visiting over Christmas and New Year: full details on our website.",
  'link', "promises details, no link", 'x', OFF())

A("Applications are open for our nursing apprenticeship! Find out more and apply via the link 💙",
  'link', "promises a link that isn't there; disclaimer in bio", 'x',
  Pn('@ambassador_kemi', 'Nursing ambassador. Views my own.'))

A("We've published our annual research report for 2026. Click here to read it.",
  'link', "'click here' with nothing to click", 'bluesky',
  D('@eput-research.bsky.social', 'EPUT research & development'))

A("سردیوں میں فلو ویکسین کے بارے میں مزید معلومات ہماری ویب سائٹ پر دیکھیں",
  'link', "UR: 'See more information about the winter flu vaccine on our website.' Promise with no link", 'x', OFF(), lang='ur')

A("Join us at the carers' café this Thursday from 10am. More info in the link!",
  'link', "refers to a link that isn't there", 'x',
  D('@EPUTCarers', 'Carers support, EPUT'))

A("Papers for our January Board meeting are now available. Learn more:",
  'link', "'learn more:' followed by nothing", 'x', OFF())

A("We're hiring healthcare support workers across Essex, no experience needed. Apply: eput.nhs.uk/jobs",
  '', "TRAP: a bare domain is a link", 'x',
  D('@EPUTCareers', 'Careers and recruitment at EPUT'))

A("Find out how to get involved in our research at https://eput.nhs.uk/research 🔬",
  '', "TRAP: 'find out more' with a full URL", 'bluesky',
  D('@eput-research.bsky.social', 'EPUT research & development'))

A("Happy New Year from everyone at the Trust 🎆 Thank you to all our staff working today.",
  '', "TRAP: an x post that promises nothing needs no link", 'x', OFF())
