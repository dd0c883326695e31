"""Shared helper for the hand-written items.

Each item is written by hand in one of the items_*.py files as a call to A().
This module only records the call; build.py numbers, dates and serialises.
"""

ITEMS = []

ACCOUNTS = {"E": "@EPUTNHS", "H": "@HillingdonNHSFT", "T": "@TEWVNHS",
            "R": "@RWTNHS", "C": "@CMFTNHS"}
PLATFORMS = {"fb": "facebook", "x": "x", "ig": "instagram", "wa": "whatsapp",
             "ot": "other"}
CHANNELS = {"c": "comment", "m": "mention", "r": "reply", "d": "dm",
            "rv": "review"}
FLAGCODES = {"a": "abuse", "n": "names_staff", "p": "contains_pii",
             "r": "recording"}


def A(lang, cat, acct, plat, chan, text, note, fl="", kind=None, trap=None,
      when=None, mix=None, who=None):
    """lang: BCP 47 of the main language ('en' for English-dominant mixes);
    cat: expected category; fl: flag codes (non_english is added for every
    lang other than 'en'); kind: crisis/threat kind; trap: why it is a trap;
    when: fixed receivedAt when the text ties it to a date; mix: the other
    language of a code-mixed item; who: (handle, name) when the text needs it.
    """
    ITEMS.append(dict(lang=lang, cat=cat, acct=ACCOUNTS[acct],
                      plat=PLATFORMS[plat], chan=CHANNELS[chan], text=text,
                      note=note, flags=[FLAGCODES[c] for c in fl],
                      kind=kind, trap=trap, when=when, mix=mix, who=who))
