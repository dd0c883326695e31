#!/usr/bin/env python3
"""Validate night-inbox.jsonl against docs/labelling.md (public messages, section 2.2)."""
import json, re, sys, os
from collections import Counter
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'night-inbox.jsonl')
PLATFORMS = {'x','facebook','instagram','linkedin','youtube','tiktok','bluesky','blog','whatsapp','other'}
CHANNELS = {'mention','comment','reply','dm','review'}
CATS = ['crisis','threat','subject_access','foi','media','complaint','clinical_question','pals','abuse','compliment','spam','general']
FLAGS = {'abuse','names_staff','contains_pii','non_english','recording'}
ACCOUNTS = {'@EPUTNHS','@HillingdonNHSFT','@TEWVNHS','@RWTHNHS','@CMFTNHS'}
REQ = ['id','text','platform','channel','author','receivedAt','account','expect','note']
LANG_RE = re.compile(r'^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$')

def nhs_ok(d):
    s = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - s % 11
    if c == 11: c = 0
    return c != 10 and c == int(d[9])

DRAMA = [(r'07700\s?900\d{3}', None), (r'0161\s?496\s?0\d{3}', None), (r'020\s?7946\s?0\d{3}', None), (r'0113\s?496\s?0\d{3}', None)]
PHONEISH = re.compile(r'(?<!\d)(?:\+44\s?|0)\d[\d\s]{8,12}\d(?!\d)')

errs = []
def err(i, m): errs.append(f'line {i}: {m}')

ids = set(); cats = Counter(); langs = Counter(); flags = Counter(); n = 0
with open(PATH, encoding='utf-8') as fh:
    for i, line in enumerate(fh, 1):
        n += 1
        try:
            o = json.loads(line)
        except Exception as e:
            err(i, f'bad JSON: {e}'); continue
        for k in REQ:
            if k not in o: err(i, f'missing {k}')
        if o.get('id') != 'ni-%04d' % i: err(i, f'id {o.get("id")} out of sequence')
        if o.get('id') in ids: err(i, 'duplicate id')
        ids.add(o.get('id'))
        if not isinstance(o.get('text'), str) or not o['text'].strip(): err(i, 'empty text')
        if o.get('platform') not in PLATFORMS: err(i, 'bad platform')
        if o.get('channel') not in CHANNELS: err(i, 'bad channel')
        a = o.get('author', {})
        if not isinstance(a, dict) or not a.get('handle'): err(i, 'author.handle missing')
        try:
            t = datetime.strptime(o.get('receivedAt', ''), '%Y-%m-%dT%H:%M:%SZ')
            if t > datetime(2026, 12, 4, 23, 59): err(i, 'receivedAt in the future')
        except ValueError:
            err(i, 'bad receivedAt')
        if o.get('account') not in ACCOUNTS: err(i, 'unknown account')
        ex = o.get('expect', {})
        if set(ex) != {'category', 'flags'}: err(i, 'expect must have category and flags only')
        c = ex.get('category')
        if c not in CATS: err(i, f'bad category {c}')
        fl = ex.get('flags', [])
        if not isinstance(fl, list) or any(f not in FLAGS for f in fl): err(i, f'bad flags {fl}')
        if fl != sorted(set(fl)): err(i, 'flags not sorted/unique')
        lang = o.get('lang')
        if lang is not None:
            if not LANG_RE.match(lang) or lang == 'en': err(i, f'bad lang {lang}')
            if 'non_english' not in fl: err(i, 'lang set but non_english flag missing')
        elif 'non_english' in fl: err(i, 'non_english flag without lang')
        if 'contains_pii' in fl and o.get('channel') == 'dm': err(i, 'contains_pii is not asserted in a dm (4.3)')
        if not isinstance(o.get('note'), str) or len(o['note']) < 5: err(i, 'note missing')
        if lang and len(o.get('note','')) < 15: err(i, 'non-English line needs a translation in note')
        txt = o.get('text', '')
        # NHS numbers: any 10-digit run (any spacing 3-3-4) must be a valid 999 test number
        for m in re.finditer(r'(?<!\d)(\d{3})[\s-]?(\d{3})[\s-]?(\d{4})(?!\d)', txt):
            d = ''.join(m.groups())
            if d.startswith('0'): continue  # phone-shaped, checked below
            if not d.startswith('999') or not nhs_ok(d): err(i, f'10-digit number {d} is not a valid 999 test NHS number')
        # phone numbers must come from Ofcom drama ranges
        for m in PHONEISH.finditer(txt):
            s = m.group(0).strip()
            if s.replace(' ', '').startswith('999'): continue
            if not any(re.fullmatch(p, s) for p, _ in DRAMA): err(i, f'phone {s} not in an Ofcom drama range')
        # 4.1 / 4.3 consistency checks that can be made mechanically
        if 'recording' in fl and not re.search(r'film|record|video|photo|pic|vid|camera|clip|nagra|grab|filmik|zdj|ویڈیو|فلم|فيديو|صور|录|拍|视频|gravei|grab|foto|video|kayd|filmav|ffilm|fideo|filmat|sawir|ቪድዮ|ቪዲዮ|ویډیو|ভিডিও|ਵੀਡੀਓ|વીડિયો|vidyo|filmuo|recordio|vîdyo|ڤیدیۆ', txt, re.I):
            err(i, 'recording flag but the text never mentions a recording')
        cats[c] += 1; langs[lang or 'en'] += 1
        for f in fl: flags[f] += 1

# set-level checks from the brief
if n:
    ne = sum(v for k, v in langs.items() if k != 'en')
    MACRO = {'kmr': 'ku', 'ckb': 'ku', 'cmn': 'zh', 'yue': 'zh', 'pnb': 'pa'}
    base = {MACRO.get(k.split('-')[0], k.split('-')[0]) for k in langs if k != 'en'}
    print(f'lines {n}; non-English {ne} ({100*ne/n:.1f}%); languages other than English {len(base)} ({len(langs)-1} language tags)')
    print(f'crisis {cats["crisis"]} ({100*cats["crisis"]/n:.1f}%), threat {cats["threat"]} ({100*cats["threat"]/n:.1f}%)')
print('by category:', ', '.join(f'{k} {cats[k]}' for k in CATS))
print('by language:', ', '.join(f'{k} {v}' for k, v in sorted(langs.items(), key=lambda x: (-x[1], x[0]))))
print('flags:', ', '.join(f'{k} {v}' for k, v in sorted(flags.items())))
if errs:
    print('\n'.join(errs)); print(f'{len(errs)} problem(s)'); sys.exit(1)
print('OK')
