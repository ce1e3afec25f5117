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

DISCUSSED = "{when} در مورد {topics} بحث و تبادل نظر شد"

ELECTION_DECIDED = "{body} تصویب کرد که {elected} انتخاب گردد."  # «یک هیئت اجرائی سه نفره برای …»
A_BODY = "یک {body}"
ELECTION_SIZE = "{seats} نفره"
ELECTION_OTHERS = "از این رو علاوه بر {offices} {others} نفر دیگر برای عضویت در {elected} {verb}."
ELECTED_TO_OFFICE = "{names} به {office} {body}"
ELECTED_AS = "{names} به عنوان {role}"
ELECTED_MEMBERS = "{names} برای عضویت در {elected}"
FIRST = "در ابتدا"
THEN = "سپس"
FINALLY = "و سرانجام"
ELECTED_ONE = "انتخاب شد"
ELECTED_MANY = "انتخاب شدند"
