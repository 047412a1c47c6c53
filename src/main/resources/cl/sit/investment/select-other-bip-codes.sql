-- Whether another project than the one edited has this BIP code (investment.ProjectEdit).
SELECT codigo_bip FROM investment_project WHERE codigo_bip = ? AND id <> ?
