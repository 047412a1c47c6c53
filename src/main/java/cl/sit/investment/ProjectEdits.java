package cl.sit.investment;

import org.geojson.Feature;

/** Editing and removing a project at a version, as {@link ProjectEditController} asks ({@link ProjectEdit}). */
interface ProjectEdits extends ProjectVersions {

    /**
     * Replaces project {@code id} if its version is still {@code expectedVersion}; returns the new version.
     *
     * @throws ImportRejected with the errors when the feature is not a valid project (nothing changes)
     * @throws cl.sit.system.ApiException 404 when there is no such project, 412 when someone else changed it first
     */
    int replace(int id, int expectedVersion, Feature feature, String username);

    /**
     * Deletes project {@code id} if its version is still {@code expectedVersion}.
     *
     * @throws cl.sit.system.ApiException 404 when there is no such project, 412 when someone else changed it first
     */
    void remove(int id, int expectedVersion, String username);
}
