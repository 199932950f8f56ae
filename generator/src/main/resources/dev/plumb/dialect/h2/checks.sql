-- Check constraints with their condition as H2 prints it (upper case, quoted names), without "CHECK (...)".
-- Parameter 1: array of schema names.
select tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE
from INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
join INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc
  on cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA and cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
where tc.CONSTRAINT_TYPE = 'CHECK'
  and tc.TABLE_SCHEMA = any (?)
order by tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME
