insert into customer (display_name) values ('Ada Lovelace')
