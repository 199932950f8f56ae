-- Sequences; H2 does not list the sequences behind identity columns here.
-- Parameter 1: array of schema names.
select SEQUENCE_SCHEMA, SEQUENCE_NAME, START_VALUE, INCREMENT
from INFORMATION_SCHEMA.SEQUENCES
where SEQUENCE_SCHEMA = any (?)
order by SEQUENCE_SCHEMA, SEQUENCE_NAME
