-- The values of ENUM columns, in declaration order.
-- Parameter 1: array of schema names.
select OBJECT_SCHEMA, OBJECT_NAME, ENUM_IDENTIFIER, VALUE_NAME
from INFORMATION_SCHEMA.ENUM_VALUES
where OBJECT_TYPE = 'TABLE'
  and OBJECT_SCHEMA = any (?)
order by OBJECT_SCHEMA, OBJECT_NAME, ENUM_IDENTIFIER, VALUE_ORDINAL
