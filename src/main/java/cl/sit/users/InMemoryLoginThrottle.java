package cl.sit.users;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * {@link LoginThrottle} in memory, for one instance: a count and the time of the first failure per account and per
 * address, forgotten when the window ends. Bounded in size, so a flood of made-up user names cannot exhaust memory
 * (the least recently used counts go first).
 */
@Component
class InMemoryLoginThrottle implements LoginThrottle {

    private static final int MAX_KEYS = 100_000;
    private static final int MAX_NAME = 61;

    /** Failures since {@code since}. */
    private record Count(int failures, Instant since) {}

    private final LoginSettings settings;
    private final Clock clock;
    private final Cache<String, Count> accounts;
    private final Cache<String, Count> addresses;

    InMemoryLoginThrottle(LoginSettings settings) {
        this.settings = settings;
        this.clock = Clock.systemUTC();
        this.accounts = Caffeine.newBuilder()
                .maximumSize(MAX_KEYS)
                .expireAfterWrite(settings.window())
                .build();
        this.addresses = Caffeine.newBuilder()
                .maximumSize(MAX_KEYS)
                .expireAfterWrite(settings.window())
                .build();
    }

    @Override
    public Duration wait(String username, String address) {
        Duration account = wait(accounts.getIfPresent(key(username)), settings.accountFailures());
        Duration client = wait(addresses.getIfPresent(address), settings.addressFailures());
        return account.compareTo(client) >= 0 ? account : client;
    }

    @Override
    public void failed(String username, String address) {
        count(accounts, key(username));
        count(addresses, address);
    }

    @Override
    public void succeeded(String username) {
        accounts.invalidate(key(username));
    }

    private Duration wait(Count count, int limit) {
        if (count == null || count.failures() < limit) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), count.since().plus(settings.window()));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private void count(Cache<String, Count> counts, String key) {
        Instant now = clock.instant();
        counts.asMap()
                .compute(
                        key,
                        (k, c) -> c == null || !now.isBefore(c.since().plus(settings.window()))
                                ? new Count(1, now)
                                : new Count(c.failures() + 1, c.since()));
    }

    /**
     * User names are compared as SIT stores them (lower case), so {@code Admin} and {@code admin} count once; cut to
     * the longest valid name plus one, so made-up names of kilobytes cannot fill memory.
     */
    private static String key(String username) {
        String name = username.length() > MAX_NAME ? username.substring(0, MAX_NAME) : username;
        return name.toLowerCase(Locale.ROOT);
    }
}
