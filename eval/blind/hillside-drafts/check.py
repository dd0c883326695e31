#!/usr/bin/env python3
"""Validator for hillside-drafts.jsonl (labelling guide §2.1, draft posts). Standard library only."""
import json, re, sys
from collections import Counter

PATH = sys.argv[1] if len(sys.argv) > 1 else __file__.rsplit("/", 1)[0] + "/hillside-drafts.jsonl"
PLATFORMS = {"x", "facebook", "instagram", "linkedin", "youtube", "tiktok", "bluesky", "blog", "whatsapp", "other"}
ACCOUNT_TYPES = {"official", "devolved", "personal"}
BLOCKING = {"pii.nhs_number", "pii.nino", "pii.postcode", "pii.date_of_birth", "pii.phone", "pii.email",
            "pii.address", "pii.person_name", "clinical.patient_information", "language.discriminatory",
            "language.abusive", "media.consent_missing"}
REVIEW = {"language.profanity", "topic.political", "topic.legal_matter", "topic.emergency_incident",
          "topic.trust_performance", "topic.medical_advice", "topic.commercial", "topic.confidential_business",
          "topic.security", "topic.raising_concerns", "topic.away_from_home", "account.disclaimer_missing",
          "account.brand_in_handle", "account.nhs_email", "account.logo_use", "media.tagging",
          "platform.length", "platform.link_missing"}
ALLOWED = BLOCKING | REVIEW
EXPECTED_LINES = 330

def js_len(s):
    return len(s.encode("utf-16-le")) // 2

def nhs_valid(d):
    s = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - s % 11
    if c == 11: c = 0
    return c != 10 and c == int(d[9])

errors = []
def err(n, msg): errors.append(f"line {n}: {msg}")

ids = set(); verdicts = Counter(); cats = Counter(); langs = Counter(); plats = Counter(); lines = 0
for n, raw in enumerate(open(PATH, encoding="utf-8"), 1):
    lines += 1
    try:
        o = json.loads(raw)
    except Exception as e:
        err(n, f"does not parse: {e}"); continue
    for f in ("id", "text", "expect", "note", "names"):
        if f not in o: err(n, f"missing field {f}")
    i = o.get("id", "")
    if not re.fullmatch(r"hd-\d{4}", str(i)): err(n, f"bad id {i!r}")
    if i in ids: err(n, f"duplicate id {i}")
    ids.add(i)
    t = o.get("text")
    if not isinstance(t, str) or not t.strip(): err(n, "empty text")
    if not isinstance(o.get("note"), str) or not o.get("note"): err(n, "empty note")
    if not isinstance(o.get("names"), list) or not all(isinstance(x, str) for x in o.get("names", [])): err(n, "names must be a list of strings")
    if "lang" in o and (not isinstance(o["lang"], str) or o["lang"] in ("", "en")): err(n, "bad lang")
    langs[o.get("lang", "en")] += 1
    p = o.get("platform")
    if p is not None and p not in PLATFORMS: err(n, f"bad platform {p}")
    plats[p or "(none)"] += 1
    a = o.get("account")
    if a is not None:
        if a.get("type") not in ACCOUNT_TYPES: err(n, f"bad account.type {a.get('type')}")
        if "handle" not in a: err(n, "account without handle")
    for m in o.get("media", []) or []:
        if m.get("kind") not in ("image", "video") or not isinstance(m.get("identifiablePeople"), bool) \
           or not isinstance(m.get("consent"), bool) or not isinstance(m.get("tags"), list):
            err(n, "bad media item")
    e = o.get("expect", {})
    c = e.get("categories")
    if not isinstance(c, list): err(n, "categories not a list"); continue
    if c != sorted(c): err(n, "categories not sorted")
    if len(set(c)) != len(c): err(n, "duplicate category")
    for x in c:
        if x not in ALLOWED: err(n, f"unknown category {x}")
        cats[x] += 1
    v = "block" if any(x in BLOCKING for x in c) else ("review" if c else "pass")
    if e.get("verdict") != v: err(n, f"verdict {e.get('verdict')} should be {v}")
    verdicts[e.get("verdict")] += 1
    # structural consistency with the guide
    if a is None and any(x.startswith("account.") for x in c): err(n, "account.* label without account")
    if p is None and any(x.startswith("platform.") for x in c): err(n, "platform.* label without platform")
    if p in ("x", "bluesky") and isinstance(t, str):
        lim = 280 if p == "x" else 300; L = js_len(t)
        if "platform.length" in c and L < lim + 20: err(n, f"length positive only {L}")
        if "platform.length" not in c and L > lim - 15: err(n, f"clean length too close: {L}")
    elif "platform.length" in c or "platform.link_missing" in c: err(n, "platform label on a platform it does not apply to")
    media = o.get("media", []) or []
    mc = any(m.get("identifiablePeople") and not m.get("consent") for m in media)
    if mc != ("media.consent_missing" in c): err(n, "media.consent_missing does not match media")
    tg = a is not None and a.get("type") in ("official", "devolved") and any(m.get("tags") for m in media)
    if tg != ("media.tagging" in c): err(n, "media.tagging does not match media/account")
    # NHS numbers: valid ones must be labelled, 10-digit strings in unlabelled posts must fail the check
    if isinstance(t, str):
        found = [re.sub(r"\D", "", m) for m in re.findall(r"(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)", t)]
        valid = [d for d in found if nhs_valid(d)]
        if valid and "pii.nhs_number" not in c: err(n, f"valid NHS number {valid} not labelled")
        if "pii.nhs_number" in c and not valid: err(n, "pii.nhs_number labelled but no valid number")

if lines != EXPECTED_LINES: errors.append(f"expected {EXPECTED_LINES} lines, found {lines}")
print(f"lines: {lines}")
print("verdicts:", dict(verdicts))
print("categories:"); [print(f"  {k}: {v}") for k, v in sorted(cats.items())]
print("languages:", dict(sorted(langs.items(), key=lambda kv: -kv[1])))
print("platforms:", dict(sorted(plats.items(), key=lambda kv: -kv[1])))
if errors:
    print(f"FAIL: {len(errors)} problem(s)"); [print("  " + x) for x in errors]; sys.exit(1)
print("OK: all checks passed")
