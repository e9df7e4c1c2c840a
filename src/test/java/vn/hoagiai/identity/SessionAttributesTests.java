package vn.hoagiai.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;

class SessionAttributesTests {

	private final ConversionService store = SessionAttributes.conversionService(getClass().getClassLoader());

	@Test
	void aSignedInUsersContextComesBackWhole() {
		SignedInUser user = new SignedInUser(
				new Viewer(42, "totruong.demo", UnitId.of(23), Set.of(Role.TEAM_LEADER, Role.MEDIATOR)),
				"Tổ trưởng tổ hòa giải", null, true, true);
		Instant signedInAt = Instant.parse("2026-11-26T03:49:53.353428592Z");
		List<GrantedAuthority> granted = new ArrayList<>(user.getAuthorities());
		granted.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
			.issuedAt(signedInAt)
			.build());
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(user, null,
				granted);
		token.setDetails(new WebAuthenticationDetails("10.0.0.7", "abc-123"));
		SecurityContext context = new SecurityContextImpl(token);

		byte[] stored = write(context);
		SecurityContext read = (SecurityContext) read(stored);

		assertThat(stored.length).isLessThan(200);
		SignedInUser copy = (SignedInUser) read.getAuthentication().getPrincipal();
		assertThat(copy.viewer()).isEqualTo(user.viewer());
		assertThat(copy.displayName()).isEqualTo("Tổ trưởng tổ hòa giải");
		assertThat(copy.mustChangePassword()).isTrue();
		assertThat(copy.isEnabled()).isTrue();
		assertThat(copy.getPassword()).isNull();
		assertThat(read.getAuthentication().isAuthenticated()).isTrue();
		assertThat(read.getAuthentication().getCredentials()).isNull();
		assertThat(List.copyOf(read.getAuthentication().getAuthorities())).isEqualTo(granted);
		assertThat(read.getAuthentication().getAuthorities()).last()
			.isInstanceOfSatisfying(FactorGrantedAuthority.class,
					(factor) -> assertThat(factor.getIssuedAt()).isEqualTo(signedInAt));
		assertThat(read.getAuthentication().getDetails())
			.isEqualTo(new WebAuthenticationDetails("10.0.0.7", "abc-123"));
	}

	@Test
	void aContextStoredBeforeInJavaFormIsStillRead() {
		SecurityContext context = signedIn((SignedInUser) IdentityFixtures.ducXuanOfficer(), null);
		byte[] java = new SerializingConverter().convert(context);

		SecurityContext read = (SecurityContext) read(java);

		assertThat(((SignedInUser) read.getAuthentication().getPrincipal()).viewer())
			.isEqualTo(((SignedInUser) context.getAuthentication().getPrincipal()).viewer());
	}

	@Test
	void otherValuesKeepJavaSerialisation() {
		byte[] stored = write(Locale.forLanguageTag("vi"));

		assertThat(stored[0]).isEqualTo((byte) 0xAC);
		assertThat(read(stored)).isEqualTo(Locale.forLanguageTag("vi"));
	}

	@Test
	void aSignInTheSmallFormCannotHoldWhollyKeepsJavaSerialisation() {
		SignedInUser user = (SignedInUser) IdentityFixtures.ducXuanOfficer();
		UsernamePasswordAuthenticationToken withCredentials = UsernamePasswordAuthenticationToken.authenticated(user,
				"secret", user.getAuthorities());
		GrantedAuthority unknownKind = () -> "X";
		UsernamePasswordAuthenticationToken extraAuthority = UsernamePasswordAuthenticationToken.authenticated(user,
				null, List.of(unknownKind));

		assertThat(write(new SecurityContextImpl(withCredentials))[0]).isEqualTo((byte) 0xAC);
		assertThat(write(new SecurityContextImpl(extraAuthority))[0]).isEqualTo((byte) 0xAC);
	}

	private static SecurityContext signedIn(SignedInUser user, WebAuthenticationDetails details) {
		UsernamePasswordAuthenticationToken signIn = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
		signIn.setDetails(details);
		return new SecurityContextImpl(signIn);
	}

	private byte[] write(Object value) {
		return (byte[]) this.store.convert(value, TypeDescriptor.valueOf(Object.class),
				TypeDescriptor.valueOf(byte[].class));
	}

	private Object read(byte[] bytes) {
		return this.store.convert(bytes, TypeDescriptor.valueOf(byte[].class), TypeDescriptor.valueOf(Object.class));
	}

}
