create default conversion latin1_to_utf8_x for 'latin1' to 'utf8' from iso8859_1_to_utf8;
