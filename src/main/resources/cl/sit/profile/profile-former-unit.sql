-- A former unit (no longer in force) by its identifier, for its profile: its parent's identifier and its source.
SELECT cut_padre, fuente FROM former_territory WHERE cut = ?
