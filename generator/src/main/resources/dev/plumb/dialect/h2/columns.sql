-- Every column of every base table in the inspected schemas, in column order.
-- DTD_IDENTIFIER links ENUM columns to their values in INFORMATION_SCHEMA.ENUM_VALUES and ARRAY columns to their
-- element type (element-types.sql; a join here would make this query grow with the square of the columns).
-- Parameter 1: array of schema names.
select c.TABLE_SCHEMA, c.TABLE_NAME, c.COLUMN_NAME, c.DATA_TYPE, c.CHARACTER_MAXIMUM_LENGTH,
       c.NUMERIC_PRECISION, c.NUMERIC_SCALE, c.DATETIME_PRECISION, c.INTERVAL_TYPE,
       c.IS_NULLABLE, c.COLUMN_DEFAULT, c.IS_IDENTITY, c.DTD_IDENTIFIER
from INFORMATION_SCHEMA.TABLES t
join INFORMATION_SCHEMA.COLUMNS c on c.TABLE_SCHEMA = t.TABLE_SCHEMA and c.TABLE_NAME = t.TABLE_NAME
where t.TABLE_TYPE = 'BASE TABLE'
  and t.TABLE_SCHEMA = any (?)
order by c.TABLE_SCHEMA, c.TABLE_NAME, c.ORDINAL_POSITION
