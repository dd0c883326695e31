#!/usr/bin/env python3
"""Validate ward-posts.jsonl against docs/labelling.md §2.1 and §3."""
import json, re, sys, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "ward-posts.jsonl")
BLOCK = {"pii.nhs_number","pii.nino","pii.postcode","pii.date_of_birth","pii.phone","pii.email",
         "pii.address","pii.person_name","clinical.patient_information","language.discriminatory",
         "language.abusive","media.consent_missing"}
REVIEW = {"language.profanity","topic.political","topic.legal_matter","topic.emergency_incident",
          "topic.trust_performance","topic.medical_advice","topic.commercial","topic.confidential_business",
          "topic.security","topic.raising_concerns","topic.away_from_home","account.disclaimer_missing",
          "account.brand_in_handle","account.nhs_email","account.logo_use","media.tagging",
          "platform.length","platform.link_missing"}
PLATFORMS = {"x","facebook","instagram","linkedin","youtube","tiktok","bluesky","blog","whatsapp","other"}
ACCT = {"official","devolved","personal"}
errs, warns = [], []
def err(i, m): errs.append(f"{i}: {m}")
def nhs_ok(d):
    if len(d)!=10: return False
    s=sum(int(x)*w for x,w in zip(d[:9],range(10,1,-1))); c=11-s%11
    c = 0 if c==11 else c
    return c!=10 and c==int(d[9])
def js_len(s): return len(s.encode("utf-16-le"))//2
ids=set(); rows=[]
with open(PATH, encoding="utf-8") as f:
    for n,line in enumerate(f,1):
        if not line.strip(): err(f"line {n}","blank line"); continue
        try: o=json.loads(line)
        except Exception as e: err(f"line {n}", f"bad JSON {e}"); continue
        rows.append(o)
        i=o.get("id",f"line {n}")
        if not re.fullmatch(r"wp-\d{4}", str(i)): err(i,"bad id")
        if i in ids: err(i,"duplicate id")
        ids.add(i)
        if f"wp-{n:04d}"!=i: err(i,f"id out of sequence at line {n}")
        for k in ("text","expect","note"):
            if k not in o: err(i,f"missing {k}")
        if o.get("kind")!="blind": err(i,"kind must be blind")
        t=o.get("text","")
        if not isinstance(t,str) or not t.strip(): err(i,"empty text")
        if len(t)>600: err(i,f"text {len(t)} chars > 600")
        ex=o.get("expect",{}); cats=ex.get("categories"); v=ex.get("verdict")
        if not isinstance(cats,list): err(i,"categories not a list"); continue
        if cats!=sorted(cats): err(i,"categories not sorted")
        if len(set(cats))!=len(cats): err(i,"duplicate categories")
        for c in cats:
            if c not in BLOCK|REVIEW: err(i,f"unknown category {c}")
        want = "block" if set(cats)&BLOCK else ("review" if cats else "pass")
        if v!=want: err(i,f"verdict {v} but categories imply {want}")
        p=o.get("platform")
        if p is not None and p not in PLATFORMS: err(i,f"bad platform {p}")
        if p is None and any(c.startswith("platform.") for c in cats): err(i,"platform.* without platform")
        a=o.get("account")
        if a is None and any(c.startswith("account.") for c in cats): err(i,"account.* without account")
        if a is not None and a.get("type") not in ACCT: err(i,"bad account.type")
        if a and a.get("type")!="personal" and any(c in cats for c in ("account.disclaimer_missing","account.brand_in_handle")):
            err(i,"personal-only account label on non-personal account")
        # media consistency
        media=o.get("media") or []
        mc = any(m.get("identifiablePeople") is True and m.get("consent") is False for m in media)
        if mc != ("media.consent_missing" in cats): err(i,"media.consent_missing inconsistent with media")
        mt = bool(a) and a.get("type") in ("official","devolved") and any(m.get("tags") for m in media)
        if mt != ("media.tagging" in cats): err(i,"media.tagging inconsistent with media/account")
        # length
        L=js_len(t)
        if p in ("x","bluesky"):
            lim = 280 if p=="x" else 300
            if ("platform.length" in cats) != (L>lim): err(i,f"platform.length inconsistent (len {L})")
            if "platform.length" in cats and L<lim+20: err(i,f"length positive only {L}")
            if "platform.length" not in cats and L>lim-15: err(i,f"clean length too close {L}")
        elif "platform.length" in cats: err(i,"platform.length on non x/bluesky")
        # NHS numbers
        for m in re.finditer(r"(?<!\d)(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?!\d)", t):
            d="".join(m.groups())
            ok=nhs_ok(d)
            if ok and not d.startswith("999"): err(i,f"valid NHS-like number outside test range {d}")
            if ok and "pii.nhs_number" not in cats: warns.append(f"{i}: valid NHS number {d} but not labelled")
            if not ok and "pii.nhs_number" in cats and not any(nhs_ok(x) for x in re.findall(r"\d{10}", re.sub(r"[ -]","",t))):
                err(i,f"pii.nhs_number but {d} fails the check")
        if "pii.nhs_number" in cats and not any(nhs_ok("".join(g)) for g in re.findall(r"(?<!\d)(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?!\d)", t)):
            err(i,"pii.nhs_number labelled but no valid number found")
        if "lang" in o and not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z]{4})?", o["lang"]): err(i,"bad lang code")
for e in errs: print("ERROR", e)
for w in warns: print("WARN", w)
N=len(rows)
vc=collections.Counter(o["expect"]["verdict"] for o in rows)
cc=collections.Counter(c for o in rows for c in o["expect"]["categories"])
lc=collections.Counter(o.get("lang","en") for o in rows)
pc=collections.Counter(o.get("platform","(none)") for o in rows)
ac=collections.Counter((o.get("account") or {}).get("type","(none)") for o in rows)
print(f"posts: {N}")
print("verdicts:", {k:f"{v} ({100*v/N:.0f}%)" for k,v in sorted(vc.items())})
print("categories:"); [print(f"  {k}: {v}") for k,v in sorted(cc.items())]
ne=sum(v for k,v in lc.items() if k!="en")
print(f"languages (non-English {ne}, {100*ne/max(N,1):.0f}%):", dict(sorted(lc.items())))
print("non-English verdicts:", dict(collections.Counter(o["expect"]["verdict"] for o in rows if "lang" in o)))
print("platforms:", dict(sorted(pc.items())))
print("account types:", dict(sorted(ac.items())), f"official+devolved {100*(ac['official']+ac['devolved'])/max(N,1):.0f}%")
missing=(BLOCK|REVIEW)-set(cc)
if missing: print("categories never used:", sorted(missing))
sys.exit(1 if errs else 0)
