-- Views, trigger functions and triggers, which Plumb does not diff but a baseline re-creates: each with the
-- statement that creates it, as the catalog prints it (pg_get_viewdef, pg_get_functiondef, pg_get_triggerdef), and
-- the one that drops it. In the order they can be created: views (by oid, the order they were made, so a view on a
-- view comes after it), then the functions triggers call, then the triggers. Internal triggers (those behind
-- foreign keys) are left out.
-- Parameter 1: text array of schema names.
with schemas as (select unnest(?::text[]) as name)
select 1 as step, c.oid, null as table_name,
       'create view ' || quote_ident(c.relname) || ' as' || chr(10)
           || rtrim(pg_catalog.pg_get_viewdef(c.oid, true), ';') as create_sql,
       'drop view ' || quote_ident(c.relname) as drop_sql
from pg_catalog.pg_class c
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
where c.relkind = 'v' and n.nspname in (select name from schemas)
union all
select distinct 2, p.oid, null,
       rtrim(pg_catalog.pg_get_functiondef(p.oid), chr(10)),
       'drop function ' || p.oid::regprocedure::text
from pg_catalog.pg_trigger t
join pg_catalog.pg_class c on c.oid = t.tgrelid
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
join pg_catalog.pg_proc p on p.oid = t.tgfoid
join pg_catalog.pg_namespace pn on pn.oid = p.pronamespace
where not t.tgisinternal and n.nspname in (select name from schemas) and pn.nspname = n.nspname
union all
select 3, t.oid, c.relname,
       pg_catalog.pg_get_triggerdef(t.oid, true),
       'drop trigger ' || quote_ident(t.tgname) || ' on ' || quote_ident(c.relname)
from pg_catalog.pg_trigger t
join pg_catalog.pg_class c on c.oid = t.tgrelid
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
where not t.tgisinternal and n.nspname in (select name from schemas)
order by step, oid
