# The running meeting: the live item's clock and controls, the speakers' queue and the projector, in Arabic.

live-state-paused = متوقف مؤقتًا
live-state-now = الآن
live-overrun-by = تجاوز الوقت بمقدار { $time }
live-time-left = يتبقى { $time }
live-elapsed = { $elapsed } من { $minutes } د
live-finish-item = إنهاء البند
live-progress = { $drift ->
        [behind] تأخير { $time }
        [ahead] تقدّم { $time }
       *[on-time] في الموعد
    }: ينتهي اليوم الآن في { $end }
live-progress-skipped = { $drift ->
        [behind] تأخير { $time }
        [ahead] تقدّم { $time }
       *[on-time] في الموعد
    }: ينتهي اليوم الآن في { $end } { $skipped_plural ->
        [zero] دون تخطي أي بند
        [one] مع تخطي بند واحد
        [two] مع تخطي بندين
        [few] مع تخطي { $skipped } بنود
        [many] مع تخطي { $skipped } بندًا
       *[other] مع تخطي { $skipped } بند
    } ({ $minutes } د)

speakers-heading = المتحدثون
speakers-speaking = يتحدث الآن: { $name }  { $spoken }
speakers-speaking-paused = يتحدث الآن: { $name }  { $spoken }، متوقف مؤقتًا
speakers-speaking-limit = يتحدث الآن: { $name }  { $spoken } من { $limit }
speakers-speaking-limit-paused = يتحدث الآن: { $name }  { $spoken } من { $limit }، متوقف مؤقتًا
speakers-stop = إيقاف المتحدث
speakers-earlier = تقديم
speakers-earlier-name = تقديم { $name } في القائمة
speakers-later = تأخير
speakers-later-name = تأخير { $name } في القائمة
speakers-remove = ×
speakers-remove-name = إزالة { $name } من قائمة المتحدثين
speakers-remove-hover = إزالة من قائمة المتحدثين
speakers-add = إضافة متحدث
speakers-add-hint = اكتب اسمًا
speakers-limit = الحد الأقصى (د)
speakers-add-from-floor = إضافة { $name } متحدثًا من القاعة
speakers-not-registered = غير مدرج في السجل
speakers-register = إضافة إلى السجل
speakers-register-name = إضافة { $name } إلى السجل

projector-menu-content = ما يعرضه جهاز العرض
projector-menu-theme = مظهر جهاز العرض
projector-theme-dark = داكن
projector-theme-light = فاتح
projector-welcome = مرحبًا بكم
projector-speaking = يتحدث الآن: { $name }
projector-speaking-paused = يتحدث الآن: { $name } (متوقف مؤقتًا)
projector-agreed-so-far = ما تم الاتفاق عليه حتى الآن
projector-decision = • { $text }
projector-decision-outcome = • { $text }: { $outcome }
projector-recommendations = التوصيات
projector-no-recommendations = لا توجد توصيات بعد
projector-recommendation = { $number }. { $text }
