-- don't split here; $$
SELECT 1;
/* it's; $$ */ SELECT 2;
