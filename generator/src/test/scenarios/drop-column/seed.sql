insert into customer (name, legacy_code) values ('Ada', 'X1')
