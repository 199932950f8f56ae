-- up
alter table book rename constraint fk_book_author to book_author_fkey;
alter table book rename constraint uk_book_isbn to book_isbn_key;
alter table book rename constraint ck_book_pages to book_pages_check;
alter index idx_book_title rename to book_title_idx;

-- down
alter index book_title_idx rename to idx_book_title;
alter table book rename constraint book_pages_check to ck_book_pages;
alter table book rename constraint book_isbn_key to uk_book_isbn;
alter table book rename constraint book_author_fkey to fk_book_author;
