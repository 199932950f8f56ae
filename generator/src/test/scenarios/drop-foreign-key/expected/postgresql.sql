-- up
alter table purchase drop constraint fk_purchase_customer;

-- down
alter table purchase add constraint fk_purchase_customer foreign key (customer_id) references customer (id) not valid;
alter table purchase validate constraint fk_purchase_customer;
