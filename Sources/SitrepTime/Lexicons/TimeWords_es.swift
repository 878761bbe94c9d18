// Spanish time words, one entry a line: phrase<TAB>kind[<TAB>value[<TAB>flags]] (see TimeLexicon.parse).
// A language is added by writing one such table and listing it in TimeLexiconData.tsv.
extension TimeLexiconData {
    static let es = #"""
# Spanish time words: phrase	kind	value	flags
lunes	weekday	1
martes	weekday	2
miércoles	weekday	3
miercoles	weekday	3
jueves	weekday	4
viernes	weekday	5
sábado	weekday	6
sabado	weekday	6
domingo	weekday	7
enero	month	1
febrero	month	2
marzo	month	3
abril	month	4
mayo	month	5
junio	month	6
julio	month	7
agosto	month	8
septiembre	month	9
setiembre	month	9
octubre	month	10
noviembre	month	11
diciembre	month	12
primavera	season	spring
verano	season	summer
otoño	season	autumn
invierno	season	winter
ayer	relday	-1
anteayer	relday	-2
antier	relday	-2
antes de ayer	relday	-2
hoy	relday	0
mañana	relday	1	nodet
pasado mañana	relday	2
día	unit	day
días	unit	day	pl
semana	unit	week
semanas	unit	week	pl
mes	unit	month
meses	unit	month	pl
año	unit	year
años	unit	year	pl
este	this
esta	this
pasado	past
pasada	past
último	past
última	past
anterior	past
últimos	recent		pl
últimas	recent		pl
recientes	recent		pl
próximo	next
próxima	next
próximos	next		pl
próximas	next		pl
que viene	next
entrante	next
venideros	coming
venideras	coming
por venir	coming
desde	since
desde hace	since
a partir de	since
durante	for
en	in
a	in
dentro de	within
hace	agopre
varios	several
varias	several
unos	several
unas	several
algunos	several
algunas	several
un	num	1
una	num	1
uno	num	1
dos	num	2
tres	num	3
cuatro	num	4
cinco	num	5
seis	num	6
siete	num	7
ocho	num	8
nueve	num	9
diez	num	10
doce	num	12
quince	num	15
veinte	num	20
primero	ord	1
el	det
la	det
los	det		pl
las	det		pl
de	link
del	link
principios de	part	early
comienzos de	part	early
inicios de	part	early
mediados de	part	mid
finales de	part	late
fines de	part	late
pronto	soon
próximamente	soon
inminente	soon
inminentes	soon
por ciento	percent
entre	rangefrom
desde	rangefrom
y	rangeto
a	rangeto
hasta	rangeto
"""#
}
