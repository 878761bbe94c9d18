#!/usr/bin/env python3
"""Check kb/leaders.txt (and kb/people.txt) against the line format of kb/README.md.

Fails (exit 1, one line per problem as file:line: reason) on malformed lines, unknown types, codes whose first
three letters are not a country (kb/countries.txt or countryInfo.txt under ../shared/data/places; IGO/NGO codes
are allowed), bad dates or from > to, duplicate ids, full-name aliases (two words or more) or bare one-word aliases
shared by two entries, a bare surname in leaders.txt that is another entry's surname (a warning when the bare
alias is in people.txt), and people in leaders.txt whose name is already in people.txt.
Prints a summary to stderr: countries covered, people, roles.

Usage: python3 scripts/check_leaders.py [--data ../shared/data]
"""
import argparse
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KB = os.path.join(ROOT, "kb")
TYPES = {"country", "person", "org", "igo", "ngo", "group", "agent", "place"}
KNOWN_KEYS = {"name", "code", "codes", "member", "members", "sector", "iso2", "capital", "country", "admin1",
              "precision", "at"}
NON_COUNTRY_PREFIXES = {"IGO", "NGO"}
SPECIAL = str.maketrans({"ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss",
                         "æ": "ae", "œ": "oe", "’": "'", "ʻ": "'", "ʼ": "'", "‘": "'"})
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
TITLES = {"president", "pm", "chancellor", "fm", "defmin", "monarch"}
# Offices two people hold at once by design, (title, country): reason. Overlaps there are not reported.
JOINT = {
    ("president", "NIC"): "co-presidents (Ortega and Murillo) since the 2025 constitutional reform",
}
# Overlaps that are the record, not an error: (title, country, id, id) with the ids sorted.
KNOWN_OVERLAPS = {
    ("pm", "MLI", "person.abdoulaye-maiga", "person.choguel-maiga"):
        "Maïga was interim Prime Minister Aug-Dec 2022 while Choguel Maïga was on sick leave",
}


def fold(s):
    s = unicodedata.normalize("NFKD", s.translate(SPECIAL))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("ё", "е").replace("й", "и")
    return re.sub(r"\s+", " ", re.sub(r"[-‐–.,]", " ", s)).strip()


def leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def parse_day(s, end):
    """'2019-05-20', '2019-05' or '2019' -> (y, m, d); an end bound covers the whole month or year. None if bad."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", s)
    if not m:
        return None
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else (12 if end else 1)
    if not 1 <= mo <= 12:
        return None
    last = 29 if mo == 2 and leap(y) else DAYS[mo - 1]
    d = int(m.group(3)) if m.group(3) else (last if end else 1)
    if not 1 <= d <= last:
        return None
    return (y, mo, d)


def countries(data):
    out = set()
    with open(os.path.join(KB, "countries.txt"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"country\.([A-Z]{3})\s*\|", line)
            if m:
                out.add(m.group(1))
    path = os.path.join(data, "places", "countryInfo.txt")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.startswith("#"):
                    cols = line.split("\t")
                    if len(cols) > 1 and re.fullmatch(r"[A-Z]{3}", cols[1]):
                        out.add(cols[1])
    return out


def parse_file(path, known, problems):
    """Entries of one file as dicts: id, type, name, codes [(code, from, to)], aliases [(lang, text)], line."""
    rel = os.path.relpath(path, ROOT)
    entries = []
    with open(path, encoding="utf-8") as f:
        for no, raw in enumerate(f, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            where = "%s:%d" % (rel, no)

            def bad(reason):
                problems.append("%s: %s" % (where, reason))

            fields = [x.strip() for x in line.split("|")]
            if line.startswith("|") or len(fields) < 2 or not fields[0]:
                bad("expected 'id | type | key: value ...'")
                continue
            e = {"id": fields[0], "type": fields[1], "name": None, "codes": [], "aliases": [], "where": where,
                 "notes": {}, "roles": []}
            if " " in e["id"]:
                bad("id '%s' contains a space" % e["id"])
            if e["type"] not in TYPES:
                bad("unknown type '%s'" % e["type"])
            for field in fields[2:]:
                if not field:
                    continue
                if ":" not in field:
                    bad("field without 'key:' in '%s'" % field)
                    continue
                key, _, value = field.partition(":")
                key, value = key.strip().lower(), value.strip()
                if key == "name":
                    e["name"] = value
                elif key in ("code", "codes"):
                    for rawc in value.split(","):
                        parts = rawc.split()
                        if not parts:
                            bad("empty code in '%s'" % value)
                            continue
                        code = parts[0]
                        if not re.fullmatch(r"[A-Z]{3}[A-Z0-9]*", code):
                            bad("malformed code '%s'" % code)
                        elif code[:3] not in known and code[:3] not in NON_COUNTRY_PREFIXES:
                            bad("code '%s': '%s' is not a country" % (code, code[:3]))
                        frm = to = None
                        if len(parts) > 2:
                            bad("date range must not contain spaces in '%s'" % rawc.strip())
                        elif len(parts) == 2:
                            rng = parts[1].split(".")
                            if len(rng) != 3 or rng[1] != "":
                                bad("date range needs 'from..to' in '%s'" % rawc.strip())
                                continue
                            if rng[0]:
                                frm = parse_day(rng[0], False)
                                if frm is None:
                                    bad("bad date '%s'" % rng[0])
                            if rng[2]:
                                to = parse_day(rng[2], True)
                                if to is None:
                                    bad("bad date '%s'" % rng[2])
                            if frm and to and frm > to:
                                bad("from > to in '%s'" % rawc.strip())
                            if not rng[0] and not rng[2]:
                                bad("empty date range in '%s'" % rawc.strip())
                        e["codes"].append((code, frm, to, len(parts) == 2))
                elif key == "role":
                    for rawr in value.split(","):
                        parts = rawr.split()
                        if len(parts) != 3 or parts[0] not in TITLES:
                            bad("role '%s' is not 'TITLE CCC FROM..TO' with a title in %s"
                                % (rawr.strip(), "/".join(sorted(TITLES))))
                            continue
                        title, cc, rngs = parts
                        if cc not in known:
                            bad("role '%s': '%s' is not a country" % (rawr.strip(), cc))
                        rng = rngs.split(".")
                        if len(rng) != 3 or rng[1] != "" or not (rng[0] or rng[2]):
                            bad("role '%s' needs 'from..to'" % rawr.strip())
                            continue
                        frm = parse_day(rng[0], False) if rng[0] else None
                        to = parse_day(rng[2], True) if rng[2] else None
                        if (rng[0] and frm is None) or (rng[2] and to is None):
                            bad("bad date in role '%s'" % rawr.strip())
                            continue
                        if frm and to and frm > to:
                            bad("from > to in role '%s'" % rawr.strip())
                        # slack: how imprecise the bounds are (a month- or year-precision date), in days
                        slack = (max(31 if len(rng[0]) == 7 else 366 if len(rng[0]) == 4 else 1, 1),
                                 31 if len(rng[2]) == 7 else 366 if len(rng[2]) == 4 else 1)
                        e["roles"].append((title, cc, frm, to, rawr.strip(), slack))
                elif key not in KNOWN_KEYS and (re.fullmatch(r"[a-z]{2}|any", key)
                                                or re.fullmatch(r"(adj|dem)\.([a-z]{2}|any)", key)):
                    for a in value.split(";"):
                        if a.strip():
                            e["aliases"].append((key, a.strip()))
                        else:
                            bad("empty alias in '%s'" % key)
                else:
                    e["notes"][key] = value
            if e["type"] == "person" and not e["name"]:
                bad("person without name")
            entries.append(e)
    return entries


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    args = ap.parse_args()
    known = countries(args.data)
    problems = []
    people = parse_file(os.path.join(KB, "people.txt"), known, problems)
    leaders = parse_file(os.path.join(KB, "leaders.txt"), known, problems)

    ids = {}
    for e in people + leaders:
        if e["id"] in ids:
            problems.append("%s: duplicate id '%s' (first at %s)" % (e["where"], e["id"], ids[e["id"]]))
        else:
            ids[e["id"]] = e["where"]

    for e in leaders:
        if e["type"] != "person":
            problems.append("%s: leaders.txt entry '%s' is not a person" % (e["where"], e["id"]))
        if not any(dated for _, _, _, dated in e["codes"]):
            problems.append("%s: '%s' has no dated role" % (e["where"], e["id"]))
        if not e["id"].startswith("person."):
            problems.append("%s: id '%s' should start with 'person.'" % (e["where"], e["id"]))
        langs = {l for l, _ in e["aliases"]}
        if "en" not in langs:
            problems.append("%s: '%s' has no en alias" % (e["where"], e["id"]))

    # Roles: every GOV-coded person in leaders.txt has one, each within a code range of its country.
    for e in leaders:
        gov = [c for c in e["codes"] if c[0].endswith("GOV") and c[3]]
        if gov and not e["roles"] and "norole" not in e["notes"]:
            problems.append("%s: '%s' has a GOV code but no role (add one, or a 'norole:' note saying why)"
                            % (e["where"], e["id"]))
        for title, cc, frm, to, text, _ in e["roles"]:
            inside = any(code[:3] == cc and (cf is None or (frm is not None and cf <= frm))
                         and (ct is None or (to is not None and to <= ct))
                         for code, cf, ct, dated in e["codes"] if dated)
            if not inside:
                problems.append("%s: role '%s' of '%s' is not within any of its %s code ranges"
                                % (e["where"], text, e["id"], cc))

    # No two people hold one office of one country on overlapping dates (a shared handover day is fine, and so is an
    # overlap within the month or year of a handover date given only to that precision).
    def day_number(d, default):
        if d is None:
            return default
        y, m, dd = d
        return y * 372 + m * 31 + dd  # order-preserving; adjacent days within a month differ by 1
    by_office = {}
    for e in people + leaders:
        for title, cc, frm, to, text, slack in e["roles"]:
            by_office.setdefault((title, cc), []).append((day_number(frm, -10**9), day_number(to, 10**9), e, text,
                                                          slack))
    overlaps = 0
    for (title, cc), held in sorted(by_office.items()):
        if (title, cc) in JOINT:
            continue
        held.sort(key=lambda h: (h[0], h[1]))
        for i, (f1, t1, e1, r1, s1) in enumerate(held):
            for f2, t2, e2, r2, s2 in held[i + 1:]:
                if f2 > t1:
                    break
                if e1["id"] == e2["id"] or min(t1, t2) - f2 < max(s1[1], s2[0]):
                    continue
                if (title, cc) + tuple(sorted((e1["id"], e2["id"]))) in KNOWN_OVERLAPS:
                    continue
                overlaps += 1
                problems.append("%s: %s %s of '%s' (%s) overlaps '%s' (%s, %s)"
                                % (e2["where"], title, cc, e2["id"], r2, e1["id"], r1, e1["where"]))

    # Full-name aliases (two words or more) and bare one-word aliases must not be shared by two entries.
    owner = {}
    for e in people + leaders:
        seen_here = set()
        names = [e["name"]] if e["name"] else []
        for text in names + [t for l, t in e["aliases"] if not l.startswith(("adj.", "dem."))]:
            k = fold(text)
            if not k or k in seen_here:
                continue
            seen_here.add(k)
            if k in owner and owner[k]["id"] != e["id"]:
                other = owner[k]
                if e in leaders or other in leaders:
                    kind = "full-name alias" if " " in k else "one-word alias"
                    problems.append("%s: %s '%s' of '%s' also belongs to '%s' (%s)"
                                    % (e["where"], kind, text, e["id"], other["id"], other["where"]))
            else:
                owner.setdefault(k, e)

    # A bare surname must not be the last word of another entry's full name (two Kenyattas: full names only).
    # An error when the bare alias is in leaders.txt; a warning when it is in people.txt (not edited here).
    warnings = []
    leader_ids = {e["id"] for e in leaders}
    last_word = {}
    for e in people + leaders:
        for text in ([e["name"]] if e["name"] else []) + [t for l, t in e["aliases"] if not l.startswith(("adj.", "dem."))]:
            words = fold(text).split()
            if len(words) >= 2:
                last_word.setdefault(words[-1], set()).add(e["id"])
    for e in people + leaders:
        for lang, text in e["aliases"]:
            k = fold(text)
            if not k or " " in k or lang.startswith(("adj.", "dem.")):
                continue
            others = sorted(last_word.get(k, set()) - {e["id"]})
            if not others or (e["id"] not in leader_ids and not leader_ids.intersection(others)):
                continue
            msg = "%s: bare surname '%s' of '%s' is also the surname of %s" % (e["where"], text, e["id"], ", ".join(others))
            (problems if e["id"] in leader_ids else warnings).append(msg)

    # A person in leaders.txt must not already be in people.txt (by name or a full-name alias).
    people_names = {}
    for e in people:
        for text in ([e["name"]] if e["name"] else []) + [t for l, t in e["aliases"] if len(t.split()) >= 2]:
            people_names.setdefault(fold(text), e)
    for e in leaders:
        if e["name"] and fold(e["name"]) in people_names:
            other = people_names[fold(e["name"])]
            problems.append("%s: '%s' (%s) is already in people.txt as '%s' (%s)"
                            % (e["where"], e["name"], e["id"], other["id"], other["where"]))

    for p in problems:
        print(p)
    for w in warnings:
        print("warning: " + w, file=sys.stderr)
    covered = set()
    roles = 0
    for e in leaders:
        for code, _, _, dated in e["codes"]:
            if dated:
                roles += 1
                if code.endswith("GOV"):
                    covered.add(code[:3])
    approx = sum(1 for e in leaders if "approximate" in e["notes"].get("note", ""))
    offices = sum(len(e["roles"]) for e in leaders)
    with_role = sum(1 for e in leaders if e["roles"])
    norole = sum(1 for e in leaders if not e["roles"] and "norole" in e["notes"])
    print("leaders.txt: %d countries covered, %d people, %d dated codes (%d with approximate dates), %d people with "
          "%d role: offices (%d with a norole: note); %d overlapping offices; %d problems"
          % (len(covered), len(leaders), roles, approx, with_role, offices, norole, overlaps, len(problems)),
          file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
