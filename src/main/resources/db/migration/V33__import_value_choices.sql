-- Issue 18: what the person decided for the values of a file's choice columns ("Site" → web,
-- "Quotidien régional" → quotidien, "n.c." → reject the line), saved with the column mapping and
-- reused for the next file of the same source. One "FIELD TAB value TAB decision" per line, readable
-- like columns_map; NULL for mappings saved before.
ALTER TABLE import_mapping ADD COLUMN values_map TEXT NULL;
