select count(*) from book b join author a on a.id = b.author_id where b.title = 'Excession' and a.name = 'Iain'
select count(*) from book where author_id is null
