-- Free-standing sequences: those owned by an identity column (pg_depend deptype 'i') or a serial column
-- ('a', auto) belong to the column and are left out.
-- Parameter 1: text array of schema names.
select n.nspname      as sequence_schema,
       c.relname      as sequence_name,
       s.seqstart     as start_value,
       s.seqincrement as increment
from pg_catalog.pg_sequence s
join pg_catalog.pg_class c on c.oid = s.seqrelid
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
where n.nspname = any (?)
  and not exists (select 1
                  from pg_catalog.pg_depend d
                  where d.classid = 'pg_catalog.pg_class'::regclass
                    and d.objid = s.seqrelid
                    and d.refclassid = 'pg_catalog.pg_class'::regclass
                    and d.deptype in ('i', 'a'))
order by n.nspname, c.relname
