insert into customer (name) values ('Ada')
