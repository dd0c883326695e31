# Helpers for building staff-posts.jsonl. The texts themselves are written by hand
# in items_*.py; this module only holds category names, account shorthands,
# an NHS-number helper and the item constructor.

NHS = "pii.nhs_number"
NINO = "pii.nino"
PC = "pii.postcode"
DOB = "pii.date_of_birth"
PHONE = "pii.phone"
EMAIL = "pii.email"
ADDR = "pii.address"
NAME = "pii.person_name"
CLIN = "clinical.patient_information"
DISC = "language.discriminatory"
ABU = "language.abusive"
PROF = "language.profanity"
POL = "topic.political"
LEGAL = "topic.legal_matter"
EMERG = "topic.emergency_incident"
PERF = "topic.trust_performance"
MED = "topic.medical_advice"
COMM = "topic.commercial"
CONF = "topic.confidential_business"
SEC = "topic.security"
RAISE = "topic.raising_concerns"
AWAY = "topic.away_from_home"
DM = "account.disclaimer_missing"
BRAND = "account.brand_in_handle"
NHSMAIL = "account.nhs_email"
LOGO = "account.logo_use"
CONSENT = "media.consent_missing"
TAG = "media.tagging"
LEN = "platform.length"
LINK = "platform.link_missing"


def nhs(first9, sep=" "):
    """Return a valid NHS number built from nine digits, formatted 3-3-4 with sep."""
    assert len(first9) == 9 and first9.isdigit()
    total = sum(int(d) * w for d, w in zip(first9, range(10, 1, -1)))
    check = 11 - (total % 11)
    if check == 11:
        check = 0
    if check == 10:
        raise ValueError("no valid check digit for " + first9)
    n = first9 + str(check)
    return n[:3] + sep + n[3:6] + sep + n[6:]


def bad10(first9, sep=""):
    """Return a 10-digit reference that FAILS the NHS modulus-11 check."""
    total = sum(int(d) * w for d, w in zip(first9, range(10, 1, -1)))
    check = 11 - (total % 11)
    good = None if check == 10 else (0 if check == 11 else check)
    last = next(d for d in range(10) if d != good)
    n = first9 + str(last)
    return n[:3] + sep + n[3:6] + sep + n[6:]


def pa(handle, bio, emp=True):
    return {"type": "personal", "handle": handle, "bio": bio, "identifiesAsEmployee": emp}


def M(ident, consent, tags=None, kind="image"):
    return {"kind": kind, "identifiablePeople": ident, "consent": consent, "tags": tags or []}


OFF = {
    "RWT": {"type": "official", "handle": "@RWTHNHS", "bio": "The Royal Wolverhampton NHS Trust. Monitored Mon-Fri 9am-5pm."},
    "THH": {"type": "official", "handle": "@HillingdonNHSFT", "bio": "The Hillingdon Hospitals NHS Foundation Trust"},
    "TEWV": {"type": "official", "handle": "@TEWVNHS", "bio": "Tees, Esk and Wear Valleys NHS Foundation Trust"},
    "EPUT": {"type": "official", "handle": "@EPUTNHS", "bio": "Essex Partnership University NHS Foundation Trust"},
    "CMFT": {"type": "official", "handle": "@CMFTNHS", "bio": "Central Manchester University Hospitals NHS Foundation Trust"},
}

DEV = {
    "careers": {"type": "devolved", "handle": "@TEWV_careers", "bio": "Jobs and careers at Tees, Esk and Wear Valleys NHS FT"},
    "research": {"type": "devolved", "handle": "@TEWVresearch", "bio": "Research and development at TEWV"},
    "library": {"type": "devolved", "handle": "@TEWV_library", "bio": "TEWV staff library and knowledge service"},
    "ward5": {"type": "devolved", "handle": "@Ward5RWT", "bio": "Ward 5, care of older people, New Cross Hospital. Run by the ward team."},
    "rwtmat": {"type": "devolved", "handle": "@RWT_Maternity", "bio": "Maternity services at The Royal Wolverhampton NHS Trust"},
    "rwted": {"type": "devolved", "handle": "@RWT_ED", "bio": "Emergency Department, New Cross Hospital"},
    "thhmat": {"type": "devolved", "handle": "@HillingdonMaternity", "bio": "Maternity services at Hillingdon Hospital"},
    "eputcomm": {"type": "devolved", "handle": "@EPUT_ThurrockCHS", "bio": "EPUT community health services in Thurrock"},
    "rwtphysio": {"type": "devolved", "handle": "@RWT_Physio", "bio": "Physiotherapy team at RWT"},
    "eputmhst": {"type": "devolved", "handle": "@EPUT_MHST", "bio": "Mental Health Support Teams in Essex schools"},
    "stmarys": {"type": "devolved", "handle": "@SaintMarysMCR", "bio": "Saint Mary's Hospital maternity, Manchester"},
    "arch": {"type": "devolved", "handle": "@archrecovery", "bio": "Arch Recovery College, part of TEWV"},
    "estates": {"type": "devolved", "handle": "@RWT_Estates", "bio": "Estates and facilities at RWT"},
    "thhed": {"type": "devolved", "handle": "@HillingdonED", "bio": "Emergency Department, Hillingdon Hospital"},
}

ITEMS = []


def it(text, cats, note, pf=None, ac=None, md=None, lang=None):
    d = {"text": text}
    if pf:
        d["platform"] = pf
    if ac:
        d["account"] = ac
    if md:
        d["media"] = md
    d["_cats"] = sorted(set(cats))
    d["_note"] = note
    if lang:
        d["_lang"] = lang
    ITEMS.append(d)
