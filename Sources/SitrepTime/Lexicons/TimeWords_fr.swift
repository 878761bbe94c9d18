// French time words, one entry a line: phrase<TAB>kind[<TAB>value[<TAB>flags]] (see TimeLexicon.parse).
// A language is added by writing one such table and listing it in TimeLexiconData.tsv.
extension TimeLexiconData {
    static let fr = #"""
# French time words: phrase	kind	value	flags
lundi	weekday	1
mardi	weekday	2
mercredi	weekday	3
jeudi	weekday	4
vendredi	weekday	5
samedi	weekday	6
dimanche	weekday	7
janvier	month	1
janv	month	1	abbr
février	month	2
fevrier	month	2
févr	month	2	abbr
mars	month	3
avril	month	4
avr	month	4	abbr
mai	month	5
juin	month	6
juillet	month	7
juil	month	7	abbr
août	month	8
aout	month	8
septembre	month	9
octobre	month	10
novembre	month	11
décembre	month	12
decembre	month	12
déc	month	12	abbr
printemps	season	spring
été	season	summer	ctxdet
automne	season	autumn
hiver	season	winter
hier	relday	-1
avant-hier	relday	-2
aujourd'hui	relday	0
demain	relday	1
après-demain	relday	2
ce mois-ci	relunit	month:0
cette semaine-ci	relunit	week:0
cette année-ci	relunit	year:0
jour	unit	day
jours	unit	day	pl
journées	unit	day	pl
semaine	unit	week
semaines	unit	week	pl
mois	unit	month
an	unit	year
ans	unit	year	pl
année	unit	year
années	unit	year	pl
ce	this
cet	this
cette	this
dernier	past
dernière	past
derniers	recent		pl
dernières	recent		pl
passé	past
passée	past
écoulé	past
écoulée	past
précédent	past
précédente	past
récents	recent		pl
récentes	recent		pl
prochain	next
prochaine	next
prochains	next		pl
prochaines	next		pl
suivant	next
suivante	next
à venir	coming
qui vient	coming
qui viennent	coming
depuis	since
dès	since
à partir de	since
pendant	for
durant	for
en	in
à	in
au	in
aux	in
dans	in
au cours de	in
au cours des	in		pl
au cours du	in
lors de	in
dans	within
d'ici	within
il y a	agopre
des	several
plusieurs	several
quelques	several
un	num	1
une	num	1
deux	num	2
trois	num	3
quatre	num	4
cinq	num	5
six	num	6
sept	num	7
huit	num	8
neuf	num	9
dix	num	10
onze	num	11
douze	num	12
quinze	num	15
vingt	num	20
trente	num	30
premier	ord	1
er	ordsuffix
re	ordsuffix
e	ordsuffix
ème	ordsuffix
le	det
la	det
l'	det
les	det		pl
ces	det		pl
de	link
du	link
d'	link
début	part	early
mi	part	mid
milieu	part	mid
fin	part	late
bientôt	soon
prochainement	soon
imminent	soon
imminente	soon
imminents	soon
imminentes	soon
prochain	soon
prochaine	soon
prochains	soon
prochaines	soon
pour cent	percent
de	rangefrom
entre	rangefrom
à	rangeto
et	rangeto
"""#
}
