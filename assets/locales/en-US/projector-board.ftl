# The partnership board on the projector: its menu entry, heading and column headings.

projector-shows-board = The partnership board
projector-board-heading = Partnerships
projector-board-column = { $stage } ({ $count })
