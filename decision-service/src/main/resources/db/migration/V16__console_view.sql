-- Who saw which console page, with which filters, when (DESIGN, Faces); listed for governance and auditors.
create table console_view (
    id varchar(36) primary key,
    viewer varchar(200) not null,
    roles varchar(200) not null,
    path varchar(300) not null,
    query_string varchar(2000),
    subject varchar(300) not null,
    viewed_at timestamp(6) with time zone not null
);
