-- up
alter table book add constraint FKklnrv3weler2ftkweewlky958 foreign key (author_id) references author (id);

-- down
alter table book drop foreign key FKklnrv3weler2ftkweewlky958;
alter table book drop index if exists FKklnrv3weler2ftkweewlky958;
