-- up
alter table book drop foreign key fk_book_author;
alter table book drop index if exists fk_book_author;
alter table book drop constraint ck_book_pages;
alter table book rename index uk_book_isbn to book_isbn_key;
alter table book rename index idx_book_title to book_title_idx;
alter table book add constraint book_pages_check check (pages > 0);
alter table book add constraint book_author_fkey foreign key (author_id) references author (id);

-- down
alter table book drop foreign key book_author_fkey;
alter table book drop index if exists book_author_fkey;
alter table book drop constraint book_pages_check;
alter table book rename index book_title_idx to idx_book_title;
alter table book rename index book_isbn_key to uk_book_isbn;
alter table book add constraint ck_book_pages check (`pages` > 0);
alter table book add constraint fk_book_author foreign key (author_id) references author (id);
