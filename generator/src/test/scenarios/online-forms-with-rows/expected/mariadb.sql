-- up
alter table customer add column code varchar(20);
update customer set code = concat('C-', id) where code is null;
alter table customer modify column code varchar(20) not null;
update customer set name = 'unknown' where name is null;
alter table customer modify column name varchar(100) not null;
alter table customer add constraint uk_customer_email unique (email);
alter table purchase add constraint ck_purchase_amount check (amount >= 0);
create index idx_customer_name on customer (name);
alter table purchase add constraint fk_purchase_customer foreign key (customer_id) references customer (id);

-- down
alter table purchase drop foreign key fk_purchase_customer;
alter table purchase drop index if exists fk_purchase_customer;
drop index idx_customer_name on customer;
alter table purchase drop constraint ck_purchase_amount;
alter table customer drop index uk_customer_email;
alter table customer modify column name varchar(100);
alter table customer modify column code varchar(20);
alter table customer drop column code;
