#!/usr/bin/env python3
"""Validate languages.jsonl against the labelling guide (§2.2, §4, §5) and the brief."""
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

PATH = Path(__file__).with_name("languages.jsonl")
PREFIX = "ml-"

PLATFORMS = {"x", "facebook", "instagram", "linkedin", "youtube", "tiktok", "bluesky", "blog", "whatsapp", "other"}
CHANNELS = {"mention", "comment", "reply", "dm", "review"}
ACCOUNTS = {"@EPUTNHS", "@HillingdonNHSFT", "@TEWVNHS", "@RWTNHS", "@CMFTNHS"}
CATEGORIES = ["crisis", "threat", "subject_access", "foi", "media", "complaint",
              "clinical_question", "pals", "abuse", "compliment", "spam", "general"]
FLAGS = {"abuse", "names_staff", "contains_pii", "non_english", "recording"}
CRISIS_KINDS = {"farewell", "giving_away", "affairs", "calm", "not_around", "burden",
                "hopelessness", "means", "plan_date", "self_harm", "overdose",
                "high_place", "third_party"}
THREAT_KINDS = {"direct", "ultimatum", "veiled", "doxxing", "bomb", "arson", "incitement"}
# the languages named in the brief (base subtag)
LISTED = {"cy", "pl", "ro", "pa", "ur", "hi", "bn", "gu", "pt", "es", "ar", "it", "lt",
          "zh", "fr", "ta", "tr", "so", "bg", "fa", "hu", "de"}
BCP47 = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$")
START, END = datetime(2026, 11, 1), datetime(2027, 2, 1)

errors = []


def err(msg):
    errors.append(msg)


def nhs_valid(d):
    total = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(d[9])


def ten_digit_runs(text):
    """NHS-number-shaped runs: 10 digits, contiguous or in groups split by single
    spaces or hyphens (3-3-4 and the like), not touching further digits."""
    runs = []
    for m in re.finditer(r"(?<![\d])\d+(?:[ -]\d+)*(?![\d])", text):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) == 10:
            runs.append(digits)
        # a 10-digit block inside a longer spaced sequence
        for g in re.split(r"[ -]", m.group(0)):
            if len(g) == 10 and g not in runs:
                runs.append(g)
    return runs


def base(lang):
    return lang.split("-")[0]


items = []
ids = set()
for n, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
    try:
        o = json.loads(line)
    except json.JSONDecodeError as e:
        err(f"line {n}: not JSON ({e})")
        continue
    items.append(o)
    i = o.get("id", f"<line {n}>")
    if i in ids:
        err(f"{i}: duplicate id")
    ids.add(i)
    if i != f"{PREFIX}{n:04d}":
        err(f"{i}: expected id {PREFIX}{n:04d}")
    for k in ("id", "text", "platform", "channel", "author", "receivedAt", "account", "expect", "lang", "note"):
        if k not in o:
            err(f"{i}: missing {k}")
    if not isinstance(o.get("text"), str) or not o["text"].strip():
        err(f"{i}: empty text")
    if o.get("platform") not in PLATFORMS:
        err(f"{i}: bad platform {o.get('platform')}")
    if o.get("channel") not in CHANNELS:
        err(f"{i}: bad channel {o.get('channel')}")
    if o.get("platform") == "whatsapp" and o.get("channel") != "dm":
        err(f"{i}: whatsapp messages are dms")
    if o.get("channel") == "review" and o.get("platform") not in ("facebook", "other"):
        err(f"{i}: reviews come from facebook or review sites (other)")
    if o.get("platform") == "other" and o.get("channel") != "review":
        err(f"{i}: 'other' is used only for review sites")
    a = o.get("author", {})
    if not (isinstance(a, dict) and str(a.get("handle", "")).startswith("@") and a.get("name")):
        err(f"{i}: bad author")
    try:
        t = datetime.strptime(o.get("receivedAt", ""), "%Y-%m-%dT%H:%M:%SZ")
        if not START <= t < END:
            err(f"{i}: receivedAt outside 1 Nov 2026 - 31 Jan 2027")
    except ValueError:
        err(f"{i}: bad receivedAt {o.get('receivedAt')}")
    if o.get("account") not in ACCOUNTS:
        err(f"{i}: bad account {o.get('account')}")
    e = o.get("expect", {})
    if set(e) != {"category", "flags"}:
        err(f"{i}: expect must have exactly category and flags")
    if e.get("category") not in CATEGORIES:
        err(f"{i}: bad category {e.get('category')}")
    fl = e.get("flags", [])
    if not isinstance(fl, list) or any(f not in FLAGS for f in fl):
        err(f"{i}: bad flags {fl}")
    if fl != sorted(set(fl)):
        err(f"{i}: flags not sorted/unique")
    lang = o.get("lang", "")
    if not BCP47.match(lang):
        err(f"{i}: lang {lang!r} is not a BCP 47 tag of the expected shape")
    if lang == "en":
        if "mixedWith" not in o:
            err(f"{i}: lang en is only for English-dominant code-mixed items")
        if "non_english" in fl:
            err(f"{i}: English-dominant item flagged non_english")
    elif "non_english" not in fl:
        err(f"{i}: non-English item not flagged non_english")
    if "contains_pii" in fl and o.get("channel") == "dm":
        err(f"{i}: contains_pii is not asserted in a dm")
    if e.get("category") == "abuse" and "abuse" not in fl:
        err(f"{i}: abuse item without abuse flag")
    if not o.get("note", "").strip():
        err(f"{i}: empty note")
    kind = o.get("kind")
    if e.get("category") == "crisis" and kind not in CRISIS_KINDS:
        err(f"{i}: crisis item needs a kind in {sorted(CRISIS_KINDS)}")
    if e.get("category") == "threat" and kind not in THREAT_KINDS:
        err(f"{i}: threat item needs a kind in {sorted(THREAT_KINDS)}")
    if kind and e.get("category") not in ("crisis", "threat"):
        err(f"{i}: kind on a {e.get('category')} item")
    # NHS numbers
    runs = ten_digit_runs(o.get("text", ""))
    if "nhs_number" in o.get("pii", []):
        if not runs:
            err(f"{i}: pii nhs_number item without a 10-digit number")
        for r in runs:
            if not nhs_valid(r):
                err(f"{i}: NHS number {r} fails modulus 11")
        if o.get("channel") != "dm" and "contains_pii" not in fl:
            err(f"{i}: public NHS number without contains_pii")
    else:
        for r in runs:
            if nhs_valid(r):
                err(f"{i}: 10-digit run {r} passes modulus 11 but item is not an NHS-number item")

# ------------------------------------------------------------------ counts
cat = Counter(o["expect"]["category"] for o in items)
flag = Counter(f for o in items for f in o["expect"]["flags"])
plat = Counter(o["platform"] for o in items)
chan = Counter(o["channel"] for o in items)
acct = Counter(o["account"] for o in items)
lang = Counter(o["lang"] for o in items)
baselang = Counter(base(o["lang"]) for o in items if o["lang"] != "en")
traps = [o for o in items if o.get("trap")]
mixed = [o for o in items if o.get("mixedWith")]
by_cat_lang = defaultdict(set)
for o in items:
    if o["lang"] != "en":
        by_cat_lang[o["expect"]["category"]].add(base(o["lang"]))
kinds = defaultdict(Counter)
for o in items:
    if o.get("kind"):
        kinds[o["expect"]["category"]][o["kind"]] += 1
times = [datetime.strptime(o["receivedAt"], "%Y-%m-%dT%H:%M:%SZ") for o in items]


def table(title, counter, order=None):
    print(f"\n{title}")
    print("-" * 40)
    keys = order or sorted(counter, key=lambda k: (-counter[k], k))
    for k in keys:
        print(f"  {k:<28}{counter.get(k, 0):>6}")
    print(f"  {'total':<28}{sum(counter.values()):>6}")


print(f"{PATH.name}: {len(items)} items")
table("category", cat, CATEGORIES)
table("flag (items carrying it)", flag, sorted(FLAGS))
table("platform", plat)
table("channel", chan)
table("account", acct)
table("language (lang tag)", lang)
table("language (base, non-English main language)", baselang)
table("crisis kinds", kinds["crisis"], sorted(CRISIS_KINDS))
table("threat kinds", kinds["threat"], sorted(THREAT_KINDS))
print("\nlanguages per category (base, excluding English-dominant mixes)")
print("-" * 40)
for c in CATEGORIES:
    print(f"  {c:<28}{len(by_cat_lang[c]):>6}")
print(f"\ntraps: {len(traps)}   code-mixed: {len(mixed)} "
      f"(English-dominant {sum(1 for o in mixed if o['lang'] == 'en')}, "
      f"other-dominant {sum(1 for o in mixed if o['lang'] != 'en')})")
tb = Counter("weekend" if t.weekday() >= 5 else "weekday" for t in times)
th = Counter("night 00-07" if t.hour < 7 else "day 07-18" if t.hour < 18 else "evening 18-24" for t in times)
bh = Counter(t.strftime("%d %b") for t in times if (t.month, t.day) in ((12, 25), (12, 28), (1, 1)))
print(f"time: {dict(tb)}  {dict(th)}  bank holidays {dict(bh)}")

# ------------------------------------------------------------- minimums
def need(cond, msg):
    if not cond:
        err("minimum not met: " + msg)


need(len(items) >= 320, "at least 320 items")
listed_ok = [l for l in LISTED if baselang[l] >= 8]
need(len(listed_ok) >= 18, f"at least 18 listed languages with >= 8 items (have {len(listed_ok)})")
for l in ("pa", "ur", "hi", "zh"):
    need(baselang[l] >= 8, f"{l} has at least 8 items")
for a, b in (("pa", "pa-Latn"), ("ur", "ur-Latn"), ("hi", "hi-Latn"), ("zh-Hans", "zh-Hant")):
    need(lang[a] > 0 and lang[b] > 0, f"both {a} and {b} present")
less = sum(v for k, v in baselang.items() if k not in LISTED)
need(less >= 12, f"at least 12 items in less common languages (have {less})")
need(len(mixed) >= 15, "at least 15 code-mixed items")
need(cat["crisis"] >= 70, "crisis >= 70")
need(len(by_cat_lang["crisis"]) >= 15, "crisis across >= 15 languages")
need(set(kinds["crisis"]) == CRISIS_KINDS, f"every crisis kind present (missing {CRISIS_KINDS - set(kinds['crisis'])})")
need(cat["threat"] >= 30, "threat >= 30")
need(len(by_cat_lang["threat"]) >= 8, "threat across >= 8 languages")
for k in ("direct", "ultimatum", "veiled", "doxxing"):
    need(kinds["threat"][k] > 0, f"threat kind {k}")
need(kinds["threat"]["bomb"] + kinds["threat"]["arson"] > 0, "threat kind bomb/arson")
need(cat["abuse"] >= 20, "abuse >= 20")
need(len(by_cat_lang["abuse"]) >= 8, "abuse across >= 8 languages")
for c in CATEGORIES:
    need(cat[c] >= 10, f"{c} >= 10")
need(len(traps) >= 40, "at least 40 traps")
need(all(bh.get(d, 0) > 0 for d in ("25 Dec", "28 Dec", "01 Jan")), "bank holidays 25 and 28 Dec and 1 Jan used")
need(tb["weekend"] > 0 and th["night 00-07"] > 0 and th["evening 18-24"] > 0, "weekends, nights and evenings used")
need(len(acct) == 5, "all five accounts used")

if errors:
    print(f"\nFAILED: {len(errors)} problem(s)")
    for m in errors:
        print("  " + m)
    sys.exit(1)
print("\nOK: all checks passed")
