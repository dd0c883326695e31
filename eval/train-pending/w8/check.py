#!/usr/bin/env python3
"""Validate w8.jsonl against the public-message format and rules of the labelling guide."""
import json, re, sys, os, collections, datetime
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'w8.jsonl')
PLATFORMS = {'x','facebook','instagram','linkedin','youtube','tiktok','bluesky','blog','whatsapp','other'}
CHANNELS = {'mention','comment','reply','dm','review'}
CATS = ['crisis','threat','subject_access','foi','media','complaint','clinical_question','pals','abuse','compliment','spam','general']
FLAGS = {'abuse','names_staff','contains_pii','non_english','recording'}
ACCOUNTS = {'@EPUTNHS','@HillingdonNHSFT','@TEWVNHS','@RWTHNHS','@CMFTNHS'}
REQ = ['id','text','platform','channel','author','receivedAt','account','expect','note']
errs = []
ids = set(); texts = set()
cat_c = collections.Counter(); lang_c = collections.Counter(); lc = collections.defaultdict(collections.Counter)
def nhs_ok(d):
    s = sum(int(d[i])*(10-i) for i in range(9)); c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])
def phone_ok(p):
    p = re.sub(r'\D','',p)
    if p.startswith('44'): p = '0'+p[2:]
    return (p.startswith('07700900') and len(p)==11) or any(p.startswith(x) and len(p)==11 for x in ('01614960','02079460','01134960'))
n = 0
with open(path, encoding='utf-8') as f:
    for i, line in enumerate(f, 1):
        if not line.strip():
            errs.append(f'line {i}: blank'); continue
        try: o = json.loads(line)
        except Exception as e:
            errs.append(f'line {i}: bad JSON {e}'); continue
        n += 1
        for k in REQ:
            if k not in o: errs.append(f'line {i}: missing {k}')
        iid = o.get('id','')
        if iid != 'tw8-%04d' % n: errs.append(f'line {i}: id {iid} out of sequence')
        if iid in ids: errs.append(f'line {i}: duplicate id')
        ids.add(iid)
        t = o.get('text','')
        if not isinstance(t,str) or not t.strip(): errs.append(f'{iid}: empty text')
        if t in texts: errs.append(f'{iid}: duplicate text')
        texts.add(t)
        if o.get('platform') not in PLATFORMS: errs.append(f'{iid}: platform')
        if o.get('channel') not in CHANNELS: errs.append(f'{iid}: channel')
        if o.get('account') not in ACCOUNTS: errs.append(f'{iid}: account')
        a = o.get('author',{})
        if not isinstance(a,dict) or not str(a.get('handle','')).startswith('@'): errs.append(f'{iid}: author.handle')
        try:
            d = datetime.datetime.strptime(o.get('receivedAt',''),'%Y-%m-%dT%H:%M:%SZ')
            if d.year != 2026: errs.append(f'{iid}: date not in 2026')
        except Exception: errs.append(f'{iid}: receivedAt not ISO UTC')
        e = o.get('expect',{})
        if set(e) != {'category','flags'}: errs.append(f'{iid}: expect keys')
        cat = e.get('category'); fl = e.get('flags',[])
        if cat not in CATS: errs.append(f'{iid}: category {cat}')
        if not isinstance(fl,list) or any(x not in FLAGS for x in fl): errs.append(f'{iid}: flags {fl}')
        if len(set(fl)) != len(fl) or fl != sorted(fl): errs.append(f'{iid}: flags not unique/sorted')
        lang = o.get('lang')
        if lang is not None:
            if not re.fullmatch(r'[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?', lang) or lang == 'en': errs.append(f'{iid}: lang {lang}')
            if 'non_english' not in fl: errs.append(f'{iid}: lang set but no non_english flag')
        elif 'non_english' in fl: errs.append(f'{iid}: non_english flag without lang')
        if 'contains_pii' in fl and o.get('channel') == 'dm': errs.append(f'{iid}: contains_pii asserted in a dm (4.3)')
        note = o.get('note','')
        if not isinstance(note,str) or len(note) < 5: errs.append(f'{iid}: note')
        if not re.search(r'[A-Za-z]', note): errs.append(f'{iid}: note has no English')
        if lang is not None and not re.search(r"'[^']{3,}'", note): errs.append(f'{iid}: non-English line without a quoted English translation in its note')
        if not re.search(r'= ?(crisis|threat|subject_access|foi|media|complaint|clinical_question|pals|abuse|compliment|spam|general)\b', note) and cat not in note:
            errs.append(f'{iid}: note does not state the category')
        # safety rules of section 5
        for m in re.finditer(r'(?<!\d)(\d[\d ]{8,14}\d)(?!\d)', t):
            digits = re.sub(r'\D','',m.group(1))
            if len(digits) == 10 and not digits.startswith('0'):
                if nhs_ok(digits):
                    if not digits.startswith('999'): errs.append(f'{iid}: valid NHS number outside 999 range')
                elif 'contains_pii' in fl: errs.append(f'{iid}: 10-digit number fails check in a pii line')
            if digits.startswith('0') or digits.startswith('44'):
                if len(digits) >= 10 and not phone_ok(digits) and digits not in ('03001234567',):
                    errs.append(f'{iid}: phone {m.group(1)} not in Ofcom drama range')
        # priority sanity: crisis/threat messages keep that category whatever else is there (4.1);
        # flags that only make sense with content
        if cat == 'general' and 'abuse' in fl: errs.append(f'{iid}: general with abuse flag (should be abuse or higher)')
        if cat == 'compliment' and 'abuse' in fl: errs.append(f'{iid}: compliment with abuse flag (abuse outranks compliment)')
        if cat == 'spam' and 'abuse' in fl: errs.append(f'{iid}: spam with abuse flag (abuse outranks spam)')
        cat_c[cat] += 1; lang_c[lang or 'en'] += 1; lc[lang or 'en'][cat] += 1
for x in errs: print('ERROR', x)
print(f'lines: {n}')
print('by category:'); [print(f'  {c:18} {cat_c[c]:5} {100*cat_c[c]/max(n,1):5.1f}%') for c in CATS if cat_c[c]]
hn = n - cat_c['crisis'] - cat_c['threat']
print(f'  hard negatives     {hn:5} {100*hn/max(n,1):5.1f}%')
ne = n - lang_c['en']
print(f'by language ({len(lang_c)} incl. en; non-English {ne} = {100*ne/max(n,1):.1f}%):')
for l, k in sorted(lang_c.items(), key=lambda z: -z[1]):
    c = lc[l]
    print(f'  {l:8} {k:5}  crisis {c["crisis"]:3} threat {c["threat"]:3} other {k-c["crisis"]-c["threat"]:3}')
missing = [l for l in lc if l != 'en' and (not lc[l]['crisis'] or not lc[l]['threat'] or k == 0)]
for l in lc:
    c = lc[l]
    if not c['crisis'] or not c['threat'] or lang_c[l]-c['crisis']-c['threat'] == 0:
        print(f'  WARNING {l}: missing a group')
sys.exit(1 if errs else 0)
