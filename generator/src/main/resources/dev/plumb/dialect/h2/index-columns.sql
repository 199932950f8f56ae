-- Columns of every index, in index order, read flat (see table-constraints.sql): they make up the free-standing
-- indexes of indexes.sql, and name the columns of primary and unique keys (kept up to date after a rename).
-- Parameter 1: array of schema names.
select INDEX_SCHEMA, INDEX_NAME, ORDINAL_POSITION, COLUMN_NAME, ORDERING_SPECIFICATION
from INFORMATION_SCHEMA.INDEX_COLUMNS
where TABLE_SCHEMA = any (?)
order by INDEX_SCHEMA, INDEX_NAME, ORDINAL_POSITION
