"""Russian temporal expressions, resolved like English ones.

Months and weekdays are matched in every case they take after a preposition ("в июле",
"21 октября", "во вторник"); the extent leaves out the preposition, as TIMEX3 does.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from timeline.languages.russian import FUTURE_MARKERS

from . import calendar_values as cv
from .by_language import LanguageResolver, normalised, year_reading
from .calendar_values import Date
from .tense import Tense

_MONTH_STEMS = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр",
                "октябр", "ноябр", "декабр"]  # fmt: skip
# Soft stems take ь/я/е/ю/ём, hard ones а/е/у/ом; "ма" only as май/мая/мае/маю/маем.
MONTH = (
    r"(?:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|ём|ем)"
    r"|(?:март|август)(?:а|е|у|ом)?|ма(?:й|я|е|ю|ем))(?!\w)"
)
# Datelines shorten months after a day: «5 авг», «12 дек.».
SHORT_MONTH = r"(?:янв|фев|февр|мар|апр|авг|сент|сен|окт|нояб|ноя|дек)(?:\.|(?!\w))"
_WEEKDAYS = {"понедельник": 0, "вторник": 1, "сред": 2, "четверг": 3, "пятниц": 4, "суббот": 5,
             "воскресень": 6}  # fmt: skip
# After "в"/"во" a weekday is in the accusative: в понедельник, во вторник, в среду.
WEEKDAY = r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?!\w)"
# «в 2019 году», «в 2019 г.», and the ordinal's ending alone: «в 1999-м», «августа 2021-го».
# A pair of years takes the plural: «переговоров 2016 и 2017 годов», «в 2016–2017 годы».
_YEAR_WORD = r"(?:\s*(?:г\.|гг\.|годов|годы|года|году|год(?!\w)|годах|годом)|-(?:м|го|й)(?!\w))"
_SHIFT_STEMS = {"позапрошл": -2, "прошл": -1, "прошедш": -1, "минувш": -1, "предыдущ": -1, "эт": 0,
                "текущ": 0, "нынешн": 0, "следующ": 1, "будущ": 1, "ближайш": 1}  # fmt: skip
_SHIFT = r"(?:позапрошл|прошл|прошедш|минувш|предыдущ|эт|текущ|нынешн|следующ|будущ|ближайш)\w{0,3}"
_UNITS = {"год": "year", "месяц": "month", "недел": "week"}
_NUMBERS = {"один": 1, "одну": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
            "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10}  # fmt: skip
_PARTS = {"начал": "early", "конц": "late", "середин": "mid", "перв": "first half",
          "втор": "second half"}  # fmt: skip
# A half is as much a part of a month or a year as its beginning: «в первой половине марта».
# What is due «к концу марта» (by the end of March) is dated by that end, as «в конце марта».
_PART = r"(?:начале|конце|концу|середине|(?:первой|второй)\s+половине)"

_FLAGS = re.IGNORECASE
NUMERIC_DATE = re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>\d{4})(?!\d)")
DAY_RANGE_ACROSS_MONTHS = re.compile(
    rf"(?<!\w)с\s+(?P<d1>\d{{1,2}})\s+(?P<m1>{MONTH})\s+(?:по|до)\s+(?P<d2>\d{{1,2}})\s+"
    rf"(?P<m2>{MONTH})(?:\s+(?P<year>\d{{4}}){_YEAR_WORD}?)?",
    _FLAGS,
)
DAY_MONTH = re.compile(
    rf"(?<![\d.])(?P<day>\d{{1,2}})(?:(?:\s*[-–—−]\s*|\s+по\s+)(?P<day2>\d{{1,2}}))?\s+"
    rf"(?P<month>{MONTH}|{SHORT_MONTH})"
    rf"(?:\s+(?:(?P<year>\d{{4}}){_YEAR_WORD}?|(?P<relyear>{_SHIFT})\s+года))?",
    _FLAGS,
)
# «на» takes the month's accusative, the date a plan is set or moved to: «запланирован на март».
MONTH_MENTION = re.compile(
    rf"(?:(?<!\w)(?P<prep>в|во|с|до|к|по|на|после|между|начиная\s+с)\s+)?"
    rf"(?:(?P<part>{_PART})\s+)?(?P<month>{MONTH})"
    rf"(?:\s+(?:(?P<year>\d{{4}}){_YEAR_WORD}?|(?P<relyear>{_SHIFT})\s+года))?",
    _FLAGS,
)
# Months from one to another: «в январе-июле прошлого года», «за январь–март 2025 г.»; in
# words, from one month to another: «с января по ноябрь 2020 года», «с марта до мая».
MONTH_SPAN = re.compile(
    rf"(?<!\w)(?:(?P<from>с)\s+)?(?P<m1>{MONTH})"
    rf"(?(from)\s+(?:по|до)\s+|\s*[-–—]\s*)(?P<m2>{MONTH})"
    rf"(?:\s+(?:(?P<year>\d{{4}}){_YEAR_WORD}?|(?P<relyear>{_SHIFT})\s+года))?",
    _FLAGS,
)
# A week of a month by its order: «в первую неделю апреля», «на последней неделе мая».
_WEEK_ORDINALS = {"перв": 1, "втор": 2, "трет": 3, "четв": 4, "последн": 5}
WEEK_OF_MONTH = re.compile(
    rf"(?<!\w)(?:в|на)\s+(?P<ordinal>(?:{'|'.join(_WEEK_ORDINALS)})[а-яё]*)\s+недел[юе]\s+"
    rf"(?P<month>{MONTH})(?:\s+(?:(?P<year>\d{{4}}){_YEAR_WORD}?|(?P<relyear>{_SHIFT})\s+года))?",
    _FLAGS,
)
# A season with its year, as TimeML's: «весной 2025 года», «летом прошлого года», «этой осенью».
# Without a year a season word is as often a habit («зимой здесь холодно»): not read.
_SEASONS = {"весн": "SP", "лет": "SU", "осен": "FA", "зим": "WI"}
SEASON = re.compile(
    rf"(?<!\w)(?:(?P<season>весной|летом|осенью|зимой)\s+(?:(?P<year>\d{{4}}){_YEAR_WORD}"
    rf"|(?P<relyear>{_SHIFT})\s+года)"
    rf"|(?P<rel>{_SHIFT})\s+(?P<season2>весной|летом|осенью|зимой))(?!\w)",
    _FLAGS,
)
QUARTER = re.compile(
    rf"(?<!\w)(?P<ordinal>первом|втором|третьем|четв[её]ртом|первого|второго|третьего|"
    rf"четв[её]ртого|первый|второй|третий|четв[её]ртый)\s+квартал[еа]?(?!\w)"
    rf"(?:\s+(?:(?P<year>\d{{4}}){_YEAR_WORD}?|(?P<relyear>{_SHIFT})\s+года))?",
    _FLAGS,
)
# Early, mid or late in a year: «в конце 2017 года», «в начале следующего года», «в конце года».
PART_OF_YEAR = re.compile(
    rf"(?<!\w)(?P<part>{_PART})\s+(?:(?P<year>\d{{4}}){_YEAR_WORD}"
    rf"|(?:(?P<relyear>{_SHIFT})\s+)?года(?!\w))",
    _FLAGS,
)
YEAR = re.compile(
    rf"(?<![\d.])(?P<year>\d{{4}})(?:(?:\s*[-–—]\s*|\s+и\s+|,\s*)(?P<year2>\d{{4}}))?"
    rf"(?P<word>{_YEAR_WORD})",
    _FLAGS,
)
# A decade by its first year's ordinal in the plural: «в 1980-х годах», «в 1990-е», «2000-х гг.».
# The two-digit form («в 80-х») is as often an age: only with the year word after it.
DECADE = re.compile(
    r"(?<![\d.])(?:(?P<year>1[0-9]{2}0|20[0-9]0)-(?:х|е)(?!\w)(?:\s+(?:годах|годов|годы|гг\.))?"
    r"|(?P<short>[1-9]0)-(?:х|е)\s+(?:годах|годов|годы|гг\.))",
    _FLAGS,
)
WEEKDAY_MENTION = re.compile(
    rf"(?<!\w)во?\s+(?:(?P<rel>{_SHIFT})\s+)?(?P<weekday>{WEEKDAY})", _FLAGS
)
# The day words, and their adjectives with «день»: «с завтрашнего дня» (from tomorrow).
DAY_WORD = re.compile(
    r"(?<!\w)(?P<word>позавчера|вчера|сегодня|завтра|послезавтра)"
    r"(?:шн\w*\s+(?:день|дн[а-яё]*))?(?!\w)",
    _FLAGS,
)
# The last twenty-four hours: «за минувшие сутки совершил 7 полетов» is of the day before
# and of the report's own, up to the time of writing. So is last night, which runs from the
# evening before into the report's day: «самолет приземлился минувшей ночью».
PAST_DAY = re.compile(
    r"(?<!\w)(?:за\s+(?P<x>(?:минувшие|прошедшие|последние|истекшие)\s+сутки)"
    r"|(?P<night>(?:минувшей|прошлой|прошедшей)\s+ночью))(?!\w)",
    _FLAGS,
)
# "накануне" alone is the day before; "накануне визита" is the eve of something undated.
EVE = re.compile(
    r"(?<!\w)накануне(?!\w)(?!\s+(?:визит|переговор|встреч|саммит|поездк|выбор|заседани|форум"
    r"|праздник|годовщин|открыти|начал|дня|нового|его|её|ее|этого|того|это|т\w*ого)\w*)",
    _FLAGS,
)
# Early, mid or late in a week: «в конце прошлой недели», «в начале следующей недели».
PART_OF_WEEK = re.compile(
    rf"(?<!\w)(?P<part>начале|конце|середине)\s+(?:(?P<rel>{_SHIFT})\s+)?недели(?!\w)", _FLAGS
)
# The year so far, as English "earlier this year": «за месяцы этого года», «за первые месяцы
# текущего года», «с начала этого года» end at the report.
RELATIVE_UNIT = re.compile(
    r"(?:(?<!\w)(?P<so_far>за\s+(?:[а-яё]+\s+)?месяцы|с\s+начала)\s+)?"
    rf"(?<!\w)(?P<rel>{_SHIFT})\s+(?P<unit>год(?:а|у)?|месяц(?:а|е)?|недел[еияю])(?!\w)",
    _FLAGS,
)
# "год назад", "неделю назад": one unit back.
ONE_UNIT_AGO = re.compile(
    r"(?<!\w)(?P<unit>год|месяц|неделю|день)\s+(?:тому\s+)?назад(?!\w)", _FLAGS
)
DISTANCE = re.compile(
    rf"(?:(?<!\w)(?P<after>через)\s+)?(?P<num>\d+|{'|'.join(_NUMBERS)})\s+"
    r"(?P<unit>дн(?:я|ей)|день|недел[июь]|месяц(?:а|ев)?|год(?:а)?|лет)"
    r"(?:\s+(?P<ago>назад|тому\s+назад|спустя))?(?!\w)",
    _FLAGS,
)
THEN = re.compile(r"(?<!\w)(?P<x>тогда)(?!\w)(?!\s+как)", _FLAGS)
SAME_PERIOD = re.compile(
    r"(?<!\w)(?:в|на)\s+(?P<x>(?:тот\s+же|тот|этот\s+же)\s+день|том\s+же\s+году"
    r"|следующий\s+день|следующий\s+год|другой\s+день)(?!\w)",
    _FLAGS,
)

_PAST_CLUE = re.compile(
    r"(?<!\w)(?:был[аио]?|[а-яё]{2,}(?:ал|ял|ел|ил|ол|ул|ыл)(?:а|о|и)?(?:сь|ся)?"
    r"|[а-яё]*(?:шёл|шел|шла|шли|шло|вёл|вела|вели)(?:сь|ся)?|назад|вчера)(?!\w)",
    _FLAGS,
)
# The present of verbs of what goes on: imperfective by their suffix («обсуждают»,
# «поставляет», «действуют», «продолжается») or by use («ведут», «идут»). A perfective
# present is a future («вырастут», «подпишут») and ends otherwise.
_GOES_ON = re.compile(
    r"(?<!\w)(?:[а-яё]+(?:ают|яют|ает|яет|ует|уют)(?:ся)?|вед[её]т(?:ся)?|ведут(?:ся)?"
    r"|ид[её]т|идут)(?!\w)",
    _FLAGS,
)
# The present of a schedule before a weekday is the coming one: «учения стартуют в субботу»,
# «делегация прибывает в понедельник», «переговоры проходят во вторник».
_SCHEDULED = re.compile(
    r"(?<!\w)(?:старту(?:ет|ют)|(?:начина|открыва|заверша|отправля)(?:ет|ют)ся"
    rf"|прибыва(?:ет|ют)|проход(?:ит|ят))(?=\s+во?\s+{WEEKDAY})",
    _FLAGS,
)
# An invitation's dates are those of what one is invited to, ahead of it: «пригласил
# премьера посетить Москву в ноябре» in September is this November, not last.
_INVITED = re.compile(r"пригласил[аи]?", re.IGNORECASE)
# The long participle of a plan names a happening by its planned day, ahead or already by:
# «отмена запланированного на 2 октября саммита», reported on the 4th, is of this October.
# It sets no tense (the short «визит запланирован на …» still tells a plan ahead).
_PLANNED_ATTRIBUTE = re.compile(r"(?:запланированн|намеченн)\w+", _FLAGS)
# Nouns that look like past verbs.
_NOT_PAST = frozenset(
    "посол посла послы генерал генерала маршал канал капитал материал сигнал потенциал "
    "персонал интервал журнал идеал финал начало дело дела село число тело масло правило "
    "стола сила силы крыло зеркало мыло".split()
)

# «писал, что Имран Хан может в сентябре посетить Россию»: a что-clause has its own verb, and
# the saying before it tells nothing of a date inside it.
_THAT = re.compile(r",\s*что(?!\w)", _FLAGS)


class RussianResolver(LanguageResolver):
    language = "ru"
    clause_end = re.compile(r"[,;:«»\"—–]")

    def clause_start(self, sentence_start, start):
        ends = [that.end() for that in _THAT.finditer(self.text, sentence_start, start)]
        return ends[-1] if ends else sentence_start

    def tense_clues(self, sentence_start, sentence_end):
        for match in _PAST_CLUE.finditer(self.text, sentence_start, sentence_end):
            if _INVITED.fullmatch(match.group()):
                yield match.start(), Tense.FUTURE
            elif match.group().lower() not in _NOT_PAST:
                yield match.start(), Tense.PAST
        for pattern in (FUTURE_MARKERS, _SCHEDULED):
            for match in pattern.finditer(self.text, sentence_start, sentence_end):
                if not _PLANNED_ATTRIBUTE.fullmatch(match.group()):
                    yield match.start(), Tense.FUTURE

    def goes_on(self, start: int) -> bool:
        """Whether the sentence holding `start` tells, in the present, of what goes on
        («ведут», «обсуждают», «действует») and says nothing of the future."""
        sentence_start, sentence_end = self.sentence_bounds(start)
        return bool(
            _GOES_ON.search(self.text, sentence_start, sentence_end)
            and not FUTURE_MARKERS.search(self.text, sentence_start, sentence_end)
        )

    def numeric_date(self, m):
        try:
            d = Date(int(m["year"]), int(m["mon"]), int(m["day"]))
        except ValueError:
            return
        yield m.start(), m.end(), cv.day(d).because("numeric date, day first")

    def day_range_across_months(self, m):
        first, last = (_month(m["m1"]), int(m["d1"])), (_month(m["m2"]), int(m["d2"]))
        yield from self.range_across_months(m, first, last, m.start("d1"))

    def day_month(self, m):
        month, first_day = _month(m["month"]), int(m["day"])
        last_day = int(m["day2"]) if m["day2"] else first_day
        year = int(m["year"]) if m["year"] else None
        if m["relyear"]:
            year = self.published.year + _shift(m["relyear"])
        reading = self.month_day_reading(month, first_day, last_day, year, m.start(), m.end())
        if reading is not None:
            yield m.start(), m.end(), reading

    def month_mention(self, m):
        if not (m["prep"] or m["part"] or m["year"] or m["relyear"]):
            return
        month = _month(m["month"])
        start = m.start("part") if m["part"] else m.start("month")
        if m["year"]:
            reading = cv.month(int(m["year"]), month).because("month and year")
        elif not m["relyear"] and (
            (
                _since(m["prep"])
                and (self.goes_on(start) or self.tense(start, m.end()) is Tense.PAST)
            )
            or (_in(m["prep"]) and self.tense(start, m.end()) is Tense.PAST)
        ):
            # «ведут переговоры с января», «с января поставки выросли»: with a verb of what
            # goes on, or a past, «с» is "since" and counts from the last such month; with a
            # future («с января тарифы вырастут») it is "from": the nearest month, as before.
            # «в марте поздравил» in December is the March before, however far back: a month
            # a past happening is told «в» is its time, not a deadline set for the year ahead.
            year = self.published.year - (month > self.published.month)
            reading = cv.month(year, month).because(
                f"month {month} {'since' if _since(m['prep']) else 'of a past'}, the last one"
                f" on or before {self.published}",
                relative=True,
            )
            # «в феврале одобрило» in a report of 15 February: done in the report's own month,
            # it is done by the report's day, and «Ранее в феврале» before it (the value keeps
            # the month).
            if _in(m["prep"]) and reading.start_date <= self.published <= reading.end_date:
                earlier = _EARLIER.search(self.text, max(0, m.start() - 12), m.start())
                last = self.published - datetime.timedelta(days=1 if earlier else 0)
                reading = replace(reading, end_date=max(last, reading.start_date))
        elif not m["relyear"] and _onto(m["prep"]):
            # A month something is set or moved to is ahead, whatever the verb's tense:
            # «перенесли на июнь» in October is next June.
            year = self.published.year + (month < self.published.month)
            reading = cv.month(year, month).because(
                f"month {month} set ahead, the first one on or after {self.published}",
                relative=True,
            )
        else:
            shift = _shift(m["relyear"]) if m["relyear"] else None
            reading = self.month_reading(month, shift, start, m.end())
        if m["part"]:
            part = next(v for k, v in _PARTS.items() if m["part"].lower().startswith(k))
            reading = self.part_of_month(reading, part)
        yield start, m.end(), reading

    def month_span(self, m):
        first, last = _month(m["m1"]), _month(m["m2"])
        if m["year"]:
            year, how = int(m["year"]), "year as written"
        else:
            # The last month's year, as for that month alone: a past span ends before the
            # report («в январе-июле составил» in February is last year's).
            shift = _shift(m["relyear"]) if m["relyear"] else None
            closing = self.month_reading(last, shift, m.start(), m.end())
            year, how = closing.start_date.year, closing.rule
        yield m.start(), m.end(), self.months_from_to(first, last, year, how, bool(m["year"]))

    def week_of_month(self, m):
        month = _month(m["month"])
        number = next(v for k, v in _WEEK_ORDINALS.items() if m["ordinal"].lower().startswith(k))
        if m["year"]:
            reading = cv.month(int(m["year"]), month).because("month and year")
        else:
            shift = _shift(m["relyear"]) if m["relyear"] else None
            middle = min(number, 4) * 7 - 3
            reading = self.month_reading(month, shift, m.start(), m.end(), day=middle)
        # The first four weeks are days 1–7 … 22–28, the last one the month's last seven days.
        last = reading.end_date
        first_day = last.day - 6 if number == 5 else number * 7 - 6
        start, end = reading.start_date.replace(day=first_day), last.replace(day=first_day + 6)
        rule = f"week {number} of {reading.rule}" if number < 5 else f"last week of {reading.rule}"
        yield (
            m.start("ordinal"),
            m.end(),
            replace(reading, start_date=start, end_date=end, rule=rule),
        )

    def season(self, m):
        word = (m["season"] or m["season2"]).lower()
        code = next(v for k, v in _SEASONS.items() if word.startswith(k))
        if m["year"]:
            year, how = int(m["year"]), "year as written"
        elif m["rel"] and _shift(m["rel"]) in (-1, 1):
            # «прошлой весной» said in October is the spring just gone, «следующим летом» the
            # coming one: the season counts, not the calendar year («весной прошлого года»).
            shift, pub = _shift(m["rel"]), self.published
            years = range(pub.year - 2, pub.year + 2)
            if shift < 0:
                year = max(y for y in years if cv.season(y, code).end_date < pub)
                how = f"the last one over before {pub}"
            else:
                year = min(y for y in years if cv.season(y, code).start_date > pub)
                how = f"the next one to begin after {pub}"
        else:
            shift = _shift(m["relyear"] or m["rel"])
            year, how = self.published.year + shift, f"publication year {shift:+d}"
        reading = cv.season(year, code).because(f"season {code}, {how}", relative=not m["year"])
        yield m.start(), m.end(), reading

    def quarter(self, m):
        number = {"перв": 1, "втор": 2, "трет": 3, "четв": 4}[m["ordinal"].lower()[:4]]
        if m["year"]:
            year, how = int(m["year"]), "year as written"
        elif m["relyear"]:
            year, how = self.published.year + _shift(m["relyear"]), m["relyear"].lower()
        else:
            year, how = self._year_of_quarter(number, m.start(), m.end()), "nearest by tense"
        reading = cv.quarter(year, number).because(f"quarter {number}, {how}", relative=True)
        yield m.start(), m.end(), reading

    def year_part(self, m):
        if m["year"]:
            year, relative = int(m["year"]), False
        else:
            shift = _shift(m["relyear"]) if m["relyear"] else 0
            year, relative = self.published.year + shift, True
        part = next(v for k, v in _PARTS.items() if m["part"].lower().startswith(k))
        reading = self.part_of_year(cv.year(year), part)
        yield m.start(), m.end(), reading.because(f"{part} year {year}", relative=relative)

    def year_mention(self, m):
        first = year_reading(int(m["year"]), m["word"].strip())
        if first is None:
            return
        if not m["year2"]:
            yield m.start(), m.end(), first
            return
        yield m.start(), m.end("year"), first
        second = year_reading(int(m["year2"]), m["word"].strip())
        if second is not None:
            yield m.start("year2"), m.end(), second

    def decade(self, m):
        if m["year"]:
            first_year = int(m["year"])
        else:
            # «в 80-х годах»: the latest such decade not after publication.
            first_year = self.published.year // 100 * 100 + int(m["short"])
            if first_year > self.published.year:
                first_year -= 100
        yield m.start(), m.end(), cv.decade(first_year).because(f"the decade from {first_year}")

    def weekday(self, m):
        weekday = next(v for k, v in _WEEKDAYS.items() if m["weekday"].lower().startswith(k))
        shift = _shift(m["rel"]) if m["rel"] else None
        start = m.start("rel") if m["rel"] else m.start("weekday")
        reading = self.weekday_reading(weekday, shift, start, m.end())
        yield start, m.end(), reading.because(f"«{normalised(m.group())}»: {reading.rule}")

    def day_word(self, m):
        word = m["word"].lower()
        days = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}[word]
        yield m.start(), m.end(), self.day_offset_reading(days, word)

    def past_day(self, m):
        words = "x" if m["x"] else "night"
        reading = self.day_offset_reading(-1, normalised(m[words]))
        yield m.start(words), m.end(), replace(reading, end_date=self.published)

    def eve(self, m):
        yield m.start(), m.end(), self.anaphor("накануне", "day", -1, fallback=True)

    def week_part(self, m):
        shift = _shift(m["rel"]) if m["rel"] else 0
        week = cv.shifted(cv.day(self.published), "week", shift)
        part = next(v for k, v in _PARTS.items() if m["part"].lower().startswith(k))
        # Monday to Wednesday, Tuesday to Thursday, Thursday to Sunday.
        first, last = {"early": (0, 2), "mid": (1, 3), "late": (3, 6)}[part]
        start = week.start_date + datetime.timedelta(days=first)
        end = week.start_date + datetime.timedelta(days=last)
        reading = week.because(f"{part} week {shift:+d} from {self.published}", relative=True)
        yield m.start(), m.end(), replace(reading, start_date=start, end_date=end)

    def relative_unit(self, m):
        unit = next(v for k, v in _UNITS.items() if m["unit"].lower().startswith(k))
        shift = _shift(m["rel"])
        reading = self.relative_unit_reading(unit, shift, normalised(m.group()))
        if m["so_far"] and shift == 0:
            reading = replace(reading, end_date=max(reading.start_date, self.published))
        yield m.start(), m.end(), reading

    def distance(self, m):
        if not (m["after"] or m["ago"]):
            return
        number = m["num"].lower()
        amount = int(number) if number.isdigit() else _NUMBERS[number]
        unit_word = m["unit"].lower()
        unit = ("day" if unit_word.startswith(("д", "ден")) else "week" if unit_word.startswith("н")
                else "month" if unit_word.startswith("м") else "year")  # fmt: skip
        words = normalised(m.group())
        if m["ago"] and m["ago"].lower() == "спустя":
            yield m.start(), m.end(), self.anaphor(words, unit, amount, fallback=True)
            return
        sign = 1 if m["after"] else -1
        reading = self.distance_reading(sign * amount, unit, words)
        if reading is not None:
            yield m.start(), m.end(), reading

    def one_unit_ago(self, m):
        unit = {"г": "year", "м": "month", "н": "week", "д": "day"}[m["unit"][0].lower()]
        reading = self.distance_reading(-1, unit, normalised(m.group()))
        yield m.start(), m.end(), reading

    def then(self, m):
        yield m.start("x"), m.end("x"), self.anaphor("тогда", None)

    def same_period(self, m):
        words = normalised(m["x"])
        unit = "year" if "год" in words else "day"
        shift = 1 if words.startswith(("следующий", "другой")) else 0
        # «В этот же день» opening a paragraph is the day the report has dated its story to.
        fallback = shift != 0 or self.anchor is not None
        yield m.start("x"), m.end("x"), self.anaphor(words, unit, shift, fallback=fallback)

    recognisers = [
        (NUMERIC_DATE, numeric_date),
        (DAY_RANGE_ACROSS_MONTHS, day_range_across_months),
        (DAY_MONTH, day_month),
        (MONTH_SPAN, month_span),
        (WEEK_OF_MONTH, week_of_month),
        (MONTH_MENTION, month_mention),
        (SEASON, season),
        (QUARTER, quarter),
        (PART_OF_YEAR, year_part),
        (DECADE, decade),
        (YEAR, year_mention),
        (WEEKDAY_MENTION, weekday),
        (DAY_WORD, day_word),
        (EVE, eve),
        (PAST_DAY, past_day),
        (PART_OF_WEEK, week_part),
        (RELATIVE_UNIT, relative_unit),
        (DISTANCE, distance),
        (ONE_UNIT_AGO, one_unit_ago),
        (THEN, then),
        (SAME_PERIOD, same_period),
    ]


# «Ранее в феврале»: earlier than the report.
_EARLIER = re.compile(r"(?<!\w)ранее\s+$", re.IGNORECASE)


def _month(word: str) -> int:
    word = word.lower()
    if word.startswith("ма") and not word.startswith("мар"):
        return 5
    word = word.rstrip(".")
    return next(
        i
        for i, stem in enumerate(_MONTH_STEMS, start=1)
        if word.startswith(stem) or (len(word) >= 3 and stem.startswith(word[:3]))
    )


def _since(preposition: str | None) -> bool:
    return preposition is not None and normalised(preposition) in ("с", "начиная с")


def _onto(preposition: str | None) -> bool:
    return preposition is not None and normalised(preposition) == "на"


def _in(preposition: str | None) -> bool:
    return preposition is not None and normalised(preposition) in ("в", "во")


def _shift(word: str) -> int:
    word = word.lower()
    return next(v for k, v in _SHIFT_STEMS.items() if word.startswith(k))


def resolve_russian(text: str, published, anchor=None) -> list:
    return RussianResolver(text, published, anchor).run()
