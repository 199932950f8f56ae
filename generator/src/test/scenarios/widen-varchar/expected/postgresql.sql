-- up
alter table customer alter column name set data type varchar(250);

-- down
alter table customer alter column name set data type varchar(100);
