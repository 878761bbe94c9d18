// Russian time words, one entry a line: phrase<TAB>kind[<TAB>value[<TAB>flags]] (see TimeLexicon.parse).
// A language is added by writing one such table and listing it in TimeLexiconData.tsv.
extension TimeLexiconData {
    static let ru = #"""
# Russian time words: phrase	kind	value	flags
понедельник	weekday	1
понедельника	weekday	1
вторник	weekday	2
вторника	weekday	2
среда	weekday	3
среду	weekday	3
среды	weekday	3
четверг	weekday	4
четверга	weekday	4
пятница	weekday	5
пятницу	weekday	5
пятницы	weekday	5
суббота	weekday	6
субботу	weekday	6
субботы	weekday	6
воскресенье	weekday	7
воскресенья	weekday	7
январь	month	1
января	month	1
январе	month	1
февраль	month	2
февраля	month	2
феврале	month	2
март	month	3
марта	month	3
марте	month	3
апрель	month	4
апреля	month	4
апреле	month	4
май	month	5
мая	month	5
мае	month	5
июнь	month	6
июня	month	6
июне	month	6
июль	month	7
июля	month	7
июле	month	7
август	month	8
августа	month	8
августе	month	8
сентябрь	month	9
сентября	month	9
сентябре	month	9
октябрь	month	10
октября	month	10
октябре	month	10
ноябрь	month	11
ноября	month	11
ноябре	month	11
декабрь	month	12
декабря	month	12
декабре	month	12
весна	season	spring
весной	season	spring
весну	season	spring
лето	season	summer
летом	season	summer
осень	season	autumn
осенью	season	autumn
зима	season	winter
зимой	season	winter
зиму	season	winter
вчера	relday	-1
позавчера	relday	-2
сегодня	relday	0
завтра	relday	1
послезавтра	relday	2
день	unit	day
дня	unit	day
дней	unit	day	pl
дни	unit	day	pl
неделя	unit	week
неделю	unit	week
неделе	unit	week
недели	unit	week
недель	unit	week	pl
месяц	unit	month
месяца	unit	month
месяце	unit	month
месяцев	unit	month	pl
месяцы	unit	month	pl
год	unit	year
года	unit	year
году	unit	year
лет	unit	year	pl
годы	unit	year	pl
этот	this
эта	this
эту	this
этой	this
этом	this
прошлый	past
прошлая	past
прошлую	past
прошлой	past
прошлом	past
прошлого	past
минувшей	past
минувшем	past
последние	recent		pl
последних	recent		pl
следующий	next
следующая	next
следующую	next
следующей	next
следующем	next
будущем	next
будущей	next
ближайшие	next		pl
ближайших	next		pl
с	since
со	since
начиная с	since
в течение	for
в	in
во	in
на	on
через	within
назад	agopost
тому назад	agopost
несколько	several
нескольких	several
один	num	1
одна	num	1
одну	num	1
два	num	2
две	num	2
три	num	3
четыре	num	4
пять	num	5
шесть	num	6
десять	num	10
год	yearword
года	yearword
году	yearword
г	yearword
начале	part	early
середине	part	mid
конце	part	late
скоро	soon
вскоре	soon
в ближайшее время	soon
процент	percent
процента	percent
процентов	percent
между	rangefrom
с	rangefrom
по	rangeto
и	rangeto
"""#
}
