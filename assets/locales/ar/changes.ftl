# What changed between two versions of a meeting (the recovery's Compare), in Arabic.

change-meeting = تعديل: تفاصيل الاجتماع
change-renamed = تعديل: { $kind ->
        [meeting] تفاصيل الاجتماع
        [agenda-item] بند جدول الأعمال
        [organisation] المنظمة
        [person] الشخص
        [partnership] الشراكة
        [funding-source] مصدر التمويل
        [financing-lead] فرصة التمويل
        [rate] سعر صرف العملة
        [note] الملاحظة
        [decision] القرار
       *[action-item] إجراء المتابعة
    } { $old }، والاسم الآن { $name }
change-changed = تعديل: { $kind ->
        [meeting] تفاصيل الاجتماع
        [agenda-item] بند جدول الأعمال
        [organisation] المنظمة
        [person] الشخص
        [partnership] الشراكة
        [funding-source] مصدر التمويل
        [financing-lead] فرصة التمويل
        [rate] سعر صرف العملة
        [note] الملاحظة
        [decision] القرار
       *[action-item] إجراء المتابعة
    } { $name }
change-added = إضافة: { $kind ->
        [meeting] تفاصيل الاجتماع
        [agenda-item] بند جدول الأعمال
        [organisation] المنظمة
        [person] الشخص
        [partnership] الشراكة
        [funding-source] مصدر التمويل
        [financing-lead] فرصة التمويل
        [rate] سعر صرف العملة
        [note] الملاحظة
        [decision] القرار
       *[action-item] إجراء المتابعة
    } { $name }
change-removed = حذف: { $kind ->
        [meeting] تفاصيل الاجتماع
        [agenda-item] بند جدول الأعمال
        [organisation] المنظمة
        [person] الشخص
        [partnership] الشراكة
        [funding-source] مصدر التمويل
        [financing-lead] فرصة التمويل
        [rate] سعر صرف العملة
        [note] الملاحظة
        [decision] القرار
       *[action-item] إجراء المتابعة
    } { $name }
change-blank-name = (دون اسم)
change-quoted-name = «{ $name }»
change-lead-name = { $source } لصالح { $partnership }
change-lead-name-amount = { $amount } { $currency } لصالح { $partnership }
change-unknown-partnership = (شراكة غير معروفة)
change-unknown-source = (مصدر غير معروف)
