-- Check constraints with their condition as PostgreSQL deparses it, without the "CHECK (...)" wrapper.
-- Parameter 1: text array of schema names.
select n.nspname                                as table_schema,
       c.relname                                as table_name,
       con.conname                              as constraint_name,
       pg_get_expr(con.conbin, con.conrelid)    as check_expression
from pg_catalog.pg_constraint con
join pg_catalog.pg_class c on c.oid = con.conrelid
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
where con.contype = 'c'
  and c.relkind in ('r', 'p')
  and n.nspname = any (?)
order by n.nspname, c.relname, con.conname
