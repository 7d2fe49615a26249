SELECT $_1$ ; $_1$; SELECT 2;
