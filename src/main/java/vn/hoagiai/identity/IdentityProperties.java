package vn.hoagiai.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in protection settings.
 *
 * @param maxFailures wrong passwords for one account that lock it
 * @param failureWindow the window those failures must fall in
 * @param lockDuration how long the account stays locked
 * @param maxAddressFailures wrong passwords from one client address that throttle it
 * @param absoluteSessionTimeout a session ends this long after sign-in, however active
 * @param bcryptStrength cost of the BCrypt password hash
 * @param allowDemoPasswords let the application start on a server database while demo
 * accounts still have the published demo password (test and training servers only)
 */
@ConfigurationProperties("hoagiai.identity")
record IdentityProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration failureWindow,
		@DefaultValue("15m") Duration lockDuration, @DefaultValue("50") int maxAddressFailures,
		@DefaultValue("12h") Duration absoluteSessionTimeout, @DefaultValue("12") int bcryptStrength,
		@DefaultValue("false") boolean allowDemoPasswords) {

}
