# Personal data: the columns of the people list.

personal-column-title = صيغة المخاطبة
personal-column-arabic-title = صيغة المخاطبة بالعربية
