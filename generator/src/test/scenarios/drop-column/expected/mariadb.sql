-- up
alter table customer drop column legacy_code;

-- down
alter table customer add column legacy_code varchar(20);
