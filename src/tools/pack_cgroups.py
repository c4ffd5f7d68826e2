#!/usr/bin/env python3
"""Packs zhconv-rs's data/cgroups/*.json (zh.wikipedia conversion groups) into one gzipped TSV resource.

Usage: tools/pack_cgroups.py CGROUPS_DIR OUT.tsv.gz
Lines:  G <TAB> page name (after "CGroup/") <TAB> data name <TAB> source page <TAB> description
        R <TAB> original <TAB> rule
Fields escape backslash, tab, CR and LF as \\\\ \\t \\r \\n. Groups sorted by page name, rules in source order.
"""
import glob, gzip, json, os, sys

def esc(s):
    return (s or '').replace('\\', '\\\\').replace('\t', '\\t').replace('\r', '\\r').replace('\n', '\\n')

def main(src, out):
    groups = []
    for p in glob.glob(os.path.join(src, '*.json')):
        with open(p, encoding='utf-8') as f:
            d = json.load(f)
        path = d.get('path') or ''
        page = path.split('CGroup/', 1)[1] if 'CGroup/' in path else os.path.basename(p)[:-5]
        groups.append((page, d))
    groups.sort(key=lambda g: g[0])
    n = 0
    with gzip.open(out, 'wt', encoding='utf-8', compresslevel=9) as o:
        for page, d in groups:
            o.write('\t'.join(['G', esc(page), esc(d.get('name')), esc(d.get('path')), esc(d.get('description'))]) + '\n')
            for r in d.get('rules') or []:
                o.write('\t'.join(['R', esc(r.get('original')), esc(r.get('conv'))]) + '\n')
                n += 1
    print(len(groups), 'groups', n, 'rules', os.path.getsize(out), 'bytes')

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
