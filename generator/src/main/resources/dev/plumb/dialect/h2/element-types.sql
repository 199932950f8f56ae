-- The element types of ARRAY columns, linked to the column by its DTD_IDENTIFIER. Read on its own and joined in
-- Java: joining ELEMENT_TYPES into columns.sql makes H2 scan it once per column.
-- Parameter 1: array of schema names.
select OBJECT_SCHEMA, OBJECT_NAME, COLLECTION_TYPE_IDENTIFIER, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH,
       NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION, INTERVAL_TYPE
from INFORMATION_SCHEMA.ELEMENT_TYPES
where OBJECT_TYPE = 'TABLE'
  and OBJECT_SCHEMA = any (?)
