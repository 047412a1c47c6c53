-- Adds to a unit's kept pair count (or header, motivo -1) what is bound: unit, reason, pairs, sum of ids.
MERGE INTO investment_unit_overlap t
USING (SELECT CAST(? AS VARCHAR(40)) AS unidad, CAST(? AS SMALLINT) AS motivo, CAST(? AS BIGINT) AS pares,
              CAST(? AS BIGINT) AS suma_ids) s
ON (t.unidad = s.unidad AND t.motivo = s.motivo)
WHEN MATCHED THEN UPDATE SET pares = t.pares + s.pares, suma_ids = t.suma_ids + s.suma_ids
WHEN NOT MATCHED THEN INSERT (unidad, motivo, pares, suma_ids) VALUES (s.unidad, s.motivo, s.pares, s.suma_ids)
