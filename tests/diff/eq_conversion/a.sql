create default conversion latin1_to_utf8_x for 'latin1' to 'utf8' from iso8859_1_to_utf8;

create conversion utf8_to_latin1_x for 'UTF8' to 'ISO88591' from utf8_to_iso8859_1;
