#!/usr/bin/env python3
"""Assemble dev-crisis.jsonl from the hand-written part files (part1.py ... part6.py).
Each part file holds a list ITEMS of hand-written tuples:
  (lang, category, flags, "platform/channel", "handle|Name", text, note)
flags: space-separated short codes: ns=names_staff pii=contains_pii ab=abuse rec=recording
       T = trap (a near-miss a careless detector would flag); non_english is added for lang != en.
Only metadata (id, receivedAt, receiving trust account) is assigned here; every text is written by hand."""
import json, random, importlib.util, os, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
PLAT = {"x":"x","fb":"facebook","ig":"instagram","li":"linkedin","yt":"youtube","tt":"tiktok",
        "bs":"bluesky","blog":"blog","wa":"whatsapp","other":"other"}
CHAN = {"m":"mention","c":"comment","r":"reply","d":"dm","v":"review"}
FLAG = {"ns":"names_staff","pii":"contains_pii","ab":"abuse","rec":"recording"}
ACCOUNTS = ["@TEWVNHS","@EPUTNHS","@HillingdonNHSFT","@RWTHNHS","@CMFTNHS"]
rng = random.Random(20261120)
def when(cat):
    d = datetime.date(2026,1,1) + datetime.timedelta(days=rng.randrange(365))
    if cat == "crisis" and rng.random() < 0.6:
        h = rng.choice([20,21,22,23,0,1,2,3,4])
    else:
        h = rng.randrange(6,24)
    t = datetime.datetime(d.year,d.month,d.day,h,rng.randrange(60),rng.randrange(60))
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")
items = []
for n in range(1,7):
    p = os.path.join(HERE, f"part{n}.py")
    spec = importlib.util.spec_from_file_location(f"part{n}", p)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    items.extend(m.ITEMS)
out = []
for i,(lang,cat,flags,pc,who,text,note) in enumerate(items,1):
    plat,chan = pc.split("/")
    handle,name = who.split("|")
    codes = flags.split()
    fl = sorted({FLAG[c] for c in codes if c in FLAG} | ({"non_english"} if lang != "en" else set()))
    o = {"id":f"dc-{i:04d}","text":text,"platform":PLAT[plat],"channel":CHAN[chan],
         "author":{"handle":handle,"name":name},"receivedAt":when(cat),
         "account":rng.choice(ACCOUNTS),"expect":{"category":cat,"flags":fl}}
    if lang != "en": o["lang"] = lang
    o["note"] = ("trap: " if "T" in codes else "") + note
    out.append(json.dumps(o, ensure_ascii=False))
with open(os.path.join(HERE,"dev-crisis.jsonl"),"w",encoding="utf-8") as f:
    f.write("\n".join(out)+"\n")
print(len(out), "items written")
