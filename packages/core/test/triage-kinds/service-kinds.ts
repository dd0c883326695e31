/**
 * Service categories by kind, in the team's own words (no line comes from a labelled set):
 * complaints told as a story of what went wrong, praise in its short forms, clinical questions
 * without "is it normal", spam by the offer it makes.
 */
export const SERVICE_KINDS: Record<string, Record<string, readonly string[]>> = {
  complaint: {
    "delay as a length of time": [
      "Five hours in the waiting room with a broken wrist and not one update",
      "six weeks for a scan result. six weeks",
      "40 minutes on hold to the appointments line then it just went dead",
      "Two days waiting on a trolley in the corridor for a bed",
      "your booking system has no appointments until september for a test my gp says is urgent",
    ],
    "no show, lost, moved, late": [
      "District nurse was meant to come Monday for dad's dressings, no show, not even a call",
      "they told me my scan request was 'lost' so now I start from scratch",
      "moved my son's surgery to a date 3 days away with one day's notice",
      "the letter arrived a week after the appointment and now i'm down as a did not attend",
    ],
    "broken, unsafe, a remark by staff": [
      "The lift at the eye clinic has been out of order since last month and my mum can't do stairs",
      "Nan came home with another patient's tablets in her bag, that could have been fatal",
      "the consultant refused to look at my daughter's rash and told us to google it",
      "The receptionist told me it's not my problem when I said my dad was struggling to breathe",
      "They sent her home at 2am in a taxi in her nightie, she's 88",
      "Is this how you treat people with learning disabilities? Nobody spoke to him once",
    ],
  },
  media: {
    "newsrooms, podcasts and channels": [
      "I present a weekly health podcast and would love one of your midwives as a guest to chat about birth trauma",
      "We run a youtube channel about hospital life, could your chief nurse come on for a short interview?",
      "Would your medical director be up for talking to us live on Radio Fenmoor tomorrow at 8?",
      "Listeners are telling us the car park barrier has been broken for a week. Has the trust responded to this?",
      "Could someone from the trust give us a statement about the ward closure for tonight's bulletin?",
      "I'm covering the maternity review for our local news site and would like a statement from the trust",
      "we host a community radio show and want a consultant on to talk about winter flu jabs",
      "Our subscribers are asking about the new hospital plans, would your CEO talk to us for the channel?",
    ],
  },
  subject_access: {
    "records in other words": [
      "As executor of my late father's estate, how do I get a copy of his hospital notes?",
      "Can I have a copy of the recording of my call to your 111 line last week?",
      "can i get my x-rays from my hip op on a disc for my surgeon abroad",
      "I want to read everything the psychiatrist wrote about me in 2023",
      "Under GDPR please send me all the data you hold on me",
      "I have lasting power of attorney for my mum and need her medical records",
      "please send me the scans from my MRI in march, a link is fine",
      "what did the nurse write about me in my file? I'd like to see it",
    ],
  },
  foi: {
    "what the trust paid": [
      "How much did the trust spend on agency nurses last year?",
      "What did you pay the consultants who wrote the new estates strategy?",
      "how much has the trust paid in parking contract fees since 2022",
      "What did the hospital pay for the new signage?",
      "How much did your trust spend on taxis for patients in 2025?",
      "what did the trust pay for the staff awards night",
      "How much have you spent on the new IT system so far?",
      "What did the NHS trust pay the law firm for the inquiry?",
    ],
  },
  compliment: {
    "praise in short forms": [
      "Shout out to Priya on the children's ward, she made it so much easier for us",
      "5 stars for the phlebotomy team today, quick and gentle",
      "Can't fault the maternity unit, every single midwife was a credit to you",
      "the night porters are unsung heroes honestly",
      "Absolute legends in the minor injuries unit last night",
      "The physio always remembers my name and how my knee was last time",
      "⭐⭐⭐⭐⭐ eye clinic, seen on time and everything explained",
      "the radiographer made my nervous son laugh the whole way through, thank you",
      "the sonographer was so gentle and explained everything to us",
      "Happy new year to the night staff on ward 2, you looked after my mum when we couldn't ❤️",
    ],
  },
  clinical_question: {
    "questions about a symptom or a dose": [
      "My stitches from the c-section are a bit red, is that infection or normal?",
      "What's a normal blood pressure for a 70 year old?",
      "How long should I keep my arm in the sling after the fracture clinic?",
      "whats the most ibuprofen i can have in a day with a bad tooth",
      "Temperature of 38.2 after my chemo yesterday, should I ring the hotline?",
      "my scan said 'mild degenerative change' and nobody has explained what that means",
      "Is it a migraine or something worse when it comes with blurry vision?",
      "baby has a rash on his tummy since the jabs, normal?",
    ],
  },
  spam: {
    "offers and scams": [
      "Nurses abroad! Pay a small processing fee and we guarantee an NHS job in 4 weeks",
      "Your website could rank higher on Google with our affordable SEO packages",
      "You've been selected for a free £250 supermarket voucher as a thank you to NHS staff, claim now",
      "Surgical masks in stock at wholesale prices, contact sales@masks-direct.biz",
      "CONGRATULATIONS you have been selected for our NHS rewards scheme, claim before Friday",
      "Limited places on our guaranteed visa sponsorship programme for healthcare assistants",
      "Cheap gloves, aprons and gowns, wholesale price for trusts, in stock at our warehouse",
      "Get your clinic to rank higher on google, seo packages from £49",
    ],
  },
};
