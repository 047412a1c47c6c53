package cl.sit.system;

import org.slf4j.Logger;

/**
 * How long the phases of one large piece of work take, written as one DEBUG line on the caller's logger when it is
 * done ({@code logging.level.cl.sit.investment=DEBUG}): where an import batch spends its time at a million projects.
 * Costs two clock reads per phase when DEBUG is off.
 */
public final class Phases {

    private final Logger log;
    private final String what;
    private final StringBuilder out = new StringBuilder();
    private long last = System.nanoTime();

    private Phases(Logger log, String what) {
        this.log = log;
        this.what = what;
    }

    /** Starts timing {@code what} (e.g. "link 100000 projects"). */
    public static Phases start(Logger log, String what) {
        return new Phases(log, what);
    }

    /** Ends the phase running since the last mark (or the start) and names it. */
    public void mark(String phase) {
        long now = System.nanoTime();
        if (log.isDebugEnabled()) {
            out.append(out.isEmpty() ? "" : ", ")
                    .append(phase)
                    .append(' ')
                    .append((now - last) / 1_000_000)
                    .append(" ms");
        }
        last = now;
    }

    /** Writes the line. */
    public void done() {
        if (log.isDebugEnabled()) {
            log.debug("{}: {}", what, out);
        }
    }
}
