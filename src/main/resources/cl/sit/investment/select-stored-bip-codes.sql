-- The BIP codes of the array bound that stored projects have (investment.ProjectImport): the file's codes joined by
-- the unique index, instead of reading every stored code (a million at national scale) for each import.
SELECT p.codigo_bip
FROM UNNEST(CAST(? AS VARCHAR ARRAY)) AS r(codigo)
JOIN investment_project p ON p.codigo_bip = r.codigo
