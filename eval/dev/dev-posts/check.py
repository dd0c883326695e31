#!/usr/bin/env python3
"""Validator for dev-posts.jsonl (draft posts, labelling guide section 2.1)."""
import json, re, sys, collections, difflib

FILE = sys.argv[1] if len(sys.argv) > 1 else 'dev-posts.jsonl'
PREFIX = 'dp-'

PLATFORMS = {'x','facebook','instagram','linkedin','youtube','tiktok','bluesky','blog','whatsapp','other'}
ACCOUNT_TYPES = {'official','devolved','personal'}
BLOCKING = ['pii.nhs_number','pii.nino','pii.postcode','pii.date_of_birth','pii.phone','pii.email',
 'pii.address','pii.person_name','clinical.patient_information','language.discriminatory',
 'language.abusive','media.consent_missing']
REVIEW = ['language.profanity','topic.political','topic.legal_matter','topic.emergency_incident',
 'topic.trust_performance','topic.medical_advice','topic.commercial','topic.confidential_business',
 'topic.security','topic.raising_concerns','topic.away_from_home','account.disclaimer_missing',
 'account.brand_in_handle','account.nhs_email','account.logo_use','media.tagging','platform.length',
 'platform.link_missing']
CANON = BLOCKING + REVIEW
LANGS = {'pl','ro','cy','ur','ur-Latn','pa','pa-Latn','bn','ar','es','pt'}
TOP_KEYS = {'id','text','platform','account','media','expect','note','lang'}
ACC_KEYS = {'type','handle','bio','identifiesAsEmployee'}
MEDIA_KEYS = {'kind','identifiablePeople','consent','tags'}

errors = []
def err(i, msg): errors.append(f'{i}: {msg}')

def jslen(s):
    return len(s.encode('utf-16-le')) // 2

def nhs_valid(d):
    s = sum(int(x) * w for x, w in zip(d[:9], range(10, 1, -1)))
    c = 11 - s % 11
    if c == 11: c = 0
    return c != 10 and c == int(d[9])

TEN = re.compile(r'(?<![\d])(\d{3}[ -]?\d{3}[ -]?\d{4}|\d{10})(?![\d])')
def ten_digit_runs(t):
    return [re.sub(r'\D', '', m.group(1)) for m in TEN.finditer(t)]

NINO = re.compile(r'\b([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])\b')
BAD_NINO_PREFIX = {'BG','GB','KN','NK','NT','TN','ZZ'}
def ninos(t):
    return [m.group(0) for m in NINO.finditer(t) if (m.group(1)+m.group(2)) not in BAD_NINO_PREFIX]

POSTCODE = re.compile(r'\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b')
EMAIL = re.compile(r'[\w.+-]+@[\w-]+(\.[\w-]+)+|\bat\b[^\n]{0,20}\bdot\b|\[at\]')
NHSMAIL = re.compile(r'[\w.+-]+@(nhs\.net|[\w-]+\.nhs\.uk)\b', re.I)
# UK-looking phone numbers: must be from Ofcom drama ranges
PHONE = re.compile(r'(?<![\d])0\d{2,4}(?:[ ]?\d{3,4}){1,2}(?![\d])')
DRAMA = [re.compile(p) for p in (r'^07700900\d{3}$', r'^01614960\d{3}$', r'^02079460\d{3}$', r'^01134960\d{3}$')]
URL = re.compile(r'https?://|\b[\w-]+(\.[\w-]+)*\.(nhs\.uk|org|com|co\.uk|uk|net|blog|org\.uk)(/\S*)?|doi\.org/')
LINK_PROMISE = re.compile(r'find out more|more info|details (here|on|below)|full details|read (the|more|it)|click here|learn more|in the link|via the link|see the full|below 👇|more information|details on our|on our website|ar ein gwefan|ویب سائٹ', re.I)
DISCLAIMER = re.compile(r'views? (are |expressed )?(my|mine|own|our)|opinions? (are )?(my|mine)|not (those of )?my employer|personal account|personal views|own views|views mine|thoughts my own|my own|views own|opiniones|opinie|poglądy|părerile|păreri|barn fy|fy marn|opiniões|mis opiniones|moje|মতামত আমার|آرائي|الآراء', re.I)

items = []
with open(FILE, encoding='utf-8') as f:
    for n, line in enumerate(f, 1):
        try:
            items.append(json.loads(line))
        except Exception as e:
            err(f'line {n}', f'does not parse: {e}')

ids = [o.get('id') for o in items]
if len(set(ids)) != len(ids): err('file', 'duplicate ids')
for k, i in enumerate(ids, 1):
    if i != f'{PREFIX}{k:04d}': err(i, f'id out of sequence, expected {PREFIX}{k:04d}')

for o in items:
    i = o.get('id'); t = o.get('text')
    if set(o) - TOP_KEYS: err(i, f'unknown keys {set(o)-TOP_KEYS}')
    if not isinstance(t, str) or not t.strip(): err(i, 'missing text'); continue
    if not isinstance(o.get('note'), str) or not o['note']: err(i, 'missing note')
    plat = o.get('platform')
    if plat is not None and plat not in PLATFORMS: err(i, f'bad platform {plat}')
    acc = o.get('account')
    if acc is not None:
        if set(acc) - ACC_KEYS: err(i, f'bad account keys {set(acc)-ACC_KEYS}')
        if acc.get('type') not in ACCOUNT_TYPES: err(i, 'bad account.type')
        if 'identifiesAsEmployee' in acc and not isinstance(acc['identifiesAsEmployee'], bool): err(i, 'identifiesAsEmployee not bool')
        if 'handle' in acc and not acc['handle'].startswith('@'): err(i, 'handle without @')
    media = o.get('media')
    if media is not None:
        if not isinstance(media, list) or not media: err(i, 'media must be a non-empty list')
        for m in media or []:
            if set(m) - MEDIA_KEYS: err(i, 'bad media keys')
            if m.get('kind') not in ('image','video'): err(i, 'bad media kind')
            if not isinstance(m.get('identifiablePeople'), bool) or not isinstance(m.get('consent'), bool): err(i, 'media flags not bool')
            if not isinstance(m.get('tags', []), list): err(i, 'tags not a list')
    ex = o.get('expect', {})
    cats = ex.get('categories')
    if not isinstance(cats, list): err(i, 'categories missing'); continue
    for c in cats:
        if c not in CANON: err(i, f'non-canonical category {c}')
    if cats != sorted(cats): err(i, 'categories not sorted')
    if len(set(cats)) != len(cats): err(i, 'duplicate category')
    want = 'block' if any(c in BLOCKING for c in cats) else ('review' if cats else 'pass')
    if ex.get('verdict') != want: err(i, f'verdict {ex.get("verdict")} should be {want}')
    if 'lang' in o:
        if o['lang'] not in LANGS: err(i, f'unexpected lang {o["lang"]}')
    # account.* only with an account; platform.* only with a platform
    if acc is None and any(c.startswith('account.') for c in cats): err(i, 'account.* label on a post with no account')
    if plat is None and any(c.startswith('platform.') for c in cats): err(i, 'platform.* label on a post with no platform')
    for c in ('account.disclaimer_missing','account.brand_in_handle','account.nhs_email'):
        if c in cats and (acc or {}).get('type') != 'personal': err(i, f'{c} on a non-personal account')
    if 'account.disclaimer_missing' in cats:
        if not acc.get('identifiesAsEmployee'): err(i, 'disclaimer_missing but identifiesAsEmployee is not true')
        if DISCLAIMER.search(acc.get('bio','') or '') or DISCLAIMER.search(t): err(i, 'disclaimer_missing but a disclaimer is present')
    if 'account.nhs_email' in cats and not (NHSMAIL.search(t) or NHSMAIL.search(acc.get('bio','') or '')): err(i, 'nhs_email label without an NHS address')
    if 'account.nhs_email' in cats and 'pii.email' in cats: err(i, 'nhs_email must not also be pii.email')
    # media rules are mechanical: check both ways
    consent_missing = any(m.get('identifiablePeople') and not m.get('consent') for m in media or [])
    if consent_missing != ('media.consent_missing' in cats): err(i, 'media.consent_missing does not match media flags')
    tagging = (acc or {}).get('type') in ('official','devolved') and any(m.get('tags') for m in media or [])
    if tagging != ('media.tagging' in cats): err(i, 'media.tagging does not match account/tags')
    # platform.length with margins
    L = jslen(t)
    lim = {'x': 280, 'bluesky': 300}.get(plat)
    if lim:
        if 'platform.length' in cats:
            if L < lim + 20: err(i, f'length positive only {L} chars (need >= {lim+20})')
        elif L > lim - 15: err(i, f'clean-length post is {L} chars (need <= {lim-15})')
    elif 'platform.length' in cats: err(i, 'platform.length on a platform with no limit')
    if 'platform.link_missing' in cats:
        if plat not in ('x','bluesky'): err(i, 'link_missing off x/bluesky')
        if URL.search(t): err(i, 'link_missing but a link is present')
    elif plat in ('x','bluesky') and LINK_PROMISE.search(t) and not URL.search(t):
        err(i, 'promises more information with no link but is not labelled link_missing')
    # NHS numbers
    runs = ten_digit_runs(t)
    if 'pii.nhs_number' in cats:
        if not runs: err(i, 'nhs_number label but no 10-digit run')
        for r in runs:
            if not (r.startswith('999') and nhs_valid(r)): err(i, f'10-digit run {r} fails the check or is outside 999')
    else:
        for r in runs:
            if nhs_valid(r): err(i, f'10-digit run {r} passes the NHS check in a non-NHS item')
    # NINO
    found = ninos(t)
    if 'pii.nino' in cats and not found: err(i, 'nino label but no valid NINO')
    if 'pii.nino' not in cats and found: err(i, f'valid NINO {found} in an unlabelled item')
    # postcode
    if 'pii.postcode' in cats and not POSTCODE.search(t): err(i, 'postcode label but no full postcode')
    # e-mail
    if 'pii.email' in cats and not EMAIL.search(t): err(i, 'email label but no e-mail address')
    if 'pii.email' in cats and NHSMAIL.search(t) and not re.search(r'@(?!nhs\.net)(?![\w-]+\.nhs\.uk)[\w-]+\.', t): err(i, 'pii.email on an NHS-only address')
    # phones: any UK number in the text must be from a drama range
    for m in PHONE.finditer(t):
        d = re.sub(r'\D', '', m.group(0))
        if len(d) == 11 and not any(p.match(d) for p in DRAMA): err(i, f'phone {m.group(0)} is not in an Ofcom drama range')
    if 'pii.phone' in cats and not PHONE.search(t): err(i, 'phone label but no phone number')
    # traps are clean near-misses in this set
    if o.get('note','').startswith('TRAP') and cats: err(i, 'TRAP note on a positive item')
    if 'lang' in o and not o.get('note'): err(i, 'non-English item without a translation note')

# near-duplicates
texts = [(o['id'], re.sub(r'\s+', ' ', o['text'].lower())) for o in items]
for a in range(len(texts)):
    for b in range(a + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, texts[a][1], texts[b][1])
        if sm.real_quick_ratio() > 0.75 and sm.quick_ratio() > 0.75 and sm.ratio() > 0.75:
            err(texts[a][0], f'near-duplicate of {texts[b][0]} ({sm.ratio():.2f})')

# ---- counts ----
cat_n = collections.Counter(c for o in items for c in o['expect']['categories'])
verdict_n = collections.Counter(o['expect']['verdict'] for o in items)
plat_n = collections.Counter(o.get('platform', '(none)') for o in items)
acct_n = collections.Counter((o.get('account') or {}).get('type', '(none)') for o in items)
lang_n = collections.Counter(o.get('lang', 'en') for o in items)
media_n = sum(1 for o in items if o.get('media'))
clean = [o for o in items if not o['expect']['categories']]
traps = [o for o in clean if o['note'].startswith('TRAP')]
non_en = sum(1 for o in items if 'lang' in o)

def table(title, counter, order=None):
    print(f'\n{title}')
    keys = order or sorted(counter, key=lambda k: (-counter[k], k))
    for k in keys:
        print(f'  {k:<36} {counter.get(k, 0):>4}')

print(f'items: {len(items)}   clean: {len(clean)} (traps: {len(traps)})   non-English: {non_en} ({100*non_en/len(items):.1f}%)   with media: {media_n}')
table('verdict', verdict_n, ['block','review','pass'])
table('category (positives)', cat_n, CANON)
table('platform', plat_n)
table('account type', acct_n)
table('language', lang_n)
print('\nflag, channel: not applicable to draft posts (guide §2.2 only)')

# ---- minimum counts from the brief ----
def need(cond, msg):
    if not cond: errors.append('minimum: ' + msg)
need(len(items) >= 300, 'at least 300 posts')
need(len(clean) >= 100, 'at least 100 clean posts')
need(len(traps) >= 40, 'at least 40 clean traps')
need(cat_n['pii.person_name'] >= 40, 'at least 40 pii.person_name')
need(cat_n['clinical.patient_information'] >= 50, 'at least 50 clinical.patient_information')
for c in CANON:
    if c not in ('pii.person_name', 'clinical.patient_information'):
        need(cat_n[c] >= 8, f'at least 8 {c} (have {cat_n[c]})')
need(0.08 <= non_en / len(items) <= 0.13, 'about 10% non-English')
need(set(plat_n) - {'(none)'} == PLATFORMS, 'every platform used')

if errors:
    print('\nFAILED:')
    for e in errors: print('  ' + e)
    sys.exit(1)
print('\nOK: all checks passed')
