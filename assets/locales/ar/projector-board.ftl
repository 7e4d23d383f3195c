# The partnership board on the projector: its menu entry, heading and column headings, in Arabic.

projector-shows-board = لوحة الشراكات
projector-board-heading = الشراكات
projector-board-column = { $stage } ({ $count })
