#!/usr/bin/env python3
"""Character agreement of two conversions of the same text: Han characters (and quotes) that differ.
Usage: agreement.py EXPECTED.txt GOT.txt  -> prints differing-char count, % of Han chars, top differences."""
import collections, difflib, re, sys
a = open(sys.argv[1]).read(); b = open(sys.argv[2]).read()
la = [l for l in a.split('\n') if l.strip()]; lb = [l for l in b.split('\n') if l.strip()]
assert len(la) == len(lb), (len(la), len(lb))
han = len(re.findall(r'[\u3400-\u9fff\U00020000-\U0002ffff]', a))
diff = 0; top = collections.Counter()
for x, y in zip(la, lb):
    if x == y:
        continue
    sm = difflib.SequenceMatcher(None, x, y, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op != 'equal':
            diff += max(i2 - i1, j2 - j1)
            top[(x[i1:i2], y[j1:j2])] += 1
print(f"{diff} differing chars of {han} Han chars ({100.0*diff/han:.2f}%)  top: " +
      ', '.join(f"{x}→{y}×{n}" for (x, y), n in top.most_common(12)))
