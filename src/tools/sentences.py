#!/usr/bin/env python3
"""Split text files into sentences, one per line, for the base-table agreement measurement (docs/conversion.md §3.4).
A sentence ends at 。！？；!? or a line end; only sentences with at least one Han character are kept, each once.
HTML files (*.html) are reduced to their text first.
Usage: sentences.py FILE... > sentences.txt"""
import html.parser, re, sys

HAN = re.compile(r'[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]')
END = re.compile(r'(?<=[。！？；!?])')


class _Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ('script', 'style')
        if tag in ('p', 'br', 'li', 'div', 'tr', 'h1', 'h2', 'h3', 'h4', 'pre', 'dt', 'dd', 'td', 'th'):
            self.parts.append('\n')

    def handle_endtag(self, tag):
        self.skip -= tag in ('script', 'style')

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def text_of(path):
    raw = open(path, encoding='utf-8').read()
    if not path.endswith('.html'):
        return raw
    p = _Text()
    p.feed(raw)
    return ''.join(p.parts)


def main():
    seen = set()
    for path in sys.argv[1:]:
        for line in text_of(path).split('\n'):
            for s in END.split(line):
                s = ' '.join(s.split())
                if HAN.search(s) and s not in seen:
                    seen.add(s)
                    print(s)


if __name__ == '__main__':
    main()
