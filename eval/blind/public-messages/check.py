# -*- coding: utf-8 -*-
"""Validator for public-messages.jsonl (labelling guide §2.2, §4, §5).

Run: python3 check.py [path]. Exits non-zero on the first class of failure,
after printing every problem found and the counts table.
"""
import json, re, sys, difflib, datetime as dt
from collections import Counter

import os

PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "public-messages.jsonl")

PLATFORMS = {"x", "facebook", "instagram", "linkedin", "youtube", "tiktok", "bluesky", "blog", "whatsapp", "other"}
CHANNELS = {"mention", "comment", "reply", "dm", "review"}
ACCOUNTS = {"@EPUTNHS", "@HillingdonNHSFT", "@TEWVNHS", "@RWTHNHS", "@CMFTNHS"}
CATEGORIES = ["crisis", "threat", "subject_access", "foi", "media", "complaint",
              "clinical_question", "pals", "abuse", "compliment", "spam", "general"]
FLAGS = {"abuse", "names_staff", "contains_pii", "non_english", "recording"}
PUBLIC = {"mention", "comment", "reply", "review"}
KEYS_REQ = {"id", "text", "platform", "channel", "author", "receivedAt", "account", "expect", "note"}
KEYS_OPT = {"lang"}
CRISIS_KINDS = {"farewell", "giving_away", "affairs_in_order", "sudden_calm", "not_around", "burden",
                "hopelessness", "means", "plan_date", "self_harm", "overdose", "high_place", "third_party"}
THREAT_KINDS = {"direct", "conditional", "veiled", "slang", "doxxing", "bomb", "arson", "incitement"}
LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$")
START = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
END = dt.datetime(2027, 2, 1, tzinfo=dt.timezone.utc)
EXPLICIT = re.compile(r"suicid|kill myself|end it", re.I)

MIN_CAT = {c: 15 for c in CATEGORIES}
MIN_CAT.update({"crisis": 55, "threat": 35})
MIN_FLAG = {"names_staff": 20, "contains_pii": 15, "recording": 10, "abuse": 30}
MIN_TOTAL = 320
MIN_TRAPS = 50

errors = []


def err(msg):
    errors.append(msg)


def nhs_ok(d):
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(d[9])


TEN = re.compile(r"(?<![\d])(\d(?:[ -]?\d){9})(?![\d])")


def ten_digit_runs(text):
    out = []
    for m in TEN.finditer(text):
        raw = m.group(1)
        digits = re.sub(r"\D", "", raw)
        # a run glued to more digits by a separator is part of a longer number (phones)
        before = text[max(0, m.start() - 2):m.start()]
        after = text[m.end():m.end() + 2]
        if re.match(r"\d[ -]$", before) or re.match(r"^[ -]\d", after):
            continue
        out.append(digits)
    return out


items = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if not line.strip():
            err(f"line {n}: blank line")
            continue
        try:
            o = json.loads(line)
        except Exception as e:
            err(f"line {n}: invalid JSON: {e}")
            continue
        items.append((n, o))

seen_ids = set()
for idx, (n, o) in enumerate(items, 1):
    i = o.get("id", f"line{n}")
    keys = set(o)
    if not KEYS_REQ <= keys:
        err(f"{i}: missing keys {sorted(KEYS_REQ - keys)}")
    if keys - KEYS_REQ - KEYS_OPT:
        err(f"{i}: unknown keys {sorted(keys - KEYS_REQ - KEYS_OPT)}")
    if i in seen_ids:
        err(f"{i}: duplicate id")
    seen_ids.add(i)
    if i != f"pm-{idx:04d}":
        err(f"{i}: expected id pm-{idx:04d}")
    t = o.get("text")
    if not isinstance(t, str) or not t.strip():
        err(f"{i}: empty text")
    if o.get("platform") not in PLATFORMS:
        err(f"{i}: bad platform {o.get('platform')}")
    if o.get("channel") not in CHANNELS:
        err(f"{i}: bad channel {o.get('channel')}")
    if (o.get("channel") == "review") != (o.get("platform") == "other"):
        err(f"{i}: reviews must be platform 'other' and 'other' only reviews here")
    if o.get("channel") == "review" and o.get("platform") not in ("other",):
        err(f"{i}: review on {o.get('platform')}")
    if o.get("account") not in ACCOUNTS:
        err(f"{i}: bad account {o.get('account')}")
    a = o.get("author")
    if not isinstance(a, dict) or not (a.get("handle") or a.get("name")) or set(a) - {"handle", "name"}:
        err(f"{i}: bad author {a}")
    elif a.get("handle") and not a["handle"].startswith("@"):
        err(f"{i}: handle without @")
    try:
        ts = o["receivedAt"]
        if not re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", ts):
            raise ValueError("format")
        d = dt.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
        if not (START <= d < END):
            err(f"{i}: receivedAt out of range {ts}")
    except Exception as e:
        err(f"{i}: bad receivedAt {o.get('receivedAt')} ({e})")
    e = o.get("expect", {})
    if set(e) != {"category", "flags"}:
        err(f"{i}: expect must have exactly category and flags")
    if e.get("category") not in CATEGORIES:
        err(f"{i}: bad category {e.get('category')}")
    fl = e.get("flags", [])
    if not isinstance(fl, list) or set(fl) - FLAGS:
        err(f"{i}: bad flags {fl}")
    if fl != sorted(set(fl)):
        err(f"{i}: flags not sorted/unique {fl}")
    if "contains_pii" in fl and o.get("channel") not in PUBLIC:
        err(f"{i}: contains_pii asserted on a {o.get('channel')}")
    has_lang = "lang" in o
    if has_lang != ("non_english" in fl):
        err(f"{i}: lang and non_english flag must go together")
    if has_lang and (not LANG_RE.match(o["lang"]) or o["lang"].startswith("en")):
        err(f"{i}: bad lang {o['lang']}")
    note = o.get("note", "")
    if not isinstance(note, str):
        err(f"{i}: note must be a string")
    if has_lang and len(note) < 15:
        err(f"{i}: non-English item needs a translation in the note")
    cat = e.get("category")
    if cat == "crisis":
        m = re.match(r"crisis:(\w+)", note)
        if not m or (m.group(1) not in CRISIS_KINDS | {"thoughts"}):
            err(f"{i}: crisis note must start with crisis:<kind>")
    if cat == "threat":
        m = re.match(r"threat:(\w+)", note)
        if not m or m.group(1) not in THREAT_KINDS:
            err(f"{i}: threat note must start with threat:<kind>")
    # NHS numbers: an item whose note says it carries an NHS number must have valid 999 numbers;
    # every other 10-digit run in the set must fail the check.
    runs = ten_digit_runs(t or "")
    carries = "nhs number" in note.lower()
    for r in runs:
        if carries:
            if not (nhs_ok(r) and r.startswith("999")):
                err(f"{i}: NHS number {r} fails modulus 11 or is outside 999")
        elif nhs_ok(r):
            err(f"{i}: 10-digit run {r} passes the NHS check but the item is not meant to carry one")
    if carries and not runs:
        err(f"{i}: note says NHS number but none found")

objs = [o for _, o in items]

# near-duplicates
texts = [o.get("text", "") for o in objs]
norm = [re.sub(r"\W+", " ", t.lower()).strip() or t for t in texts]
if len(set(norm)) != len(norm):
    err("duplicate texts")
for a in range(len(norm)):
    for b in range(a + 1, len(norm)):
        if len(norm[a]) > 25 and len(norm[b]) > 25:
            r = difflib.SequenceMatcher(None, norm[a], norm[b]).quick_ratio()
            if r > 0.8 and difflib.SequenceMatcher(None, norm[a], norm[b]).ratio() > 0.75:
                err(f"near-duplicate: {objs[a]['id']} / {objs[b]['id']}")

# ---------------------------------------------------------------- counts
cat_c = Counter(o["expect"]["category"] for o in objs)
flag_c = Counter(f for o in objs for f in o["expect"]["flags"])
plat_c = Counter(o["platform"] for o in objs)
chan_c = Counter(o["channel"] for o in objs)
lang_c = Counter(o.get("lang", "en") for o in objs)
acct_c = Counter(o["account"] for o in objs)
trap_c = Counter(o["expect"]["category"] for o in objs if o["note"].startswith("TRAP"))
crisis_kinds = Counter(re.match(r"crisis:(\w+)", o["note"]).group(1) for o in objs
                       if o["expect"]["category"] == "crisis" and re.match(r"crisis:(\w+)", o["note"]))
threat_kinds = Counter(re.match(r"threat:(\w+)", o["note"]).group(1) for o in objs
                       if o["expect"]["category"] == "threat" and re.match(r"threat:(\w+)", o["note"]))
crisis = [o for o in objs if o["expect"]["category"] == "crisis"]
explicit = [o for o in crisis if EXPLICIT.search(o["text"])]
total = len(objs)
days = Counter(o["receivedAt"][:10] for o in objs)
weekend = sum(1 for o in objs if dt.date.fromisoformat(o["receivedAt"][:10]).weekday() >= 5)
hours = Counter()
for o in objs:
    h = int(o["receivedAt"][11:13])
    hours["night 00-06" if h < 6 else "morning 06-09" if h < 9 else "working 09-17" if h < 17
          else "evening 17-22" if h < 22 else "late 22-24"] += 1
words = [len(o["text"].split()) for o in objs]


def table(title, counter, order=None):
    print(f"\n| {title} | n |\n|---|---:|")
    keys = order if order else sorted(counter, key=lambda k: (-counter[k], k))
    for k in keys:
        print(f"| {k} | {counter.get(k, 0)} |")


print(f"# {PATH.split('/')[-1]}: {total} messages")
table("category", cat_c, CATEGORIES)
table("flag", flag_c, sorted(FLAGS))
table("platform", plat_c)
table("channel", chan_c)
table("language", lang_c)
table("account", acct_c)
table("trap (true category)", trap_c, [c for c in CATEGORIES if trap_c.get(c)])
print(f"\ntraps total: {sum(trap_c.values())}")
table("crisis kind", crisis_kinds, sorted(CRISIS_KINDS) + ["thoughts"])
table("threat kind", threat_kinds, sorted(THREAT_KINDS))
table("time of day (UTC)", hours, ["night 00-06", "morning 06-09", "working 09-17", "evening 17-22", "late 22-24"])
print(f"\ncrisis with explicit words (suicide / kill myself / end it): {len(explicit)} of {len(crisis)}")
print(f"crisis inside abuse (abuse flag): {sum(1 for o in crisis if 'abuse' in o['expect']['flags'])}")
print(f"weekend items: {weekend}; 25 Dec: {days['2026-12-25']}; 28 Dec: {days['2026-12-28']}; 1 Jan: {days['2027-01-01']}")
print(f"length in words: min {min(words)}, median {sorted(words)[len(words)//2]}, max {max(words)}")
print(f"non-English share: {100*sum(1 for o in objs if 'lang' in o)/total:.1f}%")

# ---------------------------------------------------------------- minimums
if total < MIN_TOTAL:
    err(f"only {total} messages (< {MIN_TOTAL})")
for c, m in MIN_CAT.items():
    if cat_c[c] < m:
        err(f"category {c}: {cat_c[c]} < {m}")
for f_, m in MIN_FLAG.items():
    if flag_c[f_] < m:
        err(f"flag {f_}: {flag_c[f_]} < {m}")
if sum(trap_c.values()) < MIN_TRAPS:
    err(f"traps {sum(trap_c.values())} < {MIN_TRAPS}")
missing = CRISIS_KINDS - set(crisis_kinds)
if missing:
    err(f"crisis kinds missing: {sorted(missing)}")
missing = THREAT_KINDS - set(threat_kinds)
if missing:
    err(f"threat kinds missing: {sorted(missing)}")
if len(explicit) * 2 >= len(crisis):
    err("most crisis items must avoid the explicit words")
if sum(1 for o in objs if "lang" in o) > 0.10 * total:
    err("more than 10% non-English")
for d in ("2026-12-25", "2026-12-28", "2027-01-01"):
    if not days[d]:
        err(f"no item on bank holiday {d}")
if not any("abuse" in o["expect"]["flags"] for o in crisis):
    err("no crisis inside abuse")

if errors:
    print("\nFAILED:")
    for e_ in errors:
        print(" -", e_)
    sys.exit(1)
print("\nOK: all checks passed")
