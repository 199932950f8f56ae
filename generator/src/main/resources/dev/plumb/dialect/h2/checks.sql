-- Check constraint conditions as H2 prints them (upper case, quoted names), without "CHECK (...)", read flat (see
-- table-constraints.sql): H2ConstraintCatalog finds each one's table there.
-- Parameter 1: array of schema names.
select CONSTRAINT_SCHEMA, CONSTRAINT_NAME, CHECK_CLAUSE
from INFORMATION_SCHEMA.CHECK_CONSTRAINTS
where CONSTRAINT_SCHEMA = any (?)
