-- up
alter table customer add column code varchar(20);
alter table customer add column status varchar(10) default 'new' not null;
update customer set code = concat('C-', id) where code is null;
alter table customer modify column code varchar(20) not null;
update customer set name = 'unknown' where name is null;
alter table customer modify column name varchar(100) not null;

-- down
alter table customer modify column name varchar(100);
alter table customer modify column code varchar(20);
alter table customer drop column status;
alter table customer drop column code;
