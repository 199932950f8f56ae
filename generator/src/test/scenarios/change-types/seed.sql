insert into account (visits, note, balance, bio, score) values (2147483647, 'kept', 12345678.91, 'short bio', '42')
