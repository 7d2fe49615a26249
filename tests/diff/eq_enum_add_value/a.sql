CREATE TYPE mood AS ENUM ('sad', 'happy');

ALTER TYPE mood ADD VALUE 'ecstatic';

ALTER TYPE mood ADD VALUE 'ok' BEFORE 'happy';
