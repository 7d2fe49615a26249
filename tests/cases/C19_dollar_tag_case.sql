SELECT $a$ x; $A$ y; $a$; SELECT 2;
