-- Primary keys ('p'), unique constraints ('u') and foreign keys ('f'): one row per key column, in key order.
-- confdeltype: a = no action, r = restrict, c = cascade, n = set null, d = set default.
-- Parameter 1: text array of schema names.
select n.nspname       as table_schema,
       c.relname       as table_name,
       con.conname     as constraint_name,
       con.contype     as constraint_type,
       k.position      as position,
       a.attname       as column_name,
       rn.nspname      as ref_schema,
       rc.relname      as ref_table,
       ra.attname      as ref_column,
       con.confdeltype as delete_action
from pg_catalog.pg_constraint con
join pg_catalog.pg_class c on c.oid = con.conrelid
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
cross join lateral unnest(con.conkey, con.confkey) with ordinality as k(attnum, ref_attnum, position)
join pg_catalog.pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
left join pg_catalog.pg_class rc on rc.oid = con.confrelid
left join pg_catalog.pg_namespace rn on rn.oid = rc.relnamespace
left join pg_catalog.pg_attribute ra on ra.attrelid = con.confrelid and ra.attnum = k.ref_attnum
where con.contype in ('p', 'u', 'f')
  and c.relkind in ('r', 'p')
  and n.nspname = any (?)
order by n.nspname, c.relname, con.conname, k.position
