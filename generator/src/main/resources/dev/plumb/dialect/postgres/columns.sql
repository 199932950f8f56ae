-- Every column of every base table in the inspected schemas, in column order.
-- A table without columns still yields one row (column_name null).
-- Parameter 1: text array of schema names.
select n.nspname                                        as table_schema,
       c.relname                                        as table_name,
       a.attname                                        as column_name,
       format_type(a.atttypid, a.atttypmod)             as column_type,
       not a.attnotnull                                 as nullable,
       pg_get_expr(d.adbin, d.adrelid)                  as column_default,
       coalesce(a.attidentity in ('a', 'd'), false)     as is_identity
from pg_catalog.pg_class c
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
left join pg_catalog.pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
left join pg_catalog.pg_attrdef d on d.adrelid = c.oid and d.adnum = a.attnum
where c.relkind in ('r', 'p')
  and not c.relispartition
  and n.nspname = any (?)
order by n.nspname, c.relname, a.attnum
