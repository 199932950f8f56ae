insert into author (name) values ('Le Guin')
insert into book (title, isbn, pages, author_id) values ('The Dispossessed', '978-0060512750', 387, 1)
