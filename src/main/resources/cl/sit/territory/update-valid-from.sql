UPDATE territory SET vigente_desde = ? WHERE cut = ?
