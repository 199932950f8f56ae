insert into customer (name) values ('Ada')
insert into purchase (customer_id) values (1)
