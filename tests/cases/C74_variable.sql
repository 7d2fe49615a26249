\set cmds 'SELECT 1; SELECT 2'
SELECT 0;
:cmds;
SELECT :'cmds';
SELECT ':cmds;';
