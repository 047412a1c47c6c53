-- The kept pair counts per strongest reason, with headers (motivo -1), of the unit bound and of unit '' (every
-- pair), if they are current: the number of projects is the one they were brought up to date with (header of unit
-- ''), and the unit has the memberships its header records. No rows of the unit: not current, the reader counts the
-- pairs instead; its header alone: it has no pairs.
SELECT t.unidad, t.motivo, t.pares
FROM investment_unit_overlap t
WHERE t.unidad IN (?, '') AND t.motivo >= -1
  AND (SELECT g.pares FROM investment_unit_overlap g WHERE g.unidad = '' AND g.motivo = -1)
      = (SELECT COUNT(*) FROM investment_project)
  AND (t.unidad = '' OR EXISTS (
        SELECT 1 FROM investment_unit_overlap h
        WHERE h.unidad = t.unidad AND h.motivo = -1
          AND h.pares = (SELECT COUNT(*) FROM investment_unit_share u WHERE u.unidad = t.unidad)
          AND h.suma_ids = (SELECT COALESCE(SUM(u.project_id), 0) FROM investment_unit_share u
                            WHERE u.unidad = t.unidad)))
