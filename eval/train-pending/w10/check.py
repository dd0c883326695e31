#!/usr/bin/env python3
"""Validator for the w10 training set (draft posts, labelling guide section 2.1). Standard library only."""
import json, re, sys, collections
PATH = sys.argv[1] if len(sys.argv) > 1 else __file__.rsplit('/', 1)[0] + '/w10.jsonl'
BLOCKING = {'pii.nhs_number','pii.nino','pii.postcode','pii.date_of_birth','pii.phone','pii.email','pii.address',
 'pii.person_name','clinical.patient_information','language.discriminatory','language.abusive','media.consent_missing'}
REVIEW = {'language.profanity','topic.political','topic.legal_matter','topic.emergency_incident','topic.trust_performance',
 'topic.medical_advice','topic.commercial','topic.confidential_business','topic.security','topic.raising_concerns',
 'topic.away_from_home','account.disclaimer_missing','account.brand_in_handle','account.nhs_email','account.logo_use',
 'media.tagging','platform.length','platform.link_missing'}
PLATFORMS = {'x','facebook','instagram','linkedin','youtube','tiktok','bluesky','blog','whatsapp','other'}
ACCOUNT_TYPES = {'official','devolved','personal'}
def nhs_ok(d):
    r = sum(int(x)*w for x, w in zip(d[:9], range(10, 1, -1))) % 11
    c = 11 - r
    if c == 11: c = 0
    return c != 10 and c == int(d[9])
errors = []; seen = set(); rows = []
with open(PATH, encoding='utf-8') as f:
    for n, line in enumerate(f, 1):
        def err(m): errors.append(f'line {n}: {m}')
        try: o = json.loads(line)
        except Exception as e: err(f'bad JSON: {e}'); continue
        for k in ('id','text','expect','note','names'):
            if k not in o: err(f'missing {k}')
        if not isinstance(o.get('text'), str) or not o.get('text','').strip(): err('text empty')
        if not isinstance(o.get('note'), str) or not o.get('note','').strip(): err('note empty')
        i = o.get('id','')
        if not re.fullmatch(r'tw10-\d{4}', str(i)): err(f'bad id {i}')
        if i in seen: err(f'duplicate id {i}')
        seen.add(i)
        names = o.get('names')
        if not isinstance(names, list) or not all(isinstance(x, str) for x in names): err('names must be a list of strings')
        else:
            for nm in names:
                if nm not in o.get('text',''): err(f'name {nm!r} not in text')
        if 'platform' in o and o['platform'] not in PLATFORMS: err(f"bad platform {o['platform']}")
        a = o.get('account')
        if a is not None:
            if a.get('type') not in ACCOUNT_TYPES: err('bad account.type')
            if not isinstance(a.get('handle'), str): err('account.handle missing')
            if 'identifiesAsEmployee' in a and not isinstance(a['identifiesAsEmployee'], bool): err('identifiesAsEmployee not bool')
        for m in o.get('media', []) or []:
            if not isinstance(m.get('identifiablePeople'), bool) or not isinstance(m.get('consent'), bool) or not isinstance(m.get('tags'), list):
                err('bad media item')
        e = o.get('expect', {})
        cats = e.get('categories')
        if not isinstance(cats, list): err('categories not a list'); cats = []
        for c in cats:
            if c not in BLOCKING | REVIEW: err(f'unknown category {c}')
        if cats != sorted(cats): err('categories not sorted')
        if len(set(cats)) != len(cats): err('duplicate category')
        want = 'block' if any(c in BLOCKING for c in cats) else ('review' if cats else 'pass')
        if e.get('verdict') != want: err(f"verdict {e.get('verdict')} should be {want}")
        if any(c.startswith('account.') for c in cats) and a is None: err('account.* label with no account')
        if any(c.startswith('platform.') for c in cats) and 'platform' not in o: err('platform.* label with no platform')
        if 'media.consent_missing' in cats and not any(m['identifiablePeople'] and not m['consent'] for m in o.get('media', [])): err('consent_missing without such media')
        if any(m['identifiablePeople'] and not m['consent'] for m in o.get('media', []) or []) and 'media.consent_missing' not in cats: err('media lacks consent but not labelled')
        L = len(o.get('text','').encode('utf-16-le')) // 2
        lim = {'x': 280, 'bluesky': 300}.get(o.get('platform'))
        if lim:
            if 'platform.length' in cats and L < lim + 20: err('length positive not 20 over')
            if 'platform.length' not in cats and L > lim - 15: err('clean length not 15 under')
        for m in re.findall(r'(?<!\d)(\d{3}[ -]?\d{3}[ -]?\d{4})(?!\d)', o.get('text','')):
            d = re.sub(r'\D', '', m)
            if nhs_ok(d) != ('pii.nhs_number' in cats): err(f'NHS-number check mismatch for {m}')
            if nhs_ok(d) and not d.startswith('999'): err('NHS number outside 999 test range')
        if 'lang' in o and (not isinstance(o['lang'], str) or not re.fullmatch(r'[a-z]{2,3}(-[A-Za-z]{2,8})?', o['lang'])): err('bad lang')
        rows.append(o)
if errors:
    print('\n'.join(errors[:50])); print(f'FAILED: {len(errors)} problem(s)'); sys.exit(1)
v = collections.Counter(o['expect']['verdict'] for o in rows)
c = collections.Counter(x for o in rows for x in o['expect']['categories'])
l = collections.Counter(o.get('lang', 'en') for o in rows)
print(f'{len(rows)} lines, ids unique, all valid')
print('verdicts:', dict(sorted(v.items())))
print('categories:'); [print(f'  {k:32} {n}') for k, n in sorted(c.items())]
print('languages:', dict(sorted(l.items())))
print('non-English:', sum(n for k, n in l.items() if k != 'en'))
print('OK')
