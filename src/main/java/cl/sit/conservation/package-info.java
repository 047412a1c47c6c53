/**
 * Conservation layers: priority conservation sites (Ley 19.300) and protected areas (RNAP), and later the
 * screening of investment projects against them.
 */
package cl.sit.conservation;
