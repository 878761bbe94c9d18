#!/usr/bin/env python3
"""Derive Sitrep's English event-trigger lexicon from the Phoenix/PETRARCH CAMEO verb dictionary.

Input : ../shared/data/phoenix/CAMEO.2.0.txt (Open Event Data Alliance, MIT licence)
Output: Sources/SitrepCoding/Resources/triggers-en.txt

Only facts are carried over: verb forms, the words of each pattern and the CAMEO code.
Synonym sets (&NAME) are expanded into alternatives; PETRARCH's phrase brackets and
actor-position markers are dropped, since Sitrep matches ordered words within a clause.
A short hand-written list of English event nouns and phrasal triggers is appended
(EXTRA_EN below); it is Sitrep's own data.

usage: python3 scripts/derive_triggers.py [PHOENIX_DIR] [OUT_FILE]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data", "phoenix")
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "Sources", "SitrepCoding", "Resources", "triggers-en.txt")

HEADER = """\
# Sitrep event-trigger lexicon — language: en
#
# Derived by scripts/derive_triggers.py from the PETRARCH CAMEO verb dictionary
# (phoenix/CAMEO.2.0.txt, (c) 2015 Open Event Data Alliance, MIT licence), plus Sitrep's own
# event nouns at the end. Every triggers-<lang>.txt file uses this same format, so a trigger or a
# whole language is added by editing or adding a file, without touching Swift.
#
# One entry per line, fields separated by TABs; '#' starts a comment.
#
#   form  <TAB> LEMMA <TAB> FORM FORM ...        inflected forms of a lemma (for irregular words;
#                                                regular English and French forms are generated)
#   set   <TAB> &NAME <TAB> WORD WORD ...        a word set, used in CONTEXT as "&name"
#   CODE  <TAB> KIND  <TAB> TRIGGER <TAB> CONTEXT  a trigger
#   word  <TAB> ROLE  <TAB> ITEM ITEM ...        function words and cues the coder reads by role:
#         conj relative subord (clause splitting), by of det locative target between be have
#         infinitive participle_suffix gerund_suffix adverb_suffix (attribution, passive, verb chains, report participles), pronoun_sg pronoun_pl
#         pronoun_neuter possessive group impersonal (reference), complementizer (complement-clause targets),
#         indefinite (noun phrases), rank (military ranks before a name), claim claim_prep predict future_suffix
#         claim_nested (an attack asserted by a speaker named first: accusation 112 or responsibility 015),
#         against (force against no actor is no event), purpose (nouns whose infinitive is an aim or a
#         refusal, not an event), purpose_clause (its verbs hypothetical, its event nouns no event), hypothetical negation (modality), dead victim at_least up_to approx range_sep (fatalities);
#         "a_b" is a phrase, "-xyz" a suffix (e.g. future-tense endings, role future_suffix)
#   num   <TAB> WORD  <TAB> VALUE                a number word ("dozens" 24: the smallest plural dozen)
#
# CODE    CAMEO code ("042"); "~CODE" swaps the roles: the syntactic object is the source
#         ("faces criticism from X" → X criticizes the subject); "A:B" codes A from subject to object
#         and B back from object to subject ("received ministers from X": 043 and X→subject 042).
# KIND    v = verb (source = subject, target = object);
#         n = event noun (source = "by"/"de la part de"/possessive/subject, target = "of"/"de"/"against");
#         s = speech verb that opens a report ("said"): never an event of its own unless coded.
# TRIGGER the lemma (words joined by "_" for multi-word triggers: "meet_with", "se_rendre").
#         Tokens match by norm, by the lemma the Language stage gives, or by listed/generated forms.
# CONTEXT optional words that must follow (or, before "*", precede) the trigger in the same clause,
#         in order, a few tokens apart: "* for talks", "troop * toward". "a|b" are alternatives;
#         a word also matches its plural; @place / @actor match a recognized place / actor.
#         The most specific matching entry wins; on a tie the later line (a user file) wins.
"""

EXTRA_EN = """\
# ---- Sitrep additions: event nouns and multi-word triggers (hand-written) ----
042	n	visit
042	n	trip
042	n	stopover
043	n	state_visit
040	n	summit
040	n	talks
040	n	meeting
046	n	negotiations
111	n	criticism
112	n	accusation
190	n	aggression
130	n	threat
141	n	protest
141	n	demonstration
145	n	riot
154	n	buildup
154	n	build-up
154	n	troop_transfer
154	n	deployment
173	n	arrest
173	n	crackdown
174	n	expulsion
174	n	deportation
190	n	attack
190	n	offensive
190	n	assault
190	n	fighting
190	n	clashes
190	n	clash
190	n	war
192	n	invasion
192	n	occupation
192	n	annexation
193	n	firefight
193	n	gunfight
194	n	shelling
194	n	bombardment
194	n	artillery_fire
195	n	air_strike
195	n	airstrike
195	n	air_raid
195	n	drone_strike
195	n	bombing
173	v	issue	* arrest warrant
173	v	jail
190	v	shell
194	v	shell
195	v	bomb
195	v	launch	* air_strike|airstrike
194	v	launch	* missile|rocket|shell
190	v	push	* toward|towards|into
154	v	deploy
154	v	mass	* troops|forces
154	v	transfer	* troops|forces
192	v	annex
192	v	invade
192	v	capture
192	v	seize	* city|town|village|territory|control
192	v	take	* city|town|village|territory|control|@place
010	s	say
010	s	claim
010	s	report

# ---- Function words and cues (hand-written): word <TAB> ROLE <TAB> items ("a_b" = phrase, "-x" = suffix) ----
word	conj	and or but nor &
word	relative	which who whom whose that where
word	subord	while as because although though since unless whereas when after before until so
word	by	by
word	of	of from 's
word	det	the a an this that these those his her its their some several other former new
word	locative	in at near around toward towards into inside outside across throughout on
word	target	against with to on at toward towards upon over
word	against	against
word	purpose_clause	so_that in_order_to in_order_that so_as_to
word	purpose	mission missions task tasks goal goals aim aims purpose objective objectives mandate reluctance unwillingness refusal
word	between	between among
word	infinitive	to
word	be	is are was were been being be
word	participle_suffix	-ed -en -wn -ne -t
word	gerund_suffix	-ing
word	adverb_suffix	-ly
word	have	has have had
word	pronoun_sg	he she
word	pronoun_pl	they
word	pronoun_neuter	it
word	impersonal	seems appears
word	possessive	its his her their
word	group	both_sides both_parties both_countries the_two_sides the_two_countries the_two_leaders both_leaders the_two_presidents the_two_governments the_two_ministers
word	demonstrative	this these those
word	complementizer	that
word	indefinite	a an
word	partitive	part parts portion portions half rest remainder majority
word	rank	general admiral colonel lieutenant brigadier major marshal commander commodore
word	claim	said says say told tells reported reports claimed claims stated states announced announces alleged alleges added adds insisted warned according_to
word	claim_prep	according_to
word	claim_nested	said says say claimed claims claim alleged alleges stated states insisted insists
word	predict	will shall expected_to is_expected_to are_expected_to likely_to is_likely_to are_likely_to scheduled_to is_scheduled_to plans_to plan_to planned_to intends_to intend_to set_to upcoming imminent forthcoming next prepares_to preparing_to prepared_to is_to are_to going_to is_due_to are_due_to was_due_to were_due_to
word	hypothetical	could might may would if possibly perhaps unless should
word	negation	not never no n't cannot failed_to refused_to
word	dead	killed killing kills dead died deaths death casualties fatalities lives
word	victim	people persons civilians soldiers troops men women children militants fighters police officers residents
word	at_least	at_least more_than over over_than upwards_of some
word	up_to	up_to as_many_as
word	approx	about around nearly almost roughly approximately
word	range_sep	to and -
num	one	1
num	two	2
num	three	3
num	four	4
num	five	5
num	six	6
num	seven	7
num	eight	8
num	nine	9
num	ten	10
num	eleven	11
num	twelve	12
num	fifteen	15
num	twenty	20
num	thirty	30
num	forty	40
num	fifty	50
num	hundred	100
num	dozen	12
num	dozens	24
num	scores	40
num	hundreds	200
num	thousands	2000
"""

# Light and polysemous verbs: PETRARCH's block default gives every use of them an event ("take" is 171 seize,
# "consider" 040, "according" 060, "allow" 080, "go" 040), but news uses them mostly as support verbs whose
# meaning is their object ("take a step back", "took the decision", "caught fire", "going to the Assembly",
# "no longer consider settlements illegal", "according to police", "direct talks", "troops to leave", "faces a
# sentence", "when it comes to", "serving a prison term", "offers a reminder", "added to the list", "leads the
# coalition", "could lead to sanctions"). Only their
# patterns code them ("take * part" 030, "take * city" 192 below), as the French lexicon codes "prendre" only with
# its object.
LIGHT_VERBS = {"take", "catch", "back", "consider", "accord", "direct", "table", "allow", "go", "leave", "hope",
               "embolden", "persuade", "withhold", "face", "come", "serve", "offer", "admit", "add", "pound",
               "lead"}

# Verbs PETRARCH files under 010 (make a statement) that do not report speech: spreading, counting, seeing,
# copying, and "talk", mostly the noun "talks" ("security forces … disperse protests", "settlements are seen
# as …", "held talks").
# As report openers they made the events beside them "claimed" with a wrong speaker; the French lexicon's
# report verbs (déclarer, affirmer, annoncer, indiquer, rapporter, dire) are all reporting.
NOT_REPORTING = {"circulate", "diffuse", "dispense", "disperse", "disseminate", "dissipate", "distribute", "propagate",
                 "scatter", "spread", "calculate", "count", "figure", "gauge", "measure", "reassesment", "score", "sum",
                 "tally", "total", "clear_up", "watch_over", "watch", "view", "see", "saw", "notice", "witness",
                 "bemock", "copy", "imitate", "mimic", "impress", "punctuate", "spotlight", "pinpoint", "define",
                 "depict", "address", "talk"}

VERB_HEAD = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
PATTERN = re.compile(r"^-\s+(.*?)\s*\[([^\]]*)\]")


def words(s):
    return s.strip().lower()


def read_synsets(lines):
    sets, name = {}, None
    for line in lines:
        line = line.split("#", 1)[0].rstrip()
        if line.startswith("&"):
            name = line.strip().upper()
            sets[name] = []
        elif name and line.startswith("+"):
            w = line[1:].strip()
            if w:
                sets[name].append(w)
        elif not line.strip():
            continue
        elif line.startswith("---") or line.startswith("- "):
            name = None
    return sets


def clean_word(w):
    """PETRARCH word → Sitrep word: lowercase, trailing '_' (no plural) dropped."""
    return w.lower().rstrip("_")


def expand(item, sets):
    if item.startswith("&"):
        key = item.upper()
        return "&" + key[1:].lower() if sets.get(key) else None
    w = clean_word(item)
    return w if re.match(r"^[a-z0-9][a-z0-9_'.-]*$", w) else None


def convert_pattern(text, sets):
    """'* (FOR {&SECURITY MEASURE}) $' → '* for security|safety measure'; None if unusable."""
    t = re.sub(r"[(){}]", " ", text)
    out = []
    for item in t.split():
        if item in ("$", "+", "%", "^"):
            continue
        if item == "*":
            out.append("*")
            continue
        if "/" in item:  # "BY/WITH" alternatives
            alts = [expand(a, sets) for a in item.split("/")]
            if any(a is None for a in alts):
                return None
            out.append("|".join(alts))
            continue
        e = expand(item, sets)
        if e is None:
            return None
        out.append(e)
    if out.count("*") != 1:
        return None
    return " ".join(out)


def parse_code(raw):
    raw = raw.strip()
    if raw.startswith("---") or not raw:
        return None
    if raw.startswith(":"):
        c = raw[1:].strip()
        return "~" + c if re.match(r"^\d{2,4}$", c) else None
    parts = [p.strip() for p in raw.split(":")]
    c = parts[0]
    if not re.match(r"^\d{2,4}$", c):
        return None
    if len(parts) > 1 and re.match(r"^\d{2,4}$", parts[1]):
        return c + ":" + parts[1]  # reciprocal: the target does parts[1] to the source
    return c


def verb_forms(line):
    """'MEET {MEETS MET MEETING}' → ('meet', ['meets','met','meeting']) with '_' for multi-word."""
    line = line.split("#", 1)[0]
    own = re.search(r"\[([^\]]*)\]", line)
    line = re.sub(r"\[[^\]]*\]", "", line)
    m = re.match(r"^\+?([A-Z0-9_'-]+)\s*(\{([^}]*)\})?", line.strip())
    if not m:
        return None, [], None
    lemma = m.group(1).lower().strip("_")
    forms = [f.lstrip("+").lower().strip("_") for f in (m.group(3) or "").split()]
    return lemma, forms, (parse_code(own.group(1)) if own else None)


def main():
    with open(os.path.join(SRC, "CAMEO.2.0.txt"), encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()
    sets = read_synsets(lines)
    start = next(i for i, l in enumerate(lines) if l.startswith("####### VERB PATTERNS"))
    out, seen = [], set()

    def emit(row):
        if row not in seen:
            seen.add(row)
            out.append(row)

    for name, members in sorted(sets.items()):
        ws = sorted(set(clean_word(w) for w in members if clean_word(w)))
        if ws:
            emit("set\t&%s\t%s" % (name[1:].lower(), " ".join(ws)))
    block_code, verbs = None, []
    for line in lines[start + 1:]:
        if line.startswith("#") or not line.strip():
            continue
        m = VERB_HEAD.match(line)
        if m:
            block_code, verbs = parse_code(m.group(2)), []
            continue
        m = PATTERN.match(line)
        if m:
            code = parse_code(m.group(2))
            pat = convert_pattern(m.group(1), sets)
            if code and pat:
                ctx = "" if pat == "*" else pat
                for v in verbs:
                    emit("%s\tv\t%s\t%s" % (code, v, ctx) if ctx else "%s\tv\t%s" % (code, v))
            continue
        lemma, forms, own = verb_forms(line)
        if not lemma:
            continue
        verbs.append(lemma)
        if forms:
            emit("form\t%s\t%s" % (lemma, " ".join(forms)))
        code = own or block_code
        if lemma in LIGHT_VERBS or lemma in NOT_REPORTING and code == "010":
            code = None  # patterns only
        if code and ":" in code and not code.startswith("~"):
            code = code.split(":")[0]  # reciprocal codes are kept for patterns only, as PETRARCH applies them
        if code:
            kind = "s" if code.split(":")[0] == "010" else "v"  # bare statements are report openers, not events
            emit("%s\t%s\t%s" % (code, kind, lemma))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(HEADER)
        f.write("\n".join(out) + "\n\n" + EXTRA_EN)
    print("wrote %d entries to %s" % (len(out) + EXTRA_EN.count("\n"), OUT), file=sys.stderr)


if __name__ == "__main__":
    main()
