-- Primary keys, unique constraints and foreign keys with their columns in key order. KEY_COLUMN_USAGE names the
-- referenced table and column itself; REFERENTIAL_CONSTRAINTS adds the delete rule.
-- Parameter 1: comma-separated database names.
select tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME,
       k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, rc.DELETE_RULE
from information_schema.TABLE_CONSTRAINTS tc
join information_schema.KEY_COLUMN_USAGE k
  on k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA and k.TABLE_NAME = tc.TABLE_NAME
 and k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
left join information_schema.REFERENTIAL_CONSTRAINTS rc
  on rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA and rc.TABLE_NAME = tc.TABLE_NAME
 and rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
where tc.CONSTRAINT_TYPE in ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
  and find_in_set(tc.TABLE_SCHEMA, ?) > 0
order by tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION
