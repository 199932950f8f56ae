-- Indexes someone created, read flat (see table-constraints.sql): H2's own backing indexes for primary keys, unique
-- constraints and foreign keys are IS_GENERATED. H2ConstraintCatalog also leaves out an index a primary key or unique
-- constraint uses: it is theirs, not a free-standing index. A user index that H2 reuses for a foreign key stays
-- listed: dropping the foreign key leaves it behind.
-- Parameter 1: array of schema names.
select INDEX_SCHEMA, INDEX_NAME, TABLE_SCHEMA, TABLE_NAME, INDEX_TYPE_NAME
from INFORMATION_SCHEMA.INDEXES
where IS_GENERATED = FALSE
  and INDEX_TYPE_NAME <> 'PRIMARY KEY'
  and TABLE_SCHEMA = any (?)
order by TABLE_SCHEMA, TABLE_NAME, INDEX_NAME
