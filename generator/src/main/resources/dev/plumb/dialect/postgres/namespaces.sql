-- Which of the schemas in scope exist, so that a missing one is created before its tables.
-- Parameter 1: text array of schema names.
select n.nspname as schema_name
from pg_catalog.pg_namespace n
where n.nspname = any (?)
order by n.nspname
