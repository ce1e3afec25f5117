<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AgendaSection</name>
    <message>
        <source>The agenda was approved at the start</source>
        <translation>دستور جلسه در ابتدا تصویب شد</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>موارد</translation>
    </message>
    <message>
        <source>The items were discussed («موارد دستور جلسه مورد بحث و بررسی قرار گرفت»)</source>
        <translation>موارد بحث و بررسی شد («موارد دستور جلسه مورد بحث و بررسی قرار گرفت»)</translation>
    </message>
    <message>
        <source>Continues the sentence of the section before («… و …»)</source>
        <translation>ادامهٔ جملهٔ بخش پیش («… و …»)</translation>
    </message>
    <message>
        <source>Its first sentence joins the last sentence of the section before, or the session&apos;s when this is the first section, with no full stop between: «… برگزار و با تلاوت … آغاز شد.»</source>
        <translation>نخستین جمله‌اش به آخرین جملهٔ بخش پیش می‌پیوندد، یا به جملهٔ جلسه اگر این نخستین بخش است، بی نقطه‌ای میان آن دو: «… برگزار و با تلاوت … آغاز شد.»</translation>
    </message>
</context>
<context>
    <name>AlternateItem</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>تعداد آرا</translation>
    </message>
</context>
<context>
    <name>Binder</name>
    <message>
        <source>Gregorian, with Persian month names</source>
        <translation>میلادی، با نام فارسی ماه‌ها</translation>
    </message>
    <message>
        <source>Jalali (Solar Hijri)</source>
        <translation>شمسی (هجری خورشیدی)</translation>
    </message>
    <message>
        <source>Both, Gregorian first («… برابر با …»)</source>
        <translation>هر دو، نخست میلادی («… برابر با …»)</translation>
    </message>
    <message>
        <source>Both, Jalali first, Gregorian in parentheses</source>
        <translation>هر دو، نخست شمسی و میلادی در پرانتز</translation>
    </message>
    <message>
        <source>«روز» or «روزهای»</source>
        <translation>«روز» یا «روزهای»</translation>
    </message>
    <message>
        <source>«مورخ»</source>
        <translation>«مورخ»</translation>
    </message>
    <message>
        <source>«در تاریخ» or «در تاریخ‌های»</source>
        <translation>«در تاریخ» یا «در تاریخ‌های»</translation>
    </message>
    <message>
        <source>Decision («… approved that …»)</source>
        <translation>مصوبه («… تصویب کرد که …»)</translation>
    </message>
    <message>
        <source>Authorisation («… gave … authority to …»)</source>
        <translation>اختیار («… به … اختیار داد که …»)</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>متن آزاد</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>ثبت نشده</translation>
    </message>
    <message>
        <source>Unanimous («به اتفاق آرا»)</source>
        <translation>به اتفاق آرا</translation>
    </message>
    <message>
        <source>By majority («با اکثریت آرا»)</source>
        <translation>با اکثریت آرا</translation>
    </message>
    <message>
        <source>By count of votes (for, against, abstentions)</source>
        <translation>با شمارش آرا (موافق، مخالف، ممتنع)</translation>
    </message>
    <message>
        <source>The body that met («… به دبیری کمیته»)</source>
        <translation>نهادی که جلسه داشت («… به دبیری کمیته»)</translation>
    </message>
    <message>
        <source>The body elected («… به دبیری هیئت مدیره»)</source>
        <translation>هیئت منتخب («… به دبیری هیئت مدیره»)</translation>
    </message>
    <message>
        <source>Inside the paragraph</source>
        <translation>درون بند</translation>
    </message>
    <message>
        <source>One numbered line per item</source>
        <translation>هر مورد در یک سطر شماره‌دار</translation>
    </message>
    <message>
        <source>Reached (said with the count of those present)</source>
        <translation>به حد نصاب رسید (با شمار حاضران گفته می‌شود)</translation>
    </message>
    <message>
        <source>Not reached («جلسه به حد نصاب نرسید»)</source>
        <translation>به حد نصاب نرسید («جلسه به حد نصاب نرسید»)</translation>
    </message>
    <message>
        <source>Not reached, meeting put off («… و به زمان دیگری موکول شد»)</source>
        <translation>به حد نصاب نرسید و جلسه موکول شد («… و به زمان دیگری موکول شد»)</translation>
    </message>
    <message>
        <source>A speech («… سخنرانی کرد»)</source>
        <translation>سخنرانی («… سخنرانی کرد»)</translation>
    </message>
    <message>
        <source>A report («… گزارشی ارائه داد»)</source>
        <translation>گزارش («… گزارشی ارائه داد»)</translation>
    </message>
    <message>
        <source>A message sent («… پیامی به جلسه فرستاد»)</source>
        <translation>پیام فرستاده‌شده («… پیامی به جلسه فرستاد»)</translation>
    </message>
    <message>
        <source>A message read out («پیام … در جلسه قرائت شد»)</source>
        <translation>پیام قرائت‌شده («پیام … در جلسه قرائت شد»)</translation>
    </message>
    <message>
        <source>In a sentence («… انتخاب شدند»)</source>
        <translation>در یک جمله («… انتخاب شدند»)</translation>
    </message>
    <message>
        <source>The names on a line of their own, after the intro</source>
        <translation>نام‌ها در سطری جدا، پس از مقدمه</translation>
    </message>
    <message>
        <source>A numbered line each, after the intro</source>
        <translation>هر نفر در یک سطر شماره‌دار، پس از مقدمه</translation>
    </message>
    <message>
        <source>Not said («روز …»)</source>
        <translation>گفته نشود («روز …»)</translation>
    </message>
    <message>
        <source>Today («امروز …»)</source>
        <translation>امروز («امروز …»)</translation>
    </message>
    <message>
        <source>Yesterday («دیروز …»)</source>
        <translation>دیروز («دیروز …»)</translation>
    </message>
    <message>
        <source>Emphasised («… بر … تأکید کرد»)</source>
        <translation>تأکید («… بر … تأکید کرد»)</translation>
    </message>
    <message>
        <source>Welcomed («… از … استقبال کرد»)</source>
        <translation>استقبال («… از … استقبال کرد»)</translation>
    </message>
    <message>
        <source>Supported («… حمایت خود را از … اعلام کرد»)</source>
        <translation>حمایت («… حمایت خود را از … اعلام کرد»)</translation>
    </message>
    <message>
        <source>Opposed («… مخالفت خود را با … اعلام کرد»)</source>
        <translation>مخالفت («… مخالفت خود را با … اعلام کرد»)</translation>
    </message>
    <message>
        <source>Condemned («… را محکوم کرد»)</source>
        <translation>محکوم کردن («… را محکوم کرد»)</translation>
    </message>
    <message>
        <source>Demanded («… خواستار … شد»)</source>
        <translation>خواسته («… خواستار … شد»)</translation>
    </message>
    <message>
        <source>Declared itself ready («… آمادگی خود را برای … اعلام کرد»)</source>
        <translation>اعلام آمادگی («… آمادگی خود را برای … اعلام کرد»)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>new record in “%1”</source>
        <translation>افزودن به «%1»</translation>
    </message>
    <message>
        <source>removal from “%1”</source>
        <translation>حذف از «%1»</translation>
    </message>
    <message>
        <source>move in “%1”</source>
        <translation>جابه‌جایی در «%1»</translation>
    </message>
    <message>
        <source>change to “%1”</source>
        <translation>تغییر «%1»</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… و %1 اشکال دیگر</translation>
    </message>
</context>
<context>
    <name>Checking</name>
    <message>
        <source>%1 problem(s): go to the next</source>
        <translation>%1 اشکال: رفتن به بعدی</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… و %1 اشکال دیگر</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>The composed text changed</source>
        <translation>متن ساخته‌شده تغییر کرده است</translation>
    </message>
    <message>
        <source>The fields of this paragraph changed after you rewrote it. Here is what the program composes from them now, beside your text: struck through, words only in the composed text; underlined, words only in yours.</source>
        <translation>فیلدهای این بند پس از بازنویسی شما تغییر کرده‌اند. آنچه برنامه اکنون از آن‌ها می‌سازد در کنار متن شما آمده است: واژه‌هایی که فقط در متن ساخته‌شده‌اند خط‌خورده، و واژه‌هایی که فقط در متن شما هستند زیرخط‌دار.</translation>
    </message>
    <message>
        <source>The paragraph is gone</source>
        <translation>این بند دیگر در اطلاعیه نیست</translation>
    </message>
    <message>
        <source>The paragraph you rewrote is no longer in the announcement (its section or item was removed, or its fields emptied). Your text is kept, but not shown.</source>
        <translation>بندی که بازنویسی کرده بودید دیگر در اطلاعیه نیست (بخش یا موردش حذف شده یا فیلدهایش خالی شده‌اند). متن شما نگه داشته شده، ولی نمایش داده نمی‌شود.</translation>
    </message>
    <message>
        <source>The paragraph is rewritten twice</source>
        <translation>این بند دو بار بازنویسی شده است</translation>
    </message>
    <message>
        <source>This paragraph was rewritten twice; the page shows the first text, and this one is not used.</source>
        <translation>این بند دو بار بازنویسی شده است؛ صفحه متن نخست را نشان می‌دهد و این یکی به کار نمی‌آید.</translation>
    </message>
    <message>
        <source>“%1” → “%2”</source>
        <translation>«%1» ← «%2»</translation>
    </message>
    <message>
        <source>Changed in the composed text since: %1</source>
        <translation>آنچه از آن زمان در متن ساخته‌شده تغییر کرده: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Composed now, from the fields</source>
        <translation>متن ساخته‌شده از فیلدها، اکنون</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>متن شما</translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation>نگه داشتن متن من</translation>
    </message>
    <message>
        <source>Your text stays, and is no longer marked</source>
        <translation>متن شما می‌ماند و دیگر نشانه‌گذاری نمی‌شود</translation>
    </message>
    <message>
        <source>Take the composed text</source>
        <translation>برگزیدن متن ساخته‌شده</translation>
    </message>
    <message>
        <source>Drop your text: the paragraph is composed from its fields again</source>
        <translation>کنار گذاشتن متن شما: بند دوباره از فیلدهایش ساخته می‌شود</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Change your text, in the editor</source>
        <translation>ویرایش متن خودتان در ویرایشگر</translation>
    </message>
    <message>
        <source>Remove my text</source>
        <translation>حذف متن من</translation>
    </message>
    <message>
        <source>Drop your text (undo brings it back)</source>
        <translation>کنار گذاشتن متن شما (با واگرد برمی‌گردد)</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>انتخاب تاریخ (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DayItem</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
</context>
<context>
    <name>DecisionsSection</name>
    <message>
        <source>Decisions</source>
        <translation>مصوبات</translation>
    </message>
    <message>
        <source>Numbered (otherwise each a paragraph as typed)</source>
        <translation>شماره‌دار (وگرنه هر مورد بندی جدا، همان‌گونه که نوشته شده)</translation>
    </message>
    <message>
        <source>Continues the sentence of the section before («… و …»)</source>
        <translation>ادامهٔ جملهٔ بخش پیش («… و …»)</translation>
    </message>
    <message>
        <source>Its first sentence joins the last sentence of the section before, or the session&apos;s when this is the first section, with no full stop between: «… برگزار و با تلاوت … آغاز شد.»</source>
        <translation>نخستین جمله‌اش به آخرین جملهٔ بخش پیش می‌پیوندد، یا به جملهٔ جلسه اگر این نخستین بخش است، بی نقطه‌ای میان آن دو: «… برگزار و با تلاوت … آغاز شد.»</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>an unknown user</source>
        <translation>کاربری ناشناس</translation>
    </message>
    <message>
        <source>Draft in use</source>
        <translation>پیش‌نویس در حال استفاده است</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>باز کردن فقط برای خواندن</translation>
    </message>
    <message>
        <source>Open a copy</source>
        <translation>باز کردن یک رونوشت</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Folder: %1

Read-only shows the draft without changing it; a copy opens as a new draft that you save under another name.</source>
        <translation>پوشه: %1

در حالت فقط‌خواندنی، پیش‌نویس بی‌آنکه تغییر کند نمایش داده می‌شود؛ رونوشت به‌صورت پیش‌نویسی تازه باز می‌شود که آن را با نام دیگری ذخیره می‌کنید.</translation>
    </message>
    <message>
        <source>in another program (its lock file is not this editor&apos;s)</source>
        <translation>در برنامه‌ای دیگر (فایل قفل آن از این ویرایشگر نیست)</translation>
    </message>
    <message>
        <source>in another window of this editor</source>
        <translation>در پنجرهٔ دیگری از همین ویرایشگر</translation>
    </message>
    <message>
        <source>by %1 on the computer %2 (process %3, since %4)</source>
        <translation>به دست %1 روی رایانهٔ %2 (فرایند %3، از %4)</translation>
    </message>
    <message>
        <source>«%1» is already open, %2.</source>
        <translation>«%1» هم‌اکنون باز است، %2.</translation>
    </message>
    <message>
        <source>«%1» is already open, %2. Choose another name.</source>
        <translation>«%1» هم‌اکنون باز است، %2. نام دیگری برگزینید.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Unsaved changes to «%1» were recovered, copied at %2.</source>
        <translation>تغییرات ذخیره‌نشدهٔ «%1» که در %2 کنار گذاشته شده بود بازیابی شد.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>پوشه: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، ساعت %2</translation>
    </message>
    <message>
        <source>The draft was saved after this copy was made.</source>
        <translation>پیش‌نویس پس از ساخته‌شدن این رونوشت ذخیره شده است.</translation>
    </message>
    <message>
        <source>A new announcement that was never saved was recovered, copied at %1.</source>
        <translation>اطلاعیهٔ تازه‌ای که هرگز ذخیره نشده بود و در %1 کنار گذاشته شده بود بازیابی شد.</translation>
    </message>
    <message>
        <source>(recovered copy %1 of %2)</source>
        <translation>(رونوشت بازیابی‌شدهٔ %1 از %2)</translation>
    </message>
    <message>
        <source>Recovered changes</source>
        <translation>تغییرات بازیابی‌شده</translation>
    </message>
    <message>
        <source>Open the recovered copy</source>
        <translation>باز کردن رونوشت بازیابی‌شده</translation>
    </message>
    <message>
        <source>Discard it…</source>
        <translation>دور ریختن…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>بعداً</translation>
    </message>
    <message>
        <source>the new announcement</source>
        <translation>اطلاعیهٔ تازه</translation>
    </message>
    <message>
        <source>Discard the recovered copy?</source>
        <translation>رونوشت بازیابی‌شده دور ریخته شود؟</translation>
    </message>
    <message>
        <source>The recovered changes to «%1» will be deleted. This cannot be undone.</source>
        <translation>تغییرات بازیابی‌شدهٔ «%1» پاک می‌شود. این کار بازگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>نگه داشتن</translation>
    </message>
    <message>
        <source>Draft changed on disk</source>
        <translation>پیش‌نویس روی دیسک تغییر کرده است</translation>
    </message>
    <message>
        <source>«%1» was changed by someone else since you opened or saved it.</source>
        <translation>«%1» پس از آنکه آن را باز یا ذخیره کردید، در جای دیگری تغییر کرده است.</translation>
    </message>
    <message>
        <source>Overwrite their changes</source>
        <translation>نوشتن روی تغییرات آنان</translation>
    </message>
    <message>
        <source>Save under another name…</source>
        <translation>ذخیره با نام دیگر…</translation>
    </message>
    <message>
        <source>Reload theirs, drop mine</source>
        <translation>بارگذاری نسخهٔ آنان و کنار گذاشتن تغییرات من</translation>
    </message>
    <message>
        <source>«%1» was changed by someone else. Load their version?</source>
        <translation>«%1» در جای دیگری تغییر کرده است. نسخهٔ تازه بارگذاری شود؟</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>بارگذاری دوباره</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>نگه داشتن همین نسخه</translation>
    </message>
    <message>
        <source>Replace the draft?</source>
        <translation>پیش‌نویس جایگزین شود؟</translation>
    </message>
    <message>
        <source>«%1» already exists. Replace it?</source>
        <translation>«%1» از پیش وجود دارد. جایگزین شود؟</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>جایگزین کردن</translation>
    </message>
    <message>
        <source>Unsaved changes are not protected</source>
        <translation>تغییرات ذخیره‌نشده محافظت نمی‌شوند</translation>
    </message>
    <message>
        <source>Recovery copies of your unsaved changes cannot be written: %1</source>
        <translation>رونوشت‌های بازیابی تغییرات ذخیره‌نشدهٔ شما نوشته نمی‌شوند: %1</translation>
    </message>
    <message>
        <source>Make the folder %1 writable, or remove or rename the file of that name if there is one. Until then, save your work often; the status bar says when copies are written again.</source>
        <translation>پوشهٔ %1 را نوشتنی کنید، یا اگر فایلی به همین نام هست آن را بردارید یا نامش را تغییر دهید. تا آن زمان کارتان را زود به زود ذخیره کنید؛ نوار وضعیت نشان می‌دهد که رونوشت‌ها کی دوباره نوشته می‌شوند.</translation>
    </message>
    <message>
        <source>Unreadable recovery copies</source>
        <translation>رونوشت‌های بازیابی خوانده نشد</translation>
    </message>
    <message>
        <source>%1 recovery copies could not be read and were moved to %2.</source>
        <translation>%1 رونوشت بازیابی خوانده نشد و به %2 منتقل شد.</translation>
    </message>
    <message>
        <source>The log (Help → About) says why.</source>
        <translation>علت آن در گزارش کار برنامه آمده است (راهنما ← درباره).</translation>
    </message>
    <message>
        <source>Draft not found</source>
        <translation>پیش‌نویس پیدا نشد</translation>
    </message>
    <message>
        <source>The draft %1 was not found: it may have been moved, renamed or deleted.</source>
        <translation>پیش‌نویس %1 پیدا نشد؛ شاید جابه‌جا شده، نامش تغییر کرده یا پاک شده باشد.</translation>
    </message>
    <message>
        <source>Remove from recent files</source>
        <translation>حذف از پرونده‌های اخیر</translation>
    </message>
    <message>
        <source>Keep it in the list</source>
        <translation>نگه داشتن در فهرست</translation>
    </message>
    <message>
        <source>About Announcer</source>
        <translation>دربارهٔ اطلاعیه‌نویس</translation>
    </message>
    <message>
        <source>Announcer %1 composes formal Persian announcements and writes them as Word files.</source>
        <translation>اطلاعیه‌نویس %1 اطلاعیه‌های رسمی فارسی را می‌نویسد و فایل Word آن‌ها را می‌سازد.</translation>
    </message>
    <message>
        <source>Built on:</source>
        <translation>ساخته بر پایهٔ:</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>راهنمای کار</translation>
    </message>
    <message>
        <source>Log file: %1
Recovery copies: %2</source>
        <translation>فایل گزارش کار: %1
رونوشت‌های بازیابی: %2</translation>
    </message>
</context>
<context>
    <name>DiscussionSection</name>
    <message>
        <source>Day of the session</source>
        <translation>روز جلسه</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>موضوع‌ها</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Starting with «و» continues the sentence</source>
        <translation>اگر با «و» شروع شود جمله را ادامه می‌دهد</translation>
    </message>
    <message>
        <source>Adopted after it</source>
        <translation>تصویب‌شده پس از آن</translation>
    </message>
    <message>
        <source>In the discussion&apos;s sentence: «… پس از بحث و تبادل نظر در مورد …، بیانیه‌ای را تصویب کرد.»</source>
        <translation>در جملهٔ بحث: «… پس از بحث و تبادل نظر در مورد …، بیانیه‌ای را تصویب کرد.»</translation>
    </message>
    <message>
        <source>Raised, not discussed («… مطرح شد»)</source>
        <translation>مطرح شد، نه بحث («… مطرح شد»)</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>What the discussion concluded: «نتیجه این گفتگو تأکید بر … بود.»</source>
        <translation>آنچه گفتگو به آن رسید: «نتیجه این گفتگو تأکید بر … بود.»</translation>
    </message>
    <message>
        <source>Continues the sentence of the section before («… و …»)</source>
        <translation>ادامهٔ جملهٔ بخش پیش («… و …»)</translation>
    </message>
    <message>
        <source>Its first sentence joins the last sentence of the section before, or the session&apos;s when this is the first section, with no full stop between: «… برگزار و با تلاوت … آغاز شد.»</source>
        <translation>نخستین جمله‌اش به آخرین جملهٔ بخش پیش می‌پیوندد، یا به جملهٔ جلسه اگر این نخستین بخش است، بی نقطه‌ای میان آن دو: «… برگزار و با تلاوت … آغاز شد.»</translation>
    </message>
</context>
<context>
    <name>DocumentItem</name>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>صفحه‌ها</translation>
    </message>
    <message>
        <source>Adopted («… به تصویب رسید»), not only discussed</source>
        <translation>به تصویب رسید («… به تصویب رسید»)، نه فقط بررسی</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsSection</name>
    <message>
        <source>Word before the date</source>
        <translation>واژهٔ پیش از تاریخ</translation>
    </message>
    <message>
        <source>Weekday («شنبه») before the date</source>
        <translation>روز هفته («شنبه») پیش از تاریخ</translation>
    </message>
    <message>
        <source>Dates in figures («۱۴۰۰/۱۰/۲۱»)</source>
        <translation>تاریخ با رقم («۱۴۰۰/۱۰/۲۱»)</translation>
    </message>
    <message>
        <source>The year with the date (without: «۲۵ آبان»)</source>
        <translation>سال همراه تاریخ (بی آن: «۲۵ آبان»)</translation>
    </message>
    <message>
        <source>Persian digits</source>
        <translation>ارقام فارسی</translation>
    </message>
    <message>
        <source>Agenda layout</source>
        <translation>چیدمان دستور جلسه</translation>
    </message>
</context>
<context>
    <name>DraftFiles</name>
    <message>
        <source>Unsaved changes</source>
        <translation>تغییرات ذخیره‌نشده</translation>
    </message>
    <message>
        <source>The announcement has unsaved changes. Save them?</source>
        <translation>اطلاعیه تغییرات ذخیره‌نشده دارد. ذخیره شوند؟</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>باز کردن پیش‌نویس</translation>
    </message>
    <message>
        <source>Announcement drafts (*.announcement.json *.json)</source>
        <translation>پیش‌نویس‌های اطلاعیه (*.announcement.json *.json)</translation>
    </message>
    <message>
        <source>The last draft was not found: %1</source>
        <translation>آخرین پیش‌نویس پیدا نشد: %1</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 باز نشد</translation>
    </message>
    <message>
        <source>«%1» was written in an older format: it was upgraded, and saving writes the new format</source>
        <translation>«%1» با قالب قدیمی‌تری نوشته شده بود: به قالب تازه درآمد، و ذخیره‌کردن آن را با قالب تازه می‌نویسد</translation>
    </message>
    <message>
        <source>«%1» is open elsewhere: the recovered changes open as a new draft</source>
        <translation>«%1» جای دیگری باز است: تغییرات بازیابی‌شده به‌صورت پیش‌نویسی تازه باز شد</translation>
    </message>
    <message>
        <source>«%1» was changed by someone else: saving will ask what to do</source>
        <translation>«%1» در جای دیگری تغییر کرده است: هنگام ذخیره از شما پرسیده می‌شود چه کنید</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>بی‌نام</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>ذخیرهٔ پیش‌نویس</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>%1 ذخیره نشد</translation>
    </message>
</context>
<context>
    <name>ElectionSection</name>
    <message>
        <source>Introduction</source>
        <translation>مقدمه</translation>
    </message>
    <message>
        <source>Body elected</source>
        <translation>هیئت انتخابی</translation>
    </message>
    <message>
        <source>Full name of the body</source>
        <translation>نام کامل هیئت</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>تعداد کرسی‌ها</translation>
    </message>
    <message>
        <source>— : not given («اعضای هیئت مدیره انتخاب شدند.»)</source>
        <translation>— : گفته نشده («اعضای هیئت مدیره انتخاب شدند.»)</translation>
    </message>
    <message>
        <source>Term or purpose</source>
        <translation>دوره یا هدف</translation>
    </message>
    <message>
        <source>with «برای» or without: «دورهٔ دوسالهٔ آینده»</source>
        <translation>با «برای» یا بی آن: «دورهٔ دوسالهٔ آینده»</translation>
    </message>
    <message>
        <source>Members&apos; role</source>
        <translation>نقش اعضا</translation>
    </message>
    <message>
        <source>Offices belong to</source>
        <translation>سمت‌ها متعلق به</translation>
    </message>
    <message>
        <source>People elected</source>
        <translation>منتخبان</translation>
    </message>
    <message>
        <source>Alternates</source>
        <translation>اعضای علی‌البدل</translation>
    </message>
    <message>
        <source>Elected without a ballot, by acclamation</source>
        <translation>انتخاب بدون رأی‌گیری و به اتفاق آرا</translation>
    </message>
    <message>
        <source>Say that the body decided to elect («… تصویب کرد که … انتخاب گردد»)</source>
        <translation>گفته شود که نهاد به انتخاب تصمیم گرفت («… تصویب کرد که … انتخاب گردد»)</translation>
    </message>
    <message>
        <source>In the order elected («در ابتدا … سپس …»)</source>
        <translation>به ترتیب انتخاب («در ابتدا … سپس …»)</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>مدت</translation>
    </message>
    <message>
        <source>follows «به مدت»: «چهار سال»</source>
        <translation>پس از «به مدت»: «چهار سال»</translation>
    </message>
    <message>
        <source>Names not published</source>
        <translation>نام منتخبان منتشر نمی‌شود</translation>
    </message>
    <message>
        <source>Put off to another meeting</source>
        <translation>به جلسهٔ دیگری موکول شد</translation>
    </message>
    <message>
        <source>Offices divided at the body&apos;s first meeting</source>
        <translation>تقسیم مسئولیت‌ها در نخستین جلسهٔ هیئت</translation>
    </message>
    <message>
        <source>Candidates not elected</source>
        <translation>نامزدهای انتخاب‌نشده</translation>
    </message>
    <message>
        <source>Results written</source>
        <translation>نوشتن نتیجه</translation>
    </message>
    <message>
        <source>Elected by</source>
        <translation>انتخاب‌کنندگان</translation>
    </message>
    <message>
        <source>follows «با رأی»: «اعضای حاضر»</source>
        <translation>پس از «با رأی»: «اعضای حاضر»</translation>
    </message>
    <message>
        <source>The candidates presented themselves, before the introduction</source>
        <translation>نامزدها خود را معرفی کردند، پیش از مقدمه</translation>
    </message>
    <message>
        <source>Postponed to</source>
        <translation>موکول به</translation>
    </message>
    <message>
        <source>follows «به»: «مجمع عمومی بعدی»</source>
        <translation>پس از «به»: «مجمع عمومی بعدی»</translation>
    </message>
    <message>
        <source>The body in office kept on, for the term («… فعلی به مدت … ابقا شد»)</source>
        <translation>هیئت فعلی ابقا شد، به مدت یادشده («… فعلی به مدت … ابقا شد»)</translation>
    </message>
    <message>
        <source>The results are not yet official («نتایج غیررسمی …»)</source>
        <translation>نتایج هنوز رسمی نیست («نتایج غیررسمی …»)</translation>
    </message>
    <message>
        <source>The numbered list names only the first («و ...» after it)</source>
        <translation>فهرست شماره‌دار تنها نخستین‌ها را نام می‌برد («و ...» پس از آن)</translation>
    </message>
    <message>
        <source>Complaints until</source>
        <translation>مهلت شکایت</translation>
    </message>
    <message>
        <source>the results stand unless a complaint comes by: «ساعت ۱۲ ظهر امروز»</source>
        <translation>نتایج قطعی می‌شود اگر تا این زمان شکایتی نرسد: «ساعت ۱۲ ظهر امروز»</translation>
    </message>
    <message>
        <source>Continues the sentence of the section before («… و …»)</source>
        <translation>ادامهٔ جملهٔ بخش پیش («… و …»)</translation>
    </message>
    <message>
        <source>Its first sentence joins the last sentence of the section before, or the session&apos;s when this is the first section, with no full stop between: «… برگزار و با تلاوت … آغاز شد.»</source>
        <translation>نخستین جمله‌اش به آخرین جملهٔ بخش پیش می‌پیوندد، یا به جملهٔ جلسه اگر این نخستین بخش است، بی نقطه‌ای میان آن دو: «… برگزار و با تلاوت … آغاز شد.»</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;یافتن:</translation>
    </message>
    <message>
        <source>Re&amp;place with:</source>
        <translation>جای&amp;گزین با:</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;بعدی</translation>
    </message>
    <message>
        <source>The next match (Enter, F3)</source>
        <translation>مورد بعدی (Enter، F3)</translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation>&amp;قبلی</translation>
    </message>
    <message>
        <source>The previous match (Shift+F3)</source>
        <translation>مورد قبلی (Shift+F3)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;جایگزینی</translation>
    </message>
    <message>
        <source>Replace the match shown, then go to the next</source>
        <translation>مورد نشان‌داده‌شده را جایگزین می‌کند و به مورد بعدی می‌رود</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>جایگزینی &amp;همه</translation>
    </message>
    <message>
        <source>Replace every match in the form, as one step to undo</source>
        <translation>همهٔ موارد فرم را جایگزین می‌کند؛ یک واگرد همه را برمی‌گرداند</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;فقط واژهٔ کامل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Any form of the letters: «کیوان» finds «كيوان»; half-spaces, diacritics and kashida are passed over</source>
        <translation>با هر شکل حروف: «کیوان»، «كيوان» را هم می‌یابد؛ نیم‌فاصله، اعراب و کشیده نادیده گرفته می‌شوند</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>جستجو و جایگزینی</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>یافت نشد</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 مورد یافت شد</translation>
    </message>
    <message>
        <source>Past the end of the form: from its start again</source>
        <translation>از پایان فرم گذشت؛ دوباره از آغاز آن</translation>
    </message>
    <message>
        <source>Past the start of the form: from its end again</source>
        <translation>از آغاز فرم گذشت؛ دوباره از پایان آن</translation>
    </message>
    <message>
        <source>replacement in “%1”</source>
        <translation>جایگزینی در «%1»</translation>
    </message>
    <message>
        <source>replace all</source>
        <translation>جایگزینی همه</translation>
    </message>
    <message>
        <source>%1 replaced in %2 field(s)</source>
        <translation>%1 مورد در %2 فیلد جایگزین شد</translation>
    </message>
</context>
<context>
    <name>GuestItem</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>روزهای حضور</translation>
    </message>
    <message>
        <source>e.g. 1, 2 (empty: every day)</source>
        <translation>مثلاً ۱، ۲ (خالی: همهٔ روزها)</translation>
    </message>
    <message>
        <source>A body or several people (plural verb)</source>
        <translation>نهاد یا چند نفر (فعل جمع)</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>Choose image…</source>
        <translation>انتخاب تصویر…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف تصویر</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>بدون تصویر</translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation>تصویر نیست</translation>
    </message>
    <message>
        <source>Letterhead image</source>
        <translation>تصویر سربرگ</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>تصویرها (*.png *.svg)</translation>
    </message>
</context>
<context>
    <name>KeepLetterhead</name>
    <message>
        <source>New drafts will start with this letterhead</source>
        <translation>پیش‌نویس‌های تازه با این سربرگ آغاز می‌شوند</translation>
    </message>
</context>
<context>
    <name>LetterheadSection</name>
    <message>
        <source>Image</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>A PNG or SVG file of at most 512 KB, kept in the draft, centred at the top of the first page</source>
        <translation>پرونده‌ای PNG یا SVG تا ۵۱۲ کیلوبایت، که در پیش‌نویس نگه داشته می‌شود و در بالای صفحهٔ نخست، در میانه، می‌آید</translation>
    </message>
    <message>
        <source>Image height</source>
        <translation>بلندی تصویر</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> میلی‌متر</translation>
    </message>
    <message>
        <source>The image&apos;s height on paper; its width follows, within the text&apos;s width</source>
        <translation>بلندی تصویر روی کاغذ؛ پهنای آن به همان نسبت است و از پهنای متن بیشتر نمی‌شود</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>سطرها</translation>
    </message>
    <message>
        <source>Up to four lines under the image, centred: the body&apos;s name, an address</source>
        <translation>تا چهار سطر زیر تصویر، در میانه: نام نهاد، نشانی</translation>
    </message>
    <message>
        <source>Keep as my default for new drafts</source>
        <translation>پیش‌فرض من برای پیش‌نویس‌های تازه</translation>
    </message>
</context>
<context>
    <name>LineItem</name>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Untitled</source>
        <translation>بی‌نام</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (فقط‌خواندنی)</translation>
    </message>
    <message>
        <source>Announcer</source>
        <translation>اطلاعیه‌نویس</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>پرونده‌های &amp;اخیر</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;تازه</translation>
    </message>
    <message>
        <source>New &amp;from this announcement…</source>
        <translation>تازه از روی &amp;این اطلاعیه…</translation>
    </message>
    <message>
        <source>Start the next announcement with the bulletin, title, city and wording of this one</source>
        <translation>اطلاعیهٔ بعدی را با نشریه، عنوان، شهر و عبارت‌های همین اطلاعیه آغاز کنید</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;باز کردن…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>ذخیره &amp;با نام…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>خروجی &amp;گرفتن…</translation>
    </message>
    <message>
        <source>Write the announcement as a Word file, a PDF, text or a web page</source>
        <translation>نوشتن اطلاعیه به صورت فایل Word، PDF، متن یا صفحهٔ وب</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;چاپ…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;پیش‌نمایش چاپ…</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;کپی به صورت متن</translation>
    </message>
    <message>
        <source>The whole announcement as plain text that stays right to left when pasted into a messenger or a web form</source>
        <translation>کل اطلاعیه به صورت متن ساده که در پیام‌رسان یا فرم وب راست به چپ می‌ماند</translation>
    </message>
    <message>
        <source>Copy as &amp;formatted text</source>
        <translation>کپی با &amp;قالب‌بندی</translation>
    </message>
    <message>
        <source>The whole announcement with its styles, for Word, LibreOffice or a mail program</source>
        <translation>کل اطلاعیه با سبک‌هایش، برای Word، LibreOffice یا برنامهٔ ایمیل</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Tidy the text of this field</source>
        <translation>&amp;پیرایش متن این فیلد</translation>
    </message>
    <message>
        <source>Fix Persian letters, digits, spacing and half-spaces in the field being edited</source>
        <translation>حروف، ارقام، فاصله‌ها و نیم‌فاصله‌های فیلدی را که ویرایش می‌کنید درست می‌کند</translation>
    </message>
    <message>
        <source>&amp;Wording…</source>
        <translation>&amp;عبارت‌ها…</translation>
    </message>
    <message>
        <source>Change the fixed phrases of the composed text for this draft</source>
        <translation>عبارت‌های ثابت متن این پیش‌نویس را تغییر دهید</translation>
    </message>
    <message>
        <source>Rewrite a para&amp;graph…</source>
        <translation>&amp;بازنویسی بند…</translation>
    </message>
    <message>
        <source>Write the paragraph clicked in the preview (or the one of the field being edited) in your own words</source>
        <translation>بندی را که در پیش‌نمایش کلیک شده (یا بند فیلدی را که ویرایش می‌شود) با واژه‌های خودتان بنویسید</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;جستجو…</translation>
    </message>
    <message>
        <source>Find a word in every field of the form, in any form of its letters</source>
        <translation>یافتن یک واژه در همهٔ فیلدهای فرم، با هر شکل حروف آن</translation>
    </message>
    <message>
        <source>Find and &amp;replace…</source>
        <translation>جستجو و &amp;جایگزینی…</translation>
    </message>
    <message>
        <source>Replace a word in one field or in every field of the form, as one step to undo</source>
        <translation>جایگزینی یک واژه در یک فیلد یا در همهٔ فیلدهای فرم، با یک واگرد برای همه</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>مورد &amp;بعدی</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>مورد &amp;قبلی</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;تنظیمات…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;بزرگ‌تر</translation>
    </message>
    <message>
        <source>Show the pages larger (also Ctrl and the mouse wheel)</source>
        <translation>صفحه‌ها را بزرگ‌تر نشان بده (با Ctrl و چرخ ماوس هم می‌شود)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;کوچک‌تر</translation>
    </message>
    <message>
        <source>Show the pages smaller (also Ctrl and the mouse wheel)</source>
        <translation>صفحه‌ها را کوچک‌تر نشان بده (با Ctrl و چرخ ماوس هم می‌شود)</translation>
    </message>
    <message>
        <source>Fit page &amp;width</source>
        <translation>اندازهٔ &amp;پهنای صفحه</translation>
    </message>
    <message>
        <source>Fit the page&apos;s width to the preview, whatever its size</source>
        <translation>پهنای صفحه به اندازهٔ پیش‌نمایش، هر اندازه که باشد</translation>
    </message>
    <message>
        <source>Fit whole &amp;page</source>
        <translation>&amp;تمام صفحه</translation>
    </message>
    <message>
        <source>Show a whole page in the preview</source>
        <translation>یک صفحهٔ کامل را در پیش‌نمایش نشان بده</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>راهنمای &amp;کار</translation>
    </message>
    <message>
        <source>&amp;About Announcer…</source>
        <translation>&amp;دربارهٔ اطلاعیه‌نویس…</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;انجام دوباره</translation>
    </message>
    <message>
        <source>Zoom: %1%</source>
        <translation>بزرگ‌نمایی: %1٪</translation>
    </message>
</context>
<context>
    <name>NewFromDialog</name>
    <message>
        <source>New from this announcement</source>
        <translation>تازه از روی این اطلاعیه</translation>
    </message>
    <message>
        <source>Keep in the new draft (what belongs to one meeting is left out):</source>
        <translation>در پیش‌نویس تازه بماند (آنچه مال یک جلسه است نمی‌ماند):</translation>
    </message>
    <message>
        <source>Open it in a new window (this announcement stays open)</source>
        <translation>در پنجره‌ای تازه باز شود (این اطلاعیه باز می‌ماند)</translation>
    </message>
</context>
<context>
    <name>NextMeetingSection</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <source>follows «ساعت»</source>
        <translation>پس از «ساعت»</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>محل</translation>
    </message>
    <message>
        <source>follows «در»</source>
        <translation>پس از «در»</translation>
    </message>
    <message>
        <source>Not yet fixed («will be announced»)</source>
        <translation>هنوز معلوم نیست («متعاقباً اعلام خواهد شد»)</translation>
    </message>
</context>
<context>
    <name>OpeningSection</name>
    <message>
        <source>A recitation from the Quran («… با تلاوت آیاتی از کلام‌الله مجید آغاز شد»)</source>
        <translation>تلاوت قرآن («… با تلاوت آیاتی از کلام‌الله مجید آغاز شد»)</translation>
    </message>
    <message>
        <source>Anthem</source>
        <translation>سرود</translation>
    </message>
    <message>
        <source>«The meeting opened with the anthem …»</source>
        <translation>«جلسه با سرود … آغاز شد»</translation>
    </message>
    <message>
        <source>A minute of silence</source>
        <translation>یک دقیقه سکوت</translation>
    </message>
    <message>
        <source>In memory of</source>
        <translation>به یاد</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>افتتاح به دست</translation>
    </message>
    <message>
        <source>Welcoming those present</source>
        <translation>با خوشامدگویی به حاضران</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Free text, after the sentences above</source>
        <translation>متن آزاد، پس از جمله‌های بالا</translation>
    </message>
    <message>
        <source>Welcomed by</source>
        <translation>خوشامدگوینده</translation>
    </message>
    <message>
        <source>when not who opened: «… به حاضران خوشامد گفت»</source>
        <translation>اگر جز افتتاح‌کننده است: «… به حاضران خوشامد گفت»</translation>
    </message>
    <message>
        <source>In one sentence («… تلاوت و سپس …»), the text its last step</source>
        <translation>در یک جمله («… تلاوت و سپس …»)، متن آخرین گام آن</translation>
    </message>
    <message>
        <source>Continues the sentence of the section before («… و …»)</source>
        <translation>ادامهٔ جملهٔ بخش پیش («… و …»)</translation>
    </message>
    <message>
        <source>Its first sentence joins the last sentence of the section before, or the session&apos;s when this is the first section, with no full stop between: «… برگزار و با تلاوت … آغاز شد.»</source>
        <translation>نخستین جمله‌اش به آخرین جملهٔ بخش پیش می‌پیوندد، یا به جملهٔ جلسه اگر این نخستین بخش است، بی نقطه‌ای میان آن دو: «… برگزار و با تلاوت … آغاز شد.»</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <source>Word files (*.docx)</source>
        <translation>فایل‌های Word (*.docx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Text for messengers and the web (*.txt)</source>
        <translation>متن برای پیام‌رسان‌ها و وب (*.txt)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>صفحه‌های وب (*.html)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>خروجی گرفتن</translation>
    </message>
    <message>
        <source>Cannot export %1</source>
        <translation>خروجی %1 ساخته نشد</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>خروجی ساخته شد</translation>
    </message>
    <message>
        <source>The file was written:</source>
        <translation>فایل نوشته شد:</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>باز کردن فایل</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>باز کردن پوشه</translation>
    </message>
    <message>
        <source>The announcement was copied as text</source>
        <translation>اطلاعیه به صورت متن کپی شد</translation>
    </message>
    <message>
        <source>The announcement was copied with its formatting</source>
        <translation>اطلاعیه با قالب‌بندی‌اش کپی شد</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;کپی</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>انتخاب &amp;همه</translation>
    </message>
</context>
<context>
    <name>ParagraphSection</name>
    <message>
        <source>Free text; each line is a paragraph</source>
        <translation>متن آزاد؛ هر سطر یک بند</translation>
    </message>
</context>
<context>
    <name>Parts</name>
    <message>
        <source>Add section</source>
        <translation>افزودن بخش</translation>
    </message>
    <message>
        <source>Add a section (Insert)</source>
        <translation>افزودن بخش (Insert)</translation>
    </message>
    <message>
        <source>new section “%1”</source>
        <translation>افزودن بخش «%1»</translation>
    </message>
    <message>
        <source>removal of the section “%1”</source>
        <translation>حذف بخش «%1»</translation>
    </message>
    <message>
        <source>move of the section “%1”</source>
        <translation>جابه‌جایی بخش «%1»</translation>
    </message>
    <message>
        <source>%1 (section %2)</source>
        <translation>%1 (بخش %2)</translation>
    </message>
</context>
<context>
    <name>PersonItem</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>تعداد آرا</translation>
    </message>
</context>
<context>
    <name>PositionItem</name>
    <message>
        <source>Stance</source>
        <translation>موضع</translation>
    </message>
    <message>
        <source>On what</source>
        <translation>دربارهٔ چه</translation>
    </message>
    <message>
        <source>the verb&apos;s object: «برگزاری مجمع عمومی مستقل»</source>
        <translation>مفعول فعل: «برگزاری مجمع عمومی مستقل»</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Starting with «و» continues the sentence</source>
        <translation>اگر با «و» شروع شود جمله را ادامه می‌دهد</translation>
    </message>
</context>
<context>
    <name>PositionsSection</name>
    <message>
        <source>Who</source>
        <translation>چه کسانی</translation>
    </message>
    <message>
        <source>«کارگران»; empty: the body that met, by its short name</source>
        <translation>«کارگران»؛ خالی: نهادی که جلسه داشت، با نام کوتاهش</translation>
    </message>
    <message>
        <source>A body or several people (plural verb)</source>
        <translation>نهاد یا چند نفر (فعل جمع)</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>مواضع</translation>
    </message>
    <message>
        <source>Continues the sentence of the section before («… و …»)</source>
        <translation>ادامهٔ جملهٔ بخش پیش («… و …»)</translation>
    </message>
    <message>
        <source>Its first sentence joins the last sentence of the section before, or the session&apos;s when this is the first section, with no full stop between: «… برگزار و با تلاوت … آغاز شد.»</source>
        <translation>نخستین جمله‌اش به آخرین جملهٔ بخش پیش می‌پیوندد، یا به جملهٔ جلسه اگر این نخستین بخش است، بی نقطه‌ای میان آن دو: «… برگزار و با تلاوت … آغاز شد.»</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Carried in the Word file: its readers need not have it.</source>
        <translation>همراه فایل Word می‌رود: خوانندگانش لازم نیست آن را داشته باشند.</translation>
    </message>
    <message>
        <source>Not carried in the Word file (its licence forbids it, or its files are not found here): its readers need it installed.</source>
        <translation>همراه فایل Word نمی‌رود (مجوزش اجازه نمی‌دهد یا پرونده‌هایش اینجا پیدا نشد): خوانندگانش باید آن را نصب کرده باشند.</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>The announcement appears here as you fill in the form. Start with the body that met (Title) and the days of the session; a click on a paragraph takes you to its field.</source>
        <translation>اطلاعیه هم‌زمان با پر کردن فرم همین‌جا نوشته می‌شود. از نهادی که جلسه داشت (عنوان) و روزهای جلسه آغاز کنید؛ با کلیک روی هر بند به فیلد آن می‌روید.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Problems in the announcement</source>
        <translation>اشکال‌های اطلاعیه</translation>
    </message>
    <message>
        <source>Fix these first, or export anyway. Click a problem to go to its field.</source>
        <translation>این‌ها را درست کنید، یا با همین حال خروجی بگیرید. با کلیک روی هر اشکال به خانهٔ آن می‌روید.</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>با همین حال خروجی بگیر</translation>
    </message>
</context>
<context>
    <name>ProcedureSection</name>
    <message>
        <source>Credentials approved</source>
        <translation>اعتبارنامه‌ها تصویب شد</translation>
    </message>
    <message>
        <source>Presiding board</source>
        <translation>هیئت رئیسه</translation>
    </message>
    <message>
        <source>The rules explained</source>
        <translation>آیین‌نامهٔ جلسه توضیح داده شد</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Rules explained by</source>
        <translation>توضیح آیین‌نامه به دست</translation>
    </message>
    <message>
        <source>«X آیین‌نامه جلسه را توضیح داد»</source>
        <translation>«X آیین‌نامه جلسه را توضیح داد»</translation>
    </message>
    <message>
        <source>Continues the sentence of the section before («… و …»)</source>
        <translation>ادامهٔ جملهٔ بخش پیش («… و …»)</translation>
    </message>
    <message>
        <source>Its first sentence joins the last sentence of the section before, or the session&apos;s when this is the first section, with no full stop between: «… برگزار و با تلاوت … آغاز شد.»</source>
        <translation>نخستین جمله‌اش به آخرین جملهٔ بخش پیش می‌پیوندد، یا به جملهٔ جلسه اگر این نخستین بخش است، بی نقطه‌ای میان آن دو: «… برگزار و با تلاوت … آغاز شد.»</translation>
    </message>
</context>
<context>
    <name>PublicationSection</name>
    <message>
        <source>Bulletin</source>
        <translation>نشریه</translation>
    </message>
    <message>
        <source>e.g. Internationale</source>
        <translation>مثلاً انترناسیونال</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Calendar of the dates</source>
        <translation>تقویم تاریخ‌ها</translation>
    </message>
    <message>
        <source>The calendar every date of the announcement is written in, chosen before the first date is typed (new drafts start with the one in Preferences)</source>
        <translation>تقویمی که همهٔ تاریخ‌های اطلاعیه با آن نوشته می‌شوند؛ پیش از نوشتن نخستین تاریخ برگزینید (پیش‌نویس‌های تازه با تقویمی که در «تنظیمات» برگزیده‌اید آغاز می‌شوند)</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>تاریخ انتشار</translation>
    </message>
    <message>
        <source>With the publication date, session days in its month read «۱۵ و ۱۶ ماه جاری (دسامبر)», and their year is left out when it is the same</source>
        <translation>با تاریخ انتشار، روزهای جلسه در همان ماه «۱۵ و ۱۶ ماه جاری (دسامبر)» نوشته می‌شوند و اگر سالشان همان باشد، سال نوشته نمی‌شود</translation>
    </message>
    <message>
        <source>optional: allows «ماه جاری»</source>
        <translation>اختیاری: «ماه جاری» را ممکن می‌کند</translation>
    </message>
    <message>
        <source>Named at the end, as the source quoted («به نقل از …»), not above the title</source>
        <translation>در پایان، به عنوان منبع نقل («به نقل از …»)، نه بالای عنوان</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>به گزارش</translation>
    </message>
    <message>
        <source>a news agency or paper: «به گزارش …،»</source>
        <translation>خبرگزاری یا روزنامه: «به گزارش …،»</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Add (Insert)</source>
        <translation>افزودن (Insert)</translation>
    </message>
    <message>
        <source>Remove (Delete)</source>
        <translation>حذف (Delete)</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>بالا بردن (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>پایین بردن (Ctrl+Down)</translation>
    </message>
</context>
<context>
    <name>RecoveryList</name>
    <message>
        <source>%1 drafts had unsaved changes when their editor stopped. Check the ones to open or to discard.</source>
        <translation>%1 پیش‌نویس هنگام بسته شدن ویرایشگرشان تغییرات ذخیره‌نشده داشتند. آن‌هایی را که می‌خواهید باز کنید یا دور بریزید علامت بزنید.</translation>
    </message>
    <message>
        <source>Open the checked</source>
        <translation>باز کردن علامت‌خورده‌ها</translation>
    </message>
    <message>
        <source>Discard the checked…</source>
        <translation>دور ریختن علامت‌خورده‌ها…</translation>
    </message>
    <message>
        <source>Later, all of them</source>
        <translation>بعداً، همه را</translation>
    </message>
    <message>
        <source>New announcement, never saved</source>
        <translation>اطلاعیهٔ تازه، هرگز ذخیره نشده</translation>
    </message>
    <message>
        <source>Yes, after this copy</source>
        <translation>بله، پس از این رونوشت</translation>
    </message>
    <message>
        <source>Discard the recovered copies?</source>
        <translation>رونوشت‌های بازیابی‌شده دور ریخته شوند؟</translation>
    </message>
    <message>
        <source>Recovered copies to delete: %1. This cannot be undone.</source>
        <translation>رونوشت‌های بازیابی‌شده‌ای که پاک می‌شوند: %1. این کار بازگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>نگه داشتن</translation>
    </message>
</context>
<context>
    <name>RecoveryListDialog</name>
    <message>
        <source>Recovered changes</source>
        <translation>تغییرات بازیابی‌شده</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>پوشه</translation>
    </message>
    <message>
        <source>Copied at</source>
        <translation>زمان رونوشت</translation>
    </message>
    <message>
        <source>Draft saved since</source>
        <translation>ذخیره پس از رونوشت</translation>
    </message>
    <message>
        <source>Copies not checked stay for the next start.</source>
        <translation>رونوشت‌های علامت‌نخورده برای اجرای بعدی می‌مانند.</translation>
    </message>
</context>
<context>
    <name>ReportItem</name>
    <message>
        <source>Speaker</source>
        <translation>گزارش‌دهنده</translation>
    </message>
    <message>
        <source>Title of the talk</source>
        <translation>عنوان بحث</translation>
    </message>
    <message>
        <source>The talk&apos;s title, not the speaker&apos;s: «بحثی تحت عنوان «…»»</source>
        <translation>عنوان بحثی که ارائه شد، نه عنوان یا سمت ارائه‌دهنده: «بحثی تحت عنوان «…»»</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>sentences as typed, or what the report covered: «وضعیت مالی انجمن»</source>
        <translation>جمله‌هایی که می‌نویسید، یا آنچه گزارش به آن پرداخت: «وضعیت مالی انجمن»</translation>
    </message>
    <message>
        <source>A body or several people (plural verb)</source>
        <translation>نهاد یا چند نفر (فعل جمع)</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <source>Open with «در مبحث گزارشات»</source>
        <translation>آغاز با «در مبحث گزارشات»</translation>
    </message>
    <message>
        <source>Continues the sentence of the section before («… و …»)</source>
        <translation>ادامهٔ جملهٔ بخش پیش («… و …»)</translation>
    </message>
    <message>
        <source>Its first sentence joins the last sentence of the section before, or the session&apos;s when this is the first section, with no full stop between: «… برگزار و با تلاوت … آغاز شد.»</source>
        <translation>نخستین جمله‌اش به آخرین جملهٔ بخش پیش می‌پیوندد، یا به جملهٔ جلسه اگر این نخستین بخش است، بی نقطه‌ای میان آن دو: «… برگزار و با تلاوت … آغاز شد.»</translation>
    </message>
    <message>
        <source>Shared topic</source>
        <translation>موضوع مشترک</translation>
    </message>
</context>
<context>
    <name>ResolutionItem</name>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Given authority</source>
        <translation>اختیار به</translation>
    </message>
    <message>
        <source>for an authorisation</source>
        <translation>برای اختیار دادن</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>رأی‌گیری</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>آرای موافق</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>آرای مخالف</translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation>آرای ممتنع</translation>
    </message>
</context>
<context>
    <name>RewriteButton</name>
    <message>
        <source>Rewrite a paragraph…</source>
        <translation>بازنویسی بند…</translation>
    </message>
    <message>
        <source>Write a paragraph of the page in your own words (F2 in the preview)</source>
        <translation>بندی از صفحه را با واژه‌های خودتان بنویسید (F2 در پیش‌نمایش)</translation>
    </message>
    <message>
        <source>Rewrite a paragraph</source>
        <translation>بازنویسی بند</translation>
    </message>
</context>
<context>
    <name>RewriteDialog</name>
    <message>
        <source>Rewrite the paragraph</source>
        <translation>بازنویسی بند</translation>
    </message>
    <message>
        <source>Your words take the composed paragraph&apos;s place on the page and in every export. If a field it was composed from changes, the paragraph is marked and you choose which text to keep.</source>
        <translation>متن شما در صفحه و در همهٔ خروجی‌ها جای بند ساخته‌شده را می‌گیرد. اگر فیلدی که بند از آن ساخته شده تغییر کند، بند نشانه‌گذاری می‌شود و شما برمی‌گزینید کدام متن بماند.</translation>
    </message>
    <message>
        <source>Use my text</source>
        <translation>به کار بردن متن من</translation>
    </message>
    <message>
        <source>Back to the composed text</source>
        <translation>بازگرداندن به متن ساخته‌شده</translation>
    </message>
    <message>
        <source>Drop your text: the paragraph is composed from its fields again</source>
        <translation>کنار گذاشتن متن شما: بند دوباره از فیلدهایش ساخته می‌شود</translation>
    </message>
</context>
<context>
    <name>Rewriting</name>
    <message>
        <source>Click a paragraph of the preview, then press F2 to rewrite it</source>
        <translation>روی بندی از پیش‌نمایش کلیک کنید، سپس برای بازنویسی آن F2 را بزنید</translation>
    </message>
    <message>
        <source>The draft is open read-only: save it under another name to change it</source>
        <translation>پیش‌نویس فقط‌خواندنی باز شده است؛ برای تغییر آن، با نام دیگری ذخیره‌اش کنید</translation>
    </message>
    <message>
        <source>rewrite of a paragraph</source>
        <translation>بازنویسی بند</translation>
    </message>
    <message>
        <source>keeping your text of a paragraph</source>
        <translation>نگه داشتن متن خودتان برای بند</translation>
    </message>
    <message>
        <source>back to the composed text</source>
        <translation>بازگرداندن به متن ساخته‌شده</translation>
    </message>
    <message>
        <source>&amp;Rewrite this paragraph…</source>
        <translation>&amp;بازنویسی این بند…</translation>
    </message>
    <message>
        <source>&amp;Back to the composed text</source>
        <translation>با&amp;زگرداندن به متن ساخته‌شده</translation>
    </message>
    <message>
        <source>(left out of the announcement)</source>
        <translation>(از اطلاعیه کنار گذاشته شده)</translation>
    </message>
    <message>
        <source>%1 (not shown)</source>
        <translation>%1 (نمایش داده نمی‌شود)</translation>
    </message>
    <message>
        <source>This part has no paragraph on the page yet</source>
        <translation>این بخش هنوز بندی در صفحه ندارد</translation>
    </message>
    <message>
        <source>Rewritten paragraph</source>
        <translation>بند بازنویسی‌شده</translation>
    </message>
</context>
<context>
    <name>SectionsSection</name>
    <message>
        <source>Sections of the announcement</source>
        <translation>بخش‌های اطلاعیه</translation>
    </message>
</context>
<context>
    <name>SessionSection</name>
    <message>
        <source>Days</source>
        <translation>روزها</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>حاضران</translation>
    </message>
    <message>
        <source>follows «with the presence of»</source>
        <translation>پس از «با حضور» می‌آید</translation>
    </message>
    <message>
        <source>Present (quorum)</source>
        <translation>تعداد حاضران (حد نصاب)</translation>
    </message>
    <message>
        <source>Members in all</source>
        <translation>تعداد کل اعضا</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>مهمانان</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>نوع جلسه</translation>
    </message>
    <message>
        <source>«فوق‌العاده», «نوبت دوم»</source>
        <translation>«فوق‌العاده»، «نوبت دوم»</translation>
    </message>
    <message>
        <source>Convened by</source>
        <translation>به دعوت</translation>
    </message>
    <message>
        <source>follows «به دعوت»</source>
        <translation>پس از «به دعوت»</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <source>follows «ساعت»</source>
        <translation>پس از «ساعت»</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>محل</translation>
    </message>
    <message>
        <source>follows «در», before the city</source>
        <translation>پس از «در»، پیش از شهر</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>حد نصاب</translation>
    </message>
    <message>
        <source>By proxy</source>
        <translation>با وکالت</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>غایبان با عذر</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>هدف جلسه</translation>
    </message>
    <message>
        <source>with «برای» or without: «بررسی آخرین تحولات»</source>
        <translation>با «برای» یا بی آن: «بررسی آخرین تحولات»</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>به ریاست</translation>
    </message>
    <message>
        <source>follows «به ریاست»</source>
        <translation>پس از «به ریاست»</translation>
    </message>
    <message>
        <source>Chair&apos;s office</source>
        <translation>سمت رئیس جلسه</translation>
    </message>
    <message>
        <source>Apologies, counted</source>
        <translation>شمار غایبان با عذر</translation>
    </message>
    <message>
        <source>When their names are not given: «۵ نفر از اعضا عذر غیبت خود را اعلام کردند.»</source>
        <translation>وقتی نامشان گفته نمی‌شود: «۵ نفر از اعضا عذر غیبت خود را اعلام کردند.»</translation>
    </message>
    <message>
        <source>The guests and the attendance in one sentence («در این جلسه … حضور داشتند»)</source>
        <translation>مهمانان و حاضران در یک جمله («در این جلسه … حضور داشتند»)</translation>
    </message>
    <message>
        <source>Days: say only their month and year («در خرداد ماه ۱۴۰۳»)</source>
        <translation>روزها: تنها ماه و سالشان گفته شود («در خرداد ماه ۱۴۰۳»)</translation>
    </message>
    <message>
        <source>Days: say only their weekday («روز پنجشنبه»)</source>
        <translation>روزها: تنها روز هفته گفته شود («روز پنجشنبه»)</translation>
    </message>
    <message>
        <source>Day, from the day of writing</source>
        <translation>روز، نسبت به روز نگارش</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation>بخشی از روز</translation>
    </message>
    <message>
        <source>before the day: «عصر» → «عصر روز پنجشنبه …»</source>
        <translation>پیش از روز: «عصر» ← «عصر روز پنجشنبه …»</translation>
    </message>
    <message>
        <source>Convened by prior notice («با دعوت قبلی»), no convener named</source>
        <translation>با دعوت قبلی («با دعوت قبلی»)، بی نام دعوت‌کننده</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>زبان برنامه</translation>
    </message>
    <message>
        <source>Font of the Word file</source>
        <translation>قلم فایل Word</translation>
    </message>
    <message>
        <source>Text size (points)</source>
        <translation>اندازهٔ متن (پوینت)</translation>
    </message>
    <message>
        <source>Calendar of new drafts</source>
        <translation>تقویم پیش‌نویس‌های تازه</translation>
    </message>
    <message>
        <source>Names remembered from earlier drafts</source>
        <translation>نام‌های به‌یادمانده از پیش‌نویس‌های پیشین</translation>
    </message>
    <message>
        <source>Clear them</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Forget every name, role, body and city that completion offers</source>
        <translation>همهٔ نام‌ها، سمت‌ها، نهادها و شهرهایی که تکمیل خودکار پیشنهاد می‌کند فراموش شوند</translation>
    </message>
    <message>
        <source>Words added to my word list</source>
        <translation>واژه‌های افزوده به واژه‌نامهٔ من</translation>
    </message>
    <message>
        <source>Forget every word added to the spell check&apos;s word list</source>
        <translation>همهٔ واژه‌هایی را که به واژه‌نامهٔ غلط‌یاب افزوده شده‌اند فراموش کن</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>پاک شد</translation>
    </message>
    <message>
        <source>Not cleared: see the log</source>
        <translation>پاک نشد: گزارش کار برنامه را ببینید</translation>
    </message>
</context>
<context>
    <name>SignatureSection</name>
    <message>
        <source>Lines</source>
        <translation>سطرها</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
</context>
<context>
    <name>SpeechSection</name>
    <message>
        <source>Speaker</source>
        <translation>سخنران</translation>
    </message>
    <message>
        <source>a person, or a body</source>
        <translation>یک نفر، یا یک نهاد</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چه چیز</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>A body or several people (plural verb)</source>
        <translation>نهاد یا چند نفر (فعل جمع)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Free text, after the sentence</source>
        <translation>متن آزاد، پس از جمله</translation>
    </message>
    <message>
        <source>Answered questions («… و به پرسش‌های حاضران پاسخ داد»)</source>
        <translation>به پرسش‌ها پاسخ داد («… و به پرسش‌های حاضران پاسخ داد»)</translation>
    </message>
    <message>
        <source>Continues the sentence of the section before («… و …»)</source>
        <translation>ادامهٔ جملهٔ بخش پیش («… و …»)</translation>
    </message>
    <message>
        <source>Its first sentence joins the last sentence of the section before, or the session&apos;s when this is the first section, with no full stop between: «… برگزار و با تلاوت … آغاز شد.»</source>
        <translation>نخستین جمله‌اش به آخرین جملهٔ بخش پیش می‌پیوندد، یا به جملهٔ جلسه اگر این نخستین بخش است، بی نقطه‌ای میان آن دو: «… برگزار و با تلاوت … آغاز شد.»</translation>
    </message>
</context>
<context>
    <name>SpellCheck</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(پیشنهادی نیست)</translation>
    </message>
    <message>
        <source>Ignore in this draft</source>
        <translation>نادیده گرفتن در این پیش‌نویس</translation>
    </message>
    <message>
        <source>Add to my word list</source>
        <translation>افزودن به واژه‌نامهٔ من</translation>
    </message>
    <message>
        <source>ignore “%1”</source>
        <translation>نادیده گرفتن «%1»</translation>
    </message>
    <message>
        <source>The word list cannot be written: %1</source>
        <translation>واژه‌نامه نوشته نشد: %1</translation>
    </message>
    <message>
        <source>Check &amp;Spelling as You Type</source>
        <translation>&amp;غلط‌یابی هنگام نوشتن</translation>
    </message>
    <message>
        <source>%1 doubtful word(s): go to the next</source>
        <translation>%1 واژهٔ مشکوک: رفتن به بعدی</translation>
    </message>
    <message>
        <source>«%1»: right-click it for suggestions</source>
        <translation>«%1»: برای پیشنهادها روی آن راست‌کلیک کنید</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Words: %1</source>
        <translation>واژه‌ها: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>ذخیره: %1</translation>
    </message>
    <message>
        <source>Gregorian calendar</source>
        <translation>تقویم میلادی</translation>
    </message>
    <message>
        <source>Jalali calendar</source>
        <translation>تقویم شمسی</translation>
    </message>
    <message>
        <source>Gregorian and Jalali calendars</source>
        <translation>تقویم میلادی و شمسی</translation>
    </message>
    <message>
        <source>Jalali and Gregorian calendars</source>
        <translation>تقویم شمسی و میلادی</translation>
    </message>
    <message>
        <source>Unsaved changes are not copied aside: %1</source>
        <translation>از تغییرات ذخیره‌نشده رونوشت گرفته نمی‌شود: %1</translation>
    </message>
</context>
<context>
    <name>TitleSection</name>
    <message>
        <source>Kind of document</source>
        <translation>نوع سند</translation>
    </message>
    <message>
        <source>Body that met</source>
        <translation>نهادی که جلسه داشت</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <source>Short name in the text</source>
        <translation>نام کوتاه در متن</translation>
    </message>
    <message>
        <source>Headline of your own</source>
        <translation>عنوان دلخواه</translation>
    </message>
    <message>
        <source>in place of the composed title</source>
        <translation>به جای عنوانی که برنامه می‌نویسد</translation>
    </message>
    <message>
        <source>No title line: the announcement opens with its first paragraph</source>
        <translation>بدون سطر عنوان: اطلاعیه با نخستین بندش آغاز می‌شود</translation>
    </message>
</context>
<context>
    <name>WordingPage</name>
    <message>
        <source>Back to default</source>
        <translation>بازگشت به پیش‌فرض</translation>
    </message>
    <message>
        <source>Keep as my default for new drafts</source>
        <translation>پیش‌فرض من برای پیش‌نویس‌های تازه</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>صدور…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>ورود…</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>عبارت</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>پیش‌فرض</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>جای‌نشان‌ها</translation>
    </message>
    <message>
        <source>In this announcement</source>
        <translation>در این اطلاعیه</translation>
    </message>
    <message>
        <source>This draft&apos;s wording</source>
        <translation>عبارت این پیش‌نویس</translation>
    </message>
    <message>
        <source>Not used in this announcement</source>
        <translation>در این اطلاعیه به کار نرفته است</translation>
    </message>
    <message>
        <source>None: the phrase is used as it is</source>
        <translation>ندارد: عبارت همان‌گونه که هست به کار می‌رود</translation>
    </message>
    <message>
        <source>; now «%1»</source>
        <translation>؛ اکنون «%1»</translation>
    </message>
    <message>
        <source>; empty now</source>
        <translation>؛ اکنون خالی</translation>
    </message>
    <message>
        <source>Change to the wording</source>
        <translation>تغییر عبارت</translation>
    </message>
    <message>
        <source>New drafts will start with this wording</source>
        <translation>پیش‌نویس‌های تازه با همین عبارت‌ها آغاز می‌شوند</translation>
    </message>
    <message>
        <source>Export wording</source>
        <translation>صدور عبارت‌ها</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>%1 ذخیره نشد</translation>
    </message>
    <message>
        <source>Import wording</source>
        <translation>ورود عبارت‌ها</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 باز نشد</translation>
    </message>
    <message>
        <source>Wording files (*.wording.json *.json)</source>
        <translation>فایل‌های عبارت (*.wording.json *.json)</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>عبارت‌ها</translation>
    </message>
</context>
</TS>
