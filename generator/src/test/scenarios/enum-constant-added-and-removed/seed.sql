insert into ticket (status) values ('OPEN')
insert into ticket (status) values ('CLOSED')
