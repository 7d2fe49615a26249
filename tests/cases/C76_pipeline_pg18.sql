\startpipeline
SELECT $1 \bind 42 \sendpipeline
INSERT INTO t VALUES (1) \bind \sendpipeline
\syncpipeline
\endpipeline
