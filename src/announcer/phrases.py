"""Every fixed phrase of the composed announcement, in one place.

Change the wording here; the composer only decides which phrase applies and fills it.
Names in braces are filled by the composer."""

TITLE = "{kind} برگزاری جلسه {who}"
# Placeholders a phrase may use besides its default's, for a body that words it otherwise:
# «{body} به طور {qualifier} {organisation}» names the meeting with its qualifier inside.
ALSO_KNOWS = {
    "session": ("body", "organisation"),
    "session_of_kind": ("body", "organisation"),
    "in_session": ("body",),  # «در این مجمع»: the body that met, by its short name
    "reported_one": ("topic",), "reported_many": ("topic",), "reported_passive": ("topic",),
    "excused": ("in_words",),  # the count in words: «پنج تن از هموندان …»
    "documents_adopted_one": ("body",), "documents_adopted_many": ("body",),  # «{body} {documents} را به تصویب رساند.»
    "discussed_adopted": ("when",),  # «{when} پس از تبادل نظر دربارۀ {topics}، {documents} به تصویب رسید.»
    "election_extended": ("voters",),  # «{voters} به ابقای {body} فعلی {term} رأی دادند.»
    # A position's sentence may say where: «در نشست کارگران آمادگی خود را … اعلام کردند.»
    **{f"{stance}_{n}": ("when",) for stance in ("emphasised", "welcomed", "supported", "opposed", "condemned", "demanded",
                                                  "ready") for n in ("one", "many")},
}
# The words of a list: «الف، ب و ج»; a space follows the comma and stands either side of «و».
LIST_COMMA = "،"
LIST_AND = "و"
SESSION = "جلسه {who}"
# The session's sentence, its parts in the order the body writes them (a part not given is left out).
SESSION_SENTENCE = "{session} {purpose} {convened} {chair} {days} {time} {attendance} {venue} {city} {held}"
ATTENDANCE = "با حضور {attendance}"
CITY = "در {city}"
HELD = "برگزار گردید."
GUEST = "{who} {when} شرکت داشت."
GUEST_WITH_ROLE = "{role}، {name}"
ON_DAYS = "در {noun} {ordinals} جلسه"  # «در روز اول جلسه»، «در روزهای اول و دوم جلسه»
IN_SESSION = "در جلسه"
QUORUM = "جلسه با حضور {present} نفر از {members} عضو رسمیت یافت."
QUORUM_PRESENT = "جلسه با حضور {present} نفر رسمیت یافت."  # the number of members not given

AGENDA_APPROVED = "در ابتدا دستور جلسه تصویب شد."
AGENDA_WAS = "دستور جلسه عبارت بود از:"
AGENDA_NUMBER = "{number}- {item}"
AGENDA_DISCUSSED = "موارد دستور جلسه مورد بحث و بررسی قرار گرفت."

DOCUMENTS_MANY = "اسناد این نشست شامل {documents} {during}مورد بحث و بررسی قرار گرفت."
DOCUMENTS_ONE = "در این نشست {documents} {during}مورد بحث و بررسی قرار گرفت."
DOCUMENT_PAGES = "{title} در {pages} صفحه"
DURING_DAYS = "طی {days} روز "
# Before the last document, when a title itself contains «و», so the boundary stays clear.
AND_ALSO = "و همچنین"
DOCUMENTS_ADOPTED_ONE = "در این نشست {documents} به تصویب رسید."
DOCUMENTS_ADOPTED_MANY = "در این نشست {documents} به تصویب رسیدند."

REPORTS_MANY = "در مبحث گزارشات به ترتیب {speakers} هر یک {what} ارائه دادند."
REPORTS_ONE = "در مبحث گزارشات، {speaker} {what} ارائه داد."
REPORT_ON_TOPIC = "بحثی در باره {topic}"
REPORT_NO_TOPIC = "گزارشی"
REPORT_TALK = "بحثی"  # one speaker's titled report without a shared topic: «بحثی تحت عنوان «T»»
REPORT_TITLE = "تحت عنوان «{title}»"
REPORT_TITLED = "{speaker} بحثی تحت عنوان «{title}» ارائه داد."
# A report's summary typed as what it covered, not as a sentence: «وضعیت مالی انجمن».
REPORT_COVERED = "در این گزارش به {summary} پرداخته شد."

DECISION = "{body} تصویب کرد که {text}"
AUTHORISATION = "{body} به {to} اختیار داد که {text}"
DEFAULT_DECIDING_BODY = "جلسه"
# How a resolution was voted, said before the verb: «کمیته به اتفاق آرا تصویب کرد که …»;
# free text, which has no verb of ours, is followed by VOTED.
UNANIMOUS = "به اتفاق آرا"
MAJORITY = "با اکثریت آرا"
COUNTED = "با {counts}"  # the counts joined as a list: «با ۲۸ رأی موافق، ۳ رأی مخالف و ۲ رأی ممتنع»
VOTES_FOR = "{n} رأی موافق"
VOTES_AGAINST = "{n} رأی مخالف"
ABSTENTIONS = "{n} رأی ممتنع"
VOTED = "این قرار {vote} تصویب شد."

DISCUSSED = "{when} در مورد {topics} بحث و تبادل نظر شد"
# A discussion that ended in adopting something (OtherDiscussion.adopted), in one sentence.
DISCUSSED_ADOPTED = "{body} پس از بحث و تبادل نظر در مورد {topics}، {documents} را تصویب کرد."
# Topics raised, not discussed (OtherDiscussion.raised); without a full stop, as DISCUSSED.
RAISED_ONE = "{when} {topics} مطرح شد"
RAISED_MANY = "{when} {topics} مطرح شدند"
CONCLUDED = "نتیجه این گفتگو {conclusions} بود."  # what the discussion concluded (OtherDiscussion.concluded)

ELECTION_DECIDED = "{body} تصویب کرد که {elected} انتخاب گردد."  # «یک هیئت اجرائی سه نفره برای …»
A_BODY = "یک {body}"
ELECTION_SIZE = "{seats} نفره"
ELECTION_OTHERS = "از این رو علاوه بر {offices} {others} نفر دیگر برای عضویت در {elected} {verb}."
ELECTED_TO_OFFICE = "{names} به {office} {body}"
ELECTED_AS = "{names} به عنوان {role}"
ELECTED_AS_OF = "{names} به عنوان {role} {body}"  # an office of the elected body: «به عنوان خزانه‌دار هیئت مدیره»
WITH_VOTES = "{name} با {votes} رأی"
ALTERNATES_ONE = "همچنین {names} به عنوان عضو علی\u200cالبدل {body} انتخاب شد."
ALTERNATES_MANY = "همچنین {names} به عنوان اعضای علی\u200cالبدل {body} انتخاب شدند."
BY_ACCLAMATION = "انتخابات بدون رأی\u200cگیری و به اتفاق آرا انجام شد."
ELECTED_MEMBERS = "{names} برای عضویت در {elected}"
FIRST = "در ابتدا"
THEN = "سپس"
FINALLY = "و سرانجام"
ELECTED_ONE = "انتخاب شد"
ELECTED_MANY = "انتخاب شدند"

# ---- the meeting's particulars (Session), said when given ----
SESSION_OF_KIND = "جلسه {qualifier} {who}"  # «جلسه فوق‌العاده مجمع عمومی …»
CONVENED = "به دعوت {convener}"
CONVENED_BEFORE = "با دعوت قبلی"  # Session.invited: no convener named
# The news agency whose report this is, before the first sentence (Publication.reported_by).
LEAD = "به گزارش {source}،"
PURPOSE = "برای {purpose}"  # «… برای بررسی آخرین تحولات …», unless typed with «برای», «به منظور» …
CHAIRED = "به ریاست {chair}"  # the chair with their office, as SPEAKER_WITH_ROLE joins them
AT_TIME = "ساعت {time}"
VENUE = "در {venue}"  # before the city: «در محل دفتر انجمن در تهران»
NOT_REACHED = "جلسه به حد نصاب نرسید."
NOT_REACHED_POSTPONED = "جلسه به حد نصاب نرسید و به زمان دیگری موکول شد."
PROXIES = "{proxies} نفر از حاضران با وکالت در جلسه شرکت داشتند."
APOLOGIES_ONE = "{names} عذر غیبت خود را اعلام کرده بود."
APOLOGIES_MANY = "{names} عذر غیبت خود را اعلام کرده بودند."
GUESTS = "{who} {when} شرکت داشتند."  # a guest that is a body or several people
EXCUSED = "{count} نفر از اعضا عذر غیبت خود را اعلام کردند."  # their names not given
PRESENT_TOGETHER = "{when} {who} حضور داشتند."  # Session.together: the guests, then the attendance

# ---- the opening of the meeting ----
ANTHEM = "جلسه با سرود {anthem} آغاز شد."
SILENCE = "یک دقیقه سکوت اعلام شد."
SILENCE_FOR = "به یاد {whom} یک دقیقه سکوت اعلام شد."
OPENED_BY = "{who} جلسه را افتتاح کرد."
OPENED_BY_WELCOMING = "{who} ضمن خوشامدگویی به حاضران جلسه را افتتاح کرد."
WELCOME = "به حاضران خوشامد گفته شد."
RECITATION = "جلسه با تلاوت آیاتی از کلام\u200cالله مجید آغاز شد."
WELCOMED_BY = "{who} به حاضران خوشامد گفت."  # someone other than who opened the meeting
# The opening in one sentence (Opening.joined): its steps, each as its sentence without the full
# stop, the earlier ones losing a light verb the next one repeats («… تلاوت و سپس … گفته شد.»).
STEPS_FIRST = "{step}"
STEPS_THEN = "و سپس {step}"

# ---- procedure before the agenda ----
CREDENTIALS = "اعتبارنامه‌ها تصویب شد."
PRESIDING_ONE = "{names} به عنوان رئیس جلسه انتخاب شد."
PRESIDING_MANY = "هیئت رئیسه جلسه مرکب از {names} انتخاب شد."
RULES = "آیین‌نامه جلسه توضیح داده شد."
RULES_BY = "{who} آیین‌نامه جلسه را توضیح داد."

# ---- reports without «در مبحث گزارشات», and by a body or several people ----
REPORTS_ONE_PLURAL = "در مبحث گزارشات، {speaker} {what} ارائه دادند."
REPORT_ONE_PLAIN = "{speaker} {what} ارائه داد."
REPORT_ONE_PLAIN_PLURAL = "{speaker} {what} ارائه دادند."
REPORTS_MANY_PLAIN = "{speakers} هر یک {what} ارائه دادند."
REPORT_TITLED_PLURAL = "{speaker} بحثی تحت عنوان «{title}» ارائه دادند."

# ---- speeches and messages ----
SPEAKER_WITH_ROLE = "{name}، {role}"  # the name first, as unions and associations write it
ABOUT = "در باره {topic}"
SPOKE_ONE = "{who} {about} سخنرانی کرد."
SPOKE_MANY = "{who} {about} سخنرانی کردند."
REPORTED_ONE = "{who} گزارشی {about} ارائه داد."
REPORTED_MANY = "{who} گزارشی {about} ارائه دادند."
MESSAGE_SENT_ONE = "{who} پیامی {about} به جلسه فرستاد."
MESSAGE_SENT_MANY = "{who} پیامی {about} به جلسه فرستادند."
MESSAGE_READ = "پیام {who} {about} در جلسه قرائت شد."
REPORTED_PASSIVE = "گزارشی {about} ارائه شد."  # a report whose speaker is not named
# Joined to the sentence before, its full stop taken off: «… ارائه داد و به پرسش‌های حاضران پاسخ داد.»
ANSWERED_ONE = "و به پرسش\u200cهای حاضران پاسخ داد."
ANSWERED_MANY = "و به پرسش\u200cهای حاضران پاسخ دادند."
ANSWERED_PASSIVE = "و به پرسش\u200cهای حاضران پاسخ داده شد."

# ---- numbered decisions ----
DECISIONS = "{body} موارد زیر را تصویب کرد:"
DECISION_NUMBER = "{number}- {item}"

# ---- an election's further particulars ----
FOR_TERM = "به مدت {term}"
ELECTION_POSTPONED = "انتخاب {body} به جلسه دیگری موکول شد."
ELECTION_POSTPONED_TO = "انتخاب {body} به {to} موکول شد."  # «… به مجمع عمومی بعدی موکول شد.»
ELECTION_EXTENDED = "{body} فعلی {term} ابقا شد."  # the body in office kept on: «هیئت مدیره فعلی به مدت سه ماه ابقا شد.»
OFFICES_LATER = "تقسیم مسئولیت‌ها به نخستین جلسه {body} موکول شد."
UNNAMED_ONE = "یک نفر برای عضویت در {body} انتخاب شد."
UNNAMED_MANY = "{seats} نفر برای عضویت در {body} انتخاب شدند."
UNNAMED_MEMBERS = "اعضای {body} انتخاب شدند."  # neither names nor seats given
CANDIDATES_PRESENTED = "نامزدها خود و برنامه\u200cهایشان را معرفی کردند."  # an intro starting with «و» continues it
ELECTED_BY = "با رأی {voters}،"  # who elected them, before the results: «با رأی اعضای حاضر، الف و ب …»
NOT_ELECTED_ONE = "{names} انتخاب نشد."  # a candidate not elected, with their votes if given
NOT_ELECTED_MANY = "{names} انتخاب نشدند."
# Results as a list (Election.layout): a sentence before it, unless the intro is typed …
ELECTED_LISTED = "افراد زیر {term} برای عضویت در {body} انتخاب شدند:"
# … then the names on a line («الف، ب و ج»; an office in parentheses), or a numbered line each.
LINE_OFFICE = "{name} ({role})"
LISTED_MEMBER = "{number}- {name} (عضو اصلی)"
LISTED_OFFICE = "{number}- {name} ({role})"
LISTED_ALTERNATE = "{number}- {name} (عضو علی\u200cالبدل)"
LISTED_CANDIDATE = "{number}- {name}"
# Results not yet official (Election.unofficial): introducing a list in place of ELECTED_LISTED, or after the sentence.
ELECTED_LISTED_UNOFFICIAL = "نتایج غیررسمی شمارش آرا به شرح زیر است:"
RESULTS_UNOFFICIAL = "این نتایج غیررسمی است."
LIST_GOES_ON = "و ..."  # a numbered list that names only the first (Election.more)
COMPLAINTS_UNTIL = "این نتایج در صورتی که تا {until} شکایتی نرسد قطعی خواهد شد."

# ---- a section that continues the sentence before it (its `continues`) ----
# The section's first sentence after the last of the section before, whose full stop goes:
# «… نشست را گشود و دستور جلسه عبارت بود از:». Joined by «و», the earlier verb goes when the
# later repeats it (a «شد» before a «گردید» too): «… با تلاوت … شروع و پس از … اتخاذ گردید.»
CONTINUED = "و {next}"
# The session's sentence, when the first section continues it: its parts as SESSION_SENTENCE has
# them, {held} without its full stop, and what comes before the section's sentence. A body that
# writes the meeting as a clause of what it did words it so: «در {session} که {days} {held}».
SESSION_CONTINUED = "{session} {purpose} {convened} {chair} {days} {time} {attendance} {venue} {city} {held} و"
# The opening's first step, continuing the session's sentence: the meeting is its subject already.
RECITATION_CONTINUING = "با تلاوت آیاتی از کلام\u200cالله مجید آغاز شد."
ANTHEM_CONTINUING = "با سرود {anthem} آغاز شد."

# ---- positions: what the meeting, or those named, declared (Positions); {who} is the body that
# met, by its short name, when none is named; each sentence after the first follows POSITION_ALSO ----
EMPHASISED_ONE = "{who} بر {subject} تأکید کرد."
EMPHASISED_MANY = "{who} بر {subject} تأکید کردند."
WELCOMED_ONE = "{who} از {subject} استقبال کرد."
WELCOMED_MANY = "{who} از {subject} استقبال کردند."
SUPPORTED_ONE = "{who} حمایت خود را از {subject} اعلام کرد."
SUPPORTED_MANY = "{who} حمایت خود را از {subject} اعلام کردند."
OPPOSED_ONE = "{who} مخالفت خود را با {subject} اعلام کرد."
OPPOSED_MANY = "{who} مخالفت خود را با {subject} اعلام کردند."
CONDEMNED_ONE = "{who} {subject} را محکوم کرد."
CONDEMNED_MANY = "{who} {subject} را محکوم کردند."
DEMANDED_ONE = "{who} خواستار {subject} شد."
DEMANDED_MANY = "{who} خواستار {subject} شدند."
READY_ONE = "{who} آمادگی خود را برای {subject} اعلام کرد."
READY_MANY = "{who} آمادگی خود را برای {subject} اعلام کردند."
POSITION_ALSO = "همچنین {sentence}"

# ---- the next meeting ----
NEXT_MEETING = "جلسه بعدی {when} برگزار خواهد شد."
NEXT_MEETING_LATER = "زمان و مکان جلسه بعدی متعاقباً اعلام خواهد شد."

# ---- Dates (dates.py): the words around a meeting's days and between its calendars ----
# The word before the days is a document setting (DocumentSettings.date_word): «روز», «مورخ» or «در تاریخ».
TODAY = "امروز"  # Session.relative_day, in place of «روز»: «امروز جمعه ۳۰ فروردین ۱۳۸۷»
YESTERDAY = "دیروز"
PART_OF_DAY = "{part} {day}"  # Session.part_of_day: «عصر روز پنجشنبه ۷ بهمن»، «عصر امروز»
DAY = "روز"  # one day: «روز شنبه ۱۵ دسامبر ۲۰۰۷»; and «در روز اول جلسه» (ON_DAYS)
DAYS = "روزهای"  # several: «روزهای شنبه و یکشنبه ۱۵ و ۱۶ ماه جاری (دسامبر)»
DATED = "مورخ"  # «جلسه … مورخ ۸ خرداد ۱۴۰۱ …»
ON_THE_DATE = "در تاریخ"  # «در تاریخ دوشنبه ۱۵ آبان ۱۴۰۲»
ON_THE_DATES = "در تاریخ\u200cهای"  # «در تاریخ‌های ۱۴ و ۱۵ آبان ۱۴۰۲»
FROM_TO = "{first} تا {last}"  # three days or more in a row: «۱۴ تا ۱۶ آبان»، «جمعه تا یکشنبه»
THIS_MONTH = "ماه جاری ({month})"  # days in the month of publication: «۱۵ و ۱۶ ماه جاری (دسامبر)»
# A meeting dated by its month alone (Session.month_only): «در خرداد ماه ۱۴۰۳»; «طی ماه جاری ({month})» reworded.
IN_MONTH = "در {month}"
JALALI_MONTH = "{month} ماه {year}"
GREGORIAN_MONTH = "{month} {year}"
GREGORIAN_AND_JALALI = "{gregorian} برابر با {jalali}"  # both calendars, Gregorian first
NUMERIC_DATE = "{year}/{month}/{day}"  # DocumentSettings.numeric_dates: «۱۴۰۰/۱۰/۲۱»
DATED_WEEKDAYS = "{day} {weekdays} {dated}"  # «مورخ» with the weekday: «روز شنبه مورخ ۸ خرداد ۱۴۰۱»
JALALI_AND_GREGORIAN = "{jalali} ({gregorian})"  # both calendars, Jalali first: «۸ خرداد ۱۴۰۱ (۲۹ مه ۲۰۲۲)»

# ---- the publication named at the end (Publication.credit), its parts joined by LIST_COMMA ----
CREDIT = "به نقل از «{bulletin}»"
CREDIT_ISSUE = "شماره {issue}"
