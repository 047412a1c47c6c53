-- Whether BCN's published land of a commune is stored (Los Ríos): only then does the shore tolerance apply.
SELECT COUNT(*) FROM commune_published WHERE cut = ?
