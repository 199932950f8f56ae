-- Foreign keys: the unique constraint each points at and its delete rule, read flat (see table-constraints.sql).
-- Parameter 1: array of schema names.
select CONSTRAINT_SCHEMA, CONSTRAINT_NAME, UNIQUE_CONSTRAINT_SCHEMA, UNIQUE_CONSTRAINT_NAME, DELETE_RULE
from INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS
where CONSTRAINT_SCHEMA = any (?)
