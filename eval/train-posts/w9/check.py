#!/usr/bin/env python3
"""Validate w9.jsonl against the rules of the labelling guide (draft-post format) and print counts."""
import json, re, sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'w9.jsonl')
BLOCK = {'pii.nhs_number','pii.nino','pii.postcode','pii.date_of_birth','pii.phone','pii.email',
         'pii.address','pii.person_name','clinical.patient_information','language.discriminatory',
         'language.abusive','media.consent_missing'}
REVIEW = {'language.profanity','topic.political','topic.legal_matter','topic.emergency_incident',
          'topic.trust_performance','topic.medical_advice','topic.commercial','topic.confidential_business',
          'topic.security','topic.raising_concerns','topic.away_from_home','account.disclaimer_missing',
          'account.brand_in_handle','account.nhs_email','account.logo_use','media.tagging',
          'platform.length','platform.link_missing'}
PLATFORMS = {'x','facebook','instagram','linkedin','youtube','tiktok','bluesky','blog','whatsapp','other'}
ACCOUNTS = {'official','devolved','personal'}
LANG = re.compile(r'^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$')
TOP = {'id','text','platform','account','media','expect','note','lang','names'}

def nhs_valid(d):
    if len(d) != 10 or not d.isdigit(): return False
    s = sum(int(c)*w for c, w in zip(d[:9], range(10, 1, -1)))
    c = 11 - s % 11
    if c == 11: c = 0
    return c != 10 and c == int(d[9])

errors = []; warns = []
def err(i, m): errors.append(f'{i}: {m}')

seen = set(); rows = []
with open(PATH, encoding='utf-8') as fh:
    for ln, line in enumerate(fh, 1):
        if not line.strip():
            err(f'line {ln}', 'blank line'); continue
        try:
            o = json.loads(line)
        except Exception as e:
            err(f'line {ln}', f'bad JSON: {e}'); continue
        i = o.get('id', f'line {ln}')
        rows.append(o)
        for k in o:
            if k not in TOP: err(i, f'unknown field {k}')
        for k in ('id','text','expect','note','names'):
            if k not in o: err(i, f'missing {k}')
        if not re.fullmatch(r'tw9-\d{4}', str(o.get('id',''))): err(i, 'bad id')
        if i in seen: err(i, 'duplicate id')
        seen.add(i)
        if i != 'tw9-%04d' % ln: err(i, f'id out of sequence at line {ln}')
        t = o.get('text', '')
        if not isinstance(t, str) or not t.strip(): err(i, 'empty text')
        if not str(o.get('note','')).strip(): err(i, 'empty note')
        ex = o.get('expect', {})
        cats = ex.get('categories', [])
        v = ex.get('verdict')
        if set(ex) - {'verdict','categories'}: err(i, 'extra keys in expect')
        for c in cats:
            if c not in BLOCK | REVIEW: err(i, f'unknown category {c}')
        if cats != sorted(set(cats)): err(i, 'categories not sorted/unique')
        want = 'block' if set(cats) & BLOCK else ('review' if cats else 'pass')
        if v != want: err(i, f'verdict {v} but categories imply {want}')
        plat = o.get('platform')
        if plat is not None and plat not in PLATFORMS: err(i, f'bad platform {plat}')
        if plat is None and any(c.startswith('platform.') for c in cats): err(i, 'platform.* without platform')
        acc = o.get('account')
        if acc is None:
            if any(c.startswith('account.') for c in cats): err(i, 'account.* without account')
        else:
            if acc.get('type') not in ACCOUNTS: err(i, 'bad account type')
            if not str(acc.get('handle','')).startswith('@'): err(i, 'handle should start with @')
            if acc.get('type') == 'personal' and not isinstance(acc.get('identifiesAsEmployee'), bool):
                err(i, 'personal account without identifiesAsEmployee')
            if acc.get('type') != 'personal':
                for c in ('account.disclaimer_missing','account.brand_in_handle','account.nhs_email'):
                    if c in cats: err(i, f'{c} on a non-personal account')
            if 'account.disclaimer_missing' in cats:
                bio = (acc.get('bio') or '') + ' ' + t
                if re.search(r'views? (are )?(my|mine)|own views|my own|personal views|opinions? (are )?(my|mine)', bio, re.I):
                    err(i, 'disclaimer_missing but a disclaimer is present')
                if not acc.get('identifiesAsEmployee'): err(i, 'disclaimer_missing but not identifiesAsEmployee')
        media = o.get('media', [])
        cm = False; tg = False
        for m in media:
            if m.get('kind') not in ('image','video'): err(i, 'bad media kind')
            for k in ('identifiablePeople','consent'):
                if not isinstance(m.get(k), bool): err(i, f'media {k} not bool')
            if not isinstance(m.get('tags'), list): err(i, 'media tags not list')
            if m.get('identifiablePeople') and not m.get('consent'): cm = True
            if m.get('tags'): tg = True
        if cm != ('media.consent_missing' in cats): err(i, 'media.consent_missing inconsistent with media')
        offi = acc is not None and acc.get('type') in ('official','devolved')
        if (tg and offi) != ('media.tagging' in cats): err(i, 'media.tagging inconsistent with media/account')
        if plat in ('x','bluesky'):
            lim = 280 if plat == 'x' else 300
            L = len(t.encode('utf-16-le')) // 2
            if 'platform.length' in cats:
                if L < lim + 20: err(i, f'platform.length but only {L} chars')
            else:
                if L > lim - 15: err(i, f'{L} chars on {plat} without platform.length (keep 15 under)')
        elif 'platform.length' in cats: err(i, 'platform.length on a platform without a limit')
        if 'platform.link_missing' in cats and plat not in ('x','bluesky'): err(i, 'link_missing off x/bluesky')
        # NHS numbers
        found_valid = False
        for mm in re.finditer(r'(?<!\d)(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?!\d)', t):
            d = ''.join(mm.groups())
            if nhs_valid(d):
                found_valid = True
                if not d.startswith('999'): err(i, f'valid NHS number outside 999 range: {d}')
        if found_valid != ('pii.nhs_number' in cats): err(i, 'pii.nhs_number inconsistent with text')
        # phones must be drama range
        for mm in re.finditer(r'(?<!\d)(07\d{3}|0\d{3}|020)[ ]?(\d{3,4})[ ]?(\d{3,4})(?!\d)', t):
            d = re.sub(r'\D', '', mm.group(0))
            ok = (d.startswith('07700900') or d.startswith('01614960') or d.startswith('02079460') or d.startswith('01134960'))
            if not ok and not found_valid: warns.append(f'{i}: number {mm.group(0)} not in a drama range')
            if ok and 'pii.phone' not in cats and not offi: warns.append(f'{i}: drama-range phone without pii.phone')
        if 'pii.phone' in cats and not re.search(r'\d{3}', t): err(i, 'pii.phone with no digits')
        # names
        names = o.get('names')
        if not isinstance(names, list): err(i, 'names not a list'); names = []
        pos = 0
        for nm in names:
            if not isinstance(nm, str) or not nm.strip(): err(i, 'empty name'); continue
            if nm not in t: err(i, f'name {nm!r} not a substring of text'); continue
            p = t.find(nm, pos)
            if p < 0: err(i, f'name {nm!r} out of order'); continue
            pos = p
        if 'pii.person_name' in cats and not names: err(i, 'pii.person_name but names is empty')
        if 'clinical.patient_information' in cats and 'pii.person_name' not in cats and names:
            pass  # described patient in a post that also names e.g. staff: allowed
        lang = o.get('lang')
        if lang is not None and not LANG.match(lang): err(i, f'bad lang {lang}')
        if lang is not None and not re.search(r'[A-Za-z]', o.get('note','')): err(i, 'non-English line needs an English note')

for e in errors: print('ERROR', e)
for w in warns: print('warn ', w)
print(f'lines: {len(rows)}  errors: {len(errors)}  warnings: {len(warns)}')
vc = Counter(r['expect']['verdict'] for r in rows)
print('verdict:', dict(sorted(vc.items())))
cc = Counter(c for r in rows for c in r['expect']['categories'])
print('categories:'); [print(f'  {k}: {v}') for k, v in sorted(cc.items())]
print('  (none / clean):', sum(1 for r in rows if not r['expect']['categories']))
lc = Counter(r.get('lang', 'en') for r in rows)
print('language:', ', '.join(f'{k} {v}' for k, v in sorted(lc.items(), key=lambda x: -x[1])))
print('with names:', sum(1 for r in rows if r.get('names')))
sys.exit(1 if errors else 0)
