"""Every fixed phrase of the composed announcement, in one place.

Change the wording here; the composer only decides which phrase applies and fills it.
Names in braces are filled by the composer."""

TITLE = "{kind} برگزاری جلسه {who}"
SESSION = "جلسه {who}"
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

DOCUMENTS_MANY = "اسناد این نشست شامل {documents} {during}مورد بحث و بررسی قرار گرفت."
DOCUMENTS_ONE = "در این نشست {documents} {during}مورد بحث و بررسی قرار گرفت."
DOCUMENT_PAGES = "{title} در {pages} صفحه"
DURING_DAYS = "طی {days} روز "
# Before the last document, when a title itself contains «و», so the boundary stays clear.
AND_ALSO = "و همچنین"

REPORTS_MANY = "در مبحث گزارشات به ترتیب {speakers} هر یک {what} ارائه دادند."
REPORTS_ONE = "در مبحث گزارشات، {speaker} {what} ارائه داد."
REPORT_ON_TOPIC = "بحثی در باره {topic}"
REPORT_NO_TOPIC = "گزارشی"
REPORT_TALK = "بحثی"  # one speaker's titled report without a shared topic: «بحثی تحت عنوان «T»»
REPORT_TITLE = "تحت عنوان «{title}»"
REPORT_TITLED = "{speaker} بحثی تحت عنوان «{title}» ارائه داد."

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

# ---- Dates (dates.py): the words around a meeting's days and between its calendars ----
# The word before the days is a document setting (Settings.date_word): «روز», «مورخ» or «در تاریخ».
DAY = "روز"  # one day: «روز شنبه ۱۵ دسامبر ۲۰۰۷»; and «در روز اول جلسه» (ON_DAYS)
DAYS = "روزهای"  # several: «روزهای شنبه و یکشنبه ۱۵ و ۱۶ ماه جاری (دسامبر)»
DATED = "مورخ"  # «جلسه … مورخ ۸ خرداد ۱۴۰۱ …»
ON_THE_DATE = "در تاریخ"  # «در تاریخ دوشنبه ۱۵ آبان ۱۴۰۲»
ON_THE_DATES = "در تاریخ\u200cهای"  # «در تاریخ‌های ۱۴ و ۱۵ آبان ۱۴۰۲»
FROM_TO = "{first} تا {last}"  # three days or more in a row: «۱۴ تا ۱۶ آبان»، «جمعه تا یکشنبه»
THIS_MONTH = "ماه جاری ({month})"  # days in the month of publication: «۱۵ و ۱۶ ماه جاری (دسامبر)»
GREGORIAN_AND_JALALI = "{gregorian} برابر با {jalali}"  # both calendars, Gregorian first
JALALI_AND_GREGORIAN = "{jalali} ({gregorian})"  # both calendars, Jalali first: «۸ خرداد ۱۴۰۱ (۲۹ مه ۲۰۲۲)»
