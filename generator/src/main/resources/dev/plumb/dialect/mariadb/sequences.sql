-- Sequences (MariaDB 10.3+) are tables of type SEQUENCE; their start and increment are read from the sequences
-- themselves, by one union query the inspector builds from these rows (10.11 has no INFORMATION_SCHEMA.SEQUENCES).
-- Parameter 1: comma-separated database names.
select TABLE_SCHEMA, TABLE_NAME
from information_schema.TABLES
where TABLE_TYPE = 'SEQUENCE'
  and find_in_set(TABLE_SCHEMA, ?) > 0
order by TABLE_SCHEMA, TABLE_NAME
