-- up
alter table account alter column balance set data type numeric(12,2);
alter table account alter column bio set data type varchar(100);
alter table account alter column note set data type varchar(1000);
alter table account alter column score set data type integer using score::integer;
alter table account alter column visits set data type bigint;

-- down
alter table account alter column visits set data type integer;
alter table account alter column score set data type varchar(20);
alter table account alter column note set data type varchar(255);
alter table account alter column bio set data type varchar(1000);
alter table account alter column balance set data type numeric(10,2);
