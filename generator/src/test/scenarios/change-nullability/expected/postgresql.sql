-- up
do $plumb$
declare
    first_page bigint := 0;
begin
    while first_page <= pg_relation_size('customer') / current_setting('block_size')::bigint loop
        update customer set email = 'unknown@example.org' where email is null
            and ctid >= format('(%s,0)', first_page)::tid
            and ctid < format('(%s,0)', first_page + 100)::tid;
        commit;
        first_page := first_page + 100;
    end loop;
end
$plumb$;
alter table customer add constraint customer_email_not_null check (email is not null) not valid;
alter table customer validate constraint customer_email_not_null;
alter table customer alter column email set not null;
alter table customer drop constraint customer_email_not_null;
alter table customer alter column name drop not null;

-- down
alter table customer add constraint customer_name_not_null check (name is not null) not valid;
alter table customer validate constraint customer_name_not_null;
alter table customer alter column name set not null;
alter table customer drop constraint customer_name_not_null;
alter table customer alter column email drop not null;
