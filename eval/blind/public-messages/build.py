import os
# -*- coding: utf-8 -*-
"""Builds public-messages.jsonl from hand-written items.

Every text below was written individually. The helper only: expands short codes
(platform, channel, account), computes valid NHS numbers for the {NHSn}
placeholders, fills in a receivedAt for items whose time does not matter to the
story (seeded, so the file is reproducible), shuffles the order and numbers ids.
"""
import json, random, hashlib

PLAT = {"x": "x", "fb": "facebook", "ig": "instagram", "ot": "other"}
CHAN = {"m": "mention", "c": "comment", "r": "reply", "d": "dm", "v": "review"}
ACCT = {"E": "@EPUTNHS", "H": "@HillingdonNHSFT", "T": "@TEWVNHS", "R": "@RWTHNHS", "C": "@CMFTNHS"}

ITEMS = []


def M(cat, plat, chan, acct, author, when, text, flags="", lang=None, note=""):
    ITEMS.append(dict(cat=cat, plat=plat, chan=chan, acct=acct, author=author,
                      when=when, text=text, flags=flags.split(), lang=lang, note=note))


# ---------------------------------------------------------------------------
# NHS numbers (test range 999...), valid modulus-11 check digit
def nhs_valid(nine):
    s = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1)))
    c = 11 - (s % 11)
    if c == 11:
        c = 0
    if c == 10:
        return None
    return nine + str(c)


def make_nhs(rng):
    while True:
        nine = "999" + "".join(rng.choice("0123456789") for _ in range(6))
        n = nhs_valid(nine)
        if n:
            return n


# ===========================================================================
# CRISIS  (note prefix "crisis:<kind>")
# ---- farewells
M("crisis", "fb", "d", "T", "|Kayleigh Dunn", "11-14 02:14",
  "just wanted to say thank you to the nurses at roseberry park who tried with me over the years. you did your best, honestly. tell shaz on ward i said bye and not to be sad x",
  "names_staff", note="crisis:farewell — goodbye message at 2am; 'shaz' is a named nurse")
M("crisis", "x", "r", "E", "@mel_b_1984|Mel", "12-03 23:51",
  "this is my last post on here. love to my girls. sorry for everything xx",
  note="crisis:farewell — reply under a trust post, last post + sorry")
M("crisis", "ig", "c", "C", "@nightowl.jess|jess", "11-22 01:30",
  "goodbye to everyone who ever tried to help me 🖤 im so tired",
  note="crisis:farewell")
M("crisis", "fb", "c", "R", "|Dean Whitehouse", "01-08 21:05",
  "You lot discharged me with a leaflet and a number that rings out. Well you won't have to worry about me anymore, this is goodbye. Hope the next bloke gets more than a leaflet",
  note="crisis:farewell — inside a complaint about discharge; crisis wins")
M("crisis", "fb", "d", "E", "|Agnieszka W.", "12-11 03:40",
  "Przepraszam, że zawracam głowę. Chciałam tylko podziękować za wszystko i powiedzieć do widzenia. Mojej córce będzie lepiej beze mnie.",
  "non_english", lang="pl",
  note="crisis:farewell — PL: 'Sorry to bother you. I just wanted to thank you for everything and say goodbye. My daughter will be better off without me.'")
M("crisis", "fb", "d", "R", "|Sukhi Kaur", "11-27 00:35",
  "please tell my kids mummy loved them. main thak gayi haan, bas hun nahi. sorry for wasting your time x",
  note="crisis:farewell — mainly English with a Panjabi phrase ('I'm exhausted, no more now'); not flagged non_english")

# ---- giving away pets or belongings
M("crisis", "fb", "d", "T", "|Rachel Imeson", "11-19 20:40",
  "does anyone at the trust know somewhere that would take my cat? hes 6 and really soft, hes no bother. need him rehomed by the weekend and his stuff can go too, i wont be needing any of it",
  note="crisis:giving_away — rehoming a pet by a deadline, 'won't be needing'")
M("crisis", "x", "d", "H", "@kxmxl_08|Kamal", "12-06 00:12",
  "giving my ps5 and all my games to my little brother tomorrow, hes always wanted them. wont be playing anymore. idk why im telling you lot, you were the only account that replied to me last year",
  note="crisis:giving_away")
M("crisis", "ig", "d", "C", "@chlo.e_x|Chloe", "01-13 16:20",
  "ive given my dog to my nan and sold my guitar. feels weird being this light. btw my keyworker hasnt rung back in 3 weeks so dont bother getting her to now",
  note="crisis:giving_away — with a complaint about contact; crisis wins")
M("crisis", "fb", "c", "E", "|Nicola Ashdown", "11-30 16:32",
  "Anyone want a cot, a pram and three bags of baby clothes. All free, all of it, come and take it. I've no use for any of it now and I won't be here to sort it out",
  note="crisis:giving_away — giving everything away + 'won't be here'")

# ---- affairs in order
M("crisis", "fb", "d", "R", "|Gary Mullen", "12-09 22:10",
  "sorted my will out today and wrote letters for both the kids. put all the house paperwork in the kitchen drawer so my sister can find it easy. just wanted someone to know thats all",
  note="crisis:affairs_in_order")
M("crisis", "x", "d", "T", "@northernlass77|Jo", "11-16 03:02",
  "how do i make sure my body goes to medical science. ive cancelled my phone contract and paid off the catalogue, want everything neat for once",
  note="crisis:affairs_in_order — at 3am, cancelling contracts, donating body")
M("crisis", "fb", "d", "H", "|Mrs P. Varsani", "01-19 19:45",
  "Hello. I have written down all my passwords and bank details for my son and left them with the letter for the solicitor. Please can you make sure my mother's care continues at Hillingdon after I am gone, she has nobody else to look after her.",
  note="crisis:affairs_in_order — 'after I am gone' with arrangements made")
M("crisis", "ig", "d", "E", "@tommo_wbs|Tom", "12-20 01:10",
  "made a list of who gets what. mum gets the car, my best mate gets my trainers lol. funny how calm it makes you feel doing it",
  note="crisis:affairs_in_order — list of belongings + calm")

# ---- sudden calm
M("crisis", "fb", "d", "T", "|Leanne Bowes", "11-25 01:15",
  "for the first time in months i feel completely at peace. ive made my decision and my head is quiet now. you dont need to ring me back anymore x",
  note="crisis:sudden_calm — peace after a decision")
M("crisis", "x", "d", "C", "@dazzaMCR|Darren", "12-14 21:40",
  "dont worry about me anymore, im fine now, properly fine. i know exactly what im doing and its such a relief. thanks for the leaflets",
  note="crisis:sudden_calm — sarcastic thanks, relief after deciding")
M("crisis", "fb", "c", "R", "|Stacey Round", "01-05 14:02",
  "after weeks of screaming inside my head its all gone silent. i know whats coming next and im ok with it. no more waiting lists for me 🙂",
  note="crisis:sudden_calm — calm + hopelessness about waiting lists")
M("crisis", "ig", "d", "H", "@priya.x.k|Priya", "11-08 18:30",
  "weirdly happy today. gave my mum the biggest hug and told her none of it was her fault. everythings sorted now 😊",
  note="crisis:sudden_calm — happy, reassuring family, 'everything's sorted'")

# ---- not expecting to be around on a date
M("crisis", "x", "r", "E", "@ste_r_1990|Steve", "12-02 11:20",
  "no point booking me in for the 9th january, i wont be around by then",
  note="crisis:not_around — reply to an appointment reminder post")
M("crisis", "fb", "d", "T", "|Bethany Coulson", "12-05 18:05",
  "got my appointment letter for 4th feb. wont be needing it. wont be here for christmas either tbh so give it to someone else",
  note="crisis:not_around")
M("crisis", "fb", "c", "C", "|Ryan Tierney", "12-17 13:48",
  "cancel my slot on the 20th. i wont be here after new year. someone else might as well have it",
  note="crisis:not_around")
M("crisis", "ig", "d", "R", "@k4tie_wolves|Katie", "12-31 23:59",
  "this time next year i wont exist. happy new year i guess",
  note="crisis:not_around — new year's eve")
M("crisis", "fb", "d", "R", "|Ionela P.", "01-21 10:15",
  "Nu mai am nevoie de programarea din februarie. Nu o să mai fiu aici atunci. Mulțumesc pentru tot.",
  "non_english", lang="ro",
  note="crisis:not_around — RO: 'I don't need the February appointment any more. I won't be here by then. Thank you for everything.'")

# ---- being a burden
M("crisis", "fb", "d", "H", "|Margaret Quinlan", "11-12 02:47",
  "everyone would be better off without me. my husband has to wash me and do everything for me now, im just a weight round his neck and he's 79 himself",
  note="crisis:burden")
M("crisis", "x", "m", "T", "@quietgirl_stockton|L", "11-29 22:31",
  "@TEWVNHS my family have done enough. im just a drain on everyone including your staff. they would all breathe easier if i wasnt here",
  note="crisis:burden")
M("crisis", "ig", "c", "E", "@ameliaaa.r|Amelia", "12-08 19:12",
  "im a burden to my carers my mum the crisis team everyone. its not fair on any of them to keep going like this",
  note="crisis:burden")
M("crisis", "fb", "c", "C", "|Shane Corrigan", "01-10 23:18",
  "you lot are f***ing useless and because of you im a burden on my kids. theyd have a better life without me dragging them down. dont bother replying with your helpline c**p",
  "abuse", note="crisis:burden — inside abuse; crisis wins, abuse flag for the language")
M("crisis", "fb", "d", "R", "|Harjit S.", "11-21 01:05",
  "mere bache mere bina zyada khush rehnge. main sab te bojh haan. hun hor nahi sahiya janda",
  "non_english", lang="pa-Latn",
  note="crisis:burden — romanised Panjabi: 'My children will be happier without me. I'm a burden on everyone. I can't bear it any more.'")
M("crisis", "x", "d", "C", "@gwen_in_mcr|Gwen", "11-18 00:50",
  "Dw i ddim yn gallu cario ymlaen fel hyn. Byddai pawb yn well eu byd hebdda i.",
  "non_english", lang="cy",
  note="crisis:burden — CY: 'I can't carry on like this. Everyone would be better off without me.'")

# ---- hopelessness about services
M("crisis", "x", "r", "E", "@lozza_southend|Lauren", "11-10 14:10",
  "tried the crisis line, the gp, talking therapies, the recovery college, a&e twice. nothing is ever going to change and im done trying",
  note="crisis:hopelessness — every service tried")
M("crisis", "fb", "c", "T", "|Craig Lamb", "12-01 20:25",
  "Third time I've been discharged from the CMHT because I 'didn't engage'. I can't engage when I can't get out of bed. There's nothing left for me to try and nobody left to ask and I honestly don't see the point in any of it anymore.",
  note="crisis:hopelessness — inside a complaint; crisis wins")
M("crisis", "ot", "v", "C", "|A. Nowak", "12-19 02:15",
  "1 star. Waited 14 months for a psychology assessment and then got told I'm 'too complex' for the service. I have tried literally every service going and there is nothing left. I've given up on getting better and I've given up on everything else as well.",
  note="crisis:hopelessness — inside a review/complaint; crisis wins")
M("crisis", "ig", "d", "H", "@not_bad_enough_|.", "01-16 00:44",
  "whats the point. camhs said im too old, adults said im not bad enough. guess ill have to prove im bad enough then. nobody will need to assess me again after this",
  note="crisis:hopelessness — bounced between services, implied act")
M("crisis", "x", "m", "R", "@wolves_mick|Mick", "11-06 21:55",
  "@RWTHNHS nobody picks up nobody rings back nobody cares. nothing is ever going to get better for me so why keep going",
  note="crisis:hopelessness")
M("crisis", "fb", "d", "C", "|Nasreen A.", "12-22 23:30",
  "میں نے ہر جگہ مدد مانگی، کوئی نہیں سنتا۔ اب کوئی امید باقی نہیں رہی۔ میں اب اور جینا نہیں چاہتی۔",
  "non_english", lang="ur",
  note="crisis:hopelessness — UR: 'I asked for help everywhere, nobody listens. There is no hope left. I don't want to live any more.'")

# ---- means gathered, with or without a time
M("crisis", "fb", "d", "E", "|Danielle F.", "11-17 00:40",
  "ive been saving up my tablets since september. theres enough now. just thought someone should know",
  note="crisis:means — stockpiled tablets, no time")
M("crisis", "x", "d", "T", "@ghost_of_redcar|.", "12-12 22:15",
  "got the rope in the boot of the car. not tonight maybe. but its there",
  note="crisis:means — means, no fixed time")
M("crisis", "ig", "d", "C", "@s0phie.m|Sophie", "01-03 03:20",
  "bought 4 packs of paracetamol from different shops today so nobody would ask. just sat here looking at them",
  note="crisis:means")
M("crisis", "fb", "c", "H", "|Jordan Blake", "11-26 17:05",
  "they took my belt and my laces on the ward but im home now and theres a lot more in my cupboard than laces. sunday.",
  note="crisis:means — means at home plus a day")
M("crisis", "x", "r", "R", "@bilston_barry|Barry", "11-18 20:20",
  "funny you posting about staff wellbeing when ive got a drawer full of pills and a bottle of vodka saved for friday",
  note="crisis:means — means with a time, sarcastic reply")

# ---- plan for a particular day
M("crisis", "fb", "d", "T", "|Vicky Pounder", "01-07 19:00",
  "ive picked the 14th. its 2 years to the day since he died so it makes sense to go then too. not telling anyone else, just you",
  note="crisis:plan_date")
M("crisis", "x", "d", "E", "@jayjay_clacton|J", "12-19 17:45",
  "christmas day. everyone will be busy so no one will notice till after. just so you know why i cancelled the appointment",
  note="crisis:plan_date — plan for 25 December, sent a week before")
M("crisis", "ig", "d", "H", "@ellis.w_|Ellis", "11-13 23:10",
  "booked a one way train to the coast for saturday. i know which cliff. only messaging because i promised my care coordinator id tell someone",
  note="crisis:plan_date — day, place, one-way ticket")
M("crisis", "fb", "c", "C", "|Liam Hardacre", "01-25 16:40",
  "dont bother with my referral, ive sorted it myself. tuesday night when my flatmates away. you'll read about it",
  note="crisis:plan_date — plan for Tuesday inside a dig at the referral; 'you'll read about it' is about himself, not a threat")
M("crisis", "fb", "d", "T", "|Gemma Halliday", "11-04 10:30",
  "if nobody sees me today im going to walk in front of a train and everyone will know it was your fault for ignoring me",
  note="crisis:plan_date — plan for today, blame aimed at the trust")

# ---- self-harm now or ongoing
M("crisis", "x", "d", "T", "@m1lly_h|Milly", "12-04 01:55",
  "cut again tonight and its not stopping like the other times. dont want to go to a&e they just look at you like your scum",
  note="crisis:self_harm — in progress, bleeding")
M("crisis", "fb", "d", "E", "|Abbie R.", "11-23 22:30",
  "im burning myself with a lighter right now because its the only thing that makes the noise stop. please dont ring my mum",
  note="crisis:self_harm — in progress")
M("crisis", "ig", "c", "R", "@lil.bee.x|bee", "01-12 20:10",
  "been hurting myself every night since they closed my case 💔 nobody asks",
  note="crisis:self_harm — ongoing, comment on a post")
M("crisis", "fb", "c", "C", "|Tasha Brindle", "12-27 02:05",
  "go on delete this comment like you delete everything. my arms are a mess because your so called home treatment team never turned up. c**ts",
  "abuse", note="crisis:self_harm — ongoing, inside abuse; crisis wins")
M("crisis", "ig", "d", "C", "@noor.22|Noor", "11-15 23:45",
  "أجرح نفسي كل يوم ولا أستطيع التوقف. لا أريد أن يعرف أهلي.",
  "non_english", lang="ar",
  note="crisis:self_harm — AR: 'I cut myself every day and I can't stop. I don't want my family to know.'")

# ---- overdose taken (writer or someone else)
M("crisis", "fb", "d", "E", "|Kerry Salmon", "12-16 02:30",
  "took all of my quetiapine about an hour ago. feeling really sleepy now. just wanted to tell someone",
  note="crisis:overdose — writer")
M("crisis", "x", "d", "H", "@ayesha_m03|Ayesha", "11-28 23:05",
  "my flatmate has taken a load of her mums tablets and locked herself in the bathroom, shes saying shes fine but shes slurring, what do i do",
  note="crisis:overdose — someone else")
M("crisis", "fb", "c", "T", "|Julie Marr", "01-18 21:45",
  "My son has taken something, he won't say what, he's on the kitchen floor saying sorry over and over. The crisis line is ringing out. PLEASE someone",
  note="crisis:overdose — someone else, public comment")
M("crisis", "ig", "d", "C", "@finlay_mcr|Fin", "12-10 04:05",
  "swallowed the whole strip of sertraline and some co-codamol. dont send anyone. just didnt want to be on my own with it",
  note="crisis:overdose — writer")
M("crisis", "x", "m", "R", "@whitmore_gal|Sh", "11-02 04:10",
  "@RWTHNHS i took too many of my pills on purpose and now im scared. im at home on my own",
  note="crisis:overdose — writer, public mention")
M("crisis", "fb", "c", "E", "|Lisa Crane", "01-09 18:25",
  "PLEASE someone from the crisis team go to 9 Haskins Walk, Pitsea. My mum has sent me a message saying she's taken all her tablets and I'm in Spain. Her phone is off now",
  "contains_pii", note="crisis:overdose — someone else; home address posted in a public comment")

# ---- a person in a high or dangerous place
M("crisis", "x", "d", "T", "@boro_nowt|.", "11-24 23:40",
  "sat on the edge of newport bridge. its really windy up here. i just want to talk to someone who isnt going to shout at me",
  note="crisis:high_place — writer")
M("crisis", "fb", "d", "E", "|Connor Pegg", "12-13 21:20",
  "im on the top floor of the multi storey by the station. been up here an hour looking down. dont even know why im messaging a hospital",
  note="crisis:high_place — writer")
M("crisis", "x", "m", "C", "@ankit_on_oxford_rd|Ankit", "01-22 18:50",
  "@CMFTNHS there's a lad stood on the wrong side of the railings on the mancunian way bridge near the MRI, he's been there ages, I've rung 999 but can anyone from the hospital come out??",
  note="crisis:high_place — bystander reporting a stranger")
M("crisis", "ig", "d", "R", "@jade.xx.wv|Jade", "12-07 20:35",
  "standing by the railway line at the back of the estate. the trains are so loud. im scared but im more scared of going home",
  note="crisis:high_place — dangerous place, writer")
M("crisis", "fb", "c", "H", "|Oliwia Nowicka", "11-09 22:50",
  "my brother just sent me a pic from the roof of his block in hayes with 'sorry' and now he's not answering. please help",
  note="crisis:high_place — third party on a roof")

# ---- a third party's worry
M("crisis", "fb", "d", "T", "|Sarah Lumsden", "01-14 07:15",
  "my dad texted 'sorry for everything, love you all' at 5am and hes not answering his phone. hes under one of your teams in stockton. what do i do??",
  note="crisis:third_party")
M("crisis", "x", "m", "E", "@maddie__cfd|Maddie", "11-11 20:05",
  "@EPUTNHS my best friend got discharged from the linden centre on monday and shes just posted 'see you on the other side' on her snap. shes not picking up. who do i ring",
  note="crisis:third_party")
M("crisis", "fb", "c", "R", "|Paul Devey", "12-15 12:40",
  "My mum has stopped eating and keeps saying she wants to go and be with dad now. The GP isn't taking it seriously. She's 78 and lives on her own. Who do I even talk to",
  note="crisis:third_party — elderly parent, passive wish to die")
M("crisis", "ig", "d", "H", "@reece.uxb|Reece", "01-27 22:15",
  "my girlfriend keeps saying she wont be a problem for much longer and she gave me the necklace her nan left her. im really worried. shes under camhs at hillingdon",
  note="crisis:third_party — girlfriend giving away a keepsake")
M("crisis", "fb", "d", "C", "|Hodan Warsame", "11-05 19:30",
  "Walaalkay wuxuu ii soo diray fariin 'nabad gelyo' kadibna taleefankiisa wuu damiyay. Todobaadkii hore ayaa isbitaalka laga soo saaray. Maxaan sameeyaa?",
  "non_english", lang="so",
  note="crisis:third_party — SO: 'My brother sent me a \"goodbye\" message and then switched off his phone. He was discharged from the hospital last week. What do I do?'")
M("crisis", "x", "r", "T", "@kev_h_ncl|Kev", "12-21 15:35",
  "your staff are a f***ing joke. my sister told the nurse she was going to jump off the a19 bridge and they let her walk out. shes not answering. FIND HER",
  "abuse", note="crisis:third_party — inside abuse; crisis wins")

# ---- explicit wording (a minority)
M("crisis", "fb", "d", "R", "|Natalie O.", "11-03 23:25",
  "i want to kill myself. ive felt like this for weeks and tonight is worse than ever. please just answer",
  note="crisis:thoughts — explicit")
M("crisis", "x", "d", "E", "@harlow_hannah|Hannah", "01-20 13:30",
  "thinking about suicide a lot again. no plan or anything, its just constant. the letter said the waiting list is 18 months",
  note="crisis:thoughts — explicit, ongoing ideation")
M("crisis", "ig", "c", "T", "@dan.theman.dl|Dan", "12-29 22:00",
  "honestly ready to end it all. been on your waiting list since before covid",
  note="crisis:thoughts — explicit, on a trust post")
M("crisis", "x", "d", "E", "@grays_geezer|Lee", "11-07 01:50",
  "im going to do myself in this weekend and ill take that useless psychiatrist down with me in the letter i leave, everyone will know what he did",
  note="crisis:plan_date — plan for the weekend; blame in a note, not violence; crisis wins")

# ===========================================================================
# THREAT  (note prefix "threat:<kind>")
# ---- direct
M("threat", "fb", "c", "R", "|Wayne Perks", "11-15 18:10",
  "that receptionist at cannock with the red hair, Tracey, if i see her again im going to smash her face in. not joking",
  "names_staff", note="threat:direct — named receptionist")
M("threat", "x", "m", "C", "@mossside_trev|Trev", "12-05 01:20",
  "@CMFTNHS next time one of your security guards puts his hands on me at the MRI ill stab him. simple as",
  note="threat:direct")
M("threat", "fb", "d", "H", "|Amir Hussain", "01-06 20:45",
  "I'm coming up to the ward tonight and I'm going to hurt the doctor who discharged my dad. You've been warned.",
  note="threat:direct")
M("threat", "ig", "c", "E", "@b4sildon_bully|.", "11-21 13:05",
  "gonna give every one of those nurses on that ward a good kicking when i get out. every one",
  note="threat:direct")
M("threat", "ot", "v", "T", "|Carl Stubbs", "12-02 09:50",
  "If anyone from West Park lays a finger on my son again I will break their arms. That is a promise not a threat.",
  note="threat:direct — in a review")
M("threat", "x", "r", "R", "@burnit_wv|.", "01-24 23:10",
  "gonna torch that pay machine in the car park and the little hut with the attendant in it",
  note="threat:arson — premises and a staff member")

# ---- conditional / ultimatum
M("threat", "fb", "c", "H", "|Tony Ellwood", "11-18 16:30",
  "sort my mums bed out by friday or else. i know what time the day staff knock off",
  note="threat:conditional — ultimatum plus veiled hint about staff leaving")
M("threat", "x", "d", "C", "@cheetham_kid|.", "12-11 10:05",
  "you've got 24 hours to get my son seen or I come in there and start swinging. your choice",
  note="threat:conditional")
M("threat", "fb", "d", "E", "|Ricky Dunmore", "01-15 21:15",
  "if my wife isnt moved off that ward by tomorrow ill be bringing a few lads down with me and we wont be asking nicely",
  note="threat:conditional")
M("threat", "ig", "d", "R", "@big_sunny_wv|Sunny", "11-27 19:40",
  "tell dr mensah if he sections my brother again he'd better watch himself in the car park",
  "names_staff", note="threat:conditional — named doctor")
M("threat", "fb", "c", "T", "|Mark Tindale", "12-09 11:20",
  "Either someone rings me back TODAY or I'm coming down to lanchester road with a hammer. I'm not messing about anymore",
  note="threat:conditional")
M("threat", "x", "m", "H", "@uxb_angry_dad|.", "01-28 08:55",
  "@HillingdonNHSFT last warning. cancel my op one more time and whoever's on the front desk gets it",
  note="threat:conditional")
M("threat", "fb", "d", "R", "|Gurpreet Sandhu", "12-18 22:40",
  "je kal tak mere pita ji nu bed na milya taan main aa ke tuhade staff diyan lattan tod dunga",
  "non_english", lang="pa-Latn",
  note="threat:conditional — romanised Panjabi: 'If my father doesn't get a bed by tomorrow I'll come and break your staff's legs.'")

# ---- veiled warnings about staff on their way home
M("threat", "fb", "c", "C", "|Stuart Gell", "11-29 15:15",
  "Nurse Kelly on ward 9 finishes at 8 doesn't she. long dark walk to the tram stop that 😊",
  "names_staff", note="threat:veiled — staff on the way home")
M("threat", "x", "r", "E", "@not_a_threat_x|.", "12-14 17:30",
  "be a real shame if that nice receptionist didnt get home safe tonight",
  note="threat:veiled")
M("threat", "ig", "c", "T", "@watching_u_tees|.", "01-11 12:25",
  "i know which bus the ward manager gets home. just saying.",
  note="threat:veiled")
M("threat", "fb", "d", "H", "|Anonymous Member", "11-07 23:00",
  "your security cant follow your staff home can they. have a think about that.",
  note="threat:veiled")
M("threat", "x", "d", "R", "@eyesonu_wv|.", "12-23 19:05",
  "Dr Alves parks on level 3 and leaves about 6. funny what you notice when youve got time to wait 👀",
  "names_staff", note="threat:veiled — named doctor, car and leaving time")

# ---- slang for violence
M("threat", "x", "r", "C", "@salford_sk|.", "11-12 22:10",
  "that security lad is getting banged out next time i see him outside, swear down. little p***k",
  "abuse", note="threat:slang — 'banged out' = punched unconscious")
M("threat", "ig", "c", "R", "@dem.ends.boy|.", "01-02 21:40",
  "man's gonna get wet up if he chats to my mum like that again. on my life",
  note="threat:slang — 'wet up' = stabbed")
M("threat", "fb", "c", "E", "|Kayden Moss", "12-01 14:15",
  "ill be waiting for that social worker when she comes out. gonna do her in",
  note="threat:slang — 'do her in'")
M("threat", "x", "m", "T", "@yorkie_mad|.", "11-25 20:00",
  "@TEWVNHS that doctor at foss park wants lamping. and I'm the man to do it you useless b*****ds",
  "abuse", note="threat:slang — 'wants lamping'")
M("threat", "ig", "d", "H", "@zk_hayes|.", "12-28 02:30",
  "bro my cousin is gonna pull up on that porter, hes getting merked fr",
  note="threat:slang — 'pull up', 'merked'; bank holiday")

# ---- doxxing: street, car, children's school
M("threat", "fb", "c", "T", "|Darren Kitching", "01-17 13:00",
  "For anyone who wants a word with Sister Joanne Pratt she lives at 27 Ellerby Grove, Norton. Blue front door. Go for it.",
  "names_staff contains_pii", note="threat:doxxing — home address of a named nurse + incitement; invented address")
M("threat", "x", "r", "E", "@sfend_truth|.", "11-19 10:40",
  "Dr Fenwick drives a grey tesla, reg starts WR21. just in case anyone sees it about 👀",
  "names_staff", note="threat:doxxing — car")
M("threat", "fb", "c", "C", "|Kieran Doyle", "12-07 09:05",
  "Funny how Mr Hargreaves the consultant who let my dad die gets to pick his kids up from St Bede's every day at quarter past 3 like nothing happened. Maybe the parents there should know who he is",
  "names_staff", note="threat:doxxing — children's school")
M("threat", "ig", "c", "H", "@ick_enham_x|.", "12-22 18:20",
  "the midwife who did this lives on the same road as my auntie in ickenham. we know the house. enjoy your christmas",
  note="threat:doxxing — home street hinted")
M("threat", "x", "r", "R", "@perton_pete|Pete", "01-26 16:45",
  "your matron lives at 6 Thistledown Mews in Perton, seen her bins out. maybe ill drop round and discuss my complaint in person",
  "contains_pii", note="threat:doxxing — staff home address in a public reply; invented address")
M("threat", "fb", "d", "E", "|Joanne Ruddock", "11-03 15:25",
  "I've got the registration of the car your CPN drives and I know which school her kids go to in Wickford. Think very carefully before you close my case.",
  note="threat:doxxing — car and school, conditional; DM")

# ---- bomb / arson, threats and hoaxes
M("threat", "x", "m", "C", "@boom_mcr666|.", "11-16 14:20",
  "@CMFTNHS there's a bomb in the car park at st marys. you've got an hour.",
  note="threat:bomb — hoax or threat, treat as threat")
M("threat", "fb", "c", "H", "|Colin Ridgeway", "12-03 20:15",
  "someone should burn that hospital down with the managers inside. i might just be that someone",
  note="threat:arson")
M("threat", "ot", "v", "R", "|P. Jones", "01-04 03:30",
  "Left a little present in the toilets on ward C21, hope the bomb squad enjoy their day. 1 star",
  note="threat:bomb — hoax in a review")
M("threat", "ig", "d", "T", "@raging_tees|.", "11-30 22:45",
  "ill petrol bomb the crisis house if they dont let me back in",
  note="threat:arson")
M("threat", "x", "r", "E", "@rochford_rage|.", "12-25 22:05",
  "if i had a lighter and a can of petrol rochford hospital would be ashes by now. maybe next week",
  note="threat:arson — Christmas Day")

# ---- inciting others
M("threat", "fb", "c", "C", "|Dawn Tattersall", "11-23 11:35",
  "Everyone share this photo. This is the nurse who laughed at my nan. Her name is Claire Booth. If you see her round Wythenshawe you know what to do.",
  "names_staff recording", note="threat:incitement — named and pictured nurse")
M("threat", "x", "m", "H", "@hayes_firm|.", "01-06 19:20",
  "@HillingdonNHSFT whos coming down with me saturday to sort out the staff on the childrens ward? need 10 lads minimum",
  note="threat:incitement")
M("threat", "fb", "c", "T", "|Lee Brannigan", "12-12 21:50",
  "We need to go down roseberry park mob handed and drag them so called nurses out by their hair. Who's in? 👊",
  note="threat:incitement")
M("threat", "ig", "c", "R", "@unc_justice_wv|.", "11-14 17:10",
  "here's the video of the porter Jamal shoving my uncle. you all know where he works. go and teach him a lesson",
  "names_staff recording", note="threat:incitement — video of a named porter")
M("threat", "fb", "c", "E", "|Marek K.", "01-19 14:30",
  "Jeśli ta pielęgniarka jeszcze raz dotknie mojego syna, to pożałuje. Wiem, gdzie parkuje.",
  "non_english", lang="pl",
  note="threat:veiled — PL: 'If that nurse touches my son again she will regret it. I know where she parks.'")
M("threat", "x", "r", "C", "@ardwick_al|.", "12-16 16:55",
  "filmed that mouthy security guard again today. next time there'll be no camera and no witnesses. s**thead",
  "recording abuse", note="threat:veiled — recording of staff plus 'no witnesses'")

# ===========================================================================
# SUBJECT ACCESS
M("subject_access", "fb", "d", "E", "|Hayley Cork", None,
  "hi can i get a copy of all my notes from when i was at the linden centre in 2021, including ward round notes. how do i apply for them",
  note="own records")
M("subject_access", "x", "d", "C", "@runner_rob_m|Rob", None,
  "I want the images from my MRI scan at the MRI (lol) on 3rd October on a disc or a download link so my private physio can look at them. Who do I ask?",
  note="own scan images")
M("subject_access", "fb", "c", "R", "|Sharon Bates", "12-10 13:40",
  "I've asked three times now for a copy of my records. My NHS number is {NHS1}. Please just send them",
  "contains_pii", note="own records; NHS number posted in a public comment; complaint in it but SAR wins")
M("subject_access", "ig", "d", "H", "@d4nny.b|Danny", "12-02 17:00",
  "there is CCTV of me being restrained in A&E on 29 nov about 11pm. i want a copy under GDPR before you delete it",
  note="CCTV of the writer")
M("subject_access", "x", "m", "T", "@not_a_label_|Em", None,
  "@TEWVNHS my records say i have a personality disorder. nobody ever diagnosed me with that, nobody even assessed me for it. I want it corrected or taken off",
  note="correction of record")
M("subject_access", "fb", "d", "C", "|Charlotte Reeves", None,
  "Can you tell me who has accessed my electronic record in the last year? I think someone I know who works in admin has been looking at it.",
  note="who looked at my record")
M("subject_access", "ot", "v", "E", "|Graham Fuller", "01-12 10:05",
  "Asked for my late father's records as executor of his estate back in September. Sent the grant of probate, my ID, everything. Nothing. Two reminders and nothing. Poor.",
  note="executor for the deceased; review with complaint, SAR wins")
M("subject_access", "fb", "d", "R", "|Kelly Aston", None,
  "my daughter is 9 and was seen in paeds A&E at new cross twice in the summer. as her mum can i request her notes? what do i need to send",
  note="parent for child")
M("subject_access", "x", "d", "H", "@jen_volunteers|Jen", None,
  "please delete my details from your volunteering database, i dont want to be contacted anymore. thanks",
  note="erasure")
M("subject_access", "fb", "c", "T", "|Lee Hutchinson", None,
  "I want a copy of my own discharge summary and care plan from West Park. Lee Hutchinson, DOB 14/03/1988. Been waiting since August",
  "contains_pii", note="own records; name + DOB in a public comment")
M("subject_access", "fb", "d", "E", "|Mandy Pryor", "12-09 15:30",
  "I rang the crisis line on the 2nd of December and the person I spoke to was rude and dismissive. I'd like the recording of that call please, it's my data",
  note="call recording of the writer; complaint inside, SAR wins")
M("subject_access", "ig", "d", "C", "@ella_rose.mcr|Ella", None,
  "hiya how long does a subject access request take? sent mine on the 10th to the email on your website, just checking its been received",
  note="SAR follow-up")
M("subject_access", "fb", "d", "H", "|Andreea Popescu", None,
  "Bună ziua, aș dori o copie a fișei mele medicale de la maternitate, am născut în iulie. Ce trebuie să fac?",
  "non_english", lang="ro",
  note="RO: 'Good day, I would like a copy of my medical file from the maternity unit, I gave birth in July. What do I need to do?'")
M("subject_access", "x", "r", "R", "@tipton_tina|Tina", None,
  "still waiting on a copy of my x ray report and the letter the consultant sent my gp. ring me on 07700 900417 if its easier",
  "contains_pii", note="own records; phone in a public reply")
M("subject_access", "fb", "c", "C", "|Becca Holt", None,
  "Requesting my full maternity notes from St Mary's 2019 please. NHS no {NHS2}, email me on becca.holt88@gmail.com",
  "contains_pii", note="own records; NHS number and e-mail in a public comment")
M("subject_access", "x", "d", "T", "@f_k_stockton|F", None,
  "under data protection law i want all the emails and notes your staff wrote about me during the complaint investigation last year. all of it, not a summary",
  note="own personal data")
M("subject_access", "fb", "d", "E", "|Susan Merrick", None,
  "My mum died at Rochford in October. I'm her executor. I need her medication charts and nursing notes from her last admission, the coroner's officer told me to ask you.",
  note="executor; mentions coroner but the request is for records")
M("subject_access", "ig", "d", "H", "@kiraa_b|Kira", None,
  "can u take my old address off my record, ive moved and the letters keep going to my exs house",
  note="correction")
M("subject_access", "x", "m", "E", "@lou_barnes92|Lou", "01-11 09:05",
  "@EPUTNHS sent my SAR form in november to the records team and heard nothing. please reply to lou.barnes.92@hotmail.co.uk",
  "contains_pii", note="SAR chase; e-mail in a public mention")
M("subject_access", "fb", "c", "T", "|Tracy Welford", None,
  "Your community team keep ringing my old number and sending letters to my ex's address!! New number is 07700 900651, please update it on my record and take his address off",
  "contains_pii", note="correction of own record; phone posted in public")

# ===========================================================================
# FOI
M("foi", "x", "m", "C", "@mcr_data_nerd|Phil", None,
  "@CMFTNHS how much did the trust spend on agency nurses in 2025/26? genuine question, would like it broken down by month if you have it",
  note="spend, no FOI words")
M("foi", "fb", "c", "H", "|M. Sandhu", None,
  "Under the Freedom of Information Act, please provide the total income from car parking at Hillingdon Hospital for each of the last three financial years. Thank you, M. Sandhu, m.sandhu.campaigns@outlook.com",
  "contains_pii", note="FOI; requester's e-mail posted publicly")
M("foi", "fb", "d", "T", "|Ruth Elsworth", None,
  "Hi, could you tell me how many times restraint was used on under-18s in your children and young people's inpatient units in 2025? I'm doing research for a campaign group.",
  note="numbers held")
M("foi", "x", "d", "E", "@openessex|Open Essex", None,
  "FOI request: copies of the contract(s) between EPUT and any private provider for out-of-area mental health beds, and total spend under them in 2025.",
  note="contracts")
M("foi", "fb", "c", "C", "|Alan Pickup", None,
  "can someone send me the minutes of the board meeting where they discussed closing the walk-in centre. cant find them anywhere on the website",
  note="minutes")
M("foi", "x", "r", "T", "@stats_sue|Sue", None,
  "how many serious incidents did the trust report in 2025 and how many involved patients discharged within 7 days? please treat as a FOI",
  note="numbers")
M("foi", "ig", "d", "H", "@sophie_dissertation|Sophie", None,
  "hi im a student doing my dissertation, could you share your policy on visiting on mental health wards and how many complaints about visiting you had last year?",
  note="policy + numbers; student research, not media")
M("foi", "fb", "d", "R", "|Kamala Devi", None,
  "Please provide your trust's current policy on the use of interpreters, and how much you spent on interpreting services in 2024/25 and 2025/26.",
  note="policy + spend")
M("foi", "x", "m", "E", "@colch_watch|Colchester Watch", None,
  "@EPUTNHS how many of your staff were physically assaulted at work last year? broken down by site if poss",
  note="numbers")
M("foi", "fb", "c", "C", "|Deborah Winn", None,
  "What does the trust actually pay the company that runs the car parks? Is that contract public? Asking because the fines they hand out are ridiculous",
  note="contract; a grievance in it but FOI wins")
M("foi", "x", "d", "T", "@dan_researches|Dan", None,
  "Freedom of information: number of patients placed out of area by TEWV each month in 2025, and the average length of placement. Replying to this account is fine. Dan",
  note="FOI in a DM")
M("foi", "fb", "d", "H", "|Peter Lowe", None,
  "how much has the trust spent on consultants (management ones not doctors lol) in the last 2 years",
  note="spend")
M("foi", "x", "m", "R", "@wv_transparency|WV Transparency", None,
  "@RWTHNHS how many subject access requests did the trust receive in 2025 and how many were answered late?",
  note="TRAP (subject_access words) — statistics about requests = foi")
M("foi", "ig", "c", "C", "@mia.h.writes|Mia", None,
  "can you publish how many mixed sex accommodation breaches there were at the MRI this year? would genuinely like to see the numbers",
  note="numbers")
M("foi", "fb", "d", "E", "|Westcliff Residents Group", None,
  "Hello, we're a local residents' group. Could we have a copy of the trust's lone working policy for community staff, and the number of incidents reported under it last year?",
  note="policy + numbers")
M("foi", "fb", "d", "R", "|Tomasz Zieliński", None,
  "Dzień dobry, ile trust wydał na tłumaczy języka polskiego w 2025 roku? Proszę potraktować to jako wniosek FOI.",
  "non_english", lang="pl",
  note="PL: 'Good day, how much did the trust spend on Polish interpreters in 2025? Please treat this as an FOI request.'")
M("foi", "x", "r", "H", "@adhd_adult_uxb|Sam", None,
  "whats the average wait from referral to first appointment for adult ADHD assessment? and how many people are on the list right now",
  note="figures held by the trust")
M("foi", "fb", "c", "T", "|Brian Coates", None,
  "Can the trust release the number of inpatient deaths in the last five years and how many went to inquest? The public has a right to know.",
  note="numbers; inquest mention is part of the request")
M("foi", "x", "d", "C", "@gazwinstanley|Gary W", "01-06 10:10",
  "FOI pls: total spend on christmas decorations and staff christmas parties 2026. Name: Gary Winstanley. reply by dm",
  note="spend")

# ===========================================================================
# MEDIA
M("media", "x", "d", "T", "@hannah_reports|Hannah Gill", "01-08 11:15",
  "Hi, I'm a reporter at the Teesside Chronicle. We're writing about waiting times for adult autism assessments and would like a comment from the trust by 4pm tomorrow if possible. Thanks, Hannah",
  note="comment request")
M("media", "x", "m", "C", "@sam_nwtonight|Sam Okoro", "01-15 17:20",
  "@CMFTNHS Hi, Sam from the BBC regional news team here - could your press office DM me re the ambulance queue outside the MRI this evening? Looking for a statement before 6.30",
  note="statement request")
M("media", "fb", "d", "R", "|Helen Mayall", "11-24 14:20",
  "Good afternoon, I'm a journalist with the Wolverhampton Post. A family have contacted us about their mother's care at New Cross. We'd like to give the trust a right of reply before we publish on Thursday.",
  note="right of reply")
M("media", "ig", "d", "H", "@nightshiftstories.pod|Night Shift Stories", None,
  "hi! i host a podcast about NHS workers called Night Shift Stories and would love to interview one of your midwives for an episode. who should i speak to?",
  note="podcast interview")
M("media", "x", "d", "E", "@essexcoastnews|Essex Coast News", "11-26 15:10",
  "Newsdesk here. We've had reports of a fire at the Basildon Mental Health Unit this afternoon. Can you confirm whether patients were evacuated? On deadline.",
  note="newsroom; fire mention is theirs")
M("media", "fb", "d", "T", "|Orla Byrne", None,
  "Hello, I'm a producer on an ITV documentary about mental health crisis care in the North East. We'd like to ask about filming at Roseberry Park. Who is the right person to talk to?",
  note="filming request")
M("media", "x", "d", "C", "@freelance_fran|Fran Littler", None,
  "Hi there, freelance journalist writing for a national paper on maternity safety. Could I get a statement from the trust on the latest CQC report for Saint Mary's? Happy to email instead",
  note="statement")
M("media", "x", "m", "H", "@hillingdon_times|Hillingdon Times", "12-08 10:30",
  "@HillingdonNHSFT Hillingdon Times here. Can you confirm when building work on the new hospital will start? Would appreciate a comment for tomorrow's edition",
  note="comment request")
M("media", "ig", "d", "R", "@wlv_student_radio|WLV Student Radio", None,
  "hey, we're a student radio station at the uni doing a piece on nurses' pay and wondered if someone from the trust would come on air for 10 mins?",
  note="broadcaster interview")
M("media", "fb", "d", "E", "|Priya Menon (Channel 4)", None,
  "Hi, researcher for a current affairs programme. We're looking into deaths in Essex mental health units and would like to put some questions to the trust formally. What's the best press contact?",
  note="programme")
M("media", "x", "r", "T", "@northernpost_jb|Jack Barlow", None,
  "Journalist here (Northern Post). Is the trust aware of the video circulating of staff at Foss Park? We'd like a comment please.",
  "recording", note="comment request about a video of staff")
M("media", "x", "d", "H", "@hillingdonfm|Hillingdon FM", "12-01 11:00",
  "Hi! We're a local radio station running a Christmas appeal for the children's ward. Could we do a live broadcast from the hospital on 23rd Dec? Who do we speak to?",
  note="broadcast request")
M("media", "fb", "d", "C", "|Imran Qureshi", None,
  "Assalam o alaikum, main ek Urdu TV channel ke liye report kar raha hoon. Hum aap ke hospital mein interpreters ki kami par trust ka mauqif lena chahte hain. Kis se baat karoon?",
  "non_english", lang="ur-Latn",
  note="romanised Urdu: 'Hello, I'm reporting for an Urdu TV channel. We'd like the trust's position on the shortage of interpreters in your hospital. Who should I speak to?'")
M("media", "x", "m", "R", "@midlands_planning|Regional TV planning", None,
  "@RWTHNHS hi - regional TV planning desk. Could we film at the new urgent treatment centre on monday for a feature? who do I liaise with",
  note="filming")
M("media", "ig", "d", "E", "@mindmatters.mag|Mind Matters Magazine", None,
  "Hi, I write for a mental health magazine and we're doing a feature on peer support workers. Could we interview someone from your team? Our deadline is end of Jan",
  note="interview")
M("media", "x", "d", "C", "@tom_mpa|Tom Fairclough", "12-18 08:15",
  "Tom at Mancunian Press Agency. Got a tip that a patient died on a trolley in the ED corridor last night. Can the trust confirm or deny? We'll run with or without a comment.",
  note="press agency")
M("media", "fb", "d", "T", "|Cold Files Podcast", None,
  "Hello, we produce a true-crime podcast and we're covering a case involving a former patient of Roseberry Park. We'd like to offer the trust the chance to respond to some claims before the episode goes out.",
  note="TRAP (true crime) — still a media right of reply")
M("media", "x", "r", "E", "@rachel_bbcessex|Rachel Dunn", None,
  "Hi, I'm a reporter for BBC local radio in Essex. We'd love to speak to someone about the new crisis cafe in Southend. Could your press team give me a ring?",
  note="interview request; 'crisis cafe' is a service")

# ===========================================================================
# COMPLAINT
M("complaint", "ot", "v", "R", "|Janet Corbett", None,
  "Sat in A&E at New Cross for 9 hours with my 80 year old dad who'd had a fall. No water offered, no pain relief until hour six. The staff were run ragged and I don't blame them but someone needs to sort this out.",
  note="waits")
M("complaint", "fb", "c", "C", "|Bev Holroyd", None,
  "absolutely disgusting that you charge £4.50 an hour to park when your visiting a dying relative. shame on you",
  note="parking charges; 'dying relative' literal, not crisis")
M("complaint", "x", "m", "H", "@sunita_r_uk|Sunita", "01-20 16:40",
  "@HillingdonNHSFT Dr Sharma in the eye clinic was so rude to my mum today, talked over her and told her she was wasting his time. she is 84. not acceptable",
  "names_staff", note="named doctor")
M("complaint", "fb", "c", "T", "|Claire Metcalfe", None,
  "been waiting 2 years for an autism assessment for my son. 2 YEARS. he's missing school and nobody ever answers the phone at the team",
  note="waits")
M("complaint", "ot", "v", "E", "|S. Patel", None,
  "The staff on the ward were lovely but the place was filthy. The toilet was blocked for three days. Please sort it.",
  note="complaint with praise")
M("complaint", "x", "r", "C", "@mike_dolan_|Mike", None,
  "my solicitor will be in touch about the way my wife's cancer was missed. you haven't heard the last of this",
  note="TRAP (legal threat) — not violence")
M("complaint", "fb", "c", "R", "|Lynn Hadley", None,
  "If I don't get a proper answer about my mum's fall on the ward I'm going to the papers and the local MP. Sick of being fobbed off",
  note="TRAP (going to the papers)")
M("complaint", "ig", "c", "H", "@grandkid_gemma|Gemma", None,
  "lost my nans hearing aids AND her glasses on the ward and now everyones just shrugging. thats £2000 worth of stuff",
  note="lost property")
M("complaint", "fb", "d", "T", "|Helen Sowerby", None,
  "I recorded my CPN on my phone telling me there was 'nothing wrong with me' and to 'stop wasting everyone's time'. I want to make a formal complaint and I've got the audio to prove it.",
  "recording", note="audio recording of staff")
M("complaint", "x", "m", "E", "@rochford_rants|Dave", None,
  "@EPUTNHS got a video of your receptionist at the clinic literally eating her lunch and ignoring a queue of 6 people. will be posting it",
  "recording", note="video of staff")
M("complaint", "ot", "v", "C", "|Maria Costello", None,
  "Nurse Debbie on ward 4 was rough with my dad when changing him and made comments about his weight in front of the whole bay. Everyone else was kind but she needs retraining.",
  "names_staff", note="named nurse in a review")
M("complaint", "fb", "c", "R", "|Karen Fellows", None,
  "My dad Brian Fellows is on ward C24 and hasn't had his tablets on time once since Sunday. Can someone please look into this",
  "contains_pii", note="patient named with ward in a public comment")
M("complaint", "x", "r", "T", "@kaz_darlo|Karen", None,
  "this wait is actually killing me. 3 hours on hold to admin just to change one appointment",
  note="TRAP (idiom 'killing me')")
M("complaint", "fb", "c", "H", "|Neil Gardner", None,
  "Cancelled my hip op for the third time. The day before, again. I've taken unpaid leave every time. Who do I complain to?",
  note="cancellation")
M("complaint", "x", "m", "C", "@ang_in_levy|Angela", "12-10 18:45",
  "@CMFTNHS the food on the ward is inedible. my mum's lost half a stone in a week. pics attached of tonight's so called shepherds pie",
  note="photos of food, not staff")
M("complaint", "ot", "v", "E", "|R. Okonkwo", None,
  "Appalling communication. Nobody told us dad had been moved to another ward until we turned up to an empty bed. We have now instructed a solicitor.",
  note="TRAP (legal threat)")
M("complaint", "fb", "c", "T", "|Donna Harker", None,
  "your crisis team are a joke. rang 4 times last month when my daughter was poorly and got told to have a bath and a cup of tea. she's 15. she's ok now thanks to her school nurse, no thanks to you",
  note="past episode, resolved; complaint")
M("complaint", "ig", "c", "R", "@ben_cannock|Ben", None,
  "why is the car park at new cross always full by 9. drove round for 40 mins, missed my appointment and now ive been marked as a DNA",
  note="parking")
M("complaint", "fb", "c", "C", "|Jodie Swann", None,
  "Here's the video of the receptionist at the children's hospital (her badge says Lorraine) telling my son to 'shut up crying'. He's 6 and had a broken arm. Complaint going in.",
  "names_staff recording", note="video of named staff")
M("complaint", "x", "r", "H", "@paulie_w|Paul", None,
  "lol 'we value your feedback'. 6 weeks and no reply to my complaint. value it harder",
  note="sarcasm")
M("complaint", "fb", "d", "E", "|Christine Moyle", None,
  "My husband was discharged from the Linden Centre with no care plan and no follow up. He's safe at home with me now but we were promised a call within 72 hours and it's been two weeks. Not good enough.",
  note="follow-up failure; writer says he is safe")
M("complaint", "ot", "v", "R", "|D. Chana", None,
  "Staff in the discharge lounge were brilliant but we waited 7 hours for meds to come up from pharmacy. Seven hours. Mum was exhausted.",
  note="complaint with praise")
M("complaint", "x", "m", "T", "@phonemenu_hell|Ian", None,
  "@TEWVNHS i could murder whoever designed your phone menu. option 3 then option 2 then 50 mins on hold then cut off",
  note="TRAP (idiom 'could murder')")
M("complaint", "fb", "c", "H", "|Rita Obi", None,
  "The local paper will be hearing about this. My son was left in a corridor on a trolley for 14 hours.",
  note="TRAP (going to the papers)")
M("complaint", "ig", "d", "C", "@kirsty_loves_pugs|Kirsty", None,
  "you absolute clowns cancelled my daughters surgery AGAIN. ive had it with this sh*t hospital",
  note="rudeness inside a complaint; abuse flag not asserted")
M("complaint", "ot", "v", "E", "|Joy A.", None,
  "Dr Oyelaran didn't even look at me. Typed the whole time, changed my prescription and sent me off in six minutes. I waited nine months for that appointment.",
  "names_staff", note="named doctor")
M("complaint", "fb", "c", "T", "|Pauline Garbutt", None,
  "Been trying for weeks to get someone from the memory clinic to call me back about my husband. PLEASE ring me on 07700 900283. I'm at my wit's end",
  "contains_pii", note="TRAP (idiom 'wit's end'); phone in a public comment")
M("complaint", "x", "m", "R", "@angrylad_wv|.", None,
  "@RWTHNHS your useless f***ing receptionist hung up on me twice. sort your staff out you pathetic excuse for a hospital",
  "abuse", note="complaint wins over abuse; language clearly abusive")
M("complaint", "fb", "c", "C", "|Terry Boyle", "12-04 16:00",
  "why does it take 11 weeks to get a clinic letter typed and sent to my GP? its 2026",
  note="admin delay")
M("complaint", "ot", "v", "H", "|Farah Malik", None,
  "Maternity triage told me twice to stay at home. Turned out I had pre-eclampsia. I'm okay and baby is okay but it could have been so different. Please listen to women.",
  note="past, resolved")
M("complaint", "ig", "c", "E", "@mumof3_essex|Sam", None,
  "theyve moved my son to a unit in Norfolk. 3 hours each way for us to visit. how is that care close to home??",
  note="out-of-area placement")
M("complaint", "x", "r", "C", "@justice4grace|.", None,
  "and yet you're fighting my family at the inquest instead of admitting you got it wrong",
  note="TRAP (legal matter)")
M("complaint", "fb", "c", "C", "|Shazia Begum", None,
  "Meri ammi ko 3 din se koi doctor nahi dekh raha, aur ward pe koi Urdu bolne wala nahi hai. Ye kaisa hospital hai?",
  "non_english", lang="ur-Latn",
  note="romanised Urdu: 'No doctor has seen my mum for 3 days and nobody on the ward speaks Urdu. What kind of hospital is this?'")
M("complaint", "ot", "v", "E", "|Piotr Malinowski", None,
  "Bardzo długo czekałem na wizytę, a lekarz rozmawiał ze mną pięć minut. Nikt nie zaproponował tłumacza.",
  "non_english", lang="pl",
  note="PL: 'I waited a very long time for the appointment and the doctor talked to me for five minutes. Nobody offered an interpreter.'")
M("complaint", "fb", "c", "H", "|Nilesh Parmar", None,
  "મારા પપ્પા ત્રણ કલાકથી દુખાવામાં છે અને કોઈ નર્સ આવી નથી. આ શું ચાલે છે?",
  "non_english", lang="gu",
  note="GU: 'My dad has been in pain for three hours and no nurse has come. What is going on?'")
M("complaint", "x", "r", "T", "@sarc_queen_tees|Becky", None,
  "love how you post about 'compassionate care' while my referral's been lost for the third time 🙃",
  note="sarcasm")
M("complaint", "fb", "c", "R", "|Gavin Rudge", None,
  "I filmed Dr Kapoor refusing to examine my wife and laughing with another doctor. It's going on tiktok tonight unless someone calls me",
  "names_staff recording", note="TRAP (conditional, but no violence) — complaint")
M("complaint", "ig", "c", "C", "@the_real_dionne|Dionne", None,
  "the nurses were lovely but the care was not. 4 days for a scan. 4 DAYS.",
  note="short")
M("complaint", "ot", "v", "T", "|J. Raine", None,
  "Horrible experience at the Durham unit. Nobody explained the section to me, nobody told me my rights, I was treated like a criminal from start to finish.",
  note="detention experience")
M("complaint", "fb", "c", "H", "|Ian Cheeseman", None,
  "Just got off the phone with a woman called Pam in appointments who basically called me a liar. I've kept the call recording on my phone.",
  "names_staff recording", note="audio recording of named staff")
M("complaint", "x", "m", "E", "@harwich_hazel|Hazel", None,
  "@EPUTNHS my dad is literally dying of boredom on that ward, no activities no tv nothing for 3 weeks. he's 70 not a prisoner",
  note="TRAP (idiom 'dying of boredom')")
M("complaint", "fb", "c", "C", "|Nathan Booth", None,
  "the state of the toilets in A&E. absolute sh*thole. whoever is meant to clean them wants sacking, lazy b*stards",
  "abuse", note="complaint with clearly abusive language")
M("complaint", "ot", "v", "R", "|K. Marsh", None,
  "Blood test at Cannock took five minutes, then got told the results were lost and to come back. Twice. Wasted two half days off work.",
  note="lost results")
M("complaint", "x", "r", "H", "@grandsonjay|Jay", "11-22 08:10",
  "you should be ashamed, my grandad was sent home at 2am in a taxi in his pyjamas. in NOVEMBER",
  note="unsafe discharge")
M("complaint", "fb", "c", "T", "|Alison Dobbs", None,
  "Want to say the nurses on the ward have been amazing with my sister but the consultant hasn't once spoken to us as a family in 6 weeks. Why?",
  note="praise + complaint")
M("complaint", "ig", "d", "R", "@gina_wolves|Gina", None,
  "I'll be at the hospital first thing monday and I'm not leaving until someone senior sees me about my mums care. I'll sit in reception all day if I have to",
  note="TRAP (sounds like an ultimatum) — peaceful, complaint")
M("complaint", "x", "m", "C", "@levenshulme_lad|Mo", None,
  "@CMFTNHS 14 hours in A&E with chest pain. this is what years of cuts looks like and the new lot are no better",
  note="complaint with political aside")
M("complaint", "fb", "d", "H", "|Richard Tan", None,
  "my wife would kill me if she knew I was complaining but the nurse on the day unit was so dismissive about her pain. she cried in the car on the way home.",
  note="TRAP (idiom 'would kill me')")
M("complaint", "ot", "v", "E", "|M. Griffiths", None,
  "The new reception area must have cost a bomb but you still can't get anyone to answer a phone.",
  note="TRAP ('cost a bomb')")
M("complaint", "fb", "r", "R", "|Sue Dawson", None,
  "@Kerry Pearson same thing happened to us. complained to PALS in August and still nothing",
  note="reply in a comment thread")
M("complaint", "x", "m", "T", "@proud_mam_tees|Lorraine", None,
  "@TEWVNHS I've still got the voicemail your staff left me where they call my son 'attention seeking'. They must have left the phone on by accident. I want an apology",
  "recording", note="audio of staff")
M("complaint", "fb", "c", "R", "|Mihaela Ionescu", None,
  "Am așteptat 6 ore la urgențe cu copilul cu febră mare și nimeni nu ne-a spus nimic. Nimeni!",
  "non_english", lang="ro",
  note="RO: 'I waited 6 hours in A&E with my child with a high fever and nobody told us anything. Nobody!'")
M("complaint", "ot", "v", "C", "|Elaine Kershaw", None,
  "Mum's medication was wrong for five days. We have gone to the ombudsman and the local papers are interested. Shocking.",
  note="TRAP (ombudsman and papers)")
M("complaint", "ot", "v", "H", "|Declan Doyle", None,
  "My mum, Patricia Doyle, was in bed 12 on Peel ward for three weeks and nobody brushed her hair once. Small things matter.",
  "contains_pii", note="patient named with ward and bed in a public review")
M("complaint", "ot", "v", "C", "|Dawn Pickering", None,
  "Nobody has replied to my complaint from September. I've given up ringing. Email me back at dawn.pickering61@gmail.com if anyone actually reads these",
  "contains_pii", note="'given up ringing' is not hopelessness; e-mail in a public review")
M("complaint", "ig", "c", "E", "@saffron.l|Saff", None,
  "took a photo of the night nurse asleep in the chair at 3am while my dad buzzed for 20 mins. posting it if i dont hear back",
  "recording", note="photo of staff")
M("complaint", "x", "r", "R", "@deano_56|Dean", None,
  "useless. as usual.",
  note="two-word dissatisfaction reply")
M("complaint", "fb", "c", "E", "|Patricia Okafor-Reid", "11-20 21:30",
  "I'm going to write this down properly because I'm tired of phone calls that go nowhere. My son is 19. He was referred to your early intervention team in March by his GP. He was seen once in May, by a nice young woman who told us he'd be allocated a care coordinator 'within weeks'. It's now November. We have had two letters, both saying the same thing, and one phone call where the person couldn't find his notes. He's not in danger, he's at home and he's eating, but he's not getting better and he's not getting treatment either. I don't want an apology, I want to know who is actually responsible for him.",
  note="long complaint; writer states he is not in danger")
M("complaint", "x", "r", "C", "@fiona_stretford|Fiona", None,
  "saw on the news your A&E had the worst waits in the region. no surprise, I sat there 11 hours in october",
  note="TRAP (quotes a news story) — member of the public, not media")
M("complaint", "fb", "c", "C", "|Siobhan Carr", None,
  "I'm a journalist but I'm writing this as a daughter. My mum waited 19 hours on a trolley at the MRI last week with a broken hip and nobody checked her pressure areas once. This is not a press enquiry. I just want someone to answer for it.",
  note="TRAP (journalist) — her own complaint, not a media enquiry")

# ===========================================================================
# CLINICAL QUESTION
M("clinical_question", "fb", "c", "R", "|Chantelle Hickman", "11-28 19:00",
  "can you take ibuprofen if youre on sertraline? gp is shut till monday",
  note="")
M("clinical_question", "x", "d", "C", "@gaz_gallbladder|Gareth", None,
  "had my gallbladder out at the MRI 5 days ago and the wound is red and a bit weepy, is that normal or should i come back in?",
  note="")
M("clinical_question", "ig", "d", "H", "@mama_bear_uxb|Hollie", None,
  "my 2 year old has had a temp of 38.5 since yesterday, calpol brings it down but it keeps coming back. when should i be worried?",
  note="")
M("clinical_question", "fb", "d", "T", "|Rebecca Thwaites", None,
  "is it safe to drink on olanzapine? its my sisters wedding next week and i dont want to be the only one on lemonade all night",
  note="")
M("clinical_question", "x", "m", "E", "@zombie_mode_on|Jas", None,
  "@EPUTNHS how long after starting mirtazapine does the drowsiness wear off? week 2 and im a zombie",
  note="")
M("clinical_question", "fb", "c", "H", "|Leah Francis", None,
  "I'm 34 weeks and baby's been moving less today. Do I ring maternity triage now or wait until my midwife appointment tomorrow?",
  note="urgent but a clinical question")
M("clinical_question", "ig", "c", "C", "@new_mum_naz|Naz", None,
  "can you still breastfeed after having contrast for a ct scan?",
  note="")
M("clinical_question", "fb", "d", "R", "|Keith Aldridge", None,
  "after a knee replacement when can you start driving again? mine was 3 weeks ago at cannock",
  note="")
M("clinical_question", "x", "d", "T", "@lithium_lou|Lou", None,
  "missed 3 days of my lithium because my prescription ran out. can i just start again at the same dose?",
  note="")
M("clinical_question", "fb", "c", "E", "|Joanne Peters", None,
  "what are the side effects of ECT? my mum has been offered it and we're all a bit scared",
  note="")
M("clinical_question", "ig", "d", "H", "@sonia_d_|Sonia", None,
  "my dads blood sugar has been 18-20 all week even with his insulin. should we go to A&E or wait for the diabetes nurse?",
  note="")
M("clinical_question", "fb", "d", "C", "|Rahima Khatun", None,
  "আমার মা ডায়াবেটিসের ওষুধ খান। রমজানে রোজা রাখা কি তার জন্য নিরাপদ?",
  "non_english", lang="bn",
  note="BN: 'My mother takes diabetes medication. Is it safe for her to fast during Ramadan?'")
M("clinical_question", "x", "r", "R", "@chemo_chris|Chris", None,
  "does the flu jab interfere with chemo? mines on thursday",
  note="")
M("clinical_question", "fb", "c", "T", "|Wendy Haigh", None,
  "took my levothyroxine twice this morning by accident, brain fog lol. do i skip tomorrows?",
  note="TRAP (double dose by mistake, not an overdose in the crisis sense)")
M("clinical_question", "ig", "d", "E", "@fluoxetine_fern|Fern", None,
  "is it normal to feel more anxious in the first couple of weeks on fluoxetine? gp said it might happen but its horrible",
  note="")
M("clinical_question", "fb", "c", "C", "|Adele Prescott", "12-03 12:30",
  "my son had his grommets done last week, can he go swimming over christmas?",
  note="")
M("clinical_question", "x", "d", "H", "@csection_cat|Cat", None,
  "whats a normal recovery time after a c section before you can lift a toddler?",
  note="")
M("clinical_question", "fb", "d", "R", "|Manjit Bains", None,
  "mere papa ji di sugar bahut high aa rahi aa, ki oh apni insulin di dose aap vadha sakde ne?",
  "non_english", lang="pa-Latn",
  note="romanised Panjabi: 'My father's sugar is running very high, can he increase his insulin dose himself?'")
M("clinical_question", "ig", "c", "T", "@adhd_or_not|Jess", None,
  "can you get diagnosed with ADHD as an adult if you did fine at school? asking for me lol",
  note="")
M("clinical_question", "x", "m", "C", "@glaucoma_gran|Irene", None,
  "@CMFTNHS can eye drops for glaucoma give you headaches? started latanoprost last week",
  note="")
M("clinical_question", "fb", "d", "C", "|Harriet Boyd", None,
  "had a wisdom tooth out at the dental hospital this morning and im dying for a glass of wine, how long do i have to wait lol",
  note="TRAP (idiom 'dying for')")
M("clinical_question", "fb", "c", "H", "|Amrit Gill", None,
  "I'm Amrit Gill, DOB 02/07/1979, had bloods done on Friday. Can someone tell me if my potassium is ok now? GP said the hospital would ring",
  "contains_pii", note="asking about own result; name + DOB in a public comment")

# ===========================================================================
# PALS
M("pals", "fb", "c", "H", "|Zara Ahmed", "12-12 10:20",
  "what are the visiting times on the childrens ward over christmas?",
  note="")
M("pals", "x", "m", "R", "@wheelie_wendy|Wendy", None,
  "@RWTHNHS is there a drop off point near the main entrance at new cross for someone in a wheelchair?",
  note="")
M("pals", "fb", "d", "C", "|Fatima Rahman", None,
  "Can I ask for a female doctor for my appointment at St Mary's? I'm not comfortable otherwise.",
  note="")
M("pals", "ig", "c", "T", "@darlo_deb|Deb", None,
  "how do i refer myself to talking therapies in darlington?",
  note="")
M("pals", "fb", "c", "E", "|Barry Sillett", "12-20 12:00",
  "is the minor injuries unit open on boxing day?",
  note="")
M("pals", "x", "d", "H", "@ruth_b_uxb|Ruth", "01-05 09:40",
  "I need to rearrange my appointment on the 12th, I won't be around that day as I'm at my sister's wedding in Leeds. Can I move it?",
  note="TRAP (not around on a date) — a wedding")
M("pals", "fb", "c", "R", "|Louise Parkes", None,
  "Is there a quiet space in the children's A&E for autistic kids? My son can't cope with the waiting room",
  note="access")
M("pals", "ig", "d", "C", "@mum_of_teen_mcr|Andrea", None,
  "hi can my 15 year old go to her appointment on her own or does a parent have to be there?",
  note="")
M("pals", "fb", "c", "H", "|Doreen Walsh", None,
  "I've knitted loads of baby hats and little blankets, can I give them to the neonatal unit? Who do I hand them to?",
  note="TRAP (giving away belongings) — a donation")
M("pals", "x", "r", "T", "@boro_jen|Jen", None,
  "does the crisis cafe in middlesbrough need an appointment or can you just turn up?",
  note="TRAP ('crisis') — question about a service")
M("pals", "fb", "d", "E", "|Angela Firth", None,
  "My mum has just been granted lasting power of attorney for my nan, who's at Rochford. Does the hospital need a copy and where do we send it?",
  note="TRAP (affairs in order) — an LPA for a relative")
M("pals", "fb", "c", "C", "|Yusuf Ali", None,
  "where's the prayer room at the MRI? been round in circles",
  note="")
M("pals", "x", "m", "R", "@badge_holder_bev|Bev", None,
  "@RWTHNHS are blue badge holders free in the multi storey?",
  note="")
M("pals", "ig", "c", "H", "@hearing_help_h|Harj", None,
  "is there a hearing loop at outpatients reception? my mum really struggles",
  note="")
M("pals", "fb", "c", "T", "|Simon Rowntree", None,
  "Can I bring my assistance dog when I visit my son on the ward?",
  note="")
M("pals", "fb", "d", "R", "|Kerry-Ann Lowe", None,
  "my husband will kill me if I miss this appointment again lol, can I change it to a friday?",
  note="TRAP (idiom 'will kill me')")
M("pals", "x", "d", "C", "@dad_of_ellie|Tom", None,
  "is there parent accommodation at the childrens hospital? my daughter is being transferred from Blackburn tomorrow",
  note="")
M("pals", "fb", "c", "E", "|Hannah Deacon", None,
  "which bus goes to the linden centre from chelmsford station?",
  note="")
M("pals", "ig", "c", "R", "@cannock_carol|Carol", None,
  "do you still do walk in blood tests at cannock or do you have to book now?",
  note="")
M("pals", "fb", "c", "H", "|Meena Rajendran", None,
  "Hi, my dad is coming in for a colonoscopy next week and he doesn't speak English, he speaks Tamil. How do we book an interpreter?",
  note="interpreter")
M("pals", "x", "m", "T", "@scarbs_carer|Pat", None,
  "@TEWVNHS hi how do i get a carers assessment? my son is under the EIP team in scarborough",
  note="")
M("pals", "fb", "d", "C", "|Derek Fogarty", None,
  "can you tell me if my referral to the eye hospital has been received? GP sent it 3 weeks ago",
  note="")
M("pals", "ig", "d", "E", "@stmarks_youth|St Mark's Youth Group", None,
  "hiya, we're putting together a leaflet for our church youth group, what's the right number for the mental health crisis line in south essex?",
  note="TRAP ('crisis line') — for a leaflet, no one at risk")
M("pals", "fb", "c", "R", "|Parminder Johal", None,
  "can you have visitors on ITU? my uncle went in yesterday",
  note="")
M("pals", "x", "r", "H", "@hayes_harry|Harry", None,
  "what time does the pharmacy close on saturdays?",
  note="")
M("pals", "fb", "c", "R", "|Baljit Kaur", None,
  "ਕੀ ਮੇਰੀ ਮਾਂ ਦੀ ਅੱਖਾਂ ਵਾਲੀ ਅਪੌਇੰਟਮੈਂਟ ਲਈ ਪੰਜਾਬੀ ਦੁਭਾਸ਼ੀਆ ਮਿਲ ਸਕਦਾ ਹੈ?",
  "non_english", lang="pa",
  note="PA (Gurmukhi): 'Can we get a Punjabi interpreter for my mother's eye appointment?'")
M("pals", "fb", "d", "H", "|Layla Haddad", None,
  "مرحبا، ما هي مواعيد الزيارة في قسم الولادة؟ وهل يمكن للأطفال الزيارة؟",
  "non_english", lang="ar",
  note="AR: 'Hello, what are the visiting hours on the maternity ward? Can children visit?'")
M("pals", "fb", "d", "E", "|Rasa Petrauskienė", None,
  "Laba diena, kaip galiu patekti pas psichologą? Ar reikia šeimos gydytojo siuntimo?",
  "non_english", lang="lt",
  note="LT: 'Good day, how can I get to see a psychologist? Do I need a referral from the GP?'")
M("pals", "fb", "c", "C", "|Gerry Malone", None,
  "where can i get my covid shot and flu jab together in manchester, can you just walk in at the MRI?",
  note="TRAP ('shot' = vaccine)")
M("pals", "x", "d", "T", "@daughter_of_ward15|Em", None,
  "my mum's on ward 15 at roseberry park. can i drop off clothes and toiletries any time or only in visiting hours?",
  note="patient detail in a DM, so no contains_pii")
M("pals", "x", "m", "C", "@toothache_tony|Tony", "12-25 08:15",
  "@CMFTNHS is the MRI A&E the right place for a dental emergency on christmas day or is there somewhere else?",
  note="Christmas Day")
M("pals", "fb", "c", "R", "|Mandeep Gill", "12-28 08:50",
  "are outpatient clinics running today or is it bank holiday hours?",
  note="bank holiday 28 December")
M("pals", "fb", "d", "H", "|Sean Fitzgerald", None,
  "Hi, can I get a fit note from the hospital for after my op or does it have to be my GP?",
  note="")
M("pals", "ig", "d", "T", "@recovering_rosie|Rosie", None,
  "does the eating disorder service take self referrals for over 18s?",
  note="")
M("pals", "x", "r", "R", "@satnav_sandra|Sandra", None,
  "is the postcode for the sat nav WV10 0QP or is there a different one for the maternity entrance?",
  note="TRAP (postcode) — the hospital's own postcode, not personal data")
M("pals", "fb", "c", "C", "|Joan Moss", None,
  "Can someone tell me which ward my dad Kenneth Moss has been moved to from ward 36? We were told he's going to a side room",
  "contains_pii", note="patient named with ward in a public comment")
M("pals", "x", "r", "H", "@two_letters_tilly|Tilly", None,
  "got two letters for the same clinic with different dates, NHS no {NHS3}. which one do i actually go to?",
  "contains_pii", note="NHS number in a public reply")
M("pals", "ig", "c", "H", "@fracture_fran|Fran", None,
  "can the fracture clinic ring me to rebook please, my number is 020 7946 0382",
  "contains_pii", note="phone in a public comment")

# ===========================================================================
# ABUSE
M("abuse", "x", "r", "C", "@nhs_is_dead|.", None,
  "NHS = National Hopeless Service. bunch of lazy overpaid w*nkers",
  "abuse", note="")
M("abuse", "fb", "c", "R", "|Roy Bennett", None,
  "Dr Patel is a useless quack who should go back to wherever he trained",
  "abuse names_staff", note="hateful, named doctor; no request or complaint")
M("abuse", "ig", "c", "H", "@lads_lads_lads99|.", None,
  "ugliest nurses in london 🤮🤮",
  "abuse", note="")
M("abuse", "x", "m", "T", "@karma_comes|.", None,
  "@TEWVNHS hope every one of your managers gets whats coming to them. karmas a b*tch",
  "abuse", note="TRAP (ill-wishing, no threat)")
M("abuse", "fb", "c", "E", "|Steven Crick", None,
  "f**k the NHS and f**k everyone who works for it",
  "abuse", note="")
M("abuse", "x", "r", "C", "@rot_in_it|.", None,
  "i hope you all rot. every last one of you",
  "abuse", note="TRAP (ill-wishing, no threat)")
M("abuse", "fb", "c", "H", "|Dennis Pryce", None,
  "hillingdon hospital is full of f***ing foreigners now. send the lot of them back",
  "abuse", note="hateful")
M("abuse", "ig", "c", "R", "@ws_insider|.", None,
  "that porter Dean is a creepy little weirdo, everyone knows it",
  "abuse names_staff", note="targets named staff")
M("abuse", "x", "r", "E", "@bored_at_work_x|.", None,
  "suck my d*** EPUT",
  "abuse", note="obscene")
M("abuse", "fb", "c", "T", "|Former Staff Member", None,
  "Lisa the ward manager is a fat cow and everyone on that ward knows what she's like",
  "abuse names_staff", note="targets named staff")
M("abuse", "x", "m", "C", "@wouldnt_bother|.", None,
  "@CMFTNHS wouldnt piss on you lot if you were on fire",
  "abuse", note="TRAP ('on fire' idiom)")
M("abuse", "fb", "c", "R", "|Craig Haden", None,
  "🤡🤡🤡🤡🤡 clown hospital",
  note="mockery; flag not asserted")
M("abuse", "ig", "c", "E", "@edgy_eddie_|.", None,
  "mental health nurses are the biggest psychos of the lot lol. lock yourselves up",
  "abuse", note="demeaning about mental illness")
M("abuse", "x", "r", "H", "@couldnt_be_me|.", None,
  "imagine being a nurse and being this thick. couldnt be me",
  "abuse", note="")
M("abuse", "fb", "c", "C", "|Glen Whitlock", None,
  "why is there a rainbow flag on your profile pic. bunch of f*gs running the place now",
  "abuse", note="homophobic slur")
M("abuse", "x", "d", "T", "@cheeky_chap_69|.", None,
  "send nudes nurse 😏😏",
  "abuse", note="obscene, staff-targeting")
M("abuse", "fb", "c", "R", "|Darren Hobday", None,
  "hope the whole place gets shut down and you all lose your jobs. scum.",
  "abuse", note="TRAP (ill-wishing, no threat)")
M("abuse", "ig", "c", "H", "@banter_bus_|.", None,
  "Dr Khan looks like he got his degree off wish 😂😂",
  "names_staff", note="mocks named doctor")
M("abuse", "x", "r", "E", "@patriot_phil_|.", None,
  "typical woke trust wasting money on pronoun badges while people die on trolleys. bunch of brain dead morons the lot of you",
  "abuse", note="insult, no request or complaint")
M("abuse", "fb", "c", "T", "|Krzysztof B.", None,
  "Wszyscy jesteście bandą leniwych idiotów.",
  "abuse non_english", lang="pl",
  note="PL: 'You are all a bunch of lazy idiots.'")
M("abuse", "x", "m", "C", "@sick_of_u|.", None,
  "@CMFTNHS hope you all catch something nasty and die in your own corridors. see how you like it",
  "abuse", note="TRAP (ill-wishing death, no threat to act)")
M("abuse", "fb", "c", "R", "|Jason Price", None,
  "c*nts the lot of ya",
  "abuse", note="")
M("abuse", "ig", "d", "C", "@smooth_op_mcr|.", None,
  "ur receptionist is well fit tho. whats her insta 😍",
  note="staff-targeting, harassment of a staff member")
M("abuse", "x", "r", "R", "@rich_list_rab|.", None,
  "the state of your chief exec. overpaid parasite, should be ashamed to show his face",
  "abuse", note="")
M("abuse", "ig", "c", "E", "@mf_fingers|.", None,
  "🖕🖕🖕",
  "abuse", note="obscene gesture only")
M("abuse", "fb", "c", "C", "|Rhys Mottram", None,
  "lmao here's the vid of the security guard falling over in the car park, fat idiot cant even stand up 😂",
  "abuse recording", note="video mocking staff")
M("abuse", "x", "r", "H", "@truth_teller_uxb|.", None,
  "Matron Sandra Okoye is a lying witch and I hope she never sleeps again",
  "abuse names_staff", note="TRAP (ill-wishing) — named staff")
M("abuse", "x", "r", "T", "@clout_kid_tees|.", None,
  "recorded that doctor on my phone, gonna make him famous on tiktok the smug p***k",
  "abuse recording", note="recording to shame staff; no complaint stated, no violence")
M("abuse", "fb", "r", "H", "|Kelsey Marriott", None,
  "@Gemma Rowe shut up you absolute melt, nobody asked",
  note="insult at another commenter")

# ===========================================================================
# COMPLIMENT
M("compliment", "fb", "c", "R", "|The Whitehouse family", None,
  "Huge thank you to Sister Aisha and the team on ward A8 for looking after my mum so beautifully in her last days. We will never forget your kindness x",
  "names_staff", note="named nurse; death mentioned")
M("compliment", "ot", "v", "C", "|Lauren Fisher", None,
  "5 stars. Had my baby at St Mary's on Tuesday and the midwives were incredible. Calm, funny and so kind. Thank you!!",
  note="")
M("compliment", "x", "m", "T", "@onedayatatime_ka|Kyle", None,
  "@TEWVNHS a year ago today I was in the back of a police car on a 136. today I started my first job in 4 years. thank you to the crisis team and everyone at roseberry who didn't give up on me 💙",
  note="TRAP (past crisis told as thanks)")
M("compliment", "ig", "c", "H", "@priya_and_arjun|Priya", None,
  "shoutout to Ravi in radiology who had my 6 year old giggling through his whole x ray 🙌",
  "names_staff", note="")
M("compliment", "fb", "c", "E", "|Jess Okoro", None,
  "Two years ago I tried to end my life and woke up at Basildon. The staff there saved me and the home treatment team got me through the months after. I'm getting married in the spring. Thank you doesn't cover it.",
  note="TRAP (past crisis, explicit words) — thanks")
M("compliment", "x", "r", "C", "@dom_in_didsbury|Dom", None,
  "A&E staff last night were run off their feet and still so kind to my dad. thank you 🙏",
  note="")
M("compliment", "ot", "v", "R", "|Gordon Pointon", None,
  "Cannock Chase Hospital is a hidden gem. In and out for my cataract op in two hours, everyone lovely.",
  note="")
M("compliment", "fb", "c", "T", "|Hayley Brunskill", None,
  "The recovery college course on managing anxiety was brilliant, the tutor absolutely killed it. Couldn't recommend it more",
  note="TRAP (idiom 'killed it')")
M("compliment", "ig", "c", "E", "@slowly_steph|Steph", None,
  "for the first time in years i feel calm. not numb, actually calm. finishing my DBT group next week and i just want to say thank you to the team in colchester",
  note="TRAP (calm) — recovery, not sudden calm before an act")
M("compliment", "fb", "c", "H", "|Mark Lyons", "12-25 13:20",
  "Merry Christmas to all the staff working today, especially Dr Lewis and the nurses in A&E who sorted my son's arm out this morning. You're heroes",
  "names_staff", note="Christmas Day")
M("compliment", "x", "m", "R", "@wolves_wendy_|Wendy", "01-01 11:45",
  "@RWTHNHS happy new year to the night staff on C22 who looked after me over new years eve. best fireworks view in wolves from that window lol",
  note="New Year's Day; own stay")
M("compliment", "fb", "c", "C", "|Georgia Platt", None,
  "Just want to thank the liaison psychiatry team at the MRI, especially Jo, who sat with me for 3 hours back in October when I didn't want to be here anymore. I'm still here. I'm doing okay. Thank you x",
  "names_staff", note="TRAP (past crisis told as thanks)")
M("compliment", "ot", "v", "E", "|Alan Bright", None,
  "Physio at St Margaret's in Epping was great. Actually explained what was going on with my back instead of just handing me a leaflet.",
  note="")
M("compliment", "x", "m", "C", "@catrin_mcr|Catrin", None,
  "Diolch o galon i staff ysbyty plant Manceinion am edrych ar ôl fy merch. Chi'n anhygoel. @CMFTNHS",
  "non_english", lang="cy",
  note="CY: 'Heartfelt thanks to the staff of the Manchester children's hospital for looking after my daughter. You're amazing.'")
M("compliment", "fb", "c", "H", "|Joanna Kowalczyk", None,
  "Dziękuję bardzo położnym z porodówki, byłyście wspaniałe ❤️",
  "non_english", lang="pl",
  note="PL: 'Thank you so much to the midwives on the labour ward, you were wonderful.'")
M("compliment", "ig", "c", "T", "@york_mam_of_2|Nic", None,
  "my son has come on leaps and bounds since seeing the camhs team in york. thank you so much x",
  note="")
M("compliment", "x", "r", "H", "@caffeine_kate|Kate", None,
  "the new coffee place in the atrium is the bomb 💣 finally decent coffee on a long day",
  note="TRAP ('the bomb' = great)")
M("compliment", "fb", "c", "R", "|Carol Hall", None,
  "My dad Derek Hall passed away peacefully on ward B11 on Sunday. The nurses treated him with such dignity right to the end. Thank you from all the Hall family.",
  "contains_pii", note="TRAP (death on the ward) — thanks; patient named with ward in public")
M("compliment", "ot", "v", "C", "|Pam Entwistle", None,
  "The eye hospital were brilliant with my mum who has dementia. Patient, gentle and explained everything twice. 5*",
  note="")
M("compliment", "fb", "d", "E", "|Yvonne Carter", None,
  "Please pass my thanks on to Mark the CPN in Harlow. He's the first person who's actually listened to me in years.",
  "names_staff", note="")
M("compliment", "x", "m", "T", "@carer_claire_|Claire", None,
  "@TEWVNHS the carers group at the hub made me realise im not a burden for needing help too. thank you, honestly changed my week",
  note="TRAP ('burden') — positive")
M("compliment", "ig", "c", "C", "@nanas_boy_mcr|Josh", None,
  "big up Nurse Femi on the acute medical unit, proper legend, made my nans week with his singing 🎶",
  "names_staff", note="")
M("compliment", "fb", "c", "H", "|Sheila Forbes", None,
  "Mum's had her chemo at Mount Vernon for six months and every single person has been lovely. Thank you.",
  note="")
M("compliment", "x", "r", "R", "@proud_dad_wv|Rob", None,
  "last year our daughter was brought into new cross after taking an overdose. the paeds team and the camhs nurse were amazing with her and with us. she's just done her mocks. thank you 💛",
  note="TRAP (past overdose told as thanks)")
M("compliment", "ot", "v", "T", "|Mo Rashid", None,
  "The early intervention team in Durham have been life changing for my brother. Patient, consistent and never judgemental.",
  note="")
M("compliment", "fb", "c", "E", "|Lorna Bishop", "12-28 15:30",
  "Thank you to the community nurses who came out on Christmas Day to do dad's dressings. Didn't expect it and it meant the world.",
  note="bank holiday")
M("compliment", "ig", "c", "R", "@aliyah.b_|Aliyah", None,
  "Dr Begum explained my diagnosis so clearly and actually took her time. rare these days. thank you!!",
  "names_staff", note="")
M("compliment", "fb", "c", "C", "|Tariq Mahmood", None,
  "ڈاکٹروں اور نرسوں کا بہت بہت شکریہ، میرے والد اب بہتر ہیں۔",
  "non_english", lang="ur",
  note="UR: 'Many, many thanks to the doctors and nurses, my father is better now.'")
M("compliment", "x", "m", "H", "@purse_found_pat|Pat", None,
  "@HillingdonNHSFT shout out to Kirsty on the front desk at Mount Vernon who found my purse and chased me to the car park with it. absolute star ⭐",
  "names_staff", note="")
M("compliment", "fb", "c", "T", "|Amanda Reay", "12-10 20:45",
  "Three years ago I wrote goodbye letters to my kids. This week I watched my youngest in her nativity. To the crisis team who came that night: thank you for my life.",
  note="TRAP (past farewell told as thanks)")
M("compliment", "ot", "v", "E", "|Bernadette Lacey", None,
  "The crisis team were amazing last spring when my husband was at his lowest. He's back at work now. Can't thank them enough.",
  note="TRAP (past crisis)")
M("compliment", "ig", "d", "C", "@needlephobe_niamh|Niamh", None,
  "just wanted to say the nurse who did my bloods today was so gentle, im terrified of needles and didnt even feel it 🥹",
  note="")
M("compliment", "ig", "c", "R", "@stans_granddaughter|Lily", None,
  "thank you ward C17 for looking after my grandad Stan Hughes, hes home and moaning already 😂",
  "contains_pii", note="patient named with ward in public")
M("compliment", "x", "r", "E", "@basildon_bez|Bez", None,
  "absolute heroes 💙",
  note="two words")

# ===========================================================================
# SPAM
M("spam", "x", "r", "C", "@growth_kingz|Growth Kingz", None,
  "🔥GET 10K REAL FOLLOWERS IN 24HRS🔥 cheapest prices on the market DM now",
  note="follower selling")
M("spam", "fb", "c", "R", "|Sarah Williams Invest", None,
  "Hello, I am Sarah, investment manager. I made £28,000 in 2 weeks trading bitcoin with my mentor. Message me to learn how 💰",
  note="scam")
M("spam", "fb", "d", "H", "|Meta Support Centre", None,
  "Meta Support: Your page 'The Hillingdon Hospitals' has violated our community standards and will be permanently disabled within 24 hours. To appeal, verify your account here: meta-appeal-centre.help/verify",
  note="TRAP (ultimatum wording) — phishing")
M("spam", "ig", "c", "T", "@glowup_promos|Glow Up Promos", None,
  "Love your content! 😍 Collab? DM @glowup_promos for a shoutout",
  note="")
M("spam", "x", "d", "E", "@rankfast_seo|RankFast SEO", None,
  "Hi, we're an SEO agency and we noticed your website isn't ranking on page 1 for 'mental health essex'. Reply YES for a free audit",
  note="")
M("spam", "fb", "c", "C", "|Tesco Rewards UK", None,
  "Congratulations! 🎉 You've been selected to receive a £500 Tesco voucher. Claim at tescogift-uk.co/claim before midnight",
  note="fake prize")
M("spam", "ig", "c", "R", "@comfyclogs_uk|Comfy Clogs", None,
  "Nurses need comfy shoes!! 50% OFF clogs today only ➡️ link in bio",
  note="")
M("spam", "x", "r", "H", "@glowserum_official|GlowSerum", None,
  "this serum KILLS wrinkles in 7 days 😱 dermatologists hate it #ad",
  note="TRAP ('kills')")
M("spam", "fb", "c", "T", "|Fast Cash Loans", None,
  "Need a loan fast? Bad credit no problem. WhatsApp +44 7700 900912",
  note="advertiser's number, not a person's data")
M("spam", "x", "r", "C", "@essaypro_uk|EssayPro", None,
  "Essay due? Professional writers for nursing assignments, 100% plagiarism free, DM us 📚",
  note="")
M("spam", "ig", "d", "H", "@amy_new_here_x|Amy", None,
  "hey babe 😘 saw your profile, im new here, check my private pics 👉 hotpix.link/amy",
  note="porn spam")
M("spam", "x", "d", "T", "@x_safety_team0|X Safety", None,
  "X Safety: your account has been flagged for copyright infringement. Failure to respond within 48 hours will result in suspension. Submit appeal: x-copyright-form.net",
  note="phishing")
M("spam", "fb", "c", "R", "|Nature Calm UK", None,
  "CBD gummies cured my anxiety 🌿 no more tablets!! order from the naturecalmuk shop",
  note="advertising")
M("spam", "ot", "v", "C", "|Best Bonus 2027", None,
  "Great hospital! Also check out the best casino bonuses of 2027 at spinwinz.bet 🎰",
  note="spam review")
M("spam", "fb", "c", "H", "|Jenny Work From Home", None,
  "Work from home earning £300 a day, no experience needed. Just inbox me 'INFO'",
  note="")
M("spam", "ig", "c", "E", "@giveaway_hub_uk|Giveaway Hub", None,
  "🚨GIVEAWAY🚨 follow us and tag 3 friends to win an iPhone 17!!!",
  note="")
M("spam", "x", "r", "R", "@vapezone_wv|VapeZone", None,
  "prices are BOMB right now at our winter sale 💥 vapes from £2.99",
  note="TRAP ('bomb')")
M("spam", "fb", "d", "C", "|Accounts Dept MedSupplies", None,
  "Dear Accounts, please find attached overdue invoice INV-4471029385 for medical supplies. Kindly process payment today to avoid legal action.",
  note="TRAP (legal action wording) — fake-invoice phishing; 10-digit reference fails the NHS check")
M("spam", "x", "r", "T", "@growfast_smm|GrowFast", None,
  "Buy verified accounts, aged profiles, bulk likes. Telegram @growfast_smm",
  note="")

# ===========================================================================
# GENERAL
M("general", "fb", "c", "R", "|Tyler Hough", None,
  "First! 😂", note="")
M("general", "x", "r", "C", "@clapping_carl|Carl", None,
  "👏👏👏", note="")
M("general", "ig", "c", "H", "@soph_jg|Sophie", None,
  "@laurenmcg_ this is where your sister works innit", note="tagging a friend")
M("general", "fb", "c", "T", "|Joanne Dixon", "12-23 20:00",
  "Sharing for anyone who needs it. Suicide is preventable and talking really does save lives. Please check on your mates this Christmas 💙",
  note="TRAP (awareness post)")
M("general", "x", "r", "E", "@filmbuff_fran|Fran", None,
  "just watched that new film where the hospital gets blown up and honestly the A&E scenes were more realistic than they had any right to be 😂",
  note="TRAP (film talk)")
M("general", "fb", "c", "C", "|Owen Birch", None,
  "spent my whole 5 hours in the waiting room killing zombies on my phone, honestly not the worst night I've had",
  note="TRAP (game talk)")
M("general", "ig", "c", "R", "@kindness_kaz|Karen", "01-18 09:30",
  "Blue Monday is a myth but if you're struggling today, Samaritans are there on 116 123 any time ❤️",
  note="TRAP (awareness)")
M("general", "x", "m", "T", "@mo_bro_mick|Mick", "11-30 19:15",
  "@TEWVNHS raised £620 for Movember this year for men's mental health 🥸 cheers to everyone who donated",
  note="fundraising news, no action needed")
M("general", "fb", "c", "H", "|Dave Pritchard", "12-15 14:40",
  "is it me or is the hospital radio playing the same 5 christmas songs on a loop 😂",
  note="chit-chat")
M("general", "x", "r", "C", "@sofa_critic|Linz", None,
  "who else is watching 24 hours in A&E and shouting at the telly",
  note="TV talk")
M("general", "fb", "c", "R", "|Ken Partridge", None,
  "The government needs to fund the NHS properly. Simple as that.",
  note="opinion")
M("general", "ig", "c", "E", "@runwell_memories|Sue", None,
  "my mum worked at Runwell for 30 years, this photo brings back so many memories ❤️",
  note="")
M("general", "x", "r", "H", "@gamer_gav_|Gav", None,
  "that rooftop level in the new hitman game is basically a hospital car park, had me thinking of hillingdon lol",
  note="TRAP (high place in a game)")
M("general", "fb", "c", "T", "|Natalie Grainger", None,
  "Just finished my suicide awareness training through work, really recommend the free Zero Suicide Alliance course to everyone",
  note="TRAP (training)")
M("general", "x", "m", "C", "@oxford_rd_olly|Olly", "01-14 07:50",
  "@CMFTNHS stay safe in the snow everyone, the roads round oxford road are lethal this morning",
  note="TRAP ('lethal')")
M("general", "fb", "c", "E", "|Trevor Salt", "01-01 00:20",
  "Happy new year to all NHS staff 🥂",
  note="greeting, New Year's Day")
M("general", "ig", "c", "T", "@emoji_emma|Emma", None,
  "😍😍", note="")
M("general", "fb", "c", "C", "|Sinead Kerr", None,
  "@Jade Kerr omg is that your auntie Pat in the photo?!",
  note="chit-chat")
M("general", "x", "m", "E", "@hca_hopeful|Chantel", None,
  "@EPUTNHS are you recruiting HCAs in southend? been looking on the jobs site",
  note="jobs question")
M("general", "fb", "c", "H", "|Sophie Marsh", None,
  "Listened to a true crime podcast about an old poisoning case at a hospital, gave me chills. Glad things are different now",
  note="TRAP (podcast talk, not media)")
M("general", "ig", "c", "R", "@jumper_judge|Deb", "12-18 13:10",
  "love the christmas jumpers 😂🎄 who won?",
  note="")
M("general", "x", "r", "T", "@pharm_fact_pete|Pete", None,
  "good post. reminder that pharmacies take back old medicines, dont keep stockpiles of tablets in the house, especially if anyone at home is struggling",
  note="TRAP (means words in awareness)")
M("general", "fb", "c", "C", "|Megan Tully", None,
  "im deaddd 😂 the state of the reindeer antlers on the chief exec",
  note="TRAP ('dead' slang)")
M("general", "x", "r", "H", "@runner_raj|Raj", None,
  "ran the uxbridge 10k for the childrens ward charity, nearly died on the last hill but we raised £1,200!",
  note="TRAP (idiom 'nearly died')")
M("general", "fb", "c", "E", "|Colin Ashworth", None,
  "Mental health services should be funded much better than they are. Not having a go at the staff, just saying it.",
  note="opinion")
M("general", "ig", "c", "C", "@old_mcr_pics|Old MCR", None,
  "where was this photo taken? looks like the old MRI entrance",
  note="")
M("general", "fb", "c", "R", "|Elena Dumitru", "12-25 10:05",
  "Crăciun fericit tuturor asistentelor și doctorilor! 🎄",
  "non_english", lang="ro",
  note="RO: 'Merry Christmas to all the nurses and doctors!' Greeting = general")
M("general", "x", "m", "T", "@skydive_sian|Sian", None,
  "@TEWVNHS doing a charity skydive for the eating disorders unit in may, cant wait to jump 🪂 sponsor link in my bio",
  note="TRAP ('jump')")
M("general", "fb", "c", "R", "|Lyndsey Pearce", None,
  "just read in the paper that new cross is getting a new cancer centre, about time 👍",
  note="TRAP (quotes news) — member of the public")


# ===========================================================================
def main():
    rng = random.Random(20261101)
    nhs_rng = random.Random(999)
    nhs_vals = {}
    start_days = []
    import datetime as dt
    d0 = dt.date(2026, 11, 1)
    days = [d0 + dt.timedelta(days=i) for i in range(92)]
    hours_w = [(range(0, 6), 8), (range(6, 9), 9), (range(9, 17), 45), (range(17, 22), 28), (range(22, 24), 10)]

    def rand_time(text):
        rng = random.Random(hashlib.sha256(text.encode("utf-8")).hexdigest())
        day = rng.choice(days)
        r = rng.uniform(0, 100)
        acc = 0
        for hrs, w in hours_w:
            acc += w
            if r <= acc:
                h = rng.choice(list(hrs))
                break
        return f"{day.isoformat()}T{h:02d}:{rng.randrange(60):02d}:00Z"

    out = []
    for it in ITEMS:
        text = it["text"]
        for k in ("NHS1", "NHS2", "NHS3"):
            if "{" + k + "}" in text:
                if k not in nhs_vals:
                    n = make_nhs(nhs_rng)
                    fmt = {"NHS1": f"{n[:3]} {n[3:6]} {n[6:]}", "NHS2": n, "NHS3": f"{n[:3]}-{n[3:6]}-{n[6:]}"}[k]
                    nhs_vals[k] = fmt
                text = text.replace("{" + k + "}", nhs_vals[k])
        if it["when"]:
            md, hm = it["when"].split()
            mm = int(md.split("-")[0])
            year = 2027 if mm == 1 else 2026
            when = f"{year}-{md}T{hm}:00Z"
        else:
            when = rand_time(it["text"])
        handle, name = it["author"].split("|")
        author = {}
        if handle:
            author["handle"] = handle
        if name:
            author["name"] = name
        obj = {"text": text, "platform": PLAT[it["plat"]], "channel": CHAN[it["chan"]],
               "author": author, "receivedAt": when, "account": ACCT[it["acct"]],
               "expect": {"category": it["cat"], "flags": sorted(it["flags"])}}
        if it["lang"]:
            obj["lang"] = it["lang"]
        obj["note"] = it["note"]
        out.append(obj)
    rng2 = random.Random(42)
    rng2.shuffle(out)
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "public-messages.jsonl"), "w", encoding="utf-8") as f:
        for i, o in enumerate(out, 1):
            line = {"id": f"pm-{i:04d}"}
            line.update(o)
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(len(out), "items written")


if __name__ == "__main__":
    main()
