\set v 1
SELECT :undefined_var;
SELECT :{?v}, :{?undefined_var};
SELECT :"v";
