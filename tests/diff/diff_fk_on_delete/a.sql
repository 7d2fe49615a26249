CREATE TABLE p (
    id integer PRIMARY KEY
);

CREATE TABLE t (
    id integer PRIMARY KEY,
    pid integer,
    CONSTRAINT t_pid_fkey FOREIGN KEY (pid) REFERENCES p (id) ON DELETE CASCADE
);
