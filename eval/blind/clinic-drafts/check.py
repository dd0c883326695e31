#!/usr/bin/env python3
"""Validator for the clinic-drafts blind check set (standard library only).

Usage: python3 check.py [clinic-drafts.jsonl]
Checks: every line parses; the guide's fields (§2.1); category, platform and account
names; the verdict rule; unique, sequential ids; NI-number format in items labelled
pii.nino; NHS-number check digits in items
labelled pii.nhs_number (and that ten-digit runs in other items fail the check);
platform.length margins; media.* consistency; lang/note on non-English items.
Prints counts by verdict, category, language, platform and account type.
"""
import json, re, sys, collections, os

BLOCK = {"pii.nhs_number", "pii.nino", "pii.postcode", "pii.date_of_birth", "pii.phone",
         "pii.email", "pii.address", "pii.person_name", "clinical.patient_information",
         "language.discriminatory", "language.abusive", "media.consent_missing"}
REVIEW = {"language.profanity", "topic.political", "topic.legal_matter",
          "topic.emergency_incident", "topic.trust_performance", "topic.medical_advice",
          "topic.commercial", "topic.confidential_business", "topic.security",
          "topic.raising_concerns", "topic.away_from_home", "account.disclaimer_missing",
          "account.brand_in_handle", "account.nhs_email", "account.logo_use",
          "media.tagging", "platform.length", "platform.link_missing"}
PLATFORMS = {"x", "facebook", "instagram", "linkedin", "youtube", "tiktok", "bluesky",
             "blog", "whatsapp", "other"}
ACCOUNT_TYPES = {"official", "devolved", "personal"}
TOP = {"id", "text", "platform", "account", "media", "expect", "note", "lang"}


def nhs_ok(d):
    if len(d) != 10 or not d.isdigit():
        return False
    s = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(d[9])


def js_len(s):
    return len(s.encode("utf-16-le")) // 2


def ten_digit_runs(text):
    out = []
    for m in re.finditer(r"\d[\d \-]{8,14}\d", text):
        d = re.sub(r"[ \-]", "", m.group(0))
        if len(d) == 10:
            out.append(d)
    return out


def main(path):
    errs = []
    ids = set()
    by_v = collections.Counter()
    by_c = collections.Counter()
    by_lang = collections.Counter()
    by_plat = collections.Counter()
    by_acc = collections.Counter()
    traps = 0
    n = 0
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for ln, line in enumerate(lines, 1):
        n += 1
        def err(m):
            errs.append("line %d: %s" % (ln, m))
        try:
            o = json.loads(line)
        except Exception as e:
            err("does not parse: %s" % e)
            continue
        if not isinstance(o, dict):
            err("not an object"); continue
        for k in o:
            if k not in TOP:
                err("unexpected field %r" % k)
        i = o.get("id")
        if not isinstance(i, str) or not re.fullmatch(r"cd-\d{4}", i):
            err("bad id %r" % i)
        elif i in ids:
            err("duplicate id %s" % i)
        else:
            ids.add(i)
            if i != "cd-%04d" % ln:
                err("id %s out of sequence" % i)
        t = o.get("text")
        if not isinstance(t, str) or not t.strip():
            err("missing text"); t = ""
        note = o.get("note")
        if not isinstance(note, str) or not note.strip():
            err("missing note")
            note = ""
        if note.startswith("TRAP"):
            traps += 1
        plat = o.get("platform")
        if plat is not None and plat not in PLATFORMS:
            err("bad platform %r" % plat)
        by_plat[plat or "(none)"] += 1
        acc = o.get("account")
        if acc is not None:
            if not isinstance(acc, dict) or acc.get("type") not in ACCOUNT_TYPES:
                err("bad account %r" % acc)
            else:
                by_acc[acc["type"]] += 1
                for k in acc:
                    if k not in {"type", "handle", "bio", "identifiesAsEmployee", "name"}:
                        err("unexpected account field %r" % k)
        else:
            by_acc["(none)"] += 1
        ex = o.get("expect")
        if not isinstance(ex, dict) or set(ex) != {"verdict", "categories"}:
            err("expect must have exactly verdict and categories"); continue
        cats = ex["categories"]
        if not isinstance(cats, list):
            err("categories not a list"); continue
        if cats != sorted(cats):
            err("categories not sorted")
        if len(set(cats)) != len(cats):
            err("duplicate category")
        for c in cats:
            if c not in BLOCK and c not in REVIEW:
                err("unknown category %r" % c)
        want = "block" if any(c in BLOCK for c in cats) else ("review" if cats else "pass")
        if ex["verdict"] != want:
            err("verdict %s but categories say %s" % (ex["verdict"], want))
        by_v[ex["verdict"]] += 1
        for c in cats:
            by_c[c] += 1
        if not cats:
            by_c["(clean)"] += 1
        # account.* and platform.* only where the fields exist
        if acc is None and any(c.startswith("account.") for c in cats):
            err("account.* label on a post with no account")
        if plat is None and any(c.startswith("platform.") for c in cats):
            err("platform.* label on a post with no platform")
        if acc is not None and acc.get("type") != "personal" and any(
                c in ("account.disclaimer_missing", "account.brand_in_handle") for c in cats):
            err("personal-account label on a non-personal account")
        # NHS numbers
        runs = ten_digit_runs(t)
        if "pii.nhs_number" in cats:
            if not any(nhs_ok(d) for d in runs):
                err("labelled pii.nhs_number but no valid NHS number found")
            for d in runs:
                if nhs_ok(d) and not d.startswith("999"):
                    err("NHS number %s not in the 999 test range" % d)
        else:
            for d in runs:
                if nhs_ok(d):
                    err("valid NHS number %s in an item not labelled pii.nhs_number" % d)
        # NI numbers
        if "pii.nino" in cats:
            ok = False
            for m in re.finditer(r"\b([A-Z]{2})\s?(\d{2})\s?(\d{2})\s?(\d{2})\s?([A-D])\b", t):
                p = m.group(1)
                if (p[0] not in "DFIQUV" and p[1] not in "DFIOQUV"
                        and p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")):
                    ok = True
            if not ok:
                err("labelled pii.nino but no valid NI number found")
        # platform length
        L = js_len(t)
        if plat in ("x", "bluesky"):
            lim = 280 if plat == "x" else 300
            if "platform.length" in cats:
                if L < lim + 20:
                    err("platform.length positive only %d chars (need >= %d)" % (L, lim + 20))
            elif L > lim - 15:
                err("%s post of %d chars is inside the margin (clean must be <= %d)" % (plat, L, lim - 15))
        elif "platform.length" in cats:
            err("platform.length on a platform with no limit")
        if "platform.link_missing" in cats and plat not in ("x", "bluesky"):
            err("platform.link_missing on %s" % plat)
        # media
        media = o.get("media")
        consent_missing = False
        tagged = False
        if media is not None:
            if not isinstance(media, list):
                err("media not a list")
            else:
                for m in media:
                    if not isinstance(m, dict) or set(m) - {"kind", "identifiablePeople", "consent", "tags"}:
                        err("bad media item %r" % m); continue
                    if m.get("identifiablePeople") is True and m.get("consent") is False:
                        consent_missing = True
                    if m.get("tags"):
                        tagged = True
        if consent_missing != ("media.consent_missing" in cats):
            err("media.consent_missing label does not match media fields")
        off = acc is not None and acc.get("type") in ("official", "devolved")
        if (tagged and off) != ("media.tagging" in cats):
            err("media.tagging label does not match media/account fields")
        # language
        lang = o.get("lang")
        if lang is not None:
            if not isinstance(lang, str) or not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z]{4})?(-[A-Z]{2})?", lang):
                err("bad lang %r" % lang)
            by_lang[lang] += 1
        else:
            by_lang["en"] += 1
    # report
    print("items:", n)
    print("verdicts:", dict(sorted(by_v.items())))
    print("traps (note starts TRAP):", traps)
    print("categories:")
    for c, k in sorted(by_c.items(), key=lambda x: (-x[1], x[0])):
        print("  %-32s %d" % (c, k))
    print("languages (%d non-English in %d languages):" % (
        n - by_lang.get("en", 0), len([l for l in by_lang if l != "en"])))
    for l, k in sorted(by_lang.items(), key=lambda x: (-x[1], x[0])):
        print("  %-10s %d" % (l, k))
    print("platforms:", dict(sorted(by_plat.items())))
    print("accounts:", dict(sorted(by_acc.items())))
    if errs:
        print("\n%d PROBLEM(S):" % len(errs))
        for e in errs:
            print("  " + e)
        return 1
    print("\nOK: no problems found")
    return 0


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "clinic-drafts.jsonl")))
