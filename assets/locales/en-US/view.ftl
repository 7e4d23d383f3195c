# The View and Help menus: the interface's language, colours and size, and the list of shortcuts.

menu-view = View
menu-help = Help
view-language = Language
view-theme = Colours
view-theme-dark = Dark
view-theme-light = Light
view-zoom-now = Shown at { $percent } %
command-zoom-in = Zoom in
command-zoom-out = Zoom out
command-zoom-reset = Actual size
command-help = Keyboard shortcuts
help-title = Keyboard shortcuts
help-tab = Tab and Shift+Tab go from control to control in the order of the screen.
help-enter = Enter or Space presses the control that has the keyboard; the arrow keys choose in a list.
help-escape = Escape closes a dialog, a menu or a drop-down list.
help-close = Close
date-with-weekday = { $weekday ->
        [monday] Monday
        [tuesday] Tuesday
        [wednesday] Wednesday
        [thursday] Thursday
        [friday] Friday
        [saturday] Saturday
       *[sunday] Sunday
    } { $date }
# What screen readers hear for a field of an editor: the field, then the record it belongs to.
field-of-record = { $field } of { $record }
