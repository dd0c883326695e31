#!/usr/bin/env python3
"""Validator for dev-messages.jsonl (public messages, guide §2.2, measured by `parapet triage --jsonl`).
Run: python3 check.py [file]. Exits non-zero on the first failed group of checks."""
import json, re, sys, collections, datetime as dt

PATH = sys.argv[1] if len(sys.argv) > 1 else "dev-messages.jsonl"
PREFIX = "dm-"
CATS = ["crisis", "threat", "subject_access", "foi", "media", "complaint", "clinical_question",
        "pals", "abuse", "compliment", "spam", "general"]
FLAGS = {"abuse", "names_staff", "contains_pii", "non_english", "recording"}
PLATFORMS = {"x", "facebook", "instagram", "linkedin", "youtube", "tiktok", "bluesky", "blog", "whatsapp", "other"}
CHANNELS = {"mention", "comment", "reply", "dm", "review"}
ACCOUNTS = {"@EPUTNHS", "@HillingdonNHSFT", "@TEWVNHS", "@RWTHNHS", "@CMFTNHS"}
PUBLIC = {"mention", "comment", "reply", "review"}
KEYS_REQ = {"id", "text", "platform", "channel", "author", "receivedAt", "account", "expect", "note"}
KEYS_OK = KEYS_REQ | {"lang"}
LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$")
REQUIRED_LANGS = {"ur-Latn", "pa-Latn", "hi-Latn", "cy", "pl", "ro", "ar", "bn", "pt", "zh", "es", "tr", "so", "ta", "gu"}
T0, T1 = dt.datetime(2026, 11, 1), dt.datetime(2027, 1, 31, 23, 59, 59)
BANK = {"2026-12-25", "2026-12-28", "2027-01-01"}
NHS_SHAPE = re.compile(r"(?<!\d)(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?!\d)")

MIN = {"crisis": 60, "threat": 30, "other_each": 12, "crisis_non_en": 20, "threat_non_en": 8, "traps": 45,
       "names_staff": 15, "contains_pii": 10, "recording": 8, "abuse": 25, "items": 300, "languages": 12}

errors = []
def err(line, msg):
    errors.append("line %d: %s" % (line, msg))

def nhs_valid(d):
    total = sum(int(x) * w for x, w in zip(d[:9], range(10, 1, -1)))
    c = 11 - total % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])

items = []
with open(PATH, encoding="utf-8") as f:
    for n, raw in enumerate(f, 1):
        if not raw.strip():
            err(n, "blank line"); continue
        try:
            o = json.loads(raw)
        except json.JSONDecodeError as e:
            err(n, "does not parse: %s" % e); continue
        items.append((n, o))

ids = set(); texts = {}
for n, o in items:
    keys = set(o)
    if not KEYS_REQ <= keys: err(n, "missing keys %s" % (KEYS_REQ - keys))
    if not keys <= KEYS_OK: err(n, "unknown keys %s" % (keys - KEYS_OK))
    i = o.get("id", "")
    if not re.fullmatch(PREFIX + r"\d{4}", i): err(n, "bad id %r" % i)
    if i in ids: err(n, "duplicate id %s" % i)
    ids.add(i)
    if i != "%s%04d" % (PREFIX, n): err(n, "id %s out of sequence" % i)
    t = o.get("text", "")
    if not isinstance(t, str) or not t.strip(): err(n, "empty text")
    key = re.sub(r"\W+", " ", t.lower()).strip()
    if key in texts: err(n, "duplicate text of line %d" % texts[key])
    texts[key] = n
    if o.get("platform") not in PLATFORMS: err(n, "bad platform %r" % o.get("platform"))
    if o.get("channel") not in CHANNELS: err(n, "bad channel %r" % o.get("channel"))
    if o.get("account") not in ACCOUNTS: err(n, "bad account %r" % o.get("account"))
    a = o.get("author")
    if not isinstance(a, dict) or not a or not set(a) <= {"handle", "name"} or not all(isinstance(v, str) and v for v in a.values()):
        err(n, "bad author %r" % a)
    elif "handle" in a and not a["handle"].startswith("@"):
        err(n, "handle without @")
    try:
        ts = dt.datetime.strptime(o.get("receivedAt", ""), "%Y-%m-%dT%H:%M:%SZ")
        if not T0 <= ts <= T1: err(n, "receivedAt out of range")
    except ValueError:
        err(n, "bad receivedAt %r" % o.get("receivedAt"))
    e = o.get("expect")
    if not isinstance(e, dict) or set(e) != {"category", "flags"}:
        err(n, "expect must have exactly category and flags"); continue
    if e["category"] not in CATS: err(n, "bad category %r" % e["category"])
    fl = e["flags"]
    if not isinstance(fl, list) or any(x not in FLAGS for x in fl): err(n, "bad flags %r" % fl)
    if fl != sorted(set(fl)): err(n, "flags not sorted/unique")
    lang = o.get("lang")
    if lang is not None:
        if not LANG_RE.match(lang) or lang.startswith("en"): err(n, "bad lang %r" % lang)
        if "non_english" not in fl: err(n, "lang set but no non_english flag")
        if not re.match(r"^(TRAP: )?[A-Z]{2,3}(-Latn)?\b", o.get("note", "")): err(n, "non-English item: note must start with the language and translation")
    elif "non_english" in fl:
        err(n, "non_english flag without lang")
    if "contains_pii" in fl and o.get("channel") == "dm": err(n, "contains_pii asserted in a dm")
    if not isinstance(o.get("note"), str) or not o["note"].strip(): err(n, "empty note")
    # length realism: Bluesky posts are capped at 300, public X posts at 280
    if o.get("platform") == "bluesky" and len(t.encode("utf-16-le")) // 2 > 300: err(n, "bluesky text over 300")
    if o.get("platform") == "x" and o.get("channel") != "dm" and len(t.encode("utf-16-le")) // 2 > 280: err(n, "public x text over 280")
    # NHS numbers: items that give one (note says 'NHS number') must carry valid ones; no other ten-digit run may pass
    is_nhs = "nhs number" in o.get("note", "").lower()
    runs = ["".join(m.groups()) for m in NHS_SHAPE.finditer(t)]
    if is_nhs and not runs: err(n, "note says NHS number but none in text")
    for d in runs:
        if is_nhs and not nhs_valid(d): err(n, "NHS number %s fails modulus 11" % d)
        if not is_nhs and nhs_valid(d): err(n, "ten-digit run %s passes modulus 11 in a non-NHS-number item" % d)

# near-duplicates: word-set Jaccard
def words(s): return set(re.findall(r"\w+", s.lower()))
ws = [(n, words(o["text"])) for n, o in items]
for x in range(len(ws)):
    for y in range(x + 1, len(ws)):
        a, b = ws[x][1], ws[y][1]
        if len(a) >= 5 and len(b) >= 5 and len(a & b) / len(a | b) > 0.6:
            err(ws[y][0], "near-duplicate of line %d" % ws[x][0])

if errors:
    print("\n".join(errors)); print("FAILED: %d errors" % len(errors)); sys.exit(1)

# ---------------- counts ----------------
objs = [o for _, o in items]
cat = collections.Counter(o["expect"]["category"] for o in objs)
flag = collections.Counter(f for o in objs for f in o["expect"]["flags"])
plat = collections.Counter(o["platform"] for o in objs)
chan = collections.Counter(o["channel"] for o in objs)
acct = collections.Counter(o["account"] for o in objs)
lang = collections.Counter(o.get("lang", "en") for o in objs)
traps = [o for o in objs if o["note"].startswith("TRAP")]
trapcat = collections.Counter(o["expect"]["category"] for o in traps)
non_en = lambda c: sum(1 for o in objs if o["expect"]["category"] == c and "lang" in o)
days = collections.Counter()
for o in objs:
    ts = dt.datetime.strptime(o["receivedAt"], "%Y-%m-%dT%H:%M:%SZ")
    d = ts.strftime("%Y-%m-%d")
    if d in BANK: days["bank holiday (25/28 Dec, 1 Jan)"] += 1
    elif ts.weekday() >= 5: days["weekend"] += 1
    elif ts.hour < 8 or ts.hour >= 18: days["weekday evening/night"] += 1
    else: days["weekday 08-18"] += 1
bank_each = collections.Counter(o["receivedAt"][:10] for o in objs if o["receivedAt"][:10] in BANK)

def table(title, counter, extra=None):
    print("\n%s" % title)
    print("| %-34s | %5s |%s" % ("value", "n", " " + extra[0] + " |" if extra else ""))
    print("|%s|%s|%s" % ("-" * 36, "-" * 7, "-" * (len(extra[0]) + 2) + "|" if extra else ""))
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        print("| %-34s | %5d |%s" % (k, v, " %*s |" % (len(extra[0]), extra[1](k)) if extra else ""))

print("items: %d   English: %d   not English: %d (%.0f%%)   languages other than English: %d   traps: %d"
      % (len(objs), lang["en"], len(objs) - lang["en"], 100 * (len(objs) - lang["en"]) / len(objs), len(lang) - 1, len(traps)))
table("category", collections.Counter({c: cat[c] for c in CATS}), ("non-English / traps", lambda c: "%d / %d" % (non_en(c), trapcat[c])))
table("flag", flag)
table("platform", plat)
table("channel", chan)
table("account", acct)
table("language (lang)", lang)
table("time received (UTC)", days)
table("bank-holiday items", bank_each)

# ---------------- minimums ----------------
fails = []
def need(cond, msg):
    if not cond: fails.append(msg)
need(len(objs) >= MIN["items"], "at least 300 items")
need(cat["crisis"] >= MIN["crisis"], "crisis >= 60")
need(non_en("crisis") >= MIN["crisis_non_en"], "crisis not in English >= 20")
need(cat["threat"] >= MIN["threat"], "threat >= 30")
need(non_en("threat") >= MIN["threat_non_en"], "threat not in English >= 8")
for c in CATS[2:]:
    need(cat[c] >= MIN["other_each"], "%s >= 12" % c)
need(len(traps) >= MIN["traps"], "traps >= 45")
for f_ in ("names_staff", "contains_pii", "recording", "abuse"):
    need(flag[f_] >= MIN[f_], "flag %s >= %d" % (f_, MIN[f_]))
need(len(lang) - 1 >= MIN["languages"], "at least 12 languages besides English")
need(REQUIRED_LANGS <= set(lang), "required languages present: missing %s" % (REQUIRED_LANGS - set(lang)))
share = (len(objs) - lang["en"]) / len(objs)
need(0.28 <= share <= 0.40, "about one third not in English (got %.2f)" % share)
need(all(bank_each[d] >= 3 for d in BANK), "at least 3 items on each bank holiday")
need(set(plat) >= {"facebook", "x", "instagram", "bluesky", "linkedin", "other"}, "all brief platforms used")
need(set(chan) == CHANNELS, "all channels used")
need(set(acct) == ACCOUNTS, "all five accounts used")
if fails:
    print("\nMINIMUMS FAILED:\n  " + "\n  ".join(fails)); sys.exit(1)
print("\nOK: all checks and minimum counts pass")
