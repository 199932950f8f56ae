-- up
alter table customer add column code varchar(20);
alter table customer add column status varchar(10) default 'new' not null;
update customer set code = concat('C-', id) where code is null;
alter table customer alter column code set not null;
update customer set name = 'unknown' where name is null;
alter table customer alter column name set not null;

-- down
alter table customer alter column name drop not null;
alter table customer alter column code drop not null;
alter table customer drop column status;
alter table customer drop column code;
