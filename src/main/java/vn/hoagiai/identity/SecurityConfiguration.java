package vn.hoagiai.identity;

import java.time.Clock;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

import vn.hoagiai.audit.AuditTrail;

/**
 * Two filter chains: the JSON API (session or bearer token, 401 problem details) and the
 * pages (form sign-in, CSRF token in a cookie for htmx, strict security headers).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	static final String[] PUBLIC_PATHS = { "/login", "/ping", "/webjars/**", "/css/**", "/js/**", "/img/**",
			"/favicon.ico", "/error", "/xac-minh/**", "/v3/api-docs/**", "/api-docs.html", "/swagger-ui/**" };

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * No observation around each filter of the chains, nor around authentication and
	 * authorisation: {@code http.server.requests} already times every request, and
	 * wrapping each of some fifteen filters in its own observation cost more CPU per
	 * signed-in request than the session read (bench/README.md, throughput).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder(IdentityProperties properties) {
		return new NormalisingPasswordEncoder(new BCryptPasswordEncoder(properties.bcryptStrength()));
	}

	@Bean
	AuthenticationManager authenticationManager(AccountDetailsService details, PasswordEncoder encoder,
			LoginThrottle throttle, AuditTrail audit, Clock clock) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(details);
		passwords.setPasswordEncoder(encoder);
		return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle, audit, clock));
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens apiTokens, IdentityProperties properties, Clock clock)
			throws Exception {
		ApiTokenFilter tokens = new ApiTokenFilter(apiTokens);
		SessionLimitFilter sessionLimit = new SessionLimitFilter(properties, clock);
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((auth) -> auth.anyRequest().authenticated())
			.addFilterBefore(tokens, BasicAuthenticationFilter.class)
			.addFilterAfter(sessionLimit, BasicAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeFilter(), SessionLimitFilter.class)
			.csrf((csrf) -> csrf.spa().ignoringRequestMatchers(ApiTokenFilter::hasBearerToken))
			.exceptionHandling((ex) -> ex.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER));
		headers(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager authentication, SignInHandlers handlers,
			IdentityProperties properties, Clock clock) throws Exception {
		SessionLimitFilter sessionLimit = new SessionLimitFilter(properties, clock);
		HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
		requestCache.setMatchingRequestParameterName(null);
		// Named explicitly: otherwise Spring Security builds its own provider from the
		// UserDetailsService bean and the lockout would be bypassed.
		http.authenticationManager(authentication);
		http.authorizeHttpRequests((auth) -> auth.requestMatchers(PUBLIC_PATHS)
			.permitAll()
			.requestMatchers(EndpointRequest.to("health"))
			.permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint())
			.hasRole("ADMIN")
			.requestMatchers("/admin/users", "/admin/users/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").successHandler(handlers).failureHandler(handlers).permitAll())
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.deleteCookies("HOAGIAI_SESSION"))
			.requestCache((cache) -> cache.requestCache(requestCache))
			.csrf((csrf) -> csrf.spa())
			.addFilterAfter(sessionLimit, BasicAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeFilter(), SessionLimitFilter.class)
			.sessionManagement((s) -> s.sessionFixation((f) -> f.changeSessionId()));
		headers(http);
		return http.build();
	}

	private static void headers(HttpSecurity http) throws Exception {
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CSP))
			.frameOptions((frame) -> frame.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.contentTypeOptions((nosniff) -> {
			}));
	}

}
