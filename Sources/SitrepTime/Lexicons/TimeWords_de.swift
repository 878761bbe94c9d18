// German time words, one entry a line: phrase<TAB>kind[<TAB>value[<TAB>flags]] (see TimeLexicon.parse).
// A language is added by writing one such table and listing it in TimeLexiconData.tsv.
extension TimeLexiconData {
    static let de = #"""
# German time words: phrase	kind	value	flags
montag	weekday	1
dienstag	weekday	2
mittwoch	weekday	3
donnerstag	weekday	4
freitag	weekday	5
samstag	weekday	6
sonnabend	weekday	6
sonntag	weekday	7
januar	month	1
jänner	month	1
februar	month	2
märz	month	3
maerz	month	3
april	month	4
mai	month	5
juni	month	6
juli	month	7
august	month	8
september	month	9
oktober	month	10
november	month	11
dezember	month	12
frühling	season	spring
frühjahr	season	spring
sommer	season	summer
herbst	season	autumn
winter	season	winter
gestern	relday	-1
vorgestern	relday	-2
heute	relday	0
morgen	relday	1	lower
übermorgen	relday	2
tag	unit	day
tage	unit	day	pl
tagen	unit	day	pl
woche	unit	week
wochen	unit	week	pl
monat	unit	month
monate	unit	month	pl
monaten	unit	month	pl
jahr	unit	year
jahre	unit	year	pl
jahren	unit	year	pl
diese	this
dieser	this
diesem	this
diesen	this
dieses	this
letzte	past
letzter	past
letztes	past
letzten	past
letzten	recent
vergangene	past
vergangenen	past
vergangenen	recent
vorige	past
vorigen	past
nächste	next
nächsten	next
nächster	next
nächstes	next
kommende	next
kommenden	next
seit	since
ab	since
während	for
in	in
im	in
am	on
um	on
in	within
innerhalb von	within
binnen	within
vor	agopre
mehrere	several
mehreren	several
einige	several
einigen	several
ein	num	1
eine	num	1
einem	num	1
einer	num	1
einen	num	1
zwei	num	2
drei	num	3
vier	num	4
fünf	num	5
sechs	num	6
sieben	num	7
acht	num	8
neun	num	9
zehn	num	10
zwölf	num	12
der	det
die	det
das	det
den	det
dem	det
des	det
anfang	part	early
mitte	part	mid
ende	part	late
bald	soon
demnächst	soon
bevorstehende	soon
bevorstehenden	soon
prozent	percent
von	rangefrom
zwischen	rangefrom
bis	rangeto
und	rangeto
"""#
}
