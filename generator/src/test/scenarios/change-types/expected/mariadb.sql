-- up
alter table account modify column balance decimal(12,2);
alter table account modify column bio varchar(100);
alter table account modify column note varchar(1000);
alter table account modify column score int;
alter table account modify column visits bigint;

-- down
alter table account modify column visits int;
alter table account modify column score varchar(20);
alter table account modify column note varchar(255);
alter table account modify column bio varchar(1000);
alter table account modify column balance decimal(10,2);
