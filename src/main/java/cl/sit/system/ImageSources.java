package cl.sit.system;

import java.util.List;

/** Origins besides SIT's own that pages may load images from (the base maps' tile servers), for the CSP. */
public interface ImageSources {

    /** Origins such as {@code https://tile.openstreetmap.org}. */
    List<String> origins();
}
