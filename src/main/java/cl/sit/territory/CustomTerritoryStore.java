package cl.sit.territory;

import java.util.List;
import java.util.Optional;

/** What {@link CustomTerritoryController} needs of the custom territories ({@link CustomTerritories}). */
interface CustomTerritoryStore {

    /** Validates and saves {@code request} as {@code user}'s, or throws the API error that says why not. */
    CustomTerritory create(CustomTerritoryRequest request, String user);

    List<CustomTerritory> all();

    Optional<CustomTerritory> find(String code);
}
