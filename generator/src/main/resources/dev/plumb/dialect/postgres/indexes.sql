-- Indexes that do not back a primary key, unique or exclusion constraint: one row per key column, in key order.
-- indkey and indoption are int2vectors (subscripts from 0); bit 0 of indoption is DESC.
-- An expression key (indkey 0) is reported by its expression text (as text: coalesce with a name would make it a
-- name, cut to 63 bytes); a partial index by its predicate (the same on
-- every key row of the index).
-- Parameter 1: text array of schema names.
select n.nspname                                      as table_schema,
       t.relname                                      as table_name,
       ic.relname                                     as index_name,
       i.indisunique                                  as is_unique,
       k.position                                     as position,
       coalesce(a.attname::text, pg_get_indexdef(i.indexrelid, k.position + 1, true)) as column_name,
       a.attname is null                              as is_expression,
       pg_get_expr(i.indpred, i.indrelid, true)       as predicate,
       (i.indoption[k.position]::int & 1) = 1         as descending
from pg_catalog.pg_index i
join pg_catalog.pg_class t on t.oid = i.indrelid
join pg_catalog.pg_class ic on ic.oid = i.indexrelid
join pg_catalog.pg_namespace n on n.oid = t.relnamespace
cross join lateral generate_series(0, i.indnkeyatts - 1) as k(position)
left join pg_catalog.pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[k.position]
where t.relkind in ('r', 'p')
  and n.nspname = any (?)
  and not exists (select 1
                  from pg_catalog.pg_constraint con
                  where con.conindid = i.indexrelid
                    and con.conrelid = i.indrelid
                    and con.contype in ('p', 'u', 'x'))
order by n.nspname, t.relname, ic.relname, k.position
