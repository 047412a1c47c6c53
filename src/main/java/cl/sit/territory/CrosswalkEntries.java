package cl.sit.territory;

import java.util.List;

/** What {@link CrosswalkController} needs of the code crosswalk ({@link CodeCrosswalk} in the application). */
interface CrosswalkEntries {

    /** Every change of code, oldest first as stored. */
    List<CodeCrosswalk.Entry> entries();
}
