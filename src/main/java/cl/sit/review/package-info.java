/**
 * The review of editable layers: comments on a feature while its commune's layer is reviewed (who, when, text;
 * open or resolved), shown in the editor and counted per layer and commune on the Agenda 21 dashboard.
 */
package cl.sit.review;
