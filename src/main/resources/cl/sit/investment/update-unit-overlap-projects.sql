-- Records in the header of unit '' the number of projects the kept pair counts agree with.
UPDATE investment_unit_overlap SET pares = ? WHERE unidad = '' AND motivo = -1
