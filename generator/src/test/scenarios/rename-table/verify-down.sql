select count(*) from customer c join orders o on o.customer_id = c.id where c.name = 'Ada'
