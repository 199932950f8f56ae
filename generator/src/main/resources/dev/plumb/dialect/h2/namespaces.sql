-- Which of the schemas in scope exist, so that a missing one is created before its tables.
-- Parameter 1: array of schema names.
select SCHEMA_NAME
from INFORMATION_SCHEMA.SCHEMATA
where SCHEMA_NAME = any (?)
order by SCHEMA_NAME
