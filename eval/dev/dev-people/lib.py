# helpers for writing items by hand; each item is one P(...) call in a part file
ITEMS = []
BLOCKING = {"pii.nhs_number","pii.nino","pii.postcode","pii.date_of_birth","pii.phone","pii.email",
            "pii.address","pii.person_name","clinical.patient_information","language.discriminatory",
            "language.abusive","media.consent_missing"}

def P(text, cats, note, plat=None, acc=None, media=None, lang=None):
    cats = sorted(cats)
    o = {"text": text}
    if plat: o["platform"] = plat
    if acc: o["account"] = acc
    if media is not None: o["media"] = media
    verdict = "block" if any(c in BLOCKING for c in cats) else ("review" if cats else "pass")
    o["expect"] = {"verdict": verdict, "categories": cats}
    o["note"] = note
    if lang: o["lang"] = lang
    ITEMS.append(o)

def per(handle, bio, emp=True):
    return {"type": "personal", "handle": handle, "bio": bio, "identifiesAsEmployee": emp}

def off(handle, bio="Official account"):
    return {"type": "official", "handle": handle, "bio": bio}

def dev(handle, bio):
    return {"type": "devolved", "handle": handle, "bio": bio}

def img(ident, consent, tags=None, kind="image"):
    return {"kind": kind, "identifiablePeople": ident, "consent": consent, "tags": tags or []}

# category shorthands
NAME = "pii.person_name"; CLIN = "clinical.patient_information"; NHSN = "pii.nhs_number"
DOB = "pii.date_of_birth"; PHONE = "pii.phone"; EMAIL = "pii.email"; ADDR = "pii.address"
PC = "pii.postcode"; NINO = "pii.nino"; DISC = "language.discriminatory"; ABU = "language.abusive"
NOCONS = "media.consent_missing"; PROF = "language.profanity"; POL = "topic.political"
LEGAL = "topic.legal_matter"; EMERG = "topic.emergency_incident"; PERF = "topic.trust_performance"
ADVICE = "topic.medical_advice"; COMM = "topic.commercial"; CONF = "topic.confidential_business"
SEC = "topic.security"; RAISE = "topic.raising_concerns"; AWAY = "topic.away_from_home"
NODISC = "account.disclaimer_missing"; BRAND = "account.brand_in_handle"; NHSMAIL = "account.nhs_email"
LOGO = "account.logo_use"; TAG = "media.tagging"; LEN = "platform.length"; LINK = "platform.link_missing"
