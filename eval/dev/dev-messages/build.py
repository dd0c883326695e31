"""Serialise the hand-written items (items_*.py) into dev-messages.jsonl.
Only ids and receivedAt are computed here: ids after a fixed shuffle, times from each item's
hint (or, with no hint, drawn from the overnight/weekend-heavy mix of the moderator's brief)."""
import json, random, datetime as dt
import common
import items_en_crisis, items_en_threat, items_en_requests, items_en_complaint, items_en_misc  # noqa
import items_xx_south_asian, items_xx_euro, items_xx_other, items_xx_extra  # noqa

rng = random.Random(20261101)
START = dt.datetime(2026, 11, 1)
END = dt.datetime(2027, 1, 31, 23, 59)
BANK = [dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1)]


def rand_date(lo, hi, pred=lambda d: True):
    days = [lo + dt.timedelta(days=i) for i in range((hi - lo).days + 1)]
    days = [d for d in days if pred(d)]
    return rng.choice(days)


def at(d, h0, h1):
    h = rng.randint(h0, h1)
    return dt.datetime(d.year, d.month, d.day, h, rng.randint(0, 59), rng.randint(0, 59))


D0, D1 = START.date(), END.date()
weekday_work = lambda d: d.weekday() < 5 and d not in BANK


def when(tag):
    if tag == "night":
        d = rand_date(D0, D1)
        return at(d, 22, 23) if rng.random() < 0.4 else at(d, 0, 4)
    if tag == "eve":
        return at(rand_date(D0, D1), 18, 22)
    if tag == "weekend":
        return at(rand_date(D0, D1, lambda d: d.weekday() >= 5), 0, 23)
    if tag == "friday_night":
        return at(rand_date(D0, D1, lambda d: d.weekday() == 4), 19, 23)
    if tag == "day":
        return at(rand_date(D0, D1, weekday_work), 9, 14)
    if tag == "xmas":
        return at(BANK[0], 10, 21)
    if tag == "bh28":
        return at(BANK[1], 8, 20)
    if tag == "prebh":
        return at(rand_date(dt.date(2026, 12, 26), dt.date(2026, 12, 27)), 9, 21)
    if tag == "nye":
        return at(dt.date(2026, 12, 31), 21, 23)
    if tag == "ny":
        return at(BANK[2], 0, 20)
    if tag == "prexmas":
        return at(rand_date(dt.date(2026, 11, 20), dt.date(2026, 12, 23)), 7, 23)
    if tag == "dec":
        return at(rand_date(dt.date(2026, 12, 1), dt.date(2026, 12, 31)), 7, 23)
    if tag == "declate":
        return at(rand_date(dt.date(2026, 12, 14), dt.date(2027, 1, 10)), 7, 23)
    if tag == "latenov":
        return at(rand_date(dt.date(2026, 11, 15), dt.date(2026, 11, 30)), 0, 23)
    if tag == "winter":
        return at(rand_date(dt.date(2026, 12, 1), D1), 6, 22)
    if tag == "early":
        return at(rand_date(D0, dt.date(2026, 12, 15)), 0, 23)
    if tag == "bonfire":
        return at(dt.date(2026, 11, 5), 16, 19)
    if tag == "bluemonday":
        return at(dt.date(2027, 1, 18), 7, 21)
    if tag == "pongal":
        return at(dt.date(2027, 1, 14), 6, 20)
    if tag == "salmubarak":
        return at(dt.date(2026, 11, 10), 6, 20)
    assert tag is None, tag
    r = rng.random()
    if r < 0.38:   # weeknight, Mon-Thu evening or small hours
        d = rand_date(D0, D1, lambda d: d.weekday() < 4)
        return at(d, 18, 23) if rng.random() < 0.6 else at(d, 0, 7)
    if r < 0.75:   # weekend, Friday evening to Sunday night
        d = rand_date(D0, D1, lambda d: d.weekday() >= 4)
        return at(d, 18, 23) if d.weekday() == 4 else at(d, 0, 23)
    if r < 0.85:   # bank holidays
        return at(rng.choice(BANK), 0, 23)
    return at(rand_date(D0, D1, weekday_work), 8, 17)  # weekday working hours


items = list(common.ITEMS)
rng.shuffle(items)
with open("dev-messages.jsonl", "w", encoding="utf-8") as f:
    for i, it in enumerate(items, 1):
        t = when(it["t"])
        assert START <= t <= END
        obj = {
            "id": "dm-%04d" % i,
            "text": it["text"],
            "platform": it["platform"],
            "channel": it["channel"],
            "author": it["author"],
            "receivedAt": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "account": it["account"],
            "expect": {"category": it["category"], "flags": it["flags"]},
        }
        if it["lang"]:
            obj["lang"] = it["lang"]
        obj["note"] = it["note"]
        f.write(json.dumps(obj, ensure_ascii=False) + "\n")
print("wrote", len(items), "items")
