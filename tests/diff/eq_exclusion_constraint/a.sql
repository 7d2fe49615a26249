CREATE TABLE booking (
    id integer,
    during tstzrange,
    EXCLUDE USING gist (during WITH &&)
);
