/**
 * What the HTML pages share, wherever their controller lives: the header model ({@link cl.sit.web.PageModel} for
 * controllers marked {@link cl.sit.web.Page}), whether an API path is served ({@link cl.sit.web.ApiAvailability}),
 * and the one page with no capability of its own, open data ({@code /datos-abiertos}). Each capability keeps its
 * page controller: the profile in {@code profile}, the dashboard in {@code agenda21}, the editor in
 * {@code editing}, and so on.
 *
 * <p>Owns no table.
 */
@Owns
package cl.sit.web;

import cl.sit.system.Owns;
