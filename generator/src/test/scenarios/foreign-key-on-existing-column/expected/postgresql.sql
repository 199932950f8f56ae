-- up
alter table book add constraint fkklnrv3weler2ftkweewlky958 foreign key (author_id) references author (id) not valid;
alter table book validate constraint fkklnrv3weler2ftkweewlky958;

-- down
alter table book drop constraint fkklnrv3weler2ftkweewlky958;
