package cl.sit.users;

import java.time.Duration;

/**
 * Counts failed sign-ins per account and per client address, so that guessing passwords gets slow: once either
 * count reaches its limit within the window, attempts wait. An account that does not exist is counted like any
 * other, so the answers never tell whether it exists. One implementation keeps the counts in memory (one
 * instance); several instances behind a balancer would keep them in a shared store behind this same interface.
 */
public interface LoginThrottle {

    /** How long sign-ins for {@code username} from {@code address} must wait; {@link Duration#ZERO}: none. */
    Duration wait(String username, String address);

    /** A sign-in failed (wrong password, unknown or disabled user). */
    void failed(String username, String address);

    /** A sign-in succeeded: the account's count starts again (the address's does not). */
    void succeeded(String username);
}
