-- Every column of every base table in the inspected databases, in column order. COLUMN_TYPE is the declared type
-- with MariaDB's display widths (int(11)); COLUMN_DEFAULT holds literals quoted ('x') and the word NULL for
-- "no default" (MariaDB 10.2.7+). A json column is longtext plus a column-level json_valid check (checks.sql).
-- Parameter 1: comma-separated database names.
select c.TABLE_SCHEMA, c.TABLE_NAME, c.COLUMN_NAME, c.COLUMN_TYPE, c.IS_NULLABLE, c.COLUMN_DEFAULT, c.EXTRA
from information_schema.TABLES t
join information_schema.COLUMNS c on c.TABLE_SCHEMA = t.TABLE_SCHEMA and c.TABLE_NAME = t.TABLE_NAME
where t.TABLE_TYPE = 'BASE TABLE'
  and find_in_set(t.TABLE_SCHEMA, ?) > 0
order by c.TABLE_SCHEMA, c.TABLE_NAME, c.ORDINAL_POSITION
