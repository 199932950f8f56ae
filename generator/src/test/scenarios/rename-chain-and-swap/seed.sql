insert into reading (id, score, created, low, high) values (1, 10, 20, 1, 9)
