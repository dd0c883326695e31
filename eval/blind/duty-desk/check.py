#!/usr/bin/env python3
"""Validate duty-desk.jsonl against docs/labelling.md section 2.2 / 4 and print counts."""
import json, sys, re, collections, datetime, os

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "duty-desk.jsonl")
CATS = ["crisis", "threat", "subject_access", "foi", "media", "complaint",
        "clinical_question", "pals", "abuse", "compliment", "spam", "general"]
FLAGS = {"abuse", "names_staff", "contains_pii", "non_english", "recording"}
PLATFORMS = {"x", "facebook", "instagram", "linkedin", "youtube", "tiktok",
             "bluesky", "blog", "whatsapp", "other"}
CHANNELS = {"mention", "comment", "reply", "dm", "review"}
REQUIRED = ["id", "text", "platform", "channel", "author", "receivedAt", "account", "expect", "note"]

errors = []
ids = set()
by_cat = collections.Counter()
by_lang = collections.Counter()
by_lang_cat = collections.defaultdict(collections.Counter)
by_flag = collections.Counter()
by_plat = collections.Counter()
by_chan = collections.Counter()
n = 0
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            errors.append(f"line {ln}: blank line")
            continue
        try:
            o = json.loads(line)
        except Exception as e:
            errors.append(f"line {ln}: invalid JSON: {e}")
            continue
        n += 1
        for k in REQUIRED:
            if k not in o:
                errors.append(f"line {ln}: missing {k}")
        i = o.get("id", "")
        if not re.fullmatch(r"dd-\d{4}", i):
            errors.append(f"line {ln}: bad id {i!r}")
        elif i != "dd-%04d" % ln:
            errors.append(f"line {ln}: id {i} out of sequence")
        if i in ids:
            errors.append(f"line {ln}: duplicate id {i}")
        ids.add(i)
        if not isinstance(o.get("text"), str) or not o["text"].strip():
            errors.append(f"line {ln}: empty text")
        elif len(o["text"]) > 500:
            errors.append(f"line {ln}: text over 500 chars ({len(o['text'])})")
        if o.get("platform") not in PLATFORMS:
            errors.append(f"line {ln}: bad platform {o.get('platform')}")
        if o.get("channel") not in CHANNELS:
            errors.append(f"line {ln}: bad channel {o.get('channel')}")
        a = o.get("author")
        if not isinstance(a, dict) or "handle" not in a:
            errors.append(f"line {ln}: bad author")
        try:
            t = o.get("receivedAt", "")
            if not t.endswith("Z"):
                raise ValueError("not UTC")
            d = datetime.datetime.strptime(t, "%Y-%m-%dT%H:%M:%SZ")
            if d.year != 2026:
                errors.append(f"line {ln}: date not in 2026")
        except Exception as e:
            errors.append(f"line {ln}: bad receivedAt {o.get('receivedAt')}: {e}")
        if not str(o.get("account", "")).startswith("@"):
            errors.append(f"line {ln}: bad account")
        e = o.get("expect", {})
        c = e.get("category")
        if c not in CATS:
            errors.append(f"line {ln}: bad category {c}")
        fl = e.get("flags", None)
        if not isinstance(fl, list) or any(x not in FLAGS for x in fl):
            errors.append(f"line {ln}: bad flags {fl}")
            fl = []
        if len(set(fl)) != len(fl):
            errors.append(f"line {ln}: duplicate flags")
        lang = o.get("lang")
        if lang is not None and not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z]{4})?(-[A-Z]{2})?", lang):
            errors.append(f"line {ln}: bad lang {lang}")
        if (lang is not None) != ("non_english" in fl):
            errors.append(f"line {ln}: lang and non_english flag disagree")
        if o.get("channel") == "dm" and "contains_pii" in fl:
            errors.append(f"line {ln}: contains_pii asserted in a dm")
        if not isinstance(o.get("note"), str) or not o["note"].strip():
            errors.append(f"line {ln}: empty note")
        by_cat[c] += 1
        L = lang or "en"
        by_lang[L] += 1
        by_lang_cat[L][c] += 1
        for x in fl:
            by_flag[x] += 1
        by_plat[o.get("platform")] += 1
        by_chan[o.get("channel")] += 1

print(f"{n} messages")
print("\nby category:")
for c in CATS:
    print(f"  {c:18} {by_cat[c]:4}  {100*by_cat[c]/max(n,1):5.1f}%")
print("\nby language (categories):")
for L, k in sorted(by_lang.items(), key=lambda x: (-x[1], x[0])):
    cats = ", ".join(f"{c}:{v}" for c, v in sorted(by_lang_cat[L].items()))
    print(f"  {L:8} {k:4}  [{cats}]")
ne = n - by_lang["en"]
print(f"\nnot English: {ne} ({100*ne/max(n,1):.1f}%)")
print("\nflags:", dict(by_flag))
print("platforms:", dict(by_plat))
print("channels:", dict(by_chan))
if errors:
    print(f"\n{len(errors)} ERRORS:")
    for x in errors[:100]:
        print("  " + x)
    sys.exit(1)
print("\nOK")
