#!/usr/bin/env python3
# Origin: copied unchanged (apart from this header) from the project's shared workspace,
# shared/tools/make_dump.py, a tool provided with the project brief (no separate licence stated there).
# The default --corpus is ../corpus next to this file, which does not exist in the repository:
# pass --corpus PATH/TO/shared/corpus (src/bench/dump-bench.sh does). The pages it wraps are
# Wikipedia text (CC BY-SA); see fixtures/dumps/README.md.
"""Wrap collected raw-wikitext pages into a MediaWiki XML export (pages-articles style).

Builds a *synthetic* dump of a target size by cycling through the real pages collected
under corpus/ and giving every repeat a distinct title / page id / revision id.

Examples
  python3 make_dump.py --size-mb 50 -o dump-50MB.xml.bz2            # zh + en pages, bz2
  python3 make_dump.py --lang zh --size-mb 20 -o dump-zh-20MB.xml.bz2
  python3 make_dump.py --lang zh --size-mb 5 -o dump-zh-5MB.xml        # plain XML
  python3 make_dump.py --size-mb 50 --multistream -o dump-ms.xml.bz2  # + dump-ms-index.txt.bz2
  python3 make_dump.py --once -o corpus-once.xml                      # every page exactly once

Sources (relative to --corpus, default: ../corpus next to this folder):
  zh/**/*.wikitext (except zh/lucaskjaero/templates/, added as ns=10 only with --templates;
                    zh/zhconv-rs/cgroups/ is JSON and never used)
  en/**/* (plain wikitext files)
  dumps/gensim-enwiki-latest-pages-articles1*.bz2 (real enwiki dump, 206 pages; --no-real-dumps to skip)

Output follows export-0.11 (schema 0.10 readers also accept it): <mediawiki><siteinfo>...
<page><title><ns><id>[<redirect title=.../>]<revision><id><parentid><timestamp><contributor>
<comment><model><format><text bytes=.. xml:space="preserve"><sha1></revision></page>.
--multistream mimics *-pages-articles-multistream.xml.bz2: one bz2 stream for the header,
one per 100 pages, one for the footer, plus an index "offset:pageid:title" (bz2).
Deterministic: same arguments -> byte-identical output.
"""
import argparse, bz2, hashlib, io, os, re, sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

ZH_SITEINFO_NS = [(-2, 'Media'), (-1, 'Special'), (0, ''), (1, 'Talk'), (2, 'User'), (3, 'User talk'),
                  (4, 'Wikipedia'), (5, 'Wikipedia talk'), (6, 'File'), (7, 'File talk'),
                  (8, 'MediaWiki'), (9, 'MediaWiki talk'), (10, 'Template'), (11, 'Template talk'),
                  (12, 'Help'), (13, 'Help talk'), (14, 'Category'), (15, 'Category talk'),
                  (100, 'Portal'), (101, 'Portal talk'), (102, 'WikiProject'), (103, 'WikiProject talk'),
                  (118, 'Draft'), (119, 'Draft talk'), (828, '模块'), (829, '模块讨论')]
EN_SITEINFO_NS = [(-2, 'Media'), (-1, 'Special'), (0, ''), (1, 'Talk'), (2, 'User'), (3, 'User talk'),
                  (4, 'Wikipedia'), (5, 'Wikipedia talk'), (6, 'File'), (7, 'File talk'),
                  (8, 'MediaWiki'), (9, 'MediaWiki talk'), (10, 'Template'), (11, 'Template talk'),
                  (12, 'Help'), (13, 'Help talk'), (14, 'Category'), (15, 'Category talk'),
                  (100, 'Portal'), (101, 'Portal talk'), (118, 'Draft'), (119, 'Draft talk'),
                  (828, 'Module'), (829, 'Module talk')]

REDIRECT_RE = re.compile(r'^\s*#(?:REDIRECT|重定向)\s*:?\s*\[\[([^\]|#]+)', re.I)


def sha1_base36(text):
    """MediaWiki's <sha1>: SHA-1 of the UTF-8 text, base 36, zero-padded to 31 chars."""
    n = int(hashlib.sha1(text.encode('utf-8')).hexdigest(), 16)
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    out = ''
    while n:
        n, r = divmod(n, 36)
        out = digits[r] + out
    return out.rjust(31, '0')


def title_from_filename(path):
    name = os.path.basename(path)
    for ext in ('.wikitext', '.txt', '.wiki'):
        if name.endswith(ext):
            name = name[:-len(ext)]
    name = name.replace('꞉', ':').replace('∕', '/')
    if name.startswith('dot_'):  # corpus convention: 'dot_' stands for a leading '.' (hidden-file safe)
        name = '.' + name[len('dot_'):]
    name = name.replace('_', ' ').replace('-', ' ') if re.match(r'^[\x00-\x7f]+$', name) else name.replace('_', ' ')
    return name.strip()


def load_file_pages(corpus, lang, templates):
    pages = []
    roots = []
    if lang in ('zh', 'all'):
        roots.append(('zh', os.path.join(corpus, 'zh')))
    if lang in ('en', 'all'):
        roots.append(('en', os.path.join(corpus, 'en')))
    for lg, root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            rel = os.path.relpath(dirpath, corpus)
            if 'cgroups' in rel:
                continue
            is_tpl = rel.endswith('templates')
            if is_tpl and not templates:
                continue
            for fn in sorted(filenames):
                if fn.startswith('.') or fn.endswith(('.json', '.md')):
                    continue
                p = os.path.join(dirpath, fn)
                with open(p, encoding='utf-8', errors='replace') as f:
                    text = f.read()
                title = title_from_filename(p)
                ns = 10 if is_tpl else 0
                if is_tpl and not title.startswith('Template:'):
                    ns = 828 if title.startswith(('Module:', '模块:')) else 10
                pages.append({'title': title, 'ns': ns, 'text': text, 'src': os.path.relpath(p, corpus), 'lang': lg})
    return pages


def load_dump_pages(path):
    """Pull complete <page> elements (ns, title, text) out of a real dump; truncated tail is ignored."""
    import xml.etree.ElementTree as ET
    opener = bz2.open if path.endswith('.bz2') else open
    with opener(path, 'rb') as f:
        raw = f.read()
    if raw[:2] in (b'\xff\xfe', b'\xfe\xff'):
        raw = raw.decode('utf-16').encode('utf-8')
    data = raw.decode('utf-8', errors='replace')
    pages = []
    for m in re.finditer(r'<page>.*?</page>', data, re.S):
        try:
            el = ET.fromstring(m.group(0))
        except ET.ParseError:
            continue
        title = el.findtext('title') or ''
        ns = int(el.findtext('ns') or 0)
        text = el.findtext('revision/text') or ''
        pages.append({'title': title, 'ns': ns, 'text': text, 'src': os.path.basename(path), 'lang': 'en'})
    return pages


def siteinfo(lang):
    if lang == 'en':
        db, base, nslist, sitename = 'enwiki', 'https://en.wikipedia.org/wiki/Main_Page', EN_SITEINFO_NS, 'Wikipedia'
    else:
        db, base, nslist, sitename = 'zhwiki', 'https://zh.wikipedia.org/wiki/Wikipedia:%E9%A6%96%E9%A1%B5', ZH_SITEINFO_NS, 'Wikipedia'
    xml_lang = 'en' if lang == 'en' else 'zh'
    out = io.StringIO()
    out.write('<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" '
              'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
              'xsi:schemaLocation="http://www.mediawiki.org/xml/export-0.11/ http://www.mediawiki.org/xml/export-0.11.xsd" '
              'version="0.11" xml:lang="%s">\n' % xml_lang)
    out.write('  <siteinfo>\n    <sitename>%s</sitename>\n    <dbname>%s</dbname>\n    <base>%s</base>\n'
              '    <generator>MediaWiki 1.42.0-wmf.5 (synthetic, make_dump.py)</generator>\n'
              '    <case>first-letter</case>\n    <namespaces>\n' % (sitename, db, escape(base)))
    for key, name in nslist:
        if name:
            out.write('      <namespace key="%d" case="first-letter">%s</namespace>\n' % (key, escape(name)))
        else:
            out.write('      <namespace key="%d" case="first-letter" />\n' % key)
    out.write('    </namespaces>\n  </siteinfo>\n')
    return out.getvalue()


def page_xml(title, ns, page_id, rev_id, parent_id, ts, text, src):
    red = REDIRECT_RE.match(text)
    b = len(text.encode('utf-8'))
    parts = ['  <page>\n    <title>%s</title>\n    <ns>%d</ns>\n    <id>%d</id>\n' % (escape(title), ns, page_id)]
    if red:
        parts.append('    <redirect title=%s />\n' % quoteattr(red.group(1).strip()))
    parts.append('    <revision>\n      <id>%d</id>\n      <parentid>%d</parentid>\n      <timestamp>%s</timestamp>\n'
                 '      <contributor>\n        <username>SyntheticDumpBot</username>\n        <id>1</id>\n      </contributor>\n'
                 '      <comment>%s</comment>\n      <model>wikitext</model>\n      <format>text/x-wiki</format>\n'
                 '      <text bytes="%d" xml:space="preserve">%s</text>\n      <sha1>%s</sha1>\n    </revision>\n  </page>\n'
                 % (rev_id, parent_id, ts, escape('source: ' + src), b, escape(text), sha1_base36(text)))
    return ''.join(parts)


def quoteattr(s):
    from xml.sax.saxutils import quoteattr as qa
    return qa(s)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('-o', '--output', required=True, help='.xml, or .xml.bz2 for bzip2')
    ap.add_argument('--corpus', default=os.path.join(HERE, '..', 'corpus'))
    ap.add_argument('--lang', choices=['zh', 'en', 'all'], default='all',
                    help='which pages; siteinfo says zhwiki unless --lang en')
    ap.add_argument('--size-mb', type=float, default=50.0, help='target uncompressed XML size (MiB = 2^20 bytes)')
    ap.add_argument('--once', action='store_true', help='write every source page exactly once (ignores --size-mb)')
    ap.add_argument('--templates', action='store_true', help='also add zh Template:/Module: pages (ns 10/828)')
    ap.add_argument('--no-real-dumps', action='store_true', help='do not pull pages out of corpus/dumps/gensim-enwiki*')
    ap.add_argument('--multistream', action='store_true', help='bz2 multistream (100 pages/stream) + index file')
    args = ap.parse_args()

    pages = load_file_pages(args.corpus, args.lang, args.templates)
    if args.lang in ('en', 'all') and not args.no_real_dumps:
        ddir = os.path.join(args.corpus, 'dumps')
        if os.path.isdir(ddir):
            for fn in sorted(os.listdir(ddir)):
                if fn.startswith('gensim-enwiki-latest-pages-articles1'):
                    pages.extend(load_dump_pages(os.path.join(ddir, fn)))
    if not pages:
        sys.exit('no source pages found under %s' % args.corpus)

    target = None if args.once else int(args.size_mb * 1024 * 1024)
    head = siteinfo('en' if args.lang == 'en' else 'zh')
    foot = '</mediawiki>\n'

    out_path = args.output
    use_bz2 = out_path.endswith('.bz2')
    raw_total = 0
    n_pages = 0
    index_lines = []
    ms = args.multistream and use_bz2

    f = open(out_path, 'wb')
    comp = None if (ms or not use_bz2) else bz2.BZ2Compressor(9)

    def emit_stream(s):
        data = s.encode('utf-8')
        if ms:
            c = bz2.BZ2Compressor(9)
            f.write(c.compress(data) + c.flush())
        elif comp:
            f.write(comp.compress(data))
        else:
            f.write(data)
        return len(data)

    raw_total += emit_stream(head)
    batch = []
    batch_start = f.tell() if ms else 0
    seen = {}
    i = 0
    page_id = 1000
    rev_id = 5000000
    while True:
        if args.once and i >= len(pages):
            break
        p = pages[i % len(pages)]
        rnd = i // len(pages)
        title = p['title'] if rnd == 0 else '%s (%d)' % (p['title'], rnd + 1)
        if p['ns'] == 10 and not title.startswith('Template:'):
            title = 'Template:' + title
        key = (p['ns'], title)
        if key in seen:  # same file title in two collections: make it unique deterministically
            seen[key] += 1
            title = '%s [%d]' % (title, seen[key])
        else:
            seen[key] = 0
        page_id += 1
        rev_id += 7
        ts = '20%02d-%02d-%02dT%02d:%02d:%02dZ' % (20 + (i % 5), 1 + i % 12, 1 + i % 28, i % 24, i % 60, (i * 7) % 60)
        xml = page_xml(title, p['ns'], page_id, rev_id, rev_id - 3, ts, p['text'], p['src'])
        if ms:
            if not batch:
                batch_start = f.tell()
            batch.append(xml)
            index_lines.append('%d:%d:%s' % (batch_start, page_id, title))
            if len(batch) == 100:
                raw_total += emit_stream(''.join(batch))
                batch = []
        else:
            raw_total += emit_stream(xml)
        n_pages += 1
        i += 1
        if target is not None and raw_total + sum(len(x.encode('utf-8')) for x in batch) >= target:
            break
    if batch:
        raw_total += emit_stream(''.join(batch))
    raw_total += emit_stream(foot)
    if comp:
        f.write(comp.flush())
    f.close()
    if ms:
        idx = re.sub(r'(\.xml)?\.bz2$', '', out_path) + '-index.txt.bz2'
        with bz2.open(idx, 'wt', encoding='utf-8') as g:
            g.write('\n'.join(index_lines) + '\n')
        print('index:', idx, file=sys.stderr)
    print('%s: %d pages (%d distinct sources), %.2f MiB uncompressed XML, %.2f MiB on disk'
          % (out_path, n_pages, len(pages), raw_total / 1048576.0, os.path.getsize(out_path) / 1048576.0), file=sys.stderr)


if __name__ == '__main__':
    main()
