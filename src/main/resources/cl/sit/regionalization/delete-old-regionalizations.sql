DELETE FROM regionalization WHERE creado_en < (
    SELECT MIN(creado_en) FROM (SELECT creado_en FROM regionalization ORDER BY creado_en DESC LIMIT ?) kept)
