SELECT documento FROM regionalization WHERE id = ?
