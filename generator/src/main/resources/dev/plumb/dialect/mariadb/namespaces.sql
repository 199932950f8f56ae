-- The inspected databases that exist.
-- Parameter 1: comma-separated database names.
select SCHEMA_NAME
from information_schema.SCHEMATA
where find_in_set(SCHEMA_NAME, ?) > 0
order by SCHEMA_NAME
