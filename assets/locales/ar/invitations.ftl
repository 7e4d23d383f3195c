## الدعوات

invitation-prospect = مرشّح
invitation-invited = مدعو
invitation-confirmed = مؤكَّد
invitation-declined = معتذر
invitation-attended = حضر
undo-change-invitation = تغيير دعوة
undo-change-invitation-settings = تغيير إعدادات الدعوات
invitation-group-gulf = الخليج
invitation-group-mashreq = المشرق
