CREATE TABLE t (a int);
not sql at all ;  
