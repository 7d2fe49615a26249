CREATE TABLE t (
    id integer,
    owner_name text
);

ALTER TABLE t ENABLE ROW LEVEL SECURITY;

CREATE POLICY t_own ON t FOR SELECT USING (owner_name = current_user);
