# The meeting details the official report prints: its symbol, distribution, language and documents, in Arabic.
meeting-details-symbol = رمز الوثيقة
meeting-details-distribution = التوزيع
meeting-details-original-language = اللغة الأصلية
meeting-details-documents = وثائق الاجتماع
meeting-details-document-title = الوثيقة { $number }: العنوان
meeting-details-document-symbol = الوثيقة { $number }: الرمز
meeting-details-document-language = الوثيقة { $number }: اللغة
meeting-details-add-document = إضافة وثيقة
meeting-details-remove = إزالة
meeting-details-remove-document = إزالة الوثيقة { $number }
