# Words any report may use for a person or an organisation it cannot name, in Arabic.

personal-erased = (محذوف)
personal-not-listed = (غير مدرج)
unknown-person = (شخص غير معروف)
unknown-organisation = (جهة غير معروفة)
