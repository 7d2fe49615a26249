CREATE TABLE audit_log (
    id serial PRIMARY KEY,
    seq_no integer
);

CREATE SEQUENCE audit_log_seq_no_seq OWNED BY audit_log.seq_no;

CREATE INDEX audit_log_seq_no_idx ON audit_log (seq_no);

CREATE TABLE kept (
    id bigserial PRIMARY KEY
);

DROP TABLE audit_log;
