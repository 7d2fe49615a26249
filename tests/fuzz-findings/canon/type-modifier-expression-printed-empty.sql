CREATE TABLE t (a inte (b >= 0), c numeric (1 + 1));
