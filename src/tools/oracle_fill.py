#!/usr/bin/env python3
"""Records MediaWiki's output into a fixture file (fixtures/convert/*.txt).

For every test, renders `!! wikitext` with the offline MediaWiki oracle (/work/shared/oracle/render.sh, state in
$WIKI_ORACLE_HOME) in each variant of `variants=` and (re)writes `!! text/<variant>` sections with the plain text,
whitespace collapsed; with `title=` in the options also `!! title/<variant>`. Review the diff before committing.
Usage: WIKI_ORACLE_HOME=... tools/oracle_fill.py fixtures/convert/noteta.txt
"""
import os, re, subprocess, sys, tempfile

RENDER = os.environ.get('ORACLE_RENDER', '/work/shared/oracle/render.sh')

def parse(text):
    blocks, cur, sec = [], None, None
    head = []
    for line in text.split('\n'):
        m = re.match(r'^!! (\S+)\s*$', line)
        if m:
            name = m.group(1)
            if name == 'test':
                cur = {'order': [], 'sections': {}}
                blocks.append(cur)
            if name == 'end':
                cur = None; sec = None; continue
            sec = name
            cur['order'].append(name); cur['sections'][name] = []
            continue
        if cur is None:
            if not blocks:
                head.append(line)
            continue
        cur['sections'][sec].append(line)
    return head, blocks

def render(wikitext, variant, title):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, 'in.wiki'); out = os.path.join(d, 'out.html')
        open(src, 'w').write(wikitext)
        env = dict(os.environ)
        if title: env['TITLE'] = title
        subprocess.run([RENDER, src, variant, out], check=True, env=env, capture_output=True)
        txt = open(out[:-5] + '.txt').read()
        ttl = open(out[:-5] + '.title').read() if os.path.exists(out[:-5] + '.title') else ''
        return ' '.join(txt.split()), ' '.join(re.sub(r'<[^>]*>', '', ttl).split())

def main(path):
    head, blocks = parse(open(path).read())
    out = ['\n'.join(head).rstrip('\n'), '']
    for b in blocks:
        s = b['sections']
        opts = dict(kv.split('=', 1) for kv in ' '.join(s.get('options', [])).split() if '=' in kv)
        wikitext = '\n'.join(s['wikitext']).rstrip('\n')
        out += ['!! test'] + s['test'] + ['!! options'] + s['options'] + ['!! wikitext', wikitext]
        for v in opts['variants'].split(','):
            text, title = render(wikitext, v, opts.get('title'))
            out += ['!! text/' + v, text]
            if 'title' in opts:
                out += ['!! title/' + v, title]
        out += ['!! end', '']
    open(path, 'w').write('\n'.join(out))

if __name__ == '__main__':
    for p in sys.argv[1:]:
        main(p)
