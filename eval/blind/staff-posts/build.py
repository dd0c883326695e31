"""Serialise the hand-written items in items_*.py to staff-posts.jsonl.
The helper only orders, numbers and serialises; every text is written by hand."""
import json, random
import helpers
import items_a, items_b, items_c, items_d, items_e, items_f, items_g, items_h  # noqa: F401

BLOCK = {"pii.nhs_number", "pii.nino", "pii.postcode", "pii.date_of_birth", "pii.phone",
         "pii.email", "pii.address", "pii.person_name", "clinical.patient_information",
         "language.discriminatory", "language.abusive", "media.consent_missing"}

items = list(helpers.ITEMS)
random.Random(20261101).shuffle(items)
with open("staff-posts.jsonl", "w", encoding="utf-8") as out:
    for n, d in enumerate(items, 1):
        cats = d["_cats"]
        verdict = "block" if any(c in BLOCK for c in cats) else ("review" if cats else "pass")
        o = {"id": "sp-%04d" % n, "text": d["text"]}
        for k in ("platform", "account", "media"):
            if k in d:
                o[k] = d[k]
        o["expect"] = {"verdict": verdict, "categories": cats}
        o["note"] = d["_note"]
        if "_lang" in d:
            o["lang"] = d["_lang"]
        out.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(items), "items written")
