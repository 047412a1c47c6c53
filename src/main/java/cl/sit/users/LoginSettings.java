package cl.sit.users;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code sit.login.*}: how many failed sign-ins are allowed, per account and per client address,
 * within {@code window} before further attempts get 429 until the window that began with the first failure ends.
 *
 * @param accountFailures failures per account (known or not)
 * @param addressFailures failures per client address, over every account
 * @param window how long failures are remembered
 */
@ConfigurationProperties("sit.login")
public record LoginSettings(
        @DefaultValue("5") int accountFailures,
        @DefaultValue("50") int addressFailures,
        @DefaultValue("15m") Duration window) {}
