-- Step 10: where a letter's text came from: a file of text ('text': plain, HTML, Word), a PDF's
-- text layer ('pdf_text') or OCR of a scan ('ocr'), with the pages read and OCR's mean confidence
-- (a whole percent), which the review showed. NULL for a letter added before this step, or
-- added by hand or by an export that did not say.
ALTER TABLE letter ADD COLUMN origin TEXT
    CHECK (origin IS NULL OR origin IN ('text', 'pdf_text', 'ocr'));
ALTER TABLE letter ADD COLUMN origin_pages INTEGER
    CHECK (origin_pages IS NULL OR (origin_pages > 0 AND origin IN ('pdf_text', 'ocr')));
ALTER TABLE letter ADD COLUMN ocr_confidence INTEGER
    CHECK (ocr_confidence IS NULL OR (ocr_confidence BETWEEN 0 AND 100 AND origin = 'ocr'));
