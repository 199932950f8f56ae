-- up
alter table purchase drop foreign key fk_purchase_customer;
alter table purchase drop index if exists fk_purchase_customer;

-- down
alter table purchase add constraint fk_purchase_customer foreign key (customer_id) references customer (id);
