-- Whether a code names a unit: administrative (CUT), custom territory or former unit (105@..2007-10-02).
SELECT (SELECT COUNT(*) FROM territory WHERE cut = ?) + (SELECT COUNT(*) FROM custom_territory WHERE codigo = ?)
       + (SELECT COUNT(*) FROM former_territory WHERE cut = ?)
