-- The number of projects the kept pair counts were brought up to date with (header of unit ''), and the number now.
SELECT (SELECT t.pares FROM investment_unit_overlap t WHERE t.unidad = '' AND t.motivo = -1),
       (SELECT COUNT(*) FROM investment_project)
