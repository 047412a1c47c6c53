package cl.sit.profile;

import java.util.List;
import java.util.Optional;

/**
 * What {@link TerritoryProfileController} and {@link TerritoryPageController} need of the profiles
 * ({@link TerritoryProfiles} in the application).
 */
interface ProfileData {

    /** The profile of a unit or custom territory, or empty when there is none with that code. */
    Optional<TerritoryProfile> find(String code, ProfileQuery q);

    /** Its projects ranked by their amount in it, or empty when there is no territory with that code. */
    Optional<List<TopProject>> projects(String code, ProfileQuery q);

    /**
     * Every territory with a profile, as references: administrative units by CUT (their level in {@code nivel})
     * and custom territories ({@code nivel = personalizado}).
     */
    List<TerritoryProfile.Ref> index();
}
