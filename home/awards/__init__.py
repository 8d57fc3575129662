"""Award decisions (quyết định khen thưởng) as data: the decision page with its list of
awardees stored as rows, its downloads, and the importer that fills it from the lists
boards actually have (XLSX, DOCX, CSV, PDF with a text layer)."""
