SELECT cut, edad_desde, SUM(poblacion) FROM population_age WHERE cut LIKE ? GROUP BY cut, edad_desde
