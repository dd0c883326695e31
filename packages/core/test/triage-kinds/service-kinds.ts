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
