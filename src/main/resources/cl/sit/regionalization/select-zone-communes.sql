SELECT cut, comuna, COUNT(*) FROM census_zone GROUP BY cut, comuna ORDER BY cut
