# The partnership board: columns by stage and the cards in them.

board-column = { $stage } ({ $count })
board-stage = Stage
