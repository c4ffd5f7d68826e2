#!/usr/bin/env python3
"""Rewrites fixtures/convert/oracle-sentences-known.tsv after a change of the bundled base tables: runs our base
conversion (BaseAgreement) over the fixture's source column and lists every record and variant where it differs from
MediaWiki's recorded output, keeping the file's header. Review the diff before committing: a new entry is a
regression unless the change meant it (docs/conversion.md §3.4).
Usage (from the repository root, after `mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt`):
  python3 src/tools/oracle_known.py cp.txt"""
import difflib, os, subprocess, sys, tempfile

FIXTURE = 'fixtures/convert/oracle-sentences.tsv'
KNOWN = 'fixtures/convert/oracle-sentences-known.tsv'
VARIANTS = ['zh-cn', 'zh-hant', 'zh-tw', 'zh-hk']  # columns 1..4


def main():
    cp = 'target/test-classes:target/classes:' + open(sys.argv[1]).read().strip()
    rows = [l.split('\t') for l in open(FIXTURE, encoding='utf-8').read().split('\n') if l and not l.startswith('#')]
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, 'src.txt')
        open(src, 'w', encoding='utf-8').write(''.join(r[0] + '\n' for r in rows))
        subprocess.check_call(['java', '-cp', cp, 'org.wikirefine.internal.convert.BaseAgreement', src,
                               os.path.join(tmp, 'ours'), 'opencc'] + VARIANTS)
        ours = {v: open(os.path.join(tmp, f'ours.{v}.txt'), encoding='utf-8').read().split('\n') for v in VARIANTS}
    known = []
    for i, r in enumerate(rows):
        for j, v in enumerate(VARIANTS):
            mw, o = r[j + 1], ours[v][i]
            if mw != o:
                parts = [f'MediaWiki {mw[max(0, a1 - 1):a2 + 1]}, ours {o[max(0, b1 - 1):b2 + 1]}'
                         for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, mw, o, autojunk=False).get_opcodes()
                         if op != 'equal']
                known.append(f'{v}\t{i + 1}\t{"; ".join(parts)}\n')
    header = [l + '\n' for l in open(KNOWN, encoding='utf-8').read().split('\n') if l.startswith('#')]
    open(KNOWN, 'w', encoding='utf-8').write(''.join(header + known))
    print(f'{len(known)} known differences written to {KNOWN}')


if __name__ == '__main__':
    main()
