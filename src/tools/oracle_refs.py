#!/usr/bin/env python3
"""Writes a page's reference list as the MediaWiki oracle renders it, for SeedReferencesTest.

    TITLE=阿勒颇战役 ../shared/oracle/render.sh page.wikitext zh out.html     # out.html + out.txt
    src/tools/oracle_refs.py page.wikitext out.html out.txt > fixtures/references/oracle/<page>.zh.tsv

A 'markers' line with the labels of the reference markers in document order, then one line per entry of the
oracle's list: number, name (from the entry's cite_note id; '-' if none), uses
(back-links), whether the ref's source body has a template ('template' or 'plain', read from the wikitext), and the
entry's text from totext.php. Only the oracle's output and the wikitext are read; nothing of wikirefine's.
"""
import html
import re
import sys

wikitext = open(sys.argv[1], encoding='utf-8').read()
page = open(sys.argv[2], encoding='utf-8').read()
text = open(sys.argv[3], encoding='utf-8').read().split('\n')

# Entries of the numbered list (the last <ol class="references">): id and back-link count.
ol = page[page.rfind('<ol class="references">'):]
entries = []
for m in re.finditer(r'<li id="([^"]*)"><span class="mw-cite-backlink">(.*?)</span>', ol):
    ident = html.unescape(m.group(1))
    mm = re.match(r'cite_note-(.*)-(\d+)$', ident)
    name = mm.group(1) if mm else '-'
    uses = max(1, len(re.findall(r'href="#cite_ref-', m.group(2))))
    entries.append((name, uses))

# Source bodies in order of first use (Cite's numbering), from the wikitext.
comments = re.sub(r'<!--.*?-->', '', wikitext, flags=re.S)
bodies, by_name = [], {}
for m in re.finditer(r'<ref(\s[^>]*?)?(?:/>|>(.*?)</ref>)', comments, flags=re.S):
    attrs, body = m.group(1) or '', m.group(2)
    nm = re.search(r'name\s*=\s*(?:"([^"]*)"|\'([^\']*)\'|([^\s/>]+))', attrs)
    name = next((g for g in nm.groups() if g), None).strip() if nm else None
    if name is None:
        bodies.append(body)
    elif name not in by_name:
        by_name[name] = len(bodies)
        bodies.append(body)
    elif body and body.strip() and not (bodies[by_name[name]] or '').strip():
        bodies[by_name[name]] = body

lines = [l for l in text if re.match(r'^\d+\. ', l)]

# Marker labels in the page before its last list, in document order (infobox first, then the body).
markers = []
for m in re.finditer(r'<sup id="cite&#95;ref-[^"]*" class="reference"><a href="#[^"]*">(.*?)</a></sup>',
                     page[:page.rfind('<ol class="references">')]):
    markers.append(html.unescape(re.sub(r'<[^>]*>', '', m.group(1))).strip('[]'))
print('# oracle reference list: MediaWiki 1.39 + Cite (shared/oracle), variant zh; see docs/references.md')
print('markers\t' + ' '.join(markers))
print('# number\tname\tuses\tsource\ttext')
for i, (name, uses) in enumerate(entries):
    src = 'template' if i < len(bodies) and bodies[i] and '{{' in bodies[i] else 'plain'
    t = re.sub(r'^\d+\. ', '', lines[i]) if i < len(lines) else ''
    print(f'{i + 1}\t{name}\t{uses}\t{src}\t{t}')
