# Helpers shared by the item files. The message texts themselves are hand-written in items_*.py.
ITEMS = []

ACC = {"E": "@EPUTNHS", "H": "@HillingdonNHSFT", "T": "@TEWVNHS", "R": "@RWTHNHS", "C": "@CMFTNHS"}
PLAT = {"fb": "facebook", "x": "x", "ig": "instagram", "bs": "bluesky", "li": "linkedin", "other": "other"}


def nhs(stem9, sep=" "):
    """Return a valid NHS number (test range 999...) for a hand-picked 9-digit stem."""
    assert len(stem9) == 9 and stem9.isdigit()
    total = sum(int(d) * w for d, w in zip(stem9, range(10, 1, -1)))
    check = 11 - (total % 11)
    if check == 11:
        check = 0
    if check == 10:
        raise ValueError("stem %s gives no valid NHS number, pick another" % stem9)
    s = stem9 + str(check)
    return s[:3] + sep + s[3:6] + sep + s[6:] if sep else s


def bad10(s):
    """A ten-digit reference that must FAIL the modulus-11 check (used in non-NHS-number items)."""
    d = s.replace(" ", "")
    assert len(d) == 10 and d.isdigit()
    total = sum(int(x) * w for x, w in zip(d[:9], range(10, 1, -1)))
    check = 11 - (total % 11)
    check = 0 if check == 11 else check
    assert check == 10 or check != int(d[9]), "%s would pass the NHS check" % s
    return s


def M(text, plat, chan, acc, author, cat, flags="", lang=None, note="", trap=False, t=None):
    handle, _, name = author.partition("|")
    a = {}
    if handle:
        a["handle"] = handle
    if name:
        a["name"] = name
    fl = sorted(set(flags.split())) if flags else []
    if lang and "non_english" not in fl:
        fl = sorted(fl + ["non_english"])
    ITEMS.append({
        "text": text, "platform": PLAT[plat], "channel": chan, "author": a,
        "account": ACC[acc], "category": cat, "flags": fl, "lang": lang,
        "note": ("TRAP: " if trap else "") + note, "t": t,
    })
