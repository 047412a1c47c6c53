/**
 * Loading of the data sets SIT ships (under {@code data/}, inside the jar as {@code seed/}) on first start. Each
 * {@link cl.sit.seed.SeedDataset} is loaded in its own transaction together with its row in the {@code dataset}
 * table, so a restart skips what is there and a failure leaves nothing half-loaded. Other packages change a row
 * only through {@link cl.sit.seed.Datasets}.
 *
 * <p>Owns {@code dataset}.
 */
@Owns(tables = {"dataset"})
package cl.sit.seed;

import cl.sit.system.Owns;
