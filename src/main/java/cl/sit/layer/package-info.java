/**
 * Layers and their features. The {@link cl.sit.layer.LayerRegistry} describes every collection SIT serves (Spanish
 * title, table, geometry type, attribute schema, style); the {@link cl.sit.layer.FeatureStore} reads features of a
 * registered layer from H2GIS or PostGIS, using only names from the registry; {@link cl.sit.layer.LayerGenerations}
 * counts each layer's changes for HTTP validators.
 *
 * <p>Owns {@code layer}, {@code layer_generation}.
 *
 * <p>Owns {@code layer}, {@code layer_generation}.
 */
@Owns(tables = {"layer", "layer_generation"})
package cl.sit.layer;

import cl.sit.system.Owns;
