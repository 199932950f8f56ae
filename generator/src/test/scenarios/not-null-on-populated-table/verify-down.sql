select count(*) from customer where name = 'Ada'
