-- up
alter table customer add column code varchar(20);
alter table customer add column status varchar(10) default 'new' not null;
do $plumb$
declare
    first_page bigint := 0;
begin
    while first_page <= pg_relation_size('customer') / current_setting('block_size')::bigint loop
        update customer set code = concat('C-', id) where code is null
            and ctid >= format('(%s,0)', first_page)::tid
            and ctid < format('(%s,0)', first_page + 100)::tid;
        commit;
        first_page := first_page + 100;
    end loop;
end
$plumb$;
alter table customer add constraint customer_code_not_null check (code is not null) not valid;
alter table customer validate constraint customer_code_not_null;
alter table customer alter column code set not null;
alter table customer drop constraint customer_code_not_null;
do $plumb$
declare
    first_page bigint := 0;
begin
    while first_page <= pg_relation_size('customer') / current_setting('block_size')::bigint loop
        update customer set name = 'unknown' where name is null
            and ctid >= format('(%s,0)', first_page)::tid
            and ctid < format('(%s,0)', first_page + 100)::tid;
        commit;
        first_page := first_page + 100;
    end loop;
end
$plumb$;
alter table customer add constraint customer_name_not_null check (name is not null) not valid;
alter table customer validate constraint customer_name_not_null;
alter table customer alter column name set not null;
alter table customer drop constraint customer_name_not_null;

-- down
alter table customer alter column name drop not null;
alter table customer alter column code drop not null;
alter table customer drop column status;
alter table customer drop column code;
