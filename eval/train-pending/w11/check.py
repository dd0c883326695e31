#!/usr/bin/env python3
"""Validate w11.jsonl against the labelling guide (§2.2 public messages, §4 categories and flags).
Standard library only. Exit status 0 when every check passes."""
import json, sys, re, os
from collections import Counter
PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'w11.jsonl')
PLATFORMS = {'x','facebook','instagram','linkedin','youtube','tiktok','bluesky','blog','whatsapp','other'}
CHANNELS = {'mention','comment','reply','dm','review'}
CATEGORIES = ['crisis','threat','subject_access','foi','media','complaint','clinical_question','pals','abuse','compliment','spam','general']
FLAGS = {'abuse','names_staff','contains_pii','non_english','recording'}
ACCOUNTS = {'@EPUTNHS','@HillingdonNHSFT','@TEWVNHS','@RWTHNHS','@CMFTNHS'}
ID_RE = re.compile(r'^tw11-\d{4}$')
TIME_RE = re.compile(r'^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$')
LANG_RE = re.compile(r'^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$')
NEAR = ('idiom','past crisis','grief','prayer','film','book','TV','fundrais','awareness','dark humour','angry complaint','wellbeing')
errors=[]; ids=set(); texts=set()
cat_c=Counter(); lang_c=Counter(); flag_c=Counter(); chan_c=Counter(); plat_c=Counter(); catlang=Counter()
n=0
with open(PATH, encoding='utf-8') as f:
    for ln, raw in enumerate(f, 1):
        raw=raw.rstrip('\n')
        if not raw.strip():
            errors.append(f'line {ln}: blank line'); continue
        try: o=json.loads(raw)
        except Exception as e:
            errors.append(f'line {ln}: bad JSON: {e}'); continue
        n+=1
        def err(m): errors.append(f"line {ln} ({o.get('id')}): {m}")
        for k in ('id','text','platform','channel','author','receivedAt','account','expect','note'):
            if k not in o: err(f'missing {k}')
        i=o.get('id','')
        if not ID_RE.match(str(i)): err('bad id')
        if i in ids: err('duplicate id')
        ids.add(i)
        t=o.get('text')
        if not isinstance(t,str) or not t.strip(): err('empty text')
        elif t in texts: err('duplicate text')
        texts.add(t)
        if o.get('platform') not in PLATFORMS: err('bad platform')
        if o.get('channel') not in CHANNELS: err('bad channel')
        a=o.get('author')
        if not isinstance(a,dict) or not a.get('handle') or not a.get('name'): err('bad author')
        if not TIME_RE.match(str(o.get('receivedAt',''))): err('bad receivedAt')
        if o.get('account') not in ACCOUNTS: err('unknown account')
        e=o.get('expect',{})
        c=e.get('category')
        if c not in CATEGORIES: err(f'bad category {c}')
        fl=e.get('flags')
        if not isinstance(fl,list) or any(x not in FLAGS for x in fl) or len(set(fl))!=len(fl): err(f'bad flags {fl}')
        fl=fl or []
        lang=o.get('lang')
        if lang is not None and (not LANG_RE.match(lang) or lang=='en'): err(f'bad lang {lang}')
        if (lang is not None) != ('non_english' in fl): err('lang and non_english flag disagree')
        if 'contains_pii' in fl and o.get('channel')=='dm': err('contains_pii asserted in a dm (guide §4.3)')
        if c=='abuse' and 'abuse' not in fl: err('abuse category without abuse flag')
        if not isinstance(o.get('note'),str) or not o['note'].strip(): err('empty note')
        cat_c[c]+=1; lang_c[lang or 'en']+=1; chan_c[o.get('channel')]+=1; plat_c[o.get('platform')]+=1
        catlang[(c,'en' if lang is None else 'non-en')]+=1
        for x in fl: flag_c[x]+=1
if n==0: errors.append('empty file')
print(f'lines: {n}')
print('categories:'); [print(f'  {k:18} {cat_c[k]:5}  ({100*cat_c[k]/max(n,1):.1f}%)  en {catlang[(k,"en")]}, non-en {catlang[(k,"non-en")]}') for k in CATEGORIES]
ne=n-lang_c['en']
print(f'non-English lines: {ne} ({100*ne/max(n,1):.1f}%), languages other than English: {len(lang_c)-1}')
print('languages:', ', '.join(f'{k} {v}' for k,v in lang_c.most_common()))
print('flags:', dict(flag_c)); print('channels:', dict(chan_c)); print('platforms:', dict(plat_c))
if errors:
    print(f'FAIL: {len(errors)} problem(s)'); [print('  '+x) for x in errors[:50]]; sys.exit(1)
print('OK')
