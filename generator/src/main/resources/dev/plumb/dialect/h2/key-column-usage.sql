-- Key columns of the constraints in table-constraints.sql, one row per column, read flat (see there why).
-- A foreign key column's POSITION_IN_UNIQUE_CONSTRAINT names the referenced key's column; primary and unique key
-- columns (POSITION_IN_UNIQUE_CONSTRAINT is null) are read in every schema, as foreign keys may point at them.
-- H2 2.x leaves a renamed column's old name here for primary and unique keys: H2ConstraintCatalog takes their names from
-- index-columns.sql instead.
-- Parameter 1: array of schema names.
select CONSTRAINT_SCHEMA, CONSTRAINT_NAME, ORDINAL_POSITION, POSITION_IN_UNIQUE_CONSTRAINT, COLUMN_NAME
from INFORMATION_SCHEMA.KEY_COLUMN_USAGE
where TABLE_SCHEMA = any (?) or POSITION_IN_UNIQUE_CONSTRAINT is null
order by CONSTRAINT_SCHEMA, CONSTRAINT_NAME, ORDINAL_POSITION
