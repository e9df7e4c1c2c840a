/**
 * Users, roles, sign-in, lockout, sessions and API tokens; the security chain.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package vn.hoagiai.identity;
