#!/usr/bin/env python3
"""Agreement of our base conversion with MediaWiki's, sentence by sentence (docs/conversion.md §3.4).
Both files hold one converted sentence per line (same order, same count). A sentence agrees when its Han characters
are exactly MediaWiki's; Han-character agreement counts MediaWiki's Han characters we reproduce (aligned by difflib
when lengths differ).
Usage: agreement.py MEDIAWIKI.txt OURS.txt [TOP]   -> one summary line, then the TOP most frequent differences"""
import collections, difflib, re, sys

HAN = re.compile(r'[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]')


def han(s):
    return ''.join(HAN.findall(s))


def main():
    mw = open(sys.argv[1], encoding='utf-8').read().split('\n')
    ours = open(sys.argv[2], encoding='utf-8').read().split('\n')
    top_n = int(sys.argv[3]) if len(sys.argv) > 3 else 15
    assert len(mw) == len(ours), (len(mw), len(ours))
    sentences = exact = chars = same = 0
    top = collections.Counter()
    for a, b in zip(mw, ours):
        ha, hb = han(a), han(b)
        if not ha and not hb:
            continue
        sentences += 1
        chars += len(ha)
        if ha == hb:
            exact += 1
            same += len(ha)
            continue
        if len(ha) == len(hb):
            same += sum(x == y for x, y in zip(ha, hb))
        else:
            same += sum(m.size for m in difflib.SequenceMatcher(None, ha, hb, autojunk=False).get_matching_blocks())
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            if op != 'equal':
                top[(a[max(0, i1 - 1):i2 + 1], b[max(0, j1 - 1):j2 + 1])] += 1
    print(f"sentences {sentences}  exact {100.0 * exact / max(1, sentences):.2f}%  "
          f"han {chars}  han-agree {100.0 * same / max(1, chars):.3f}%  ({chars - same} differ)")
    for (x, y), n in top.most_common(top_n):
        print(f"  MW {x} / ours {y} ×{n}")


if __name__ == '__main__':
    main()
