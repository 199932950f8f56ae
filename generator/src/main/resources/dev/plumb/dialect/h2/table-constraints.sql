-- Primary keys, unique constraints, foreign keys and checks, one row each, read flat: H2 builds INFORMATION_SCHEMA views
-- row by row for every join probe, so joining them costs time quadratic in the number of tables (12-22 s at 500
-- tables); H2ConstraintCatalog joins the flat rows in Java instead.
-- Primary and unique keys of every schema are read: a foreign key may point at a table outside the inspected ones.
-- Parameter 1: array of schema names.
select CONSTRAINT_SCHEMA, CONSTRAINT_NAME, CONSTRAINT_TYPE, TABLE_SCHEMA, TABLE_NAME, INDEX_SCHEMA, INDEX_NAME
from INFORMATION_SCHEMA.TABLE_CONSTRAINTS
where CONSTRAINT_TYPE in ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY', 'CHECK')
  and (TABLE_SCHEMA = any (?) or CONSTRAINT_TYPE in ('PRIMARY KEY', 'UNIQUE'))
order by TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME
