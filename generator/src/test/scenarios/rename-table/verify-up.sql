select count(*) from client c join orders o on o.customer_id = c.id where c.name = 'Ada'
