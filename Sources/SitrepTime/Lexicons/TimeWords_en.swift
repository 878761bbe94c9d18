// English time words, one entry a line: phrase<TAB>kind[<TAB>value[<TAB>flags]] (see TimeLexicon.parse).
// A language is added by writing one such table and listing it in TimeLexiconData.tsv.
extension TimeLexiconData {
    static let en = #"""
# English time words: phrase	kind	value	flags
@dateorder	mdy
monday	weekday	1
tuesday	weekday	2
wednesday	weekday	3
thursday	weekday	4
friday	weekday	5
saturday	weekday	6
sunday	weekday	7
january	month	1	cap
jan	month	1	cap,abbr
february	month	2	cap
feb	month	2	cap,abbr
march	month	3	cap
mar	month	3	cap,abbr
april	month	4	cap
apr	month	4	cap,abbr
may	month	5	cap,ctx
june	month	6	cap
jun	month	6	cap,abbr
july	month	7	cap
jul	month	7	cap,abbr
august	month	8	cap
aug	month	8	cap,abbr
september	month	9	cap
sep	month	9	cap,abbr
sept	month	9	cap,abbr
october	month	10	cap
oct	month	10	cap,abbr
november	month	11	cap
nov	month	11	cap,abbr
december	month	12	cap
dec	month	12	cap,abbr
spring	season	spring	ctxdet
summer	season	summer
autumn	season	autumn
fall	season	autumn	ctx
winter	season	winter
yesterday	relday	-1
today	relday	0
tomorrow	relday	1
the day before yesterday	relday	-2
the day after tomorrow	relday	2
day	unit	day
days	unit	day	pl
week	unit	week
weeks	unit	week	pl
fortnight	unit	week
month	unit	month
months	unit	month	pl
year	unit	year
years	unit	year	pl
this	this
last	past
last	recent
previous	past
past	recent
recent	recent
next	next
coming	next
upcoming	next
ahead	coming
to come	coming
since	since
for	for
over	for
during	in
in	in
within	within
in	within
on	on
ago	agopost
several	several
many	several
a few	several
few	several
a couple of	num	2
a	num	1
an	num	1
one	num	1
two	num	2
three	num	3
four	num	4
five	num	5
six	num	6
seven	num	7
eight	num	8
nine	num	9
ten	num	10
eleven	num	11
twelve	num	12
fifteen	num	15
twenty	num	20
thirty	num	30
first	ord	1
st	ordsuffix
nd	ordsuffix
rd	ordsuffix
th	ordsuffix
the	det
these	det		pl
of	link
early	part	early
the beginning of	part	early
the start of	part	early
mid	part	mid
the middle of	part	mid
late	part	late
the end of	part	late
soon	soon
imminent	soon
upcoming	soon
forthcoming	soon
percent	percent
per cent	percent
from	rangefrom
between	rangefrom
to	rangeto
and	rangeto
through	rangeto
"""#
}
