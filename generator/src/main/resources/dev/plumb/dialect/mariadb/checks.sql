-- Check constraints (MariaDB 10.2+), table-level and column-level (LEVEL 'Column', named after the column; a json
-- column's json_valid check is one of them). CHECK_CLAUSE is MariaDB's re-printed text with backticks.
-- Parameter 1: comma-separated database names.
select CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, LEVEL, CHECK_CLAUSE
from information_schema.CHECK_CONSTRAINTS
where find_in_set(CONSTRAINT_SCHEMA, ?) > 0
order by CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME
