#!/usr/bin/env python3
"""Validator for the dev-people check set (draft posts, guide section 2.1). Standard library only.
Usage: python3 check.py [dev-people.jsonl]"""
import json, re, sys, collections

PATH = sys.argv[1] if len(sys.argv) > 1 else "dev-people.jsonl"
PREFIX = "dp"
BLOCKING = ["pii.nhs_number", "pii.nino", "pii.postcode", "pii.date_of_birth", "pii.phone", "pii.email",
            "pii.address", "pii.person_name", "clinical.patient_information", "language.discriminatory",
            "language.abusive", "media.consent_missing"]
REVIEW = ["language.profanity", "topic.political", "topic.legal_matter", "topic.emergency_incident",
          "topic.trust_performance", "topic.medical_advice", "topic.commercial", "topic.confidential_business",
          "topic.security", "topic.raising_concerns", "topic.away_from_home", "account.disclaimer_missing",
          "account.brand_in_handle", "account.nhs_email", "account.logo_use", "media.tagging",
          "platform.length", "platform.link_missing"]
CANON = set(BLOCKING) | set(REVIEW)
PLATFORMS = {"x", "facebook", "instagram", "linkedin", "youtube", "tiktok", "bluesky", "blog", "whatsapp", "other"}
ACCOUNT_TYPES = {"official", "devolved", "personal"}
LIMITS = {"x": 280, "bluesky": 300}

errors, warnings = [], []
def err(i, m): errors.append("%s: %s" % (i, m))
def warn(i, m): warnings.append("%s: %s" % (i, m))

def nhs_valid(d):
    if len(d) != 10 or not d.isdigit():
        return False
    s = sum(int(d[k]) * (10 - k) for k in range(9))
    c = 11 - s % 11
    if c == 11: c = 0
    if c == 10: return False
    return c == int(d[9])

TEN = re.compile(r"(?<![\d])(\d(?:[ \-]?\d){9})(?![\d])")
def ten_digit_runs(text):
    return [re.sub(r"[ \-]", "", m.group(1)) for m in TEN.finditer(text)]

def js_len(s):
    return len(s.encode("utf-16-le")) // 2

ids = set()
by_cat = collections.Counter(); by_verdict = collections.Counter(); by_lang = collections.Counter()
by_lang_verdict = collections.defaultdict(collections.Counter)
n = 0
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            err("line %d" % ln, "blank line"); continue
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            err("line %d" % ln, "does not parse: %s" % e); continue
        n += 1
        i = o.get("id", "line %d" % ln)
        # fields
        for k in ("id", "text", "expect", "note"):
            if k not in o: err(i, "missing field %s" % k)
        if not isinstance(o.get("text"), str) or not o.get("text"): err(i, "text must be a non-empty string")
        if not isinstance(o.get("note"), str) or not o.get("note"): err(i, "note must be a non-empty string")
        want_id = "%s-%04d" % (PREFIX, n)
        if o.get("id") != want_id: err(i, "id should be %s" % want_id)
        if i in ids: err(i, "duplicate id")
        ids.add(i)
        exp = o.get("expect", {})
        cats = exp.get("categories")
        verdict = exp.get("verdict")
        if not isinstance(cats, list):
            err(i, "expect.categories must be a list"); cats = []
        for c in cats:
            if c not in CANON: err(i, "unknown category %r" % c)
        if cats != sorted(cats): err(i, "categories not sorted")
        if len(set(cats)) != len(cats): err(i, "duplicate category")
        want_v = "block" if any(c in BLOCKING for c in cats) else ("review" if cats else "pass")
        if verdict != want_v: err(i, "verdict %r but rule gives %r" % (verdict, want_v))
        text = o.get("text", "")
        plat = o.get("platform"); acc = o.get("account"); media = o.get("media")
        if plat is not None and plat not in PLATFORMS: err(i, "bad platform %r" % plat)
        if acc is not None:
            if acc.get("type") not in ACCOUNT_TYPES: err(i, "bad account.type")
            if "handle" not in acc: err(i, "account without handle")
            if acc.get("type") == "personal" and "identifiesAsEmployee" not in acc:
                err(i, "personal account without identifiesAsEmployee")
        if acc is None and any(c.startswith("account.") for c in cats):
            err(i, "account.* label on a post with no account")
        if plat is None and any(c.startswith("platform.") for c in cats):
            err(i, "platform.* label on a post with no platform")
        # media consistency
        if media is not None:
            if not isinstance(media, list): err(i, "media must be a list")
            else:
                for m in media:
                    for k in ("kind", "identifiablePeople", "consent", "tags"):
                        if k not in m: err(i, "media item missing %s" % k)
        nocons = any(m.get("identifiablePeople") and not m.get("consent") for m in (media or []))
        if nocons != ("media.consent_missing" in cats):
            err(i, "media.consent_missing label does not match the media field")
        tagged = bool(acc) and acc.get("type") in ("official", "devolved") and any(m.get("tags") for m in (media or []))
        if tagged != ("media.tagging" in cats):
            err(i, "media.tagging label does not match account type and tags")
        # platform length
        if plat in LIMITS:
            L, lim = js_len(text), LIMITS[plat]
            if "platform.length" in cats:
                if L < lim + 20: err(i, "platform.length positive only %d chars (limit %d, need +20)" % (L, lim))
            else:
                if L > lim: err(i, "%s post of %d chars over %d but not labelled platform.length" % (plat, L, lim))
                elif L > lim - 15: err(i, "clean-for-length post of %d chars is within 15 of %d" % (L, lim))
        elif "platform.length" in cats:
            err(i, "platform.length on a platform with no limit")
        # NHS numbers
        runs = ten_digit_runs(text)
        valid = [r for r in runs if nhs_valid(r)]
        if "pii.nhs_number" in cats:
            if not valid: err(i, "labelled pii.nhs_number but no valid 10-digit NHS number in text")
            for r in valid:
                if not r.startswith("999"): err(i, "NHS number %s not in the 999 test range" % r)
        elif valid:
            err(i, "text has a valid NHS number %s but is not labelled pii.nhs_number" % valid[0])
        # language
        lang = o.get("lang")
        if lang is not None and (not isinstance(lang, str) or not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", lang)):
            err(i, "lang %r is not a BCP 47 code" % lang)
        letters = [ch for ch in text if ch.isalpha()]
        non_latin = sum(1 for ch in letters if ord(ch) > 0x24F)
        if lang is None and letters and non_latin / len(letters) > 0.5:
            err(i, "mostly non-Latin script but no lang")
        if lang is not None and "translation" not in o.get("note", "").lower() and ":" not in o.get("note", ""):
            warn(i, "non-English item: note should carry an English translation")
        for c in cats: by_cat[c] += 1
        by_verdict[verdict] += 1
        by_lang[lang or "en"] += 1
        by_lang_verdict[lang or "en"][verdict] += 1

print("items: %d" % n)
print("by verdict: " + ", ".join("%s %d" % (k, by_verdict[k]) for k in ("block", "review", "pass")))
print("by category:")
for c in BLOCKING + REVIEW:
    print("  %-32s %d" % (c, by_cat[c]))
ne = n - by_lang["en"]
print("by language (%d not English, %.1f%%, %d languages besides English):" % (ne, 100.0 * ne / max(n, 1), len(by_lang) - 1))
for l, k in sorted(by_lang.items(), key=lambda x: (-x[1], x[0])):
    v = by_lang_verdict[l]
    print("  %-8s %3d  (block %d, review %d, pass %d)" % (l, k, v["block"], v["review"], v["pass"]))
for w in warnings: print("WARN " + w)
for e in errors: print("ERROR " + e)
print("OK" if not errors else "%d error(s)" % len(errors))
sys.exit(1 if errors else 0)
