-- A layer's style (LayerStyles): path options and classes by an attribute's values.
UPDATE layer SET style = ? WHERE id = ?
