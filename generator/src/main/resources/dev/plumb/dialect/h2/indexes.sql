-- Indexes someone created: H2's own backing indexes for primary keys, unique constraints and foreign keys are
-- IS_GENERATED, and an index a primary key or unique constraint uses is theirs, not a free-standing index.
-- A user index that H2 reuses for a foreign key stays listed: dropping the foreign key leaves it behind.
-- Parameter 1: array of schema names.
select i.TABLE_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME, ic.ORDINAL_POSITION, ic.COLUMN_NAME,
       ic.ORDERING_SPECIFICATION
from INFORMATION_SCHEMA.INDEXES i
join INFORMATION_SCHEMA.INDEX_COLUMNS ic
  on ic.INDEX_SCHEMA = i.INDEX_SCHEMA and ic.INDEX_NAME = i.INDEX_NAME
where i.IS_GENERATED = FALSE
  and i.INDEX_TYPE_NAME <> 'PRIMARY KEY'
  and i.TABLE_SCHEMA = any (?)
  and not exists (select 1
                  from INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
                  where tc.INDEX_SCHEMA = i.INDEX_SCHEMA
                    and tc.INDEX_NAME = i.INDEX_NAME
                    and tc.CONSTRAINT_TYPE in ('PRIMARY KEY', 'UNIQUE'))
order by i.TABLE_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, ic.ORDINAL_POSITION
