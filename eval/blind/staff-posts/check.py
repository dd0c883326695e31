#!/usr/bin/env python3
"""Validator for staff-posts.jsonl (draft posts, labelling guide §2.1).

Run:  python3 check.py [staff-posts.jsonl]
Exits non-zero on the first class of error found; prints the counts table.
"""
import json, re, sys
from collections import Counter

PATH = sys.argv[1] if len(sys.argv) > 1 else "staff-posts.jsonl"
PREFIX = "sp-"

PLATFORMS = {"x", "facebook", "instagram", "linkedin", "youtube", "tiktok", "bluesky", "blog", "whatsapp", "other"}
ACCOUNT_TYPES = {"official", "devolved", "personal"}
BLOCKING = ["pii.nhs_number", "pii.nino", "pii.postcode", "pii.date_of_birth", "pii.phone",
            "pii.email", "pii.address", "pii.person_name", "clinical.patient_information",
            "language.discriminatory", "language.abusive", "media.consent_missing"]
REVIEW = ["language.profanity", "topic.political", "topic.legal_matter", "topic.emergency_incident",
          "topic.trust_performance", "topic.medical_advice", "topic.commercial",
          "topic.confidential_business", "topic.security", "topic.raising_concerns",
          "topic.away_from_home", "account.disclaimer_missing", "account.brand_in_handle",
          "account.nhs_email", "account.logo_use", "media.tagging", "platform.length",
          "platform.link_missing"]
CANON = BLOCKING + REVIEW
LIMIT = {"x": 280, "bluesky": 300}
ITEM_KEYS = {"id", "text", "platform", "account", "media", "expect", "note", "lang"}
LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$")

MINIMUMS = {"__total__": 320, "__clean__": 110, "__traps__": 50,
            "pii.person_name": 60, "clinical.patient_information": 80, "__staff_conf__": 15}
for c in CANON:
    MINIMUMS.setdefault(c, 6)

DISCLAIMER_RE = re.compile(
    r"views? (are |is )?(my|mine|my own)|own views|opinions? (are )?(mine|my own)|not (those )?(of )?my employer|"
    r"don'?t represent my employer|do not represent|not my employer|personal (account|views)|views expressed",
    re.I)

NINO_RE = re.compile(r"\b([A-Z])([A-Z]) ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
PHONE_RE = re.compile(r"\b0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}\b")
DRAMA = ("07700900", "01614960", "02079460", "01134960")


def nino_valid(prefix):
    a, b = prefix
    if a in "DFIQUV" or b in "DFIOQUV":
        return False
    return prefix not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


errors = []


def err(msg):
    errors.append(msg)


def js_len(s):
    return len(s.encode("utf-16-le")) // 2


def nhs_valid(d):
    total = sum(int(x) * w for x, w in zip(d[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(d[9])


DIGIT_RUN = re.compile(r"(?<![\d])\d(?:[ -]?\d)*(?![\d])")


def ten_digit_runs(text):
    out = []
    for m in DIGIT_RUN.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) == 10:
            out.append(digits)
    return out


items = []
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if not line.strip():
            err(f"line {ln}: blank line")
            continue
        try:
            items.append((ln, json.loads(line)))
        except json.JSONDecodeError as e:
            err(f"line {ln}: does not parse: {e}")

ids = Counter()
for n, (ln, o) in enumerate(items, 1):
    where = f"line {ln} ({o.get('id')})"
    extra = set(o) - ITEM_KEYS
    if extra:
        err(f"{where}: unexpected fields {extra}")
    i = o.get("id")
    ids[i] += 1
    if i != "%s%04d" % (PREFIX, n):
        err(f"{where}: id should be {PREFIX}{n:04d}")
    if not isinstance(o.get("text"), str) or not o["text"].strip():
        err(f"{where}: text missing")
    text = o.get("text", "")
    pf = o.get("platform")
    if pf is not None and pf not in PLATFORMS:
        err(f"{where}: bad platform {pf}")
    ac = o.get("account")
    if ac is not None:
        if not isinstance(ac, dict) or ac.get("type") not in ACCOUNT_TYPES:
            err(f"{where}: bad account {ac}")
        elif set(ac) - {"type", "handle", "bio", "identifiesAsEmployee"}:
            err(f"{where}: bad account keys {set(ac)}")
        if isinstance(ac, dict) and "identifiesAsEmployee" in ac and not isinstance(ac["identifiesAsEmployee"], bool):
            err(f"{where}: identifiesAsEmployee must be boolean")
    media = o.get("media")
    if media is not None:
        if not isinstance(media, list) or not media:
            err(f"{where}: media must be a non-empty list")
            media = []
        for m in media:
            if set(m) != {"kind", "identifiablePeople", "consent", "tags"} or m["kind"] not in ("image", "video") \
                    or not isinstance(m["identifiablePeople"], bool) or not isinstance(m["consent"], bool) \
                    or not isinstance(m["tags"], list):
                err(f"{where}: bad media item {m}")
    exp = o.get("expect", {})
    if set(exp) != {"verdict", "categories"}:
        err(f"{where}: expect must have verdict and categories")
        continue
    cats = exp["categories"]
    if cats != sorted(cats) or len(set(cats)) != len(cats):
        err(f"{where}: categories not sorted/unique")
    for c in cats:
        if c not in CANON:
            err(f"{where}: non-canonical category {c}")
    want = "block" if any(c in BLOCKING for c in cats) else ("review" if cats else "pass")
    if exp["verdict"] != want:
        err(f"{where}: verdict {exp['verdict']} should be {want}")
    if not isinstance(o.get("note"), str) or not o["note"].strip():
        err(f"{where}: note missing")
    lang = o.get("lang")
    if lang is not None and (not LANG_RE.match(lang) or lang == "en"):
        err(f"{where}: bad lang {lang}")

    # structural consistency of labels
    atype = ac.get("type") if isinstance(ac, dict) else None
    if any(c.startswith("account.") for c in cats) and atype is None:
        err(f"{where}: account.* label without an account")
    for c in ("account.disclaimer_missing", "account.brand_in_handle", "account.nhs_email", "account.logo_use"):
        if c in cats and atype != "personal":
            err(f"{where}: {c} on a non-personal account")
    if "account.disclaimer_missing" in cats:
        if not ac.get("identifiesAsEmployee"):
            err(f"{where}: disclaimer_missing but account does not identify as employee")
        if DISCLAIMER_RE.search(ac.get("bio", "") + " " + text):
            err(f"{where}: disclaimer_missing but a disclaimer is present")
    if any(c.startswith("platform.") for c in cats) and pf not in LIMIT:
        err(f"{where}: platform.* label on platform {pf}")
    if pf in LIMIT:
        L = js_len(text)
        if "platform.length" in cats:
            if L < LIMIT[pf] + 20:
                err(f"{where}: platform.length positive only {L} chars (need >= {LIMIT[pf] + 20})")
        elif L > LIMIT[pf] - 15:
            err(f"{where}: clean-of-length {pf} post is {L} chars (need <= {LIMIT[pf] - 15})")
    has_consent_gap = any(m["identifiablePeople"] and not m["consent"] for m in (media or []))
    if has_consent_gap != ("media.consent_missing" in cats):
        err(f"{where}: media.consent_missing does not match media fields")
    has_tags = atype in ("official", "devolved") and any(m["tags"] for m in (media or []))
    if has_tags != ("media.tagging" in cats):
        err(f"{where}: media.tagging does not match media/account")
    if "account.nhs_email" in cats and not re.search(r"@[\w.-]*nhs\.(net|uk)", text + " " + (ac.get("bio", "") if ac else ""), re.I):
        err(f"{where}: nhs_email label without an NHS address")

    # NHS numbers
    runs = ten_digit_runs(text)
    if "pii.nhs_number" in cats:
        if not runs:
            err(f"{where}: pii.nhs_number but no 10-digit run")
        for r in runs:
            if not r.startswith("999") or not nhs_valid(r):
                err(f"{where}: NHS number {r} fails check or is outside 999 range")
    else:
        for r in runs:
            if nhs_valid(r):
                err(f"{where}: 10-digit run {r} passes the NHS check in a non-NHS item")

    # National Insurance numbers: valid format in pii.nino items, none anywhere else
    ninos = NINO_RE.findall(text)
    if "pii.nino" in cats:
        if not ninos:
            err(f"{where}: pii.nino but no NINO-shaped string")
        for p1, p2 in ninos:
            if not nino_valid(p1 + p2):
                err(f"{where}: NINO prefix {p1}{p2} is not valid")
    else:
        for p1, p2 in ninos:
            if nino_valid(p1 + p2):
                err(f"{where}: valid-looking NINO in an item without pii.nino")

    # phone numbers in positives must come from Ofcom's drama ranges
    if "pii.phone" in cats:
        phones = [re.sub(r"\D", "", m) for m in PHONE_RE.findall(text)]
        if not phones:
            err(f"{where}: pii.phone but no phone number found")
        for ph in phones:
            if not any(ph.startswith(r) for r in DRAMA):
                err(f"{where}: phone {ph} is not in an Ofcom drama range")

    # warnings for manual review (not errors)
    if atype == "personal" and ac.get("identifiesAsEmployee") and "account.disclaimer_missing" not in cats \
            and not DISCLAIMER_RE.search(ac.get("bio", "") + " " + text):
        print(f"  note: {o['id']} personal employee account without disclaimer, not labelled disclaimer_missing "
              f"(check it does not talk about work): {text[:60]!r}")

for i, k in ids.items():
    if k > 1:
        err(f"duplicate id {i}")

texts = Counter(o["text"] for _, o in items)
for t, k in texts.items():
    if k > 1:
        err(f"duplicate text: {t[:60]!r}")

# ---- counts ----
objs = [o for _, o in items]
cat_count = Counter(c for o in objs for c in o["expect"]["categories"])
verdicts = Counter(o["expect"]["verdict"] for o in objs)
platforms = Counter(o.get("platform", "(none)") for o in objs)
accounts = Counter(o["account"]["type"] if "account" in o else "(none)" for o in objs)
langs = Counter(o.get("lang", "en") for o in objs)
clean = [o for o in objs if not o["expect"]["categories"]]
traps = [o for o in clean if o["note"].startswith("TRAP:")]
staff_conf = [o for o in objs if o["note"].startswith("STAFF-CONF:") and "pii.person_name" in o["expect"]["categories"]]
media_items = sum(1 for o in objs if "media" in o)
tables = []
tables.append(("total items", len(objs)))
tables.append(("clean (pass, no categories)", len(clean)))
tables.append(("  of which traps", len(traps)))
tables.append(("staff named in confidential contexts", len(staff_conf)))
tables.append(("items with media", media_items))

print()
print("| measure | count |")
print("|---|---|")
for k, v in tables:
    print(f"| {k} | {v} |")
print()
print("| verdict | count |")
print("|---|---|")
for k in ("block", "review", "pass"):
    print(f"| {k} | {verdicts[k]} |")
print()
print("| category | positives |")
print("|---|---|")
for c in CANON:
    print(f"| {c} | {cat_count[c]} |")
print()
print("| platform | count |")
print("|---|---|")
for k, v in sorted(platforms.items(), key=lambda kv: -kv[1]):
    print(f"| {k} | {v} |")
print()
print("| account type | count |")
print("|---|---|")
for k, v in sorted(accounts.items(), key=lambda kv: -kv[1]):
    print(f"| {k} | {v} |")
print()
print("| language | count |")
print("|---|---|")
for k, v in sorted(langs.items(), key=lambda kv: -kv[1]):
    print(f"| {k} | {v} |")
print()
print("(channel and flags apply only to public messages, §2.2; this set has draft posts only.)")

# ---- minimums ----
have = dict(cat_count)
have["__total__"] = len(objs)
have["__clean__"] = len(clean)
have["__traps__"] = len(traps)
have["__staff_conf__"] = len(staff_conf)
for k, v in MINIMUMS.items():
    if have.get(k, 0) < v:
        err(f"minimum not met: {k} has {have.get(k, 0)}, needs {v}")
off = accounts["official"] + accounts["devolved"]
share = off / len(objs)
if not 0.12 <= share <= 0.19:
    err(f"official/devolved share {share:.1%} is not about 15%")
print(f"\nofficial + devolved share: {share:.1%}")

if errors:
    print("\nERRORS:")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("\nOK: all checks passed")
