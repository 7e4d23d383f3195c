# Live capture: the form that files notes, decisions, action items and
# partnership ideas under the running item, or adds them to an item's record later, in Arabic.

capture-heading = التدوين
capture-kind-note = ملاحظة
capture-kind-decision = قرار
capture-kind-action = إجراء متابعة
capture-kind-partnership = فكرة شراكة
capture-kind-note-shortcut = ملاحظة ({ $shortcut })
capture-kind-decision-shortcut = قرار ({ $shortcut })
capture-kind-action-shortcut = إجراء متابعة ({ $shortcut })
capture-kind-partnership-shortcut = فكرة شراكة ({ $shortcut })
capture-hint = يضيفه مفتاح Enter مختومًا بالوقت وبهذا البند؛ وينقلك Ctrl+K إلى هنا
capture-typed-during = كُتب أثناء { $item }: سيُدرج هناك
capture-file-under-current = إدراجه تحت البند الحالي
capture-typed-for = كُتب لـ { $item }: سيُضاف إلى محضر ذلك البند
capture-add-here-instead = إضافته إلى هذا البند بدلًا من ذلك
capture-add = إضافة إلى المحضر
capture-field-idea = الفكرة
capture-field-text = النص
capture-field-outcome = النتيجة
capture-field-owner = المسؤول
capture-field-due = الموعد النهائي
capture-owner-unknown = لا يوجد شخص بهذا الاسم
capture-owner-found = المسؤول: { $name }
capture-owner-not-registered = لا يوجد في السجل أحد باسم { $name }
