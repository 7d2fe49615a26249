CREATE TABLE t (
    id integer,
    a text
);

CREATE TABLE t_log (
    id integer,
    a text
);

CREATE RULE t_log_ins AS ON INSERT TO t DO ALSO INSERT INTO t_log VALUES (NEW.id, NEW.a);
