# Personal data: the columns of the people list.

personal-column-title = اللقب
personal-column-arabic-title = اللقب بالعربية
