#!/usr/bin/env python3
"""Validate dev-crisis.jsonl against the labelling guide (python3, standard library only).
Usage: python3 check.py [file.jsonl]   (default: dev-crisis.jsonl next to this script)
Handles both formats: public messages (expect.category) and draft posts (expect.verdict)."""
import json, os, re, sys, datetime
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "dev-crisis.jsonl")
PREFIX = "dc"

TRIAGE_CATS = ["crisis","threat","subject_access","foi","media","complaint","clinical_question",
               "pals","abuse","compliment","spam","general"]
FLAGS = {"abuse","names_staff","contains_pii","non_english","recording"}
PLATFORMS = {"x","facebook","instagram","linkedin","youtube","tiktok","bluesky","blog","whatsapp","other"}
CHANNELS = {"mention","comment","reply","dm","review"}
BLOCKING = {"pii.nhs_number","pii.nino","pii.postcode","pii.date_of_birth","pii.phone","pii.email",
            "pii.address","pii.person_name","clinical.patient_information","language.discriminatory",
            "language.abusive","media.consent_missing"}
REVIEW = {"language.profanity","topic.political","topic.legal_matter","topic.emergency_incident",
          "topic.trust_performance","topic.medical_advice","topic.commercial","topic.confidential_business",
          "topic.security","topic.raising_concerns","topic.away_from_home","account.disclaimer_missing",
          "account.brand_in_handle","account.nhs_email","account.logo_use","media.tagging",
          "platform.length","platform.link_missing"}
POST_CATS = BLOCKING | REVIEW
LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$")
NHS_RE = re.compile(r"(?<!\d)(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?!\d)")

def nhs_valid(d):
    if len(d) != 10 or not d.isdigit(): return False
    r = sum(int(d[i]) * (10 - i) for i in range(9)) % 11
    c = 11 - r
    if c == 11: c = 0
    return c != 10 and c == int(d[9])

errors = []
def err(n, msg): errors.append(f"line {n}: {msg}")

ids = set(); cats = Counter(); langs = Counter(); flags = Counter(); verdicts = Counter()
traps = 0; n = 0
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(n, "blank line"); continue
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            err(n, f"does not parse: {e}"); continue
        for k in ("id","text","expect","note"):
            if k not in o: err(n, f"missing field {k}")
        i = o.get("id","")
        if not re.fullmatch(PREFIX + r"-\d{4}", str(i)): err(n, f"bad id {i!r}")
        if i in ids: err(n, f"duplicate id {i}")
        ids.add(i)
        if not isinstance(o.get("text"), str) or not o["text"].strip(): err(n, "empty text")
        if o.get("platform") is not None and o["platform"] not in PLATFORMS: err(n, f"bad platform {o['platform']}")
        exp = o.get("expect", {})
        lang = o.get("lang")
        if lang is not None and (not LANG_RE.match(lang) or lang == "en"): err(n, f"bad lang {lang!r}")
        langs[lang or "en"] += 1
        if str(o.get("note","")).startswith("trap:"): traps += 1
        digits_found = ["".join(m.groups()) for m in NHS_RE.finditer(o.get("text",""))]
        if "category" in exp:   # public message, guide 2.2
            for k in ("platform","channel","author","receivedAt","account"):
                if k not in o: err(n, f"missing field {k}")
            if o.get("channel") not in CHANNELS: err(n, f"bad channel {o.get('channel')}")
            a = o.get("author", {})
            if not isinstance(a, dict) or not a.get("handle") or not a.get("name"): err(n, "author needs handle and name")
            try:
                datetime.datetime.strptime(o.get("receivedAt",""), "%Y-%m-%dT%H:%M:%SZ")
            except ValueError:
                err(n, f"receivedAt not ISO UTC: {o.get('receivedAt')!r}")
            if not str(o.get("account","")).startswith("@"): err(n, "account must be a handle")
            c = exp.get("category")
            if c not in TRIAGE_CATS: err(n, f"bad category {c!r}")
            cats[c] += 1
            fl = exp.get("flags")
            if not isinstance(fl, list): err(n, "flags must be a list"); fl = []
            for x in fl:
                if x not in FLAGS: err(n, f"bad flag {x!r}")
                flags[x] += 1
            if len(set(fl)) != len(fl): err(n, "duplicate flag")
            if ("non_english" in fl) != (lang is not None):
                err(n, "non_english flag and lang field disagree")
            if "contains_pii" in fl and o.get("channel") == "dm":
                err(n, "contains_pii is not asserted in a dm (guide 4.3)")
            if lang is not None and not o.get("note"): err(n, "non-English item needs a translation in note")
            # any ten-digit 999... number in a message flagged contains_pii must be a valid NHS number
            for d in digits_found:
                if d.startswith("999") and "contains_pii" in fl and not nhs_valid(d):
                    err(n, f"NHS number {d} fails the check digit")
        elif "verdict" in exp:  # draft post, guide 2.1
            cs = exp.get("categories")
            if not isinstance(cs, list): err(n, "categories must be a list"); cs = []
            for c in cs:
                if c not in POST_CATS: err(n, f"bad category {c!r}")
                cats[c] += 1
            if cs != sorted(cs): err(n, "categories not sorted")
            want = "block" if set(cs) & BLOCKING else ("review" if cs else "pass")
            if exp.get("verdict") != want: err(n, f"verdict {exp.get('verdict')} should be {want}")
            verdicts[exp.get("verdict")] += 1
            for d in digits_found:
                if "pii.nhs_number" in cs and not nhs_valid(d):
                    err(n, f"NHS number {d} fails the check digit")
                if "pii.nhs_number" not in cs and nhs_valid(d):
                    err(n, f"ten-digit reference {d} passes the NHS check in a post not labelled pii.nhs_number")
            if "pii.nhs_number" in cs and not any(nhs_valid(d) for d in digits_found):
                err(n, "labelled pii.nhs_number but no valid NHS number in text")
        else:
            err(n, "expect needs category (triage) or verdict (check)")

print(f"{n} lines, {len(ids)} unique ids, {traps} marked trap")
print("by category:")
for c, k in sorted(cats.items(), key=lambda x: -x[1]): print(f"  {c:20s} {k:4d}  {100*k/max(n,1):5.1f}%")
if verdicts:
    print("by verdict:", dict(verdicts))
print("by language:")
for l, k in sorted(langs.items(), key=lambda x: (-x[1], x[0])): print(f"  {l:10s} {k:4d}")
print(f"  non-English: {n - langs['en']} ({100*(n-langs['en'])/max(n,1):.1f}%), languages: {len(langs)}")
print("flags:", dict(flags))
if errors:
    print(f"\n{len(errors)} PROBLEM(S):"); [print("  " + e) for e in errors]; sys.exit(1)
print("OK")
