-- Free-standing indexes with their columns in key order. Left out: the primary key, indexes that are unique
-- constraints (MariaDB lists each unique index as a UNIQUE constraint too; keys.sql reads them), and the index
-- InnoDB creates for a foreign key, which carries the foreign key's name
-- (https://mariadb.com/kb/en/foreign-keys/: "an index is created automatically if it does not exist").
-- COLLATION is 'D' for a descending key (MariaDB 10.8+).
-- Parameter 1: comma-separated database names.
select s.TABLE_SCHEMA, s.TABLE_NAME, s.INDEX_NAME, s.NON_UNIQUE, s.COLUMN_NAME, s.COLLATION
from information_schema.STATISTICS s
where find_in_set(s.TABLE_SCHEMA, ?) > 0
  and s.INDEX_NAME <> 'PRIMARY'
  and not exists (select 1
                  from information_schema.TABLE_CONSTRAINTS tc
                  where tc.TABLE_SCHEMA = s.TABLE_SCHEMA and tc.TABLE_NAME = s.TABLE_NAME
                    and tc.CONSTRAINT_NAME = s.INDEX_NAME
                    and tc.CONSTRAINT_TYPE in ('UNIQUE', 'FOREIGN KEY'))
order by s.TABLE_SCHEMA, s.TABLE_NAME, s.INDEX_NAME, s.SEQ_IN_INDEX
