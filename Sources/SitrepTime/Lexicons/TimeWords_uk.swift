// Ukrainian time words, one entry a line: phrase<TAB>kind[<TAB>value[<TAB>flags]] (see TimeLexicon.parse).
// A language is added by writing one such table and listing it in TimeLexiconData.tsv.
extension TimeLexiconData {
    static let uk = #"""
# Ukrainian time words: phrase	kind	value	flags
понеділок	weekday	1
понеділка	weekday	1
вівторок	weekday	2
вівторка	weekday	2
середа	weekday	3
середу	weekday	3
середи	weekday	3
четвер	weekday	4
четверга	weekday	4
п'ятниця	weekday	5
п'ятницю	weekday	5
п'ятниці	weekday	5
субота	weekday	6
суботу	weekday	6
суботи	weekday	6
неділя	weekday	7
неділю	weekday	7
неділі	weekday	7
січень	month	1
січня	month	1
січні	month	1
лютий	month	2	ctx
лютого	month	2
лютому	month	2
березень	month	3
березня	month	3
березні	month	3
квітень	month	4
квітня	month	4
квітні	month	4
травень	month	5
травня	month	5
травні	month	5
червень	month	6
червня	month	6
червні	month	6
липень	month	7
липня	month	7
липні	month	7
серпень	month	8
серпня	month	8
серпні	month	8
вересень	month	9
вересня	month	9
вересні	month	9
жовтень	month	10
жовтня	month	10
жовтні	month	10
листопад	month	11
листопада	month	11
листопаді	month	11
грудень	month	12
грудня	month	12
грудні	month	12
весна	season	spring
навесні	season	spring
весною	season	spring
літо	season	summer
влітку	season	summer
восени	season	autumn
осінь	season	autumn
зима	season	winter
взимку	season	winter
взимі	season	winter
вчора	relday	-1
учора	relday	-1
позавчора	relday	-2
сьогодні	relday	0
завтра	relday	1
післязавтра	relday	2
цьогоріч	relunit	year:0
торік	relunit	year:-1
день	unit	day
дня	unit	day
дні	unit	day	pl
днів	unit	day	pl
тиждень	unit	week
тижня	unit	week
тижні	unit	week
тижнів	unit	week	pl
місяць	unit	month
місяця	unit	month
місяці	unit	month
місяців	unit	month	pl
рік	unit	year
року	unit	year
році	unit	year
роки	unit	year	pl
років	unit	year	pl
цей	this
ця	this
цю	this
цього	this
цьому	this
цієї	this
цій	this
минулий	past
минула	past
минулу	past
минулого	past
минулому	past
минулої	past
минулій	past
останні	recent		pl
останніх	recent		pl
наступний	next
наступна	next
наступну	next
наступного	next
наступному	next
наступної	next
наступній	next
найближчі	next		pl
найближчих	next		pl
з	since
із	since
від	since
починаючи з	since
протягом	for
в	in
у	in
на	on
через	within
тому	agopost
кілька	several
декілька	several
кількох	several
один	num	1
одна	num	1
одну	num	1
два	num	2
дві	num	2
три	num	3
чотири	num	4
п'ять	num	5
десять	num	10
рік	yearword
року	yearword
році	yearword
р	yearword
початку	part	early
середині	part	mid
кінці	part	late
наприкінці	part	late
незабаром	soon
найближчим часом	soon
скоро	soon
відсотків	percent
відсотка	percent
відсоток	percent
між	rangefrom
з	rangefrom
по	rangeto
і	rangeto
та	rangeto
"""#
}
