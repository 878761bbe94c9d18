#!/usr/bin/env python3
"""Derive Sitrep's shipped knowledge files from ../shared/data and the curated kb/*.txt.

Outputs (Sources/SitrepKnowledge/Resources):
  actors.txt.gz     entities in Sitrep's knowledge format (kb/README.md): countries (CLDR names and
                    curated adjectives), Phoenix national institutions, leaders with dated roles,
                    international organizations, non-state armed groups, agents; then kb/*.txt.
  gazetteer.bin.gz  gazetteer rows (kind, geonameid, name, lat, lon, iso3, admin1, population, capital flag)
                    as little-endian column arrays, a word hash table, and the name index: sorted
                    "key<TAB>row,row,..." lines (key = lowercase, diacritics folded, words joined by
                    single spaces; rows are 0-based)
  version.txt       a checksum of the derived files (KnowledgeBase.version)

Sources: GeoNames (CC BY 4.0), Unicode CLDR (Unicode License), PETRARCH2 Phoenix dictionaries (MIT).
Usage: python3 scripts/derive_kb.py [--data ../shared/data]
"""
import argparse
import csv
import gzip
import io
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "SitrepKnowledge", "Resources")
KB = os.path.join(ROOT, "kb")

APOS = {"\u2019": "'", "\u02bc": "'", "\u2018": "'"}


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    for a, b in APOS.items():
        s = s.replace(a, b)
    return s


def fold(s):
    """Matching key: lowercase, diacritics removed, punctuation except ' and - turned to spaces."""
    s = unicodedata.normalize("NFD", norm(s))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = unicodedata.normalize("NFC", s)
    s = s.replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")
    s = re.sub(r"[^\w'\- ]+", " ", s)
    # elision: "l'arménie" is tokenized as "l'" + "arménie": index keys the same way
    s = re.sub(r"\b([a-z]{1,3})'(?=\w)", r"\1' ", s)
    return " ".join(s.split())


def script_ok(name):
    """Latin or Cyrillic names only (the recognizer's languages)."""
    for c in name:
        if c.isalpha():
            n = unicodedata.name(c, "")
            if not (n.startswith("LATIN") or n.startswith("CYRILLIC")):
                return False
    return True


# ---------------------------------------------------------------- places

def read_tsv(path, header=True):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows[1:] if header else rows


def country_centroids(data):
    """Area-weighted centroid of each country's largest polygon (Natural Earth 110m), by ISO alpha-2."""
    with open(os.path.join(data, "maps", "countries-110m.geojson"), encoding="utf-8") as f:
        gj = json.load(f)
    out = {}
    for feat in gj["features"]:
        iso2 = feat["properties"].get("iso_a2")
        geom = feat.get("geometry") or {}
        polys = geom.get("coordinates", [])
        if geom.get("type") == "Polygon":
            polys = [polys]
        best = None
        for poly in polys:
            ring = poly[0]
            a = cx = cy = 0.0
            for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
                c = x0 * y1 - x1 * y0
                a += c
                cx += (x0 + x1) * c
                cy += (y0 + y1) * c
            if a != 0 and (best is None or abs(a) > abs(best[0])):
                best = (a, cx / (3 * a), cy / (3 * a))
        if best and iso2 and iso2 != "-99":
            out[iso2] = (round(best[2], 4), round(best[1], 4))
    return out


def bigger_towns(cities):
    """The population of the most populous town of each (lowercased) own name in cities1000."""
    out = {}
    for r in cities:
        if len(r) >= 7 and r[6].isdigit():
            k = r[1].lower()
            out[k] = max(out.get(k, 0), int(r[6]))
    return out


def derive_places(data):
    P = os.path.join(data, "places")
    countries = read_tsv(os.path.join(P, "countries.tsv"))
    iso3 = {r[0]: r[1] for r in countries}
    cities = read_tsv(os.path.join(P, "cities1000.tsv.gz"))
    admin1 = read_tsv(os.path.join(P, "admin1CodesASCII.txt"), header=False)
    loc = read_tsv(os.path.join(P, "geonames-localized-names.tsv.gz"))
    cldr_c = read_tsv(os.path.join(P, "cldr-country-names.tsv"))
    cldr_s = read_tsv(os.path.join(P, "cldr-subdivision-names.tsv"))
    centroids = country_centroids(data)

    rows = []  # [kind, gid, name, lat, lon, iso3, admin1, pop, flags]
    names = defaultdict(set)  # row -> names
    localized = defaultdict(list)
    for key, lang, name in (r[:3] for r in loc if len(r) >= 3):
        localized[key].append(name)

    # admin1 centroids and populations from their cities
    a1_acc = defaultdict(lambda: [0.0, 0.0, 0, 0])
    for r in cities:
        if len(r) < 9:
            continue
        k = r[4] + "." + r[5]
        acc = a1_acc[k]
        w = max(int(r[6] or 0), 1)
        acc[0] += float(r[2]) * w
        acc[1] += float(r[3]) * w
        acc[2] += w
        acc[3] += int(r[6] or 0)
    capitals = {r[0]: r[4] for r in countries}

    # Another name of a small territory can be a bigger town's ("Norfolk" for Norfolk Island, beside Norfolk,
    # Virginia): a country's names other than its own are dropped when a town of that name outnumbers the country.
    biggest_town = bigger_towns(cities)
    row_of_country = {}
    country_pop = {}
    for r in countries:
        iso2, i3, _, name, capital, _, pop, gid = r[:8]
        lat, lon = centroids.get(iso2, (None, None))
        rows.append(["C", gid, name, lat, lon, i3, "", pop, ""])
        row_of_country[iso2] = len(rows) - 1
        country_pop[iso2] = int(pop or 0)
        names[len(rows) - 1].update([name] + [n for n in localized.get(gid, []) if biggest_town.get(n.lower(), 0) <= int(pop or 0)])
    for r in cldr_c:
        if r[0] in row_of_country and script_ok(r[2]) and biggest_town.get(r[2].lower(), 0) <= country_pop[r[0]]:
            names[row_of_country[r[0]]].add(r[2])

    row_of_admin1 = {}
    for r in admin1:
        code, name, ascii_name, gid = r[:4]
        cc = code.split(".")[0]
        acc = a1_acc.get(code)
        lat = lon = None
        pop = 0
        if acc and acc[2]:
            lat, lon, pop = round(acc[0] / acc[2], 4), round(acc[1] / acc[2], 4), acc[3]
        rows.append(["A", gid, name, lat, lon, iso3.get(cc, ""), code, str(pop), ""])
        row_of_admin1[code] = len(rows) - 1
        names[len(rows) - 1].update([name, ascii_name] + localized.get(code, []) + localized.get(gid, []))

    # Division names without their generic word: "Oblast de Louhansk" -> "Louhansk", "Luhansk Oblast" -> "Luhansk"
    generic = re.compile(r"^(oblast|région|region|province|provincia|état|etat|state|gouvernorat|governorate|préfecture|"
                         r"district|voïvodie|territoire|kraï|krai|république|republic|comté|county|canton|département)"
                         r"\s+(de la |de l'|du |des |de |d'|of the |of )?", re.I)
    suffix = re.compile(r"\s+(oblast|oblast'|region|province|governorate|state|krai|kray|voivodeship|prefecture|"
                        r"county|district|republic|область|край)$", re.I)
    for code, row in row_of_admin1.items():
        extra = set()
        for n in names[row]:
            for m in (generic.sub("", n), suffix.sub("", n)):
                if m != n and len(m) >= 3:
                    extra.add(m)
        names[row].update(extra)

    # CLDR subdivisions: attach to the admin1 of the same country sharing a name
    by_country_name = defaultdict(list)
    for code, row in row_of_admin1.items():
        for n in names[row]:
            by_country_name[(code.split(".")[0], fold(n))].append(row)
    sub_names = defaultdict(list)
    for code, lang, name in (r[:3] for r in cldr_s if len(r) >= 3):
        sub_names[code].append(name)
    for code, ns in sub_names.items():
        cc = code[:2].upper()
        hits = set()
        for n in ns:
            for cand in (n, re.sub(r"^(oblast|région|region|province|provincia|état|state) (de |d'|du |of )?", "", n, flags=re.I)):
                hits.update(by_country_name.get((cc, fold(cand)), []))
        if len(hits) == 1:
            names[hits.pop()].update(n for n in ns if script_ok(n))

    for r in cities:
        if len(r) < 9:
            continue
        gid, name, lat, lon, cc, a1, pop, tz, alts = r[:9]
        flags = "cap" if capitals.get(cc) == name else ""
        rows.append(["P", gid, name, lat, lon, iso3.get(cc, ""), cc + "." + a1 if a1 else "", pop, flags])
        i = len(rows) - 1
        ns = {name} | set(localized.get(gid, []))
        p = int(pop or 0)
        for a in alts.split("|") if alts else []:
            if a and script_ok(a) and (p >= 20000 or fold(a) == fold(name) or len(ns) < 4):
                ns.add(a)
        names[i] = ns

    index = defaultdict(set)
    for i, ns in names.items():
        for n in ns:
            if not script_ok(n):
                continue
            k = fold(n)
            if len(k) >= 2 and not k.isdigit():
                index[k].add(i)
    return rows, index


def fnv1a(b):
    """64-bit FNV-1a of bytes (MatchKey.hash in Swift)."""
    h = 0xcbf29ce484222325
    for c in b:
        h = ((h ^ c) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def word_table(keys):
    """Every word of the name keys as (low 32 bits of its FNV-1a hash, the lengths in words of the names starting
    with it as a bit mask: bit L-1 for L words, bit 7 for 8 or more; 0 when the word only occurs later in names),
    sorted by hash. A filter: a rare collision only costs a lookup."""
    info = {}
    for k in keys:
        ws = k.split(" ")
        for j, w in enumerate(ws):
            h = fnv1a(w.encode("utf-8")) & 0xFFFFFFFF
            cur = info.get(h)
            if j == 0:
                info[h] = (cur or 0) | (1 << (min(len(ws), 8) - 1))
            elif cur is None:
                info[h] = 0
    hs = sorted(info)
    deltas = [hs[0]] + [b - a for a, b in zip(hs, hs[1:])]
    return deltas, [info[h] for h in hs]


def write_places(rows, index):
    """gazetteer.bin.gz: little-endian sections, each a u32 byte length then its bytes (see Gazetteer.swift):
    kinds u8, capital flags u8, geonameids i32, lat/lon i32 (1e-5 degree, INT32_MIN when unknown),
    populations u32, country index u16, admin1 index u16 (0xFFFF none), name offsets u32 (count+1), names
    UTF-8, country codes and admin1 codes (NUL-separated), word hashes u32 (sorted, delta-coded) and values u8, then the
    name index: sorted "key<TAB>row,row,...<LF>" lines."""
    import struct
    countries = sorted({r[5] for r in rows})
    admin1s = sorted({r[6] for r in rows if r[6]})
    ci = {c: i for i, c in enumerate(countries)}
    ai = {a: i for i, a in enumerate(admin1s)}
    none32 = -2 ** 31

    def coord(v):
        return none32 if v is None or v == "" else int(round(float(v) * 1e5))

    names = bytearray()
    offsets = []
    for r in rows:
        offsets.append(len(names))
        names += r[2].encode("utf-8")
    offsets.append(len(names))
    n = len(rows)
    keys = sorted(index, key=lambda k: k.encode("utf-8"))
    text = "".join(k + "\t" + ",".join(str(i) for i in sorted(index[k])) + "\n" for k in keys).encode("utf-8")
    hk, hv = word_table(keys)
    sections = [
        bytes(ord(r[0]) for r in rows),
        bytes(1 if r[8] == "cap" else 0 for r in rows),
        struct.pack("<%di" % n, *(int(r[1]) for r in rows)),
        struct.pack("<%di" % n, *(coord(r[3]) for r in rows)),
        struct.pack("<%di" % n, *(coord(r[4]) for r in rows)),
        struct.pack("<%dI" % n, *(min(int(r[7] or 0), 2 ** 32 - 1) for r in rows)),
        struct.pack("<%dH" % n, *(ci[r[5]] for r in rows)),
        struct.pack("<%dH" % n, *(ai[r[6]] if r[6] else 0xFFFF for r in rows)),
        struct.pack("<%dI" % (n + 1), *offsets),
        bytes(names),
        "\0".join(countries).encode("utf-8"),
        "\0".join(admin1s).encode("utf-8"),
        struct.pack("<%dI" % len(hk), *hk),
        bytes(hv),
        text,
    ]
    blob = b"SGZ1" + b"".join(struct.pack("<I", len(x)) + x for x in sections)
    write_gz("gazetteer.bin.gz", blob)
    return len(keys)


DIGEST = __import__("hashlib").sha256()


def write_gz(name, data):
    """Writes a reproducible gzip file (no timestamp) and adds its content to the version digest."""
    DIGEST.update(name.encode() + b"\0" + data)
    with open(os.path.join(OUT, name), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as f:
            f.write(data)


# ---------------------------------------------------------------- Phoenix actors

def phoenix_date(s):
    s = s.strip()
    if len(s) == 6:
        yy = int(s[:2])
        y = 2000 + yy if yy <= 20 else 1900 + yy
        return "%04d-%s-%s" % (y, s[2:4], s[4:6])
    if len(s) == 8:
        return "%s-%s-%s" % (s[:4], s[4:6], s[6:8])
    return None


def phoenix_role(text):
    """'RUSGOV 991231-080507' -> 'RUSGOV 1999-12-31..2008-05-07'; None when unusable."""
    parts = text.split()
    if not parts or parts[0] == "---":
        return None
    code = parts[0].lstrip("~")
    if len(parts) == 1:
        return code
    d = parts[1]
    try:
        if d.startswith(">"):
            a = phoenix_date(d[1:])
            return code + " " + a + ".." if a else None
        if d.startswith("<"):
            b = phoenix_date(d[1:])
            return code + " .." + b if b else None
        a, b = d.split("-")
        a, b = phoenix_date(a), phoenix_date(b)
        return code + " " + a + ".." + b if a and b else None
    except ValueError:
        return None


def phoenix_phrase(s):
    s = s.strip().strip("+").strip()
    s = re.sub(r"\{.*?\}", "", s)
    s = s.replace("_", " ").strip()
    if not s or "!" in s or "&" in s:
        return None
    return " ".join(w for w in s.split()).title()


def parse_phoenix(path, kind):
    """Yield (name, [aliases], [roles]) blocks of a Phoenix actor dictionary."""
    blocks = []
    cur = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if line.startswith("#") or not line.strip():
                continue
            body = line.split("#", 1)[0]
            codes = re.findall(r"\[([^\]]*)\]", body)
            text = re.sub(r"\[[^\]]*\]", "", body)
            if line.startswith("+"):
                if cur is not None:
                    p = phoenix_phrase(text)
                    if p:
                        cur[1].append(p)
                if cur is not None:
                    cur[2].extend(codes)
            elif line[0] in " \t":
                if cur is not None:
                    cur[2].extend(codes)
            else:
                p = phoenix_phrase(text)
                cur = [p, [], list(codes)] if p else None
                if cur:
                    blocks.append(cur)
    return blocks


def slug(s):
    s = fold(s).replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:60]


def curated_person_names():
    """Folded names (and multi-word aliases) of the hand-curated people (kb/people.txt, kb/leaders.txt): Phoenix
    entries for them are dropped."""
    out = set()
    for fn in ("people.txt", "leaders.txt"):
        out |= names_in(os.path.join(KB, fn))
    return out


def names_in(path):
    """Folded names and multi-word English aliases of the people in one curated file."""
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "|" not in line:
                continue
            for field in line.split("|")[2:]:
                key, _, value = field.partition(":")
                key = key.strip()
                if key == "name" or key == "en":
                    out.update(fold(v) for v in value.split(";") if key == "name" or len(v.split()) >= 2)
    return out


def english_titles():
    """English title words of kb/agents.txt's office titles ("secretary of state" → fm), longest first."""
    out = []
    with open(os.path.join(KB, "agents.txt"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("agent.title."):
                continue
            fields = dict(p.split(": ", 1) for p in line.strip().split(" | ")[2:] if ": " in p)
            out += [(fold(a), fields["title"]) for a in fields.get("en", "").split(";") if a.strip()]
    return sorted(out, key=lambda x: -len(x[0]))


def phoenix_office(name, roles, titles):
    """The office a Phoenix institution named by a title stands for ("President Of The United States" [USAGOV] →
    "president USA"), so that the recognizer names the holder on the date; None for any other entry."""
    if len(roles) != 1 or not re.match(r"^[A-Z]{3}GOV(MIL)?$", roles[0]):
        return None
    words = " " + fold(name).replace("-", " ") + " "
    for t, office in titles:
        at = words.find(" " + t + " ")
        if at >= 0 and not re.search(r"(vice|deputy|general|former) *$", words[:at]):
            return office + " " + roles[0][:3]
    return None


def derive_actors(data):
    Ph = os.path.join(data, "phoenix")
    lines = []
    seen = set()
    curated = curated_person_names()
    titles = english_titles()
    for fname, typ in (("Phoenix.Countries.actors.txt", "org"), ("Phoenix.International.actors.txt", "igo"),
                       ("Phoenix.MilNonState.actors.txt", "group")):
        for name, aliases, codes in parse_phoenix(os.path.join(Ph, fname), typ):
            roles = [r for r in (phoenix_role(c) for c in codes) if r]
            if not roles:
                continue
            dated = any(" " in r for r in roles)
            t = "person" if dated else typ
            if fname.startswith("Phoenix.Countries") and any(len(r.split()[0]) == 3 for r in roles):
                continue  # country headers (and their city aliases) come from CLDR, GeoNames and curated data
            ident = "ph." + slug(name)
            if t == "person" and fold(name) in curated:
                continue  # kb/people.txt has this person with roles after 2014
            if ident in seen:
                continue
            seen.add(ident)
            als = [a for a in dict.fromkeys([name] + aliases) if len(fold(a)) >= 2]
            office = phoenix_office(name, roles, titles) if t == "org" else None
            lines.append("%s | %s | name: %s | code: %s%s | en: %s" % (ident, t, name, ", ".join(roles),
                                                                     " | office: " + office if office else "", "; ".join(als)))
    agents = []
    macros = {}
    with open(os.path.join(Ph, "Phoenix.agents.txt"), encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.split("#", 1)[0].strip()
            m = re.match(r"^!(\w+)!\s*=\s*(.*)$", line)
            if m:
                macros[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
                continue
            m = re.match(r"^(.*?)\s*(\{[^}]*\})?\s*\[~?([A-Z]+)\]", line)
            if not m:
                continue
            phrase, plural, code = m.group(1), m.group(2), m.group(3)
            forms = [phrase]
            mm = re.search(r"!(\w+)!", phrase)
            if mm and mm.group(1) in macros:
                forms = [phrase.replace(mm.group(0), w if phrase.startswith(mm.group(0)) else "_" + w) for w in macros[mm.group(1)]]
            out = []
            for fm in forms:
                p = fm.replace("_", " ").strip().lower()
                if not p or "!" in p:
                    continue
                out.append(p)
                if plural and plural.strip("{}").strip():
                    out.append(plural.strip("{}").replace("_", " ").strip().lower())
                elif not plural and not p.endswith("s"):
                    out.append(p[:-1] + "ies" if p.endswith("y") and p[-2:-1] not in "aeiou" else p + "s")
            agents.append((code, out))
    by_code = defaultdict(list)
    for code, forms in agents:
        by_code[code].extend(forms)
    for code, forms in sorted(by_code.items()):
        lines.append("agent.en.%s | agent | sector: %s | en: %s" % (code.lower(), code, "; ".join(dict.fromkeys(forms))))
    return lines


def derive_countries(data):
    """Country entries: CLDR names in every language, GeoNames capital, merged with kb/countries*.txt
    (countries.txt, then one file per added language such as countries-es.txt)."""
    extra = defaultdict(list)
    for fn in country_files():
        with open(os.path.join(KB, fn), encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#"):
                    parts = [p.strip() for p in line.split("|")]
                    extra[parts[0]] += parts[2:]
    P = os.path.join(data, "places")
    countries = read_tsv(os.path.join(P, "countries.tsv"))
    cl = defaultdict(lambda: defaultdict(list))
    for r in read_tsv(os.path.join(P, "cldr-country-names.tsv")):
        if len(r) >= 3 and script_ok(r[2]):
            cl[r[0]][r[1]].append(re.sub(r"\s*\(.*?\)", "", r[2]))
    # A name another language gives a small territory can be a bigger town's name in English news (Polish "Norfolk"
    # for Norfolk Island, beside Norfolk, Virginia): such a foreign name is dropped when a populated place of that name
    # is more populous than the whole country.
    biggest_town = bigger_towns(read_tsv(os.path.join(P, "cities1000.tsv.gz")))
    lines = []
    for r in countries:
        iso2, i3, _, name, capital = r[:5]
        population = int(r[6]) if len(r) > 6 and r[6].isdigit() else 0
        fields = ["country.%s | country | name: %s | code: %s | iso2: %s" % (i3, name, i3, iso2)]
        if capital:
            fields.append("capital: " + capital)
        langs = cl.get(iso2, {})
        en = [name] + langs.get("en", [])
        fields.append("en: " + "; ".join(dict.fromkeys(en)))
        for lang in ("fr", "ru", "uk", "de", "es", "it", "pt", "pl", "ro", "be", "kk", "az", "tr"):
            forms = [n for n in langs.get(lang, []) if biggest_town.get(n.lower(), 0) <= population]
            if forms:
                fields.append("%s: %s" % (lang, "; ".join(dict.fromkeys(forms))))
        fields += extra.pop("country." + i3, [])
        lines.append(" | ".join(fields))
    if extra:
        sys.exit("kb/countries*.txt: unknown countries " + ", ".join(sorted(extra)))
    return lines


def country_files():
    """kb/countries.txt first, then the other kb/countries-*.txt files in name order."""
    return sorted((fn for fn in os.listdir(KB) if fn.startswith("countries") and fn.endswith(".txt")),
                  key=lambda fn: (fn != "countries.txt", fn))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    args = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    rows, index = derive_places(args.data)
    nkeys = write_places(rows, index)
    lines = ["# Derived by scripts/derive_kb.py from GeoNames/CLDR (countries) and PETRARCH2 Phoenix (MIT)."]
    lines += derive_countries(args.data)
    lines += derive_actors(args.data)
    for fn in sorted(os.listdir(KB)):
        if fn.endswith(".txt") and fn not in country_files():
            lines.append("# ---- kb/" + fn)
            with open(os.path.join(KB, fn), encoding="utf-8") as f:
                lines.extend(l.rstrip("\n") for l in f)
    stop = set()
    for lang in ("english", "french", "russian", "ukrainian"):
        with open(os.path.join(args.data, "language", "stopwords", lang + ".txt"), encoding="utf-8") as f:
            stop.update(fold(w) for w in f.read().split() if w.strip())
    with open(os.path.join(KB, "stopwords-extra.lst"), encoding="utf-8") as f:
        stop.update(fold(w) for w in f.read().split() if w.strip() and not w.startswith("#"))
    stop_text = ("\n".join(sorted(stop)) + "\n").encode("utf-8")
    DIGEST.update(b"stopwords.txt\0" + stop_text)
    with open(os.path.join(OUT, "stopwords.txt"), "wb") as f:
        f.write(stop_text)
    write_gz("actors.txt.gz", ("\n".join(lines) + "\n").encode("utf-8"))
    for old in ("places.tsv.gz", "placenames.txt.gz"):
        if os.path.exists(os.path.join(OUT, old)):
            os.remove(os.path.join(OUT, old))
    with open(os.path.join(OUT, "version.txt"), "w", encoding="utf-8") as f:
        f.write(DIGEST.hexdigest()[:12] + "\n")
    print("places %d rows, %d name keys; actor lines %d" % (len(rows), nkeys, len(lines)), file=sys.stderr)


if __name__ == "__main__":
    main()
