import json, glob
exec(open('build_head.py').read())
for f in sorted(glob.glob('items*.py')):
    exec(open(f).read())
with open('dev-posts.jsonl', 'w', encoding='utf-8') as out:
    for i, o in enumerate(ITEMS, 1):
        o['id'] = 'dp-%04d' % i
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(ITEMS), 'items written')
