-- Sirakor schema, part 10: an issued letter stays as it was issued. When a letter number is issued
-- (sent by mail, or issued to print and deliver by hand) the PDF is rendered once and kept in the
-- file store (content-addressed, SHA-256 hex); every later download and mail uses that file, so a
-- later change of Hal, Sifat, Tembusan or of the event does not rewrite a letter already sent.
ALTER TABLE invitation ADD COLUMN letter_file VARCHAR(64);
