-- Today's communes, for the dashboard's commune filter and the names of its commune breakdown.
SELECT cut, nombre FROM territory WHERE nivel = 'comuna' ORDER BY cut
