# Collects the hand-written items from the part files, interleaves them with a fixed seed,
# numbers them and writes dev-people.jsonl. The text and labels come only from the part files.
import json, random
import lib
import part_a, part_b, part_c, part_d, part_e, part_f  # noqa: F401  (each appends its items)

items = list(lib.ITEMS)
random.Random(20251206).shuffle(items)
with open("dev-people.jsonl", "w", encoding="utf-8") as f:
    for i, o in enumerate(items, 1):
        row = {"id": "dp-%04d" % i}
        row.update(o)
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(items), "items written")
