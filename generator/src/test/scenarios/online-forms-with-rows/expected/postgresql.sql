-- up
alter table customer add column code varchar(20);
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
create unique index concurrently uk_customer_email on customer (email);
alter table customer add constraint uk_customer_email unique using index uk_customer_email;
alter table purchase add constraint ck_purchase_amount check (amount >= 0) not valid;
alter table purchase validate constraint ck_purchase_amount;
create index concurrently idx_customer_name on customer (name);
alter table purchase add constraint fk_purchase_customer foreign key (customer_id) references customer (id) not valid;
alter table purchase validate constraint fk_purchase_customer;

-- down
alter table purchase drop constraint fk_purchase_customer;
drop index concurrently idx_customer_name;
alter table purchase drop constraint ck_purchase_amount;
alter table customer drop constraint uk_customer_email;
alter table customer alter column name drop not null;
alter table customer alter column code drop not null;
alter table customer drop column code;
