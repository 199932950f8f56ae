-- Primary keys, unique constraints and foreign keys: one row per key column, in key order.
-- A foreign key's referenced columns come from the unique constraint it points at.
-- Primary and unique key columns come from the constraint's index when it has one: H2 2.x leaves a renamed
-- column's old name in KEY_COLUMN_USAGE (INDEX_COLUMNS is kept up to date).
-- Parameter 1: array of schema names.
select tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.ORDINAL_POSITION,
       case when tc.CONSTRAINT_TYPE in ('PRIMARY KEY', 'UNIQUE') then coalesce(ic.COLUMN_NAME, k.COLUMN_NAME)
            else k.COLUMN_NAME end as COLUMN_NAME,
       uc.TABLE_SCHEMA as REF_SCHEMA, uc.TABLE_NAME as REF_TABLE, rk.COLUMN_NAME as REF_COLUMN, rc.DELETE_RULE
from INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
join INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
  on k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA and k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
left join INFORMATION_SCHEMA.INDEX_COLUMNS ic
  on ic.INDEX_SCHEMA = tc.INDEX_SCHEMA and ic.INDEX_NAME = tc.INDEX_NAME and ic.ORDINAL_POSITION = k.ORDINAL_POSITION
left join INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc
  on rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA and rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
left join INFORMATION_SCHEMA.TABLE_CONSTRAINTS uc
  on uc.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA and uc.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME
left join INFORMATION_SCHEMA.KEY_COLUMN_USAGE rk
  on rk.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA and rk.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME
 and rk.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT
where tc.CONSTRAINT_TYPE in ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
  and tc.TABLE_SCHEMA = any (?)
order by tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION
