"""Urdu: sentence ends, happening words, sides, plan markers, titles."""

import re

# Urdu has no capitals: a sentence ends at ۔ ؟ ! (or a Latin full stop some sites use)
# before anything that is not more punctuation. Sites often leave no space after ۔, which
# never stands inside a number as a Latin full stop does. A ۔ inside a bracket separates
# the parts of a dateline ("(آئی این پی۔04 دسمبر۔2015ء)"), whose bracket closes soon after.
# Nor does the ۔ that spells out an acronym letter by letter ("ایس۔سی۔او", SCO): three or
# more short letter groups joined by ۔ with no space.
_LETTER = r"[^\W\d_]"
_ACRONYM_DOT = (
    rf"(?<={_LETTER})(?<!{_LETTER}{{5}})(?=۔{_LETTER}{{1,4}}۔{_LETTER})"
    rf"|(?:(?<=۔{_LETTER})|(?<=۔{_LETTER}{{2}})|(?<=۔{_LETTER}{{3}})|(?<=۔{_LETTER}{{4}}))"
    rf"(?=۔{_LETTER})"
)
SENTENCE_END = re.compile(
    rf"(?:(?!{_ACRONYM_DOT})[۔؟]+(?![^()\n]{{0,30}}\))[\"'”’»)\]]*(?=\s*[^\s.,،۔؟])"
    r"|[!?.]+[\"'”’»)\]]*(?=\s+[^\s.,،۔؟]))"
)
WORD_BEFORE_PERIOD = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
# Latin abbreviations inside Urdu text ("U.N.", "Dr.").
ABBREVIATIONS = frozenset("mr dr u.s u.n u.k e.u no vs".split())

# Plans and the future: "کریں گے", "کرے گا", "ہوگا", "کا امکان", "متوقع", "پہنچنے کی
# امید ہے" (is expected to arrive), "ہونے والی ہے" (is about to take place), and the
# progressive of a schedule: "آج پاکستان پہنچ رہے ہیں" (arriving today) is still to come
# as the report is written.
# The holding agreed on or decided ("اجلاس کے انعقاد سے اتفاق کیا", "… کے انعقاد کا فیصلہ
# کیا") is still to come, whatever the tense of the agreeing.
HOLDING_AGREED = r"(?<!\w)انعقاد\s+(?:سے|پر|کا)\s+(?:بھی\s+)?(?:اتفاق|فیصلہ)(?!\w)"
FUTURE_MARKERS = re.compile(
    r"(?<!\w)(?:گا|گی|گے|امکان|متوقع|منصوبہ|ارادہ|طے\s+ہے|شیڈول|امید\s+ہے)(?!\w)"
    rf"|{HOLDING_AGREED}"
    r"|(?<!\w)\w+نے\s+(?:والا|والی|والے)\s+(?:ہے|ہیں)(?!\w)"
    r"|(?<=\w)(?:وگا|وگی|وگے|ےگا|ےگی|یگا|یگی|نگے|ںگے)(?!\w)"
    r"|(?:(?<=\w)|(?<!\w))(?:رہا|رہی|رہے)\s+(?:ہے|ہیں)(?!\w)"
)
# The past: "تھا", "گیا", "کیا", "ہوئی", "چکے" (done already: "کر چکے ہیں"), and "نے", which
# marks the doer only in the perfective.
# کی is "did" only where a verb ends its clause ("ملاقات کی۔", "ملاقات کی اور", "کی ہے"):
# before a noun it is the genitive ("وفد کی آمد", "پہنچنے کی امید").
# None of them is a past before the future's ending: the passive future "دستخط کیے جائیں
# گے", and the subjunctive some sites type apart from گے ("پہنچے گے" for "پہنچیں گے").
# The past's auxiliaries are also read typed against a verb ending in a letter that never
# joins the next ("آیاتھا", "ہوگیا"); the shorter markers would be read inside other words.
# So is کر or دے with its auxiliary ("دستخط کردیئے", "خریداری کرلی", "منظوری دیدی"), but no
# other word ending in "ردی" ("ہمدردی", sympathy), nor the name Sergey ("سرگئی لاوروف").
PAST_MARKERS = re.compile(
    r"(?<=[اآدڈذرڑزژوے])(?<!(?<!\w)سر)(?:تھا|تھی|تھیں|تھے|گیا|گئی|گئیں|گئے)(?!\w)|"
    r"(?<!\w)(?:تھا|تھی|تھیں|تھے|گیا|گئی|گئیں|گئے|کیا|کیں|کیے|کئے|ہوا|ہوئی|ہوئیں"
    r"|ہوئے|نے|کہا|دیا|دی|دیے|دیئے|لیا|لی|پہنچے|پہنچا|پہنچی|چکا|چکی|چکے|چکیں"
    r"|کر(?:دیا|دی|دیے|دیئے|لیا|لی|لیے|لئے)|دید(?:یا|ی|یے|یئے)"
    r"|کی(?=\s*(?:[۔؟،,.!?)]|$|(?:ہے|ہیں|تھی|تھیں|گئی|گئیں|اور|جبکہ|جس|تاہم|لیکن)(?!\w))))(?!\w)"
    r"(?!\s*(?:(?:جائے|جائیں|جاے)\s*)?(?:گا|گی|گے)(?!\w))"
)

# Words that report a happening, by kind. Urdu verbs are mostly a noun and a light verb
# ("دورہ کیا", "ملاقات کی", "دستخط کیے"): the noun is the trigger.
TRIGGER_STEMS = {
    "visit": "دورہ دورے دوروں پہنچ روانہ روانگی سفر",
    # "تقریب میں شرکت کی" (attended), as English "attended", "participated"; "سمٹ" is the
    # English "summit" as the press writes it beside "سربراہی اجلاس"; a call is a contact
    # ("ٹیلیفونک رابطہ ہوا"), but the ECC ("اقتصادی رابطہ کمیٹی") is a committee; an address
    # to a gathering ("تقریب سے خطاب کیا"), as English "addressed"; an envoy's credentials
    # presented ("اسناد پیش کیں"), as Russian «вручил верительные грамоты».
    "meeting": "منعقد ملاقات ملاقاتیں ملاقاتوں مذاکرات اجلاس کانفرنس سربراہی گفتگو مشاورت "
    "شرکت سمٹ رابطہ رابطے خطاب اسناد",
    # A declaration ("مشترکہ اعلامیہ جاری کیا"), congratulations, condolences and condemning,
    # as English "statement", "congratulated", "condolences", Russian «осудил».
    "statement": "کہا بیان اعلان بتایا تصدیق اعلامیہ اعلامیے مبارکباد تعزیت مذمت",
    # Approved or endorsed ("کابینہ نے منظور کر لیا", "توثیق کی"), as Russian «одобрил»;
    # consent given ("ملاقات کے لیے رضامندی ظاہر کر دی"), as English "agreed to".
    "agreement": "معاہدہ معاہدے معاہدوں دستخط مفاہمتی یادداشت اتفاق منظوری منظور توثیق فیصلہ "
    "فیصلے رضامندی",
    # A ship "لنگر انداز ہوا" (anchored, docked) with its cargo: a delivery; often typed
    # "لنگرانداز", with no space after the ر that never joins the next letter.
    # Sending ("گندم بھیجی", "خط بھجوایا"), as English "dispatched", "shipped".
    "supply": "فراہمی فراہم کھیپ ترسیل خریداری خرید برآمد درآمد لنگر لنگرانداز بھیج بھجوا "
    "سپلائی فروخت",
    # An end, as Russian «завершились»: "مشقیں ختم ہوگئیں", "اختتامی تقریب".
    "construction": "تعمیر افتتاح آغاز سنگ اختتام اختتامی",
    "exercise": "مشقیں مشق مشقوں ڈرلز",
    "host": "میزبانی",
}
# Import and export are nouns as the others: "گندم کی درآمد سے" (by the import) reports
# none, "گندم درآمد کی" does with its light verb.
NOUN_STEMS = frozenset(
    "دورہ دورے دوروں روانگی آمد سفر ملاقات ملاقاتیں ملاقاتوں مذاکرات اجلاس کانفرنس سربراہی گفتگو "
    "مشاورت بات شرکت سمٹ رابطہ رابطے خطاب اسناد بیان اعلان اعلامیہ اعلامیے معاہدہ معاہدے "
    "معاہدوں دستخط مفاہمتی یادداشت فیصلہ فیصلے فراہمی کھیپ ترسیل خریداری تعمیر افتتاح آغاز سنگ "
    "مشقیں مشق مشقوں میزبانی لنگر لنگرانداز درآمد برآمد مذمت منظور توثیق سپلائی فروخت ڈرلز رضامندی "
    "دعوت".split()
) | {"در آمد"}
# Urdu words hardly inflect: each word above counts only whole, except the verb stems.
WHOLE_WORDS = frozenset(w for words in TRIGGER_STEMS.values() for w in words.split()) - {
    "پہنچ", "بھیج", "بھجوا"
}
# A letter that never joins the next (ا د ذ ر ز و ے …) leaves no visible gap, so sites often
# type no space after it, and a happening word is then the end of a longer one: "کادورہ"
# is "کا دورہ", "پرمشقیں" "پر مشقیں". Where a word is no happening word whole, each place
# after such a letter is where another word may begin. Only a word of four letters or more:
# a shorter one is as often the end of a longer word ("تجربات", experiences, ends in "بات").
TYPED_AGAINST = re.compile(r"(?<=[اآدڈذرڑزژوے])(?=\w{4})")
# Happenings told in more than one word, and the kind each reports:
# - A letter that never joins the next (ا د ذ ر ز و …) leaves no visible gap, so sites often
#   type no space after it: "اسلام آبادپہنچ گئے" is "اسلام آباد پہنچ گئے".
# - "لے کر آیا" (brought): a ship that "45 ہزار ٹن تیل لے کر آیا" delivered it.
# - "مبارک باد" (congratulations) typed in two words, as "مبارکباد".
# - "تبادلہ خیال" (an exchange of views) is talks; an exchange of anything else
#   ("تجربات کا تبادلہ", experiences) is part of something else.
# - "شروع" (a start, "مشقیں شروع ہوگئیں"), but not after an infinitive, where it is "begin
#   to": "قیمتیں کم ہونا شروع ہو جائیں گی" (prices will begin to fall) is a consequence.
# - "ختم" (an end, "مشقیں ختم ہوگئیں"), but a problem's end ("آٹے کا مسئلہ ختم ہو جائے گا",
#   "قلت ختم") is what a happening may bring about, none of its own.
# - "آمد" (an arrival), but "در آمد" is "درآمد" (import) typed in two words.
# - "بات" (talk, "بات چیت" talks), but not after "اس" or "یہ": "اس بات پر زور دیا" (stressed
#   this point) and "یہ بات … نے بتائی" tell what was said. Too short for TYPED_AGAINST, it is
#   read typed against "پر" ("امورپربات کریں گے", will talk on issues): no word ends in "پربات".
# - Going or coming to one of the two countries or capitals, as news words a trip: "ماسکو
#   جائیں گے", "پاکستان آئیں گے", "روس گئے تھے" (a city of either is as often a trip at
#   home). Only right after the place: after a verb the same forms are the passive's
#   auxiliaries ("دستخط کیے گئے", "جاری کیا جائے گا").
# - A trade figure for a period, as English "amounted to": the trade, its amount of money,
#   and the verb that says where it stood ("تجارت کا حجم … ایک ارب ڈالر رہا", "برآمدات 50
#   کروڑ ڈالر تک پہنچ گئیں", "… 76 کروڑ ڈالر سے زائد ہوگئی", grew to more than); or the
#   balance, the amount first ("… 6 ملین ڈالر کا تجارتی سرپلس تھا", "… کا تجارتی خسارہ رہا").
# - Founded or established, as Russian «учредили», «установлены»: "1971 میں سوویت یونین کے
#   تعاون سے قائم کی گئی", "سفارتی تعلقات 1948 میں قائم ہوئے"; not a standing state ("گروپ
#   2003 سے قائم ہے", has existed since), nor "قائم مقام" (acting: an acting envoy), nor
#   lasting or keeping up ("قائم رہیں گے", "قائم رکھنے").
# - Taking part ("مشقوں میں حصہ لیا", "پروگراموں میں حصہ لینے کی دعوت دی"), as "شرکت"; not
#   "حصہ" alone, a part or a share ("مشقوں کا سب سے نمایاں حصہ").
# - Coming, said with respect ("وزیر اسلام آباد تشریف لائے").
# - An invitation given or renewed ("دورے کی دعوت دی", "دعوت کا اعادہ کریں گے"), as English
#   "invitation", carried in a report's frame; not one a happening takes place at ("کی دعوت
#   پر دورہ کیا", "کے دعوت نامے پر", at the invitation of), which only tells how it came about.
# - A phone call made ("لاوروف نے ڈار کو ٹیلی فون کیا"), as "ٹیلیفونک رابطہ".
# - Relations completing a number of years ("سفارتی تعلقات کو آج 75 سال مکمل ہوگئے"), an
#   anniversary, as English "marked the 75th anniversary".
# - A project or a pipeline completed ("منصوبہ دسمبر 2017ء تک مکمل ہوگا"), as English
#   "completion"; "مکمل" alone is as often "complete" or "fully" ("مکمل تعاون").
# - Handed over ("چار ہیلی کاپٹر پاکستان کے حوالے کئے"), as English "handed over"; not "کے
#   حوالے سے" (with regard to), which names a topic.
_AMOUNT = (
    r"(?:\d[\d.,]*|ایک|دو|تین|چار|پانچ|ڈیڑھ|ڈھائی|ساڑھے\s+\w+)\s*(?:ارب|کروڑ|لاکھ|ملین|بلین)"
    r"\s+(?:امریکی\s+)?ڈالر"
)
_TRADE_FIGURE = re.compile(
    r"(?<!\w)(?:تجارت|تجارتی\s+حجم|حجم|برآمدات|درآمدات)(?!\w)[^۔؟،,]{0,80}?"
    rf"{_AMOUNT}\s+(?:تک\s+|سے\s+(?:زائد|زیادہ)\s+)?"
    r"(?:رہا|رہی|رہیں|رہے|پہنچ\w*|ریکارڈ|ہو\s*(?:گئی|گیا|گئے|گئیں))(?!\w)"
    rf"|{_AMOUNT}\s+کا\s+تجارتی\s+(?:سرپلس|خسارہ)\s+(?:تھا|رہا|ہو\s*گیا|ریکارڈ)(?!\w)"
)
_GONE_TO = "|".join(rf"(?<={place}\s)" for place in ("روس", "ماسکو", "پاکستان", "اسلام آباد"))
PHRASE_TRIGGERS = (
    (re.compile(r"(?<=\w[اآدڈذرڑزژو])پہنچ\w*"), "visit"),
    (re.compile(r"(?<!\w)لے\s*کر\s*آ(?:یا|ئی|ئے|ئیں|\s*رہا|\s*رہی|\s*رہے)"), "supply"),
    (re.compile(r"(?<!\w)تبادلہ\s*خیال(?!\w)"), "meeting"),
    # Journalists met, no talk with the press (NEGATED_BEFORE): "روسی مرکز کے سربراہ نے کراچی
    # میں صحافیوں سے ملاقات کی", a briefing, where a side's official met the other's people.
    (re.compile(r"(?<!\w)صحافیوں\s+سے\s+ملاقات(?!\w)"), "meeting"),
    (re.compile(r"(?:(?<!\w)(?<!اس\s)(?<!یہ\s)|(?<=پر))بات(?!\w)"), "meeting"),
    (re.compile(r"(?<!\w)مبارک\s+باد(?!\w)"), "statement"),
    (re.compile(r"(?<!\w)(?<!نا\s)(?<!نے\s)شروع(?!\w)"), "construction"),
    (re.compile(r"(?<!\w)(?<!در\s)آمد(?!\w)"), "visit"),
    (re.compile(r"(?<!\w)در\s+آمد(?!\w)"), "supply"),
    (re.compile(r"(?<!\w)(?<!مسئلہ\s)(?<!مسائل\s)(?<!قلت\s)(?<!بحران\s)ختم(?!\w)"), "construction"),
    (_TRADE_FIGURE, "figure"),
    (re.compile(r"(?<!\w)قائم(?!\w)(?!\s+(?:ہے|ہیں|مقام|رہ\w*|رکھ\w*)(?!\w))"), "agreement"),
    (re.compile(r"(?<!\w)حصہ\s+(?:لیا|لی|لیں|لے|لیتے|لینے)(?!\w)"), "meeting"),
    (re.compile(r"(?<!\w)تشریف\s+(?:لائے|لائیں|لائی|لا\s*رہے|لا\s*رہی)(?!\w)"), "visit"),
    (re.compile(r"(?<!\w)دعوت(?!\w)(?!\s+(?:نامے\s+|نامہ\s+)?پر(?!\w))"), "statement"),
    # A term extended ("منصوبے کی مدت میں 6 ماہ کی توسیع کر دی گئی"), as an agreement renewed;
    # "توسیع" alone is as often the widening of ties, no happening.
    (re.compile(r"(?<!\w)مدت\s+میں\s+(?:\S+\s+){0,3}?توسیع(?!\w)"), "agreement"),
    (
        re.compile(r"(?<!\w)حوالے\s+(?:کیا|کیے|کئے|کی|کیں|کر\s*(?:دیا|دی|دیے|دیئے|دیں)|کریں|کرے)(?!\w)"),
        "supply",
    ),
    (
        re.compile(
            r"(?<!\w)(?:منصوبہ|منصوبے|پائپ\s*لائن|تعمیر)(?!\w)[^،,؛۔]{0,60}?(?<!\w)مکمل"
            r"(?=\s*(?:ہو|کر|کی|کیا|کیے)(?!\w)|\s+(?:ہوگا|ہوگی|ہوگیا|ہوگئی|ہوجائے)(?!\w))"
        ),
        "construction",
    ),
    (
        re.compile(
            r"(?<!\w)(?:ٹیلی\s*فون|فون)\s+(?:کیا|کی|کیے|کریں|کرے|کرینگے|کرےگا)(?!\w)"
        ),
        "meeting",
    ),
    (
        re.compile(
            r"(?<!\w)تعلقات\s+(?:کو|کے)(?:\s+\S+){0,2}?\s+[\d۰-۹]+\s+(?:سال|برس)\s+مکمل(?!\w)"
        ),
        "commemoration",
    ),
    (
        re.compile(
            rf"(?:{_GONE_TO})(?:جائیں|جائے|جا\s*رہے|جا\s*رہی|جا\s*رہا|گئے|گیا|گئی|گئیں"
            r"|آئیں|آئے|آیا|آئی|آ\s*رہے|آ\s*رہی|آ\s*رہا)(?!\w)"
        ),
        "visit",
    ),
)
# Where a trip goes when it goes to neither side: "ایک روزہ دورے پر افغانستان جائیں گے".
# Afghanistan is no third party of a story (THIRD_PARTIES): Pakistan and Russia talk of it.
_ELSEWHERE = (
    r"(?:افغانستان|کابل|بھارت|ہندوستان|انڈیا|نئی\s+دہلی|چین|بیجنگ|ایران|تہران|امریکہ|امریکا"
    r"|واشنگٹن|ترکی|سعودی\s+عرب|برطانیہ|لندن|جاپان|ازبکستان|تاجکستان|قازقستان|کرغزستان)(?!\w)"
)
# A happening said not to have happened: "ملاقات نہیں ہو سکی", the negation after the noun.
# After it too, what makes the word name no happening at all: "سنگ میل" is a milestone,
# not a foundation stone ("سنگ بنیاد"), "رابطہ کمیٹی" a committee, and a trip "on a visit
# to" a country of neither side ("دورے پر کابل"). And what was due:
# the infinitive with تھا ends a clause of a plan that did not come about ("کانفرنس اگلے
# ماہ منعقد ہونی تھی", "شرکت کرنا تھی"), as news tells what a cancellation undid; the verb
# ends the clause, so it is looked for up to the clause's end.
# And a series to be kept up ("مشقوں کا سلسلہ جاری رکھنے کا اعلان کیا"): what is announced
# or resolved is the keeping on, no happening of the series itself.
# Before it, a chapter's or an era's ("نئے باب کا آغاز", "ایک نئے دور کا آغاز ثابت ہوگا"):
# what a deal is said to open is a figure of speech, no happening. And "this" or "these"
# ("اس ملاقات کا امکان", "ان ملاقاتوں میں دیکھی گئی قربت"): the happening is one the report
# has told, now only referred to. And a country of neither side's ("بھارت کا دو روزہ دورہ"):
# a trip there is no Pakistan–Russia visit. And a saying after a participle ("ٹیلی فون پر
# بات چیت کرتے ہوئے کہا", said while talking on the phone): the happening is the talk it
# was said in, as English "said in a meeting", not the saying. And talk with a news agency
# or the press ("روسی خبر رساں ادارے سے گفتگو میں … سفیر نے بتایا"), named by its initials too
# ("اے پی پی سے بات کرتے ہوئے", speaking to APP): an interview, as English "a press
# conference", is no meeting of the two sides (journalists met are, PHRASE_TRIGGERS).
# And the start of a cargo's unloading ("جہاز سے تیل نکالنے کا کام شروع", "اتارنے کا عمل"):
# the port's handling of a delivery, which was the ship's arrival.
NEGATED_BEFORE = re.compile(
    rf"(?<!\w)(?:نہیں|نہ|(?:باب|دور|عہد)\s+کا|اس|ان|{_ELSEWHERE}\s+کا(?:\s+\S+){{0,2}}"
    r"|کرتے\s+ہوئے|(?:خبر\s+رساں\s+ادارے|ایجنسی|میڈیا|صحافیوں"
    r"|اے\s*پی\s*پی|این\s*این\s*آئی|آئی\s*این\s*پی|اے\s*ایف\s*پی|تاس|اسپوتنک|سپوتنک)\s+سے"
    r"|(?:نکالنے|اتارنے)\s*کا\s+(?:کام|عمل))\s+$"
)
# "Whether": «کہ آیا» opens, and «آیا» can begin, a question about a happening, which
# reports none ("واضح نہیں کیا کہ آیا روس تیل فراہم کرے گا"); read back to the clause's start.
# So does "when" ("جہاز کب پہنچے گا؟", a headline asking when the ship arrives): the answer,
# and the happening's date, come after it.
ASKED_WHETHER = re.compile(r"(?:(?:(?<!\w)کہ\s+|^\W*)آیا|(?<!\w)کب)(?!\w)[^،,؛:۔؟]*$")
# What was agreed or talked over "in this meeting" ("اس ملاقات کے دوران … پر اتفاق کیا"),
# read back to the clause's start: the meeting told already, whose agreeing on views is part
# of it, no agreement of its own. So is what is taken part in "on this occasion" ("اس موقع
# پر سفیر نمائشوں اور محافل میں شرکت کریں گے"): the parts of the occasion told.
WITHIN_THE_TOLD = re.compile(
    r"(?<!\w)(?:اس|ان)\s+(?:ملاقات|ملاقاتوں|بات\s*چیت|مذاکرات|اجلاس)\s+(?:کے\s+دوران|میں)(?!\w)"
    r"[^،,؛:۔؟]*\sپر\s+$"
    r"|(?<!\w)اس\s+موقع\s+پر(?!\w)[^۔؟]*\sمیں\s+$"
)
# And a happening the sentence goes on to deny: "… دورہ پاکستان کے حوالے سے میڈیا رپورٹس پر
# … ایسا کوئی بھی دورہ طے نہیں ہے" (no such visit is scheduled), whatever names it first.
# Nor does a happening named by its light verb in the infinitive, a verbal noun ("تجارت شروع
# ہونا … تعلقات کا ثبوت ہے", trade's starting is proof of ties), unless the infinitive says
# it is to come ("دورہ کرنا ہے", "شروع ہونا متوقع ہے"). Nor one confirmed or denied
# ("مذاکرات کی بھی تصدیق کر دی"): the confirming is said; the talks are not told held.
NEGATED_AFTER = re.compile(
    r"^(?:(?:\s+\w+){0,2}?\s+(?:نہیں|نہ)|\s+میل|\s+کمیٹی"
    r"|[^۔؟]*?(?<!\w)(?:ایسا|ایسی|ایسے)\s+کوئی\s+(?:بھی\s+)?\w+(?:\s+\w+){0,2}?\s+نہیں"
    rf"|\s+پر\s+{_ELSEWHERE}"
    r"|[^،,؛:۔]*?(?<!\w)\w+(?:نا|نی|نے)\s+(?:تھا|تھی|تھے|تھیں)"
    r"|\s+(?:کا|کی|کے)\s+سلسلہ\s+جاری\s+رکھ\w*"
    r"|\s+(?:ہونا|کرنا)(?!\s+(?:ہے|ہیں|تھا|تھی|طے|متوقع)(?!\w))"
    r"|\s+(?:کی|کا)\s+(?:بھی\s+)?(?:تصدیق|تردید))(?!\w)"
)
# "On the other side" opening a sentence turns to another story ("دوسری جانب امریکی وزیر …
# پاکستان آئے ہیں", meanwhile the American minister has come to Pakistan), as English
# "Meanwhile": it borrows no side from before (extraction.participants).
NEW_TOPIC = re.compile(r"^\W*دوسری\s+(?:جانب|طرف)(?!\w)")
WORD = re.compile(r"\w+")
# A visit to one side named only as a point of time ("دورۂ پاکستان سے قبل … بھارت کا دورہ
# کریں گے", before the visit to Pakistan) makes that side no party to what happens then
# (extraction.participants.sides_named).
VISIT_AS_A_TIME = re.compile(
    r"(?<!\w)(?:دورۂ|دورہ|دورے)\s+(?:پاکستان|روس|ماسکو|اسلام\s+آباد)"
    r"\s+(?:سے\s+(?:قبل|پہلے)|کے\s+بعد)(?!\w)"
)
# A person the vocabulary does not know, introduced by a side's office: "روس کی فیڈریشن
# کونسل کے نائب سربراہ کونسٹانٹن کوساچیف آج …" (the deputy head of Russia's Federation
# Council). Wherever the article names the surname again, it names that side
# (extraction.participants.sides_introduced); the name is the one or two words after the
# office, up to a postposition or a word of time. A side joined to the other ("روس۔پاکستان
# فرینڈشپ گروپ کے چیئرمین", "پاک روس") names a body of both, no side of its head.
INTRODUCED = re.compile(
    r"(?<![\w۔–-])(?<!روس\s)(?<!پاک\s)(?P<side>روس|روسی|پاکستان|پاکستانی)(?:\s+\S+){0,5}?\s+(?:نائب\s+|ڈپٹی\s+)?"
    r"(?:سربراہ|چیئرمین|اسپیکر|سپیکر|سینیٹر|ڈائریکٹر\s+جنرل|مشیر)"
    r"\s+(?P<name>\w+(?:\s+\w+)?)\s+(?=(?:نے|آج|کل|سے|کو|کی|کا|کے|اور|بھی)(?!\w))"
)
SIDE_WORDS = {
    "russia": re.compile(
        # The Duma and the Federation Council, Russia's houses of parliament; "Russian" as
        # English spells it ("رشین فیڈریشن", "رشیئن انسٹیٹیوٹ").
        r"(?<!\w)(?:روس|روسی|ماسکو|کریملن|سوویت|سینٹ\s+پیٹرزبرگ|سوچی|گیزپروم|روزنیفٹ|ڈوما"
        r"|فیڈریشن\s+کونسل|رشین|رشیئن)(?!\w)"
    ),
    "pakistan": re.compile(
        r"(?<!\w)(?:پاکستان|پاکستانی|اسلام\s+آباد|کراچی|لاہور|راولپنڈی|کوئٹہ|پشاور|گوادر|"
        r"بلوچستان|سندھ|"
        # Pakistan's own institutions as its press names them: "وفاقی کابینہ" (the federal
        # cabinet), "اقتصادی رابطہ کمیٹی" (the ECC), "پاک فوج" (the Pakistan Army).
        r"وفاقی\s+(?:کابینہ|حکومت|وزیر|وزارت)|اقتصادی\s+رابطہ\s+کمیٹی|پاک\s+(?:فوج|بحریہ|فضائیہ))(?!\w)"
    ),
}
# "The joint exercises" of a report on the two sides are theirs: "مشترکہ مشقیں دو ہفتے جاری
# رہیں گی" (a third country named with them is read as such: participants.sides_named).
# Druzhba, the two armies' exercise, is named in Urdu by its Russian name only. "The two
# foreign ministers", "the two delegations" of such a report are its two sides too, as
# English "the two ministers": "دونوں وزرائے خارجہ کے مابین ملاقات ہوئی". "پاک روس" (also
# "پاک-روس", "پاک۔روس") is the press's compound for the two, as English "Pakistan-Russia":
# "پاک روس ورکنگ گروپ کا اگلا اجلاس آئندہ سال ہوگا" is a meeting of both.
BOTH_SIDES_WORDS = re.compile(
    r"(?<!\w)(?:پاک\s*[-–۔]?\s*روس(?!\w)"
    r"|دونوں\s+(?:ممالک|ملکوں|ملک|فریقین|فریق|حکومتوں|حکومتیں|رہنماؤں|رہنمائوں|رہنماﺅں"
    r"|وزرائے|وزراء|وزرا|وفود|وفد|افواج)"
    r"|مشترکہ\s+(?:(?:فوجی|جنگی|بحری)\s+)?(?:مشقیں|مشق|مشقوں)|دروزبا|دروزبہ|دروژبا)(?!\w)"
)
# A country's currency is no country of the story: "ایک ارب امریکی ڈالر". A count of
# countries ("24 ممالک کے سربراہ شرکت کر رہے ہیں") is a gathering of many, as a third country.
THIRD_PARTIES = re.compile(
    r"(?<!\w)(?:[\d۰-۹]+\s*(?:ممالک|ملکوں)|بھارت|بھارتی|ہندوستان|انڈیا|چین|چینی|بیجنگ|امریکہ|امریکا|امریکی(?!\s+ڈالر)"
    r"|واشنگٹن|ایران|"
    r"ایرانی|عراق|یوکرین|یوکرینی|اسرائیل|اسرائیلی|سعودی|ترکی|بنگلہ\s+دیش|برطانیہ|برطانوی|یورپی|"
    r"جاپان|نیٹو|جرمنی|فرانس)(?!\w)"
)
# A relative pronoun opens a clause of its own, as ، does: "ملاقات کی جس کے بعد وہ نومبر میں
# ماسکو جائیں گے" (after which); the clause before it ended with its verb.
RELATIVE_CLAUSE = re.compile(r"(?<!\w)(?:جس|جن|جنہوں|جنہیں)(?!\w)")
CLAUSE_BREAK = re.compile(r"[؛:«»“”\"—–]|،|,(?!\d)|\s-\s|(?<!\w)(?:کہ|جبکہ|لیکن|جہاں|جو)(?!\w)")
# "… کل دفتر خارجہ جائیں گے جہاں مذاکرات ہوں گے": a clause of where goes on from one that
# tells only a going to the place (no happening): what happens there is of that one's date.
WHERE_CLAUSE = re.compile(r"(?<!\w)جہاں(?!\w)")
# A title ends before a second clause joined by "and", "while" or "however".
TITLE_END = re.compile(r"(?<!\w)(?:اور|جبکہ|تاہم|البتہ)(?!\w)")
# A dateline opening the text: "اسلام آباد (نمائندہ خصوصی):" or "ماسکو:".
DATELINE = re.compile(r"^[^\s:]+(?:\s+[^\s:]+)?\s*(?:\([^)]{0,40}\))?\s*:\s*")
DATE_PREPOSITION = None
# Urdu's describing clauses ("جو 2023 میں …") are not read yet (extraction.frame).
DESCRIBING_CLAUSE = None
# A date that only names a happening after it, in the genitive ("25 اگست کے ٹیلیفونک رابطے
# کی بات چیت کو دہرایا", repeated what was said in the call of 25 August): it tells that
# happening's time and does not take the report to another time (extraction.frame).
DESCRIBED_AFTER = re.compile(
    rf"\s*(?:کے|کی|کا)\s+(?:\w+\s+)?(?:{'|'.join(sorted(NOUN_STEMS, key=len, reverse=True))})(?!\w)"
)
# Urdu's background words include the pluperfect, which a report's own news uses too: a
# sentence that steps out of the frame may still set it.
RECALLING = None
# Urdu names a document's date before it ("16 اکتوبر 2015 کے معاہدے"): not read yet.
DOCUMENT_DATE = None
# Urdu's parenthetic words are not read yet (extraction.reports): no aside to blank.
ASIDE = None
# Postpositions left after a date once its words are taken out of a title.
DATE_POSTPOSITION = re.compile(r"\s*(?:کو|میں|سے|تک|کے\s+روز|کے\s+دوران)(?!\w)")
VERB_FINAL = True
# An Urdu opening of the lead's kind that names nobody was found to tell as often another
# happening than the lead's (extraction.frame.dated_by_the_lead): only a headline does.
OPENING_TELLS_THE_LEAD = False

# The report's frame (extraction.frame): sentences that step out of it — a quotation,
# background ("اس سے قبل …", "واضح رہے …", the pluperfect "… کیا تھا"), an earlier time
# ("9 سال بعد", "دو سال قبل"), a habit ("ہر سال"). Who "were present" or "took part"
# ("اراکین بھی موجود تھے", "… بھی شریک تھے") is told of the happening itself, no pluperfect.
OUT_OF_FRAME = re.compile(
    r"^\W*[«\"“]|(?<!\w)(?:اس\s+سے\s+(?:قبل|پہلے)|ماضی\s+میں|واضح\s+رہے|یاد\s+رہے"
    r"|(?:سال|برس|ماہ|مہینے|ہفتے|روز|دن)\s+(?:قبل|پہلے|بعد)"
    # "ہر سال … وظائف دیتی ہے" (gives every year), as English "annually"; not "سالانہ
    # اجلاس", an annual meeting that is itself one happening.
    r"|ہر\s+(?:سال|برس|ماہ|مہینے|ہفتے)|باقاعدگی\s+سے"
    r"|(?<!موجود\s)(?<!شریک\s)(?:تھا|تھی|تھیں|تھے))(?!\w)"
)
# Urdu reads no closing attribution yet, nor blanks quotations: the saying comes before
# what is said (SAID), its words in a clause of their own after کہ: "پیر کو انہوں نے کہا کہ
# دونوں ملک قریبی دوست ہیں" relays no happening, and is none.
ATTRIBUTION = None
QUOTATION = None
# Urdu blanks no quotation (QUOTATION), so no speaker's own doing needs reading out of one.
OWN_DOING = None
# Urdu names no other happening of the report's kind by an ordinal yet (English "a second
# cargo", Russian «очередная встреча»).
ONE_OF_A_SERIES = None
# A sentence opening on a happening named again (English "the exercise", Russian «Учение
# пройдет …»): not read in Urdu yet.
THE_HAPPENING_AGAIN = None
# A meeting told as gone before a saying (English "following a meeting"): not read yet.
FOLLOWED = None
# With its auxiliary ("کہا ہے کہ"), often typed against کہ ("کہا ہیکہ").
SAYS_THAT = re.compile(r"\s*(?:ہے\s*(?=کہ)|ہی(?=کہ))?کہ(?!\w)")
# "وزیر نے کہا کہ …": what follows the saying is said, not done. کہا ends on ا, which never
# joins the next letter, and is often typed against the word after it ("مزید کہاپاکستان").
SAID = re.compile(r"(?<!\w)(?:کہا|کہاکہ|کہنا|بتایا|کہتے|کہتی|کہتا|بقول)(?!\w)|(?<!\w)کہا(?=\w{4})")
# The report's own source relaying what was done ("ترجمان دفتر خارجہ نے بتایا کہ تقریب میں …
# دستخط ہوئے", "بیان میں کہا گیا کہ …"): a spokesperson or a statement tells the day's news,
# no words of a speaker's own, as English "the Foreign Office said the two sides signed".
# So is a news agency's report, citing whom it will ("تسنیم خبر رساں ادارے نے آئی ایس پی آر کے
# حوالے سے بتایا ہے کہ آرمی چیف روس پہنچ گئے ہیں"), as English "the agency reported".
TOLD_BY_THE_SOURCE = re.compile(
    r"(?<!\w)(?:ترجمان|دفتر\s*خارجہ|بیان|اعلامیے|اعلامیہ|خبر\s*رساں\s+(?:ادارے|ایجنسی))(?!\w)"
    r"(?:\s+\S+){0,3}?\s+(?:نے\s+)?(?:[^۔؟]{0,80}?\s+کے\s+حوالے\s+سے\s+)?"
    r"(?:بتایا|کہا\s+گیا)\s*(?:ہے\s*)?کہ(?!\w)"
)
# "ان خیالات کا اظہار انہوں نے پیر کو کلب کے دورے کے موقع پر کیا" (he expressed these views on
# Monday, visiting the club): the formula that closes what someone said, and names where and
# when; its speaker and the sides are those of the sayings it closes.
CLOSES_SAYINGS = re.compile(r"^\W*(?:ان|یہ|اِن)\s+خیالات\s+کا\s+اظہار(?!\w)")
# The verb follows the noun: "معاہدہ کر سکتے ہیں", "ملاقات کے خواہاں ہیں", in its clause.
# Interest is a wish ("معاہدے میں دلچسپی ظاہر کی"), but not of the matters it qualifies: "دو
# طرفہ دلچسپی کے امور پر بات ہوئی" (matters of mutual interest) were talked over. A resolve
# too, of the happening itself: "منصوبے پر کام شروع کرنے کے عزم کا اعادہ کیا" restates it,
# starts nothing; but "ملاقات کی اور تعاون بڑھانے کے عزم کا اعادہ کیا" met.
WISHED = re.compile(
    r"(?:[^،,؛:۔]*?(?<!\w)(?:سکتا|سکتی|سکتے|سکیں|سکے|چاہتا|چاہتی|چاہتے|چاہیے|چاہئے|خواہاں|خواہش"
    r"|امید|تیار|دلچسپی(?!\s+کے\s)|ضرورت|ممکن|مواقع|جاری\s+رکھ\w*)|\s+\S+\s+کے\s+عزم)(?!\w)"
)
# The light verb after the noun that reports the happening: "ملاقات کی", "بات چیت کریں گے",
# "معاہدہ ہوا", "ملاقات بھی شیڈول ہے", "ملاقات متوقع ہے" (expected), and "مشقیں جاری ہیں"
# (under way; "جاری رکھنے" is a resolve to keep on, which WISHED leaves out). کی before a
# noun it governs is the genitive: "گفتگو سفارتخانے کی جانب سے جاری کی گئی" (released by the
# embassy) holds no talks.
# کر and دے are often typed against their auxiliary: "دستخط کردیئے", "منظوری دیدی".
# A headline leaves the verb out and ends on the noun: "وزیر خارجہ کی دو روزہ دورے پر
# پاکستان آمد۔" (the minister arrives), "… کی روسی ہم منصب سے ملاقات". What came "as a
# result of" a happening ("معاہدہ … کمیٹی کی پہلی ملاقات کے نتیجے میں سامنے آیا") tells it
# held.
HELD = re.compile(
    r"(?:(?:\s+\S+){0,2}?\s+(?:کی(?!\s+(?:جانب|طرف|طرح|بنیاد|وجہ|سطح)(?!\w))"
    r"|کیا|کیے|کئے|کیں|کر|کرے|کریں|کرینگے|کرےگا|ہوئی|ہوا|ہوئے|ہوئیں"
    r"|ہو|ہوگی|ہوگا|ہونگے|ہوں|ہوگئی|ہوگیا|ہوگئے|دی|دیا|دیں|شیڈول|طے|جاری|متوقع"
    r"|کر(?:دیا|دی|دیے|دیئے|دیں|لیا|لی|لیے|لئے|لیں)|دید(?:یا|ی|یے|یئے|یں))(?!\w)"
    r"|\s+کے\s+نتیجے\s+میں(?!\w)|\s*[۔!]?\s*$)"
)
# "ملاقات کے دوران کہا", "ملاقات میں …": the meeting is where the saying happened.
WHERE_SAID = re.compile(r"\s+(?:کے\s+دوران|میں|کے\s+موقع\s+پر)(?!\w)")
# "وہ … ملیں گے", "انہوں نے …", "دونوں رہنماؤں نے …": the report's own actors, also after
# who said it ("ذرائع کا کہنا ہے کہ دونوں رہنماؤں …").
PRONOUN_SUBJECT = re.compile(
    r"^\W*(?:[^،۔]{0,40}?(?:کا|کی|کے)\s+کہنا\s+(?:ہے|تھا)\s+کہ\s+)?"
    r"(?:وہ|انہوں\s*نے|دونوں\s+(?:رہنما|رہنماؤں|رہنمائوں|رہنماﺅں|فریقین|وزرائے))(?!\w)"
)
DURING_THE_VISIT = re.compile(r"(?<!\w)(?:دورے|دورہ\s+\S+|دورۂ\s+\S+|قیام)\s+کے\s+دوران(?!\w)")
# What a stay's length ("دو روزہ", dates.urdu) stands before: "دو روزہ سرکاری دورے پر",
# "15روزہ مشترکہ فوجی مشقیں".
STAY_NOUN = re.compile(
    r"\s*(?:(?:سرکاری|مشترکہ|فوجی|بحری|اہم)\s+){0,2}"
    r"(?:دورہ|دورے|دورۂ|مشقیں|مشق|مشقوں|اجلاس|کانفرنس|مذاکرات|قیام)(?!\w)"
)
# A stay said to be completed ("دو روزہ دورہ روس مکمل کرنے کے بعد واپس روانہ ہوں گے") ends on
# its date: its length reaches back, not on.
STAY_COMPLETED = re.compile(r"(?:\s+\S+){0,2}?\s+مکمل(?!\w)")
# A happening called off or put off: "ٹرین کی روانگی منسوخ کر دی گئی", "دورہ ملتوی",
# "اجلاس مؤخر کر دیا گیا" (deferred), or its schedule or dates changed ("کانفرنس کے شیڈول
# میں تبدیلی کر دی گئی", as a foreign office words a postponement) — news of the day it
# is reported (extraction.reports.postponement). Not one granted with "کے باوجود" (despite):
# "صدر کے دورے کے موخر ہونے کے باوجود وزیر ماسکو جائیں گے" tells the minister's trip, the
# postponement only as what it goes ahead in spite of.
POSTPONED = re.compile(
    r"(?<!\w)(?:منسوخ|ملتوی|موخر|مؤخر"
    r"|(?:شیڈول|تاریخ|تاریخوں|تاریخیں)\s+(?:میں\s+)?تبدیل(?:ی)?)(?!\w)"
    r"(?!\s+(?:(?:ہونے|کیے\s+جانے|کئے\s+جانے)\s+)?کے\s+باوجود(?!\w))"
)
# Urdu's verb follows its noun already: HELD is read after the trigger (VERB_FINAL).
HELD_AFTER = None
# The triggers are nouns (and the stem پہنچ): no infinitive among them to leave out.
INFINITIVE = None
# A visit the visitor is on as the report is written ("جنرل … روس کے سرکاری دورے پر ہیں"),
# as English "is currently on a visit": of the report's day, whatever day the report's news
# is of.
GOING_ON = re.compile(r"\s+پر\s+(?:ہیں|ہے)(?!\w)")
# What is to be done only after something else ("اجازت کے بعد ہی فروخت کی جائے گی", to be sold
# only after approval) is a condition laid down, as English "subject to", no plan.
ONLY_AFTER = re.compile(r"(?<!\w)کے\s+بعد\s+ہی(?!\w)[^،,؛:۔؟]*$")
# Agreeing on a course ("تعاون بڑھانے پر اتفاق"), as the headline and lead of a meeting
# report put it, is what the talks the lead dates agreed on, no signing of its own: it takes
# the talks' day (extraction.frame.dated_by_the_lead).
AGREED_ON = re.compile(r"(?<!\w)پر\s+(?:بھی\s+)?اتفاق(?!\w)")
