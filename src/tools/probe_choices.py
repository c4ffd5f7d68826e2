#!/usr/bin/env python3
"""Choose, among OpenCC's own dictionary entries and candidates, the outputs MediaWiki's base conversion shows
(docs/conversion.md §3.4). Nothing of MediaWiki's table is read: only OpenCC's keys are rendered through MediaWiki
(the oracle), and an output is kept only when OpenCC itself allows it:
  - every character of the output is the key's character or one of OpenCC's variants of it (same length), or
  - the key cut into pieces gives the output piece by piece: a character kept or replaced by one of its OpenCC
    variants, or a piece replaced by the other side of one of OpenCC's vocabulary entries (TWPhrases, HKPhrases, their
    reverse lists, the regional variant phrase lists), up to OpenCC's character variants.

  probe_choices.py keys OPENCC_DICT_DIRS > probe.txt        # the probe: OpenCC's keys, values and their forms
  probe_choices.py choose OPENCC_DICT_DIRS probe.txt MW_PREFIX OURS_PREFIX [OLD_CHOICES] > choices.tsv
MW_PREFIX.VARIANT.txt: src/tools/mw_translate.php output for the probe; OURS_PREFIX.VARIANT.txt: BaseAgreement output
for the probe with the composition the choices apply to. Writes group TAB key TAB output lines.
OPENCC_DICT_DIRS: directories of OpenCC dictionary files separated by the path separator (OpenCC4j's jar copies
and, for more entries, upstream OpenCC's data/dictionary)."""
import os, sys

GROUPS = {'HANS': 'zh-hans', 'HANT': 'zh-hant', 'CN': 'zh-cn', 'TW': 'zh-tw', 'HK': 'zh-hk'}
CHAR_DICTS = ('STCharacters.txt', 'TSCharacters.txt', 'TWVariants.txt', 'HKVariants.txt')
# Keys that a BaseTables context rule sets after the choices (the particle 著 → 着 of zh-hk, following OpenCC's
# Taiwan-variant reversal): a single-key choice there would be overridden, so none is written.
RULE_KEYS = {('HK', '著')}
VOCAB_DICTS = ('TWPhrases.txt', 'TWPhrasesRev.txt', 'HKPhrases.txt', 'HKPhrasesRev.txt', 'HKVariantsPhrases.txt',
               'HKVariantsRevPhrases.txt', 'TWVariantsPhrases.txt', 'TWVariantsRevPhrases.txt')
PHRASE_DICTS = ('STPhrases.txt', 'TSPhrases.txt') + VOCAB_DICTS


def read(dirs, name):
    """A dictionary's entries from every directory that has it (OpenCC4j's copies and upstream OpenCC's)."""
    out = []
    for d in dirs.split(os.pathsep):
        if os.path.exists(os.path.join(d, name)):
            out += read_one(os.path.join(d, name))
    return out


def read_one(path):
    out = []
    for line in open(path, encoding='utf-8'):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        parts = line.split()
        if len(parts) >= 2:
            out.append((parts[0], parts[1:]))
    return out


class Variants:
    """OpenCC's character variant classes (union of all its character tables)."""

    def __init__(self, d):
        self.parent = {}
        self.first_st, self.first_ts, self.regional = {}, {}, {}
        st_all = {}
        for name in CHAR_DICTS:
            for k, vs in read(d, name):
                if len(k) != 1:
                    continue
                for v in vs:
                    if len(v) == 1:
                        self.union(k, v)
                if name == 'STCharacters.txt':
                    self.first_st[k] = vs[0]
                    st_all[k] = vs
                if name == 'HKVariants.txt':
                    self.regional.setdefault('hk', {})[k] = vs[0]
                if name == 'TSCharacters.txt':
                    self.first_ts[k] = vs[0]

        # OpenCC4j keys TWVariants by the simplified character: its traditional forms take the Taiwan glyph
        for k, vs in read(d, 'TWVariants.txt'):
            for t in st_all.get(k, []):
                if t not in (k, vs[0]):
                    self.regional.setdefault('tw', {})[t] = vs[0]
            if k not in st_all:  # upstream OpenCC keys it by the traditional character
                self.regional.setdefault('tw', {})[k] = vs[0]

    def find(self, c):
        self.parent.setdefault(c, c)
        while self.parent[c] != c:
            self.parent[c] = self.parent[self.parent[c]]
            c = self.parent[c]
        return c

    def union(self, a, b):
        self.parent[self.find(a)] = self.find(b)

    def canon(self, s):
        return ''.join(self.find(c) if c in self.parent else c for c in s)

    def s2t(self, s):
        return ''.join(self.first_st.get(c, c) for c in s)

    def t2s(self, s):
        return ''.join(self.first_ts.get(c, c) for c in s)

    def forms(self, s):
        """The phrase in OpenCC's simplified, traditional, Taiwan-glyph and Hong Kong-glyph spellings."""
        t = self.s2t(s)
        out = {s, t, self.t2s(s)}
        for glyphs in self.regional.values():
            out.add(''.join(glyphs.get(c, c) for c in t))
        return out


def probe_keys(d):
    var = Variants(d)
    keys = set(var.parent)
    for name in PHRASE_DICTS:
        for k, vs in read(d, name):
            for p in [k] + vs:
                keys.update(var.forms(p))
    return sorted(k for k in keys if '\n' not in k)


def choose(d, probe, mw_prefix, ours_prefix):
    var = Variants(d)
    vocab = Vocabulary(var, d)
    keys = open(probe, encoding='utf-8').read().split('\n')[:-1]
    kept = skipped = 0
    for group, variant in GROUPS.items():
        mw = open(f'{mw_prefix}.{variant}.txt', encoding='utf-8').read().split('\n')
        ours = open(f'{ours_prefix}.{variant}.txt', encoding='utf-8').read().split('\n')
        for i, key in enumerate(keys):
            want = mw[i]
            if want == ours[i] or (group, key) in RULE_KEYS:
                continue
            if allowed(var, vocab, key, want):
                print(f'{group}\t{key}\t{want}')
                kept += 1
            else:
                skipped += 1
    print(f'kept {kept}, not among OpenCC candidates {skipped}', file=sys.stderr)


def allowed(var, vocab, key, out):
    """True when the output is the key cut into pieces, each piece kept, replaced by OpenCC variants of its characters,
    or replaced by the other side of an OpenCC vocabulary entry (compared up to character variants)."""
    if out == key:
        return True
    ck, co = var.canon(key), var.canon(out)
    reach = {(0, 0)}
    frontier = [(0, 0)]
    while frontier:
        i, j = frontier.pop()
        if i == len(ck) and j == len(co):
            return True
        steps = []
        if i < len(ck) and j < len(co) and ck[i] == co[j]:
            steps.append((i + 1, j + 1))
        for n in range(2, min(len(ck) - i, vocab.longest) + 1):
            for target in vocab.get(ck[i:i + n], ()):
                if co.startswith(target, j):
                    steps.append((i + n, j + len(target)))
        for st in steps:
            if st not in reach:
                reach.add(st)
                frontier.append(st)
    return False


class Vocabulary(dict):
    """OpenCC's vocabulary entries in both directions, keyed and valued by character-variant classes."""

    def __init__(self, var, dirs):
        super().__init__()
        self.longest = 1
        for name in VOCAB_DICTS:
            for k, vs in read(dirs, name):
                for v in vs:
                    self.add(var.canon(k), var.canon(v))
                    self.add(var.canon(v), var.canon(k))

    def add(self, a, b):
        self.setdefault(a, set()).add(b)
        self.longest = max(self.longest, len(a))


if __name__ == '__main__':
    if sys.argv[1] == 'keys':
        print('\n'.join(probe_keys(sys.argv[2])))
    else:
        choose(*sys.argv[2:6])
