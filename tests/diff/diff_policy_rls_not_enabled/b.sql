CREATE TABLE t (
    id integer,
    owner_name text
);

CREATE POLICY t_own ON t FOR SELECT USING (owner_name = current_user);
