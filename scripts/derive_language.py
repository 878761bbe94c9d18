#!/usr/bin/env python3
"""Derive SitrepLanguage's compact resource files from ../shared/data (Python 3 stdlib only).

Outputs (Sources/SitrepLanguage/Resources/):
  langid.bin.gz       naive Bayes model over character 3-grams and words for the 54 languages of
                      ../shared/corpora/language/sentences-dev.tsv. Trained on the langdetect profiles
                      (PyPI langdetect 1.0.9, Apache-2.0) plus the dev sentences that are NOT held out:
                      every 5th sentence line (0-based data line index % 5 == 4) is held out and never read
                      for training, so the held-out accuracy is an honest figure.
  lemmas-XX.tsv.gz    form<TAB>lemma lines (only forms that differ from their lemma) for en, fr, ru, de, es,
                      from spacy-lookups-data 1.0.5 (MIT) lemma lookup tables.

Usage: python3 scripts/derive_language.py [SHARED_DIR]   (default: <repo>/../shared)
"""
import gzip, json, math, os, struct, sys, unicodedata
from collections import Counter, defaultdict

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "..", "shared")
OUT = os.path.join(REPO, "Sources", "SitrepLanguage", "Resources")
MAX_N = 3          # character n-grams of order MAX_N are scored (with whole words); order 1 rows are kept
                   # only so the Swift side can tell each language's script; order 2 is not stored
ALPHA = 0.5        # additive smoothing
PROFILE_WEIGHT = 1.0
SCALE = 1000.0     # quantization of log-probability deltas (UInt16)
HOLDOUT_EVERY = 5  # data line i is held out when i % 5 == 4
WORD_TAG = "\x01"


def is_letter(c):
    """Matches the Swift side: alphabetic (letters) or a combining mark is part of a word."""
    return c.isalpha() or unicodedata.category(c) in ("Mn", "Mc")


def normalize(text):
    """Lowercase words of letters; everything else separates words."""
    words, cur = [], []
    for c in text.lower():
        if is_letter(c):
            cur.append(c)
        elif cur:
            words.append("".join(cur)); cur = []
    if cur:
        words.append("".join(cur))
    return words


def features(text):
    """(order, feature) pairs: order 0 = whole word, 1..MAX_N = character n-grams of ' word '."""
    for w in normalize(text):
        yield 0, WORD_TAG + w
        p = " " + w + " "
        for n in (1, MAX_N):
            for i in range(len(p) - n + 1):
                g = p[i:i + n]
                if g != " ":
                    yield n, g


def fnv1a64(data):
    h = 0xcbf29ce484222325
    for b in data:
        h ^= b
        h = (h * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def read_dev():
    path = os.path.join(SHARED, "corpora", "language", "sentences-dev.tsv")
    rows = [l.rstrip("\n").split("\t", 1) for l in open(path, encoding="utf-8")][1:]
    return [r for r in rows if len(r) == 2]


def build_langid():
    rows = read_dev()
    langs = sorted({lang for lang, _ in rows})
    train = [r for i, r in enumerate(rows) if i % HOLDOUT_EVERY != HOLDOUT_EVERY - 1]
    dev = {l: [Counter() for _ in range(MAX_N + 1)] for l in langs}
    for lang, text in train:
        for n, g in features(text):
            dev[lang][n][g] += 1
    prof = {}
    pdir = os.path.join(SHARED, "data", "language", "langdetect-profiles")
    for lang in langs:
        path = os.path.join(pdir, lang)
        if not os.path.exists(path):
            continue
        d = json.load(open(path, encoding="utf-8"))
        cs = [Counter() for _ in range(MAX_N + 1)]
        for g, c in d["freq"].items():
            g = g.lower()
            if 1 <= len(g) <= 3 and g.strip() and all(is_letter(ch) or ch == " " for ch in g):
                cs[len(g)][g] += c
        prof[lang] = cs
    vocab = [set() for _ in range(MAX_N + 1)]
    for lang in langs:
        for n in range(MAX_N + 1):
            vocab[n].update(g for g, c in dev[lang][n].items() if c >= 2 or n <= 2)
            if lang in prof:
                vocab[n].update(prof[lang][n])
    floors, rows_by_feature = [], defaultdict(list)
    for li, lang in enumerate(langs):
        lf = []
        for n in range(MAX_N + 1):
            dc = dev[lang][n]
            nd = sum(dc.values())
            pc = prof.get(lang, [Counter()] * (MAX_N + 1))[n]
            npf = sum(pc.values())
            w = PROFILE_WEIGHT * nd if npf else 0.0
            denom = nd + w + ALPHA * len(vocab[n])
            floor = math.log(ALPHA / denom)
            lf.append(floor)
            for g in set(dc) | set(pc):
                if g not in vocab[n]:
                    continue
                c = dc.get(g, 0) + (w * pc.get(g, 0) / npf if npf else 0.0)
                delta = math.log((c + ALPHA) / denom) - floor
                q = min(65535, int(round(delta * SCALE)))
                if q > 0:
                    rows_by_feature[(n, g)].append((li, q))
        floors.append(lf)
    return langs, floors, rows_by_feature, len(train), len(rows)


def write_langid(langs, floors, rows_by_feature):
    keyed = {}
    for (n, g), entries in rows_by_feature.items():
        keyed[fnv1a64(g.encode("utf-8"))] = entries   # WORD_TAG keeps words apart from n-grams
    keys = sorted(keyed)
    out = bytearray(b"SLID")
    out += struct.pack("<III", 1, len(langs), MAX_N)
    for lang in langs:
        code = lang.encode()
        out += struct.pack("<B", len(code)) + code
    for lf in floors:
        out += struct.pack("<%df" % (MAX_N + 1), *lf)
    out += struct.pack("<I", len(keys))
    out += struct.pack("<%dQ" % len(keys), *keys)
    starts, langs_b, deltas = [0], bytearray(), []
    for k in keys:
        for li, q in keyed[k]:
            langs_b.append(li); deltas.append(q)
        starts.append(len(deltas))
    out += struct.pack("<%dI" % len(starts), *starts)
    out += bytes(langs_b)
    out += struct.pack("<%dH" % len(deltas), *deltas)
    path = os.path.join(OUT, "langid.bin.gz")
    with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as f:
        f.write(bytes(out))
    return len(keys), len(deltas), os.path.getsize(path)


def write_lemmas():
    sizes = {}
    for lang in ["en", "fr", "ru", "de", "es"]:
        src = os.path.join(SHARED, "data", "language", "lemmas", "%s_lemma_lookup.json.gz" % lang)
        table = json.load(gzip.open(src, "rt", encoding="utf-8"))
        lines = []
        for form, lemma in table.items():
            if isinstance(lemma, list):
                if not lemma:
                    continue
                lemma = lemma[0]
            f = unicodedata.normalize("NFC", form).lower().replace("\u2019", "'")
            l = unicodedata.normalize("NFC", lemma).lower().replace("\u2019", "'")
            if f != l and "\t" not in f + l and "\n" not in f + l:
                lines.append(f + "\t" + l)
        lines = sorted(set(lines))
        path = os.path.join(OUT, "lemmas-%s.tsv.gz" % lang)
        with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as f:
            f.write(("\n".join(lines) + "\n").encode("utf-8"))
        sizes[lang] = (len(lines), os.path.getsize(path))
    return sizes


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    what = os.environ.get("DERIVE", "langid,lemmas").split(",")
    if "langid" in what:
        langs, floors, feats, ntrain, nall = build_langid()
        nkeys, nentries, size = write_langid(langs, floors, feats)
        print("langid: %d languages, trained on %d of %d dev lines (every %dth held out), %d features, "
              "%d entries, %d bytes" % (len(langs), ntrain, nall, HOLDOUT_EVERY, nkeys, nentries, size))
    if "lemmas" in what:
        for lang, (n, size) in write_lemmas().items():
            print("lemmas-%s: %d forms, %d bytes" % (lang, n, size))
