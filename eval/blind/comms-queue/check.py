#!/usr/bin/env python3
"""Validate comms-queue.jsonl against docs/labelling.md (draft-post format, section 2.1)."""
import json, re, sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "comms-queue.jsonl")

BLOCKING = {"pii.nhs_number", "pii.nino", "pii.postcode", "pii.date_of_birth", "pii.phone",
            "pii.email", "pii.address", "pii.person_name", "clinical.patient_information",
            "language.discriminatory", "language.abusive", "media.consent_missing"}
REVIEW = {"language.profanity", "topic.political", "topic.legal_matter", "topic.emergency_incident",
          "topic.trust_performance", "topic.medical_advice", "topic.commercial",
          "topic.confidential_business", "topic.security", "topic.raising_concerns",
          "topic.away_from_home", "account.disclaimer_missing", "account.brand_in_handle",
          "account.nhs_email", "account.logo_use", "media.tagging", "platform.length",
          "platform.link_missing"}
PLATFORMS = {"x", "facebook", "instagram", "linkedin", "youtube", "tiktok", "bluesky", "blog",
             "whatsapp", "other"}
ACCOUNT_TYPES = {"official", "devolved", "personal"}
ALLOWED_KEYS = {"id", "text", "platform", "account", "media", "expect", "note", "lang"}
DRAMA = [(r"07700\s?900\d{3}",), (r"0161\s?496\s?0\d{3}",), (r"020\s?7946\s?0\d{3}",),
         (r"0113\s?496\s?0\d{3}",)]

def js_len(s):
    return len(s.encode("utf-16-le")) // 2

def nhs_valid(d):
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(d[9])

errors = []
def err(i, msg):
    errors.append(f"{i}: {msg}")

ids = set()
counts = collections.Counter()
cats = collections.Counter()
langs = collections.Counter()
accts = collections.Counter()
plats = collections.Counter()
n = 0
with open(PATH, encoding="utf-8") as f:
    for lineno, raw in enumerate(f, 1):
        if not raw.strip():
            err(lineno, "blank line"); continue
        try:
            o = json.loads(raw)
        except Exception as e:
            err(lineno, f"bad JSON {e}"); continue
        n += 1
        i = o.get("id", f"line{lineno}")
        if set(o) - ALLOWED_KEYS:
            err(i, f"unknown keys {set(o) - ALLOWED_KEYS}")
        if not re.fullmatch(r"cq-\d{4}", str(i)):
            err(i, "bad id")
        elif int(i[3:]) != lineno:
            err(i, f"id out of sequence at line {lineno}")
        if i in ids:
            err(i, "duplicate id")
        ids.add(i)
        t = o.get("text")
        if not isinstance(t, str) or not t.strip():
            err(i, "missing text"); t = ""
        if not isinstance(o.get("note"), str) or not o["note"].strip():
            err(i, "missing note")
        ex = o.get("expect")
        if not isinstance(ex, dict) or set(ex) != {"verdict", "categories"}:
            err(i, "bad expect"); continue
        cs = ex["categories"]
        if not isinstance(cs, list) or cs != sorted(cs) or len(set(cs)) != len(cs):
            err(i, "categories must be a sorted list without repeats")
        for c in cs:
            if c not in BLOCKING | REVIEW:
                err(i, f"unknown category {c}")
        want = "block" if set(cs) & BLOCKING else ("review" if cs else "pass")
        if ex["verdict"] != want:
            err(i, f"verdict {ex['verdict']} but categories imply {want}")
        p = o.get("platform")
        if p is not None and p not in PLATFORMS:
            err(i, f"bad platform {p}")
        if p is None and any(c.startswith("platform.") for c in cs):
            err(i, "platform.* label without platform")
        a = o.get("account")
        if a is not None:
            if not isinstance(a, dict) or a.get("type") not in ACCOUNT_TYPES or not a.get("handle"):
                err(i, "bad account")
            else:
                accts[a["type"]] += 1
                if a["type"] != "personal":
                    for c in ("account.disclaimer_missing", "account.brand_in_handle"):
                        if c in cs:
                            err(i, f"{c} on a non-personal account")
                h = a.get("handle", "").lower()
                if a["type"] == "personal":
                    brand = bool(re.search(r"nhs|tewv|eput|rwt|cmft|thh", h + " " + a.get("name", "").lower()))
                    if brand != ("account.brand_in_handle" in cs):
                        err(i, f"brand_in_handle label ({'account.brand_in_handle' in cs}) vs handle {h}")
                    if "account.disclaimer_missing" in cs and not a.get("identifiesAsEmployee"):
                        err(i, "disclaimer_missing but identifiesAsEmployee not true")
        else:
            accts["(none)"] += 1
            if any(c.startswith("account.") and c != "account.nhs_email" and c != "account.logo_use" for c in cs):
                err(i, "account.* label on a post with no account")
        media = o.get("media")
        if media is not None:
            if not isinstance(media, list):
                err(i, "media must be a list")
                media = []
            for m in media:
                if m.get("kind") not in ("image", "video"):
                    err(i, "bad media kind")
                for k in ("identifiablePeople", "consent"):
                    if not isinstance(m.get(k), bool):
                        err(i, f"media.{k} must be boolean")
                if not isinstance(m.get("tags"), list):
                    err(i, "media.tags must be a list")
        media = media or []
        miss = any(m.get("identifiablePeople") is True and m.get("consent") is False for m in media)
        if miss != ("media.consent_missing" in cs):
            err(i, "media.consent_missing label disagrees with media fields")
        tag = bool(a and a.get("type") in ("official", "devolved") and any(m.get("tags") for m in media))
        if tag != ("media.tagging" in cs):
            err(i, "media.tagging label disagrees with account type and tags")
        L = js_len(t)
        limit = {"x": 280, "bluesky": 300}.get(p)
        if limit:
            if "platform.length" in cs and L < limit + 20:
                err(i, f"platform.length positive only {L} long (need >= {limit+20})")
            if "platform.length" not in cs and L > limit - 15:
                err(i, f"clean-length post is {L} long (keep <= {limit-15})")
        elif "platform.length" in cs:
            err(i, "platform.length on a platform without a limit")
        if "platform.link_missing" in cs and p not in ("x", "bluesky"):
            err(i, "link_missing on a platform other than x/bluesky")
        # NHS numbers: valid ones must be labelled, labelled ones must be valid
        digits = [re.sub(r"\D", "", m) for m in re.findall(r"(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)", t)]
        valid = [d for d in digits if nhs_valid(d)]
        if valid and "pii.nhs_number" not in cs:
            err(i, f"valid NHS number {valid} not labelled")
        if "pii.nhs_number" in cs:
            if not valid:
                err(i, "pii.nhs_number but no valid 10-digit number")
            if any(not d.startswith("999") for d in valid):
                err(i, "NHS number outside the 999 test range")
        # phone numbers: any UK-looking mobile or geographic number must be a drama number
        for m in re.findall(r"(?<!\d)0\d{2,4}[ ]?\d{3}[ ]?\d{3,4}(?!\d)", t):
            # 03xx and 08xx numbers are organisations' published lines (switchboards, helplines)
            if re.match(r"0[38]", m):
                continue
            if len(re.sub(r"\D", "", m)) in (10, 11) and not any(re.search(d[0], m) for d in DRAMA):
                if not (re.sub(r"\D", "", m) in digits):
                    err(i, f"phone-like number not in an Ofcom drama range: {m}")
        if "pii.nino" in cs:
            ninos = re.findall(r"\b([A-Z]{2})\s?\d{2}\s?\d{2}\s?\d{2}\s?([A-D])\b", t)
            okn = [x for x in ninos if x[0][0] not in "DFIQUV" and x[0][1] not in "DFIOQUV"
                   and x[0] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")]
            if not okn:
                err(i, "pii.nino but no well-formed NINO")
        if "clinical.patient_information" in cs or "pii.person_name" in cs:
            pass
        lang = o.get("lang")
        if lang is not None:
            if not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z]{2,4})?", lang):
                err(i, f"bad lang {lang}")
            if lang == "en":
                err(i, "lang must be left out for English")
        langs[lang or "en"] += 1
        counts[ex["verdict"]] += 1
        for c in cs:
            cats[c] += 1
        if not cs:
            cats["(clean)"] += 1
        plats[p or "(none)"] += 1

for e in errors:
    print("ERROR", e)
print(f"lines: {n}")
print("verdicts:", dict(sorted(counts.items())))
print("accounts:", dict(sorted(accts.items())))
print("platforms:", dict(sorted(plats.items())))
print("languages:", dict(sorted(langs.items())))
print("categories:")
for c, k in sorted(cats.items()):
    print(f"  {c}: {k}")
sys.exit(1 if errors else 0)
