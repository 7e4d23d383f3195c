# The meeting details the official report prints: its symbol, distribution, language and documents.
meeting-details-symbol = Document symbol
meeting-details-distribution = Distribution
meeting-details-original-language = Original language
meeting-details-documents = Documents of the meeting
meeting-details-document-title = Document { $number }: title
meeting-details-document-symbol = Document { $number }: symbol
meeting-details-document-language = Document { $number }: language
meeting-details-add-document = Add a document
meeting-details-remove = Remove
meeting-details-remove-document = Remove document { $number }
