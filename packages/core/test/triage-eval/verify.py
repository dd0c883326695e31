#!/usr/bin/env python3
"""Validate messages.jsonl and print per-category / per-flag counts (Markdown).

Usage: python3 packages/core/test/triage-eval/verify.py
Exit status 0 if the set is valid, 1 otherwise.
"""
import json, os, re, sys
from collections import Counter
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'messages.jsonl')
CATEGORIES = ['crisis', 'threat', 'subject_access', 'foi', 'media', 'complaint',
              'clinical_question', 'pals', 'abuse', 'compliment', 'spam', 'general']
FLAGS = ['abuse', 'names_staff', 'contains_pii', 'non_english', 'recording']
CHANNELS = {'mention', 'comment', 'reply', 'dm', 'review'}
PLATFORMS = {'x', 'facebook', 'instagram', 'linkedin', 'youtube', 'tiktok', 'bluesky', 'blog', 'whatsapp', 'other'}
ACCOUNTS = {'@EPUTNHS', '@HillingdonNHSFT', '@TEWVNHS', '@RWTHNHS', '@CMFTNHS'}
MINIMUM = {c: 30 for c in CATEGORIES}
MINIMUM.update({'crisis': 60, 'threat': 40})

errors = []
ids, texts = set(), set()
cats, flags, chans, accts = Counter(), Counter(), Counter(), Counter()
flags_by_cat = {c: Counter() for c in CATEGORIES}
n = 0
with open(PATH, encoding='utf-8') as fh:
    for ln, line in enumerate(fh, 1):
        if not line.strip():
            errors.append(f'line {ln}: blank line'); continue
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f'line {ln}: invalid JSON ({e})'); continue
        n += 1
        i = o.get('id')
        if not isinstance(i, str) or not re.fullmatch(r't\d{4}', i): errors.append(f'line {ln}: bad id {i!r}')
        if i in ids: errors.append(f'line {ln}: duplicate id {i}')
        ids.add(i)
        t = o.get('text')
        if not isinstance(t, str) or not t.strip(): errors.append(f'line {ln}: empty text')
        if t in texts: errors.append(f'line {ln}: duplicate text')
        texts.add(t)
        if o.get('channel') not in CHANNELS: errors.append(f'line {ln}: bad channel {o.get("channel")!r}')
        if o.get('platform') not in PLATFORMS: errors.append(f'line {ln}: bad platform {o.get("platform")!r}')
        if o.get('account') not in ACCOUNTS: errors.append(f'line {ln}: bad account {o.get("account")!r}')
        if not str(o.get('author', {}).get('handle', '')).startswith('@'): errors.append(f'line {ln}: bad author.handle')
        try:
            datetime.strptime(o.get('receivedAt', ''), '%Y-%m-%dT%H:%M:%SZ')
        except ValueError:
            errors.append(f'line {ln}: bad receivedAt {o.get("receivedAt")!r}')
        ex = o.get('expect') or {}
        c = ex.get('category')
        if c not in CATEGORIES: errors.append(f'line {ln}: bad category {c!r}'); continue
        fl = ex.get('flags')
        if not isinstance(fl, list) or any(f not in FLAGS for f in fl) or len(set(fl)) != len(fl):
            errors.append(f'line {ln}: bad flags {fl!r}'); continue
        if not o.get('note'): errors.append(f'line {ln}: missing note')
        cats[c] += 1; chans[o['channel']] += 1; accts[o['account']] += 1
        for f in fl:
            flags[f] += 1; flags_by_cat[c][f] += 1

for c in CATEGORIES:
    if cats[c] < MINIMUM[c]: errors.append(f'category {c}: {cats[c]} < {MINIMUM[c]}')

print(f'{n} messages\n')
print('| category | messages | ' + ' | '.join(FLAGS) + ' |')
print('|---|---:|' + '---:|' * len(FLAGS))
for c in CATEGORIES:
    print(f'| `{c}` | {cats[c]} | ' + ' | '.join(str(flags_by_cat[c][f]) for f in FLAGS) + ' |')
print(f'| **total** | **{n}** | ' + ' | '.join(f'**{flags[f]}**' for f in FLAGS) + ' |')
print('\nchannels: ' + ', '.join(f'{k} {v}' for k, v in sorted(chans.items())))
print('accounts: ' + ', '.join(f'{k} {v}' for k, v in sorted(accts.items())))
if errors:
    print('\nERRORS:', file=sys.stderr)
    for e in errors: print('  ' + e, file=sys.stderr)
    sys.exit(1)
print('\nOK')
