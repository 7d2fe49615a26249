-- a Unicode-escape string with its own escape character has no backslash, so it was not
-- read again under the changed setting: it normalized to SELECT 'dat', and the server
-- refuses the original ("String constants with Unicode escapes cannot be used when
-- standard_conforming_strings is off")
SET standard_conforming_strings = off;
SELECT U&'d!0061t' UESCAPE '!';
SELECT u&'d!0061t' uescape '!' AS lower_case;
