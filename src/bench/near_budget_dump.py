#!/usr/bin/env python3
"""Writes a dump whose pages sit on both sides of the per-page work budget, for kill -9 + --resume checks.

Normal pages are the bundled sample dump's; hostile pages are the findings' perf pages (crossed brackets, thousands
of noteTA calls); near-budget pages nest a text template ({{Nowrap|...}}) 40 deep around a body whose length puts the
parse work (values re-parsed at each level: ~depth x body) just under or just over the budget of
4 MiB + 10 x page length. Two hostile pages follow every 15 normal ones (round robin) so that kills land among them.

usage: near_budget_dump.py REPO_DIR OUT.xml
"""
import bz2
import glob
import os
import re
import sys
from xml.sax.saxutils import escape

repo, out = sys.argv[1], sys.argv[2]
sample = bz2.open(os.path.join(repo, "fixtures/dumps/sample-multistream.xml.bz2")).read().decode("utf-8")
head = sample[: sample.index("</siteinfo>") + len("</siteinfo>")]
normal = re.findall(r"<page>.*?</page>", sample, re.S)

DEPTH = 40
SENTENCE = "近预算的页面文字，用来测试工作量预算。"


def nested(body_chars):
    body = (SENTENCE * (body_chars // len(SENTENCE) + 1))[:body_chars]
    return "开头。" + "{{Nowrap|" * DEPTH + body + "}}" * DEPTH + "结尾。\n"


hostile = []
for f in sorted(glob.glob(os.path.join(repo, "fixtures/findings/perf/*.wikitext"))):
    hostile.append(("Perf " + os.path.basename(f)[:-9], open(f, encoding="utf-8").read()))
# body lengths around the crossing point (between 135 k and 145 k characters at depth 40 with the Sweble engine,
# measured with `page`), below and above it
for n in (110_000, 130_000, 138_000, 142_000, 146_000, 160_000):
    hostile.append(("Near budget %d" % n, nested(n)))


def page(pid, title, text):
    return ("<page><title>%s</title><ns>0</ns><id>%d</id><revision><id>%d</id>"
            "<timestamp>2024-01-01T00:00:00Z</timestamp><model>wikitext</model><format>text/x-wiki</format>"
            "<text bytes=\"%d\" xml:space=\"preserve\">%s</text></revision></page>"
            % (escape(title), pid, pid, len(text.encode("utf-8")), escape(text)))


pages = []
next_id = 1_000_000
for i, p in enumerate(normal):
    pages.append(p)
    if i % 15 == 7:   # two hostile pages after every 15 normal ones, round robin
        j = i // 15
        for title, text in (hostile[(2 * j) % len(hostile)], hostile[(2 * j + 1) % len(hostile)]):
            next_id += 1
            pages.append(page(next_id, "%s %d" % (title, next_id), text))

with open(out, "w", encoding="utf-8") as w:
    w.write(head + "\n")
    for p in pages:
        w.write(p + "\n")
    w.write("</mediawiki>\n")
print("%s: %d pages (%d hostile or near the budget)" % (out, len(pages), len(pages) - len(normal)))
