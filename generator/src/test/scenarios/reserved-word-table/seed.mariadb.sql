insert into `order` (user) values ('ada')
