SELECT cut, SUM(poblacion_2017) FROM census_zone GROUP BY cut
