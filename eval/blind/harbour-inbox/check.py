#!/usr/bin/env python3
"""Validator for harbour-inbox.jsonl (blind triage set, public-message format).
Standard library only. Exits non-zero on any problem, and prints the counts."""
import json, re, sys, hashlib, datetime, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "harbour-inbox.jsonl")
PREFIX = "hi"

PLATFORMS = {"x", "facebook", "instagram", "linkedin", "youtube", "tiktok", "bluesky", "blog", "whatsapp", "other"}
CHANNELS = {"mention", "comment", "reply", "dm", "review"}
CATEGORIES = ["crisis", "threat", "subject_access", "foi", "media", "complaint",
              "clinical_question", "pals", "abuse", "compliment", "spam", "general"]
FLAGS = {"abuse", "names_staff", "contains_pii", "non_english", "recording"}
# Check-set categories, only used if a line carries a draft-post verdict.
BLOCKING = {"pii.nhs_number", "pii.nino", "pii.postcode", "pii.date_of_birth", "pii.phone", "pii.email",
            "pii.address", "pii.person_name", "clinical.patient_information", "language.discriminatory",
            "language.abusive", "media.consent_missing"}
# England and Wales bank holidays 2026
BANK_HOLIDAYS = {datetime.date(2026, m, d) for m, d in
                 [(1, 1), (4, 3), (4, 6), (5, 4), (5, 25), (8, 31), (12, 25), (12, 28)]}
REQUIRED = ["id", "text", "platform", "channel", "author", "receivedAt", "account", "expect", "note"]

def nhs_valid(d):
    s = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(d[9])

def uk_local(t):
    # BST 2026: from 01:00 UTC 29 March to 01:00 UTC 25 October
    start = datetime.datetime(2026, 3, 29, 1, tzinfo=datetime.timezone.utc)
    end = datetime.datetime(2026, 10, 25, 1, tzinfo=datetime.timezone.utc)
    return t + datetime.timedelta(hours=1) if start <= t < end else t

PHONE_OK = [re.compile(p) for p in (r"^07700900\d{3}$", r"^01614960\d{3}$", r"^02079460\d{3}$", r"^01134960\d{3}$")]
NATIONAL = {"111", "999", "116123", "85258"}

errors = []
def err(n, msg):
    errors.append("line %d: %s" % (n, msg))

ids = set()
by_cat = collections.Counter(); by_lang = collections.Counter(); by_flag = collections.Counter()
by_cat_lang = collections.defaultdict(collections.Counter); traps = collections.Counter()
by_slot = collections.Counter(); texts = set()

with open(PATH, encoding="utf-8") as f:
    lines = f.read().split("\n")
if lines and lines[-1] == "":
    lines.pop()
for n, line in enumerate(lines, 1):
    try:
        o = json.loads(line)
    except Exception as e:
        err(n, "does not parse: %s" % e); continue
    for k in REQUIRED:
        if k not in o:
            err(n, "missing field %s" % k)
    if any(k not in o for k in REQUIRED):
        continue
    i = o["id"]
    if i in ids: err(n, "duplicate id %s" % i)
    ids.add(i)
    if i != "%s-%04d" % (PREFIX, n): err(n, "id %s out of sequence" % i)
    if not isinstance(o["text"], str) or not o["text"].strip(): err(n, "empty text")
    if o["text"] in texts: err(n, "duplicate text")
    texts.add(o["text"])
    if o["platform"] not in PLATFORMS: err(n, "bad platform %r" % o["platform"])
    if o["channel"] not in CHANNELS: err(n, "bad channel %r" % o["channel"])
    a = o["author"]
    if not isinstance(a, dict) or not a.get("handle") or not a.get("name"): err(n, "author needs handle and name")
    if not re.fullmatch(r"@[A-Za-z0-9_]+|@[A-Za-z0-9_.]+|@[A-Za-z .]+", a.get("handle", "")): err(n, "odd handle %r" % a.get("handle"))
    if not re.fullmatch(r"@\w+", o["account"]): err(n, "bad account %r" % o["account"])
    try:
        t = datetime.datetime.strptime(o["receivedAt"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)
        loc = uk_local(t)
        if t.year != 2026: err(n, "receivedAt not in 2026")
        bh = loc.date() in BANK_HOLIDAYS; we = loc.weekday() >= 5; night = loc.hour >= 19 or loc.hour < 7
        if not (bh or we or night): err(n, "receivedAt %s is a weekday daytime (UK)" % o["receivedAt"])
        by_slot["bank holiday" if bh else "weekend" if we else "weekday night"] += 1
    except ValueError:
        err(n, "bad receivedAt %r" % o["receivedAt"])
    e = o["expect"]
    if "verdict" in e:  # draft-post (check) line: verdict rule of guide 2.1
        cats = e.get("categories", [])
        want = "block" if set(cats) & BLOCKING else "review" if cats else "pass"
        if e["verdict"] != want: err(n, "verdict %s, rule says %s" % (e["verdict"], want))
        if cats != sorted(cats): err(n, "categories not sorted")
        continue
    cat = e.get("category")
    if cat not in CATEGORIES: err(n, "bad category %r" % cat)
    fl = e.get("flags")
    if not isinstance(fl, list): err(n, "flags must be a list"); fl = []
    for x in fl:
        if x not in FLAGS: err(n, "bad flag %r" % x)
    if fl != sorted(set(fl)): err(n, "flags not sorted/unique")
    lang = o.get("lang")
    if ("non_english" in fl) != bool(lang): err(n, "non_english flag and lang disagree")
    if lang and not re.fullmatch(r"[a-z]{2,3}(-[A-Z][a-z]{3})?", lang): err(n, "bad lang %r" % lang)
    if lang and "EN" not in o["note"] and ": '" not in o["note"]: err(n, "non-English item needs a translation in note")
    if "contains_pii" in fl and o["channel"] == "dm": err(n, "contains_pii asserted in a dm")
    # NHS numbers: any 10 digits in 3-3-4 or run form
    for m in re.finditer(r"(?<!\d)(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?!\d)", o["text"]):
        d = "".join(m.groups())
        if d.startswith("07") or d.startswith("01") or d.startswith("02"):
            continue  # phone, checked below
        if "contains_pii" in fl:
            if not d.startswith("999"): err(n, "NHS number %s not in the 999 test range" % d)
            if not nhs_valid(d): err(n, "NHS number %s fails the check digit" % d)
        elif nhs_valid(d):
            err(n, "10-digit reference %s passes the NHS check but item is not contains_pii" % d)
    for m in re.finditer(r"(?<!\d)0\d[\d ]{8,12}\d", o["text"]):
        p = m.group(0).replace(" ", "")
        if p in NATIONAL: continue
        if not any(r.match(p) for r in PHONE_OK): err(n, "phone %s not in an Ofcom drama range" % m.group(0))
    by_cat[cat] += 1; by_lang[lang or "en"] += 1
    by_cat_lang[cat]["non-en" if lang else "en"] += 1
    for x in fl: by_flag[x] += 1
    if "TRAP" in o["note"]: traps[cat] += 1

total = len(lines)
print("items:", total)
print("\nby category (en / non-en / total, traps):")
for c in CATEGORIES:
    print("  %-18s %4d %4d %4d   traps %d" % (c, by_cat_lang[c]["en"], by_cat_lang[c]["non-en"], by_cat[c], traps[c]))
print("  traps total: %d (%.1f%%)" % (sum(traps.values()), 100.0 * sum(traps.values()) / max(total, 1)))
ne = total - by_lang["en"]
print("\nby language (%d not English, %.1f%%, %d languages besides English):" % (ne, 100.0 * ne / max(total, 1), len(by_lang) - 1))
for l, k in sorted(by_lang.items(), key=lambda x: (-x[1], x[0])):
    print("  %-8s %d" % (l, k))
print("\nflags:", dict(sorted(by_flag.items())))
print("time slots (UK local):", dict(by_slot))
with open(PATH, "rb") as f:
    print("\nsha256:", hashlib.sha256(f.read()).hexdigest())
if errors:
    print("\n%d PROBLEM(S):" % len(errors)); print("\n".join(errors)); sys.exit(1)
print("\nOK: no problems found")
