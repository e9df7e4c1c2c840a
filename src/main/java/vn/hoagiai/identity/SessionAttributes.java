package vn.hoagiai.identity;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.DefaultDeserializer;
import org.springframework.core.serializer.DefaultSerializer;
import org.springframework.core.serializer.Deserializer;
import org.springframework.core.serializer.Serializer;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Viewer;

/**
 * How the session store writes attribute values: a signed-in user's security context in a
 * small form of its own, every other value with Java serialisation as Spring Session
 * does.
 * <p>
 * Java serialisation wrote the security context in about 1.5 kB, mostly the descriptions
 * of a dozen classes, and every authenticated request read it back: some 17 µs of CPU and
 * a fifth of the garbage of a small request. The small form holds the same facts (the
 * user, their unit and roles as signed in, the sign-in's address and session) in about
 * 150 bytes. It starts with a marker and a version; a value without the marker (a session
 * stored before, or any other attribute) is read as Java serialisation.
 */
final class SessionAttributes implements Serializer<Object>, Deserializer<Object> {

	private static final byte[] MARKER = { 'H', 'G', 'S', 'C' };

	private static final int VERSION = 1;

	private static final int SIMPLE = 'S';

	private static final int FACTOR = 'F';

	private final Serializer<Object> java = new DefaultSerializer();

	private final Deserializer<Object> javaReader;

	SessionAttributes(ClassLoader classLoader) {
		this.javaReader = new DefaultDeserializer(classLoader);
	}

	/** Spring Session's converters for attribute values, with this form. */
	static GenericConversionService conversionService(ClassLoader classLoader) {
		SessionAttributes attributes = new SessionAttributes(classLoader);
		GenericConversionService service = new GenericConversionService();
		service.addConverter(Object.class, byte[].class, new SerializingConverter(attributes));
		service.addConverter(byte[].class, Object.class, new DeserializingConverter(attributes));
		return service;
	}

	@Override
	public void serialize(Object value, OutputStream out) throws IOException {
		Authentication signIn = signedInUser(value);
		if (signIn == null) {
			this.java.serialize(value, out);
			return;
		}
		SignedInUser user = (SignedInUser) signIn.getPrincipal();
		Viewer viewer = user.viewer();
		DataOutputStream data = new DataOutputStream(out);
		data.write(MARKER);
		data.writeByte(VERSION);
		data.writeLong(viewer.userId());
		data.writeUTF(viewer.username());
		data.writeLong(viewer.unitId().value());
		data.writeUTF(viewer.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")));
		data.writeUTF(user.displayName());
		data.writeBoolean(user.isEnabled());
		data.writeBoolean(user.mustChangePassword());
		data.writeShort(signIn.getAuthorities().size());
		for (GrantedAuthority granted : signIn.getAuthorities()) {
			if (granted instanceof FactorGrantedAuthority factor) {
				data.writeByte(FACTOR);
				data.writeUTF(factor.getAuthority());
				data.writeLong(factor.getIssuedAt().getEpochSecond());
				data.writeInt(factor.getIssuedAt().getNano());
			}
			else {
				data.writeByte(SIMPLE);
				data.writeUTF(granted.getAuthority());
			}
		}
		WebAuthenticationDetails details = (WebAuthenticationDetails) signIn.getDetails();
		data.writeBoolean(details != null);
		if (details != null) {
			writeNullable(data, details.getRemoteAddress());
			writeNullable(data, details.getSessionId());
		}
		data.flush();
	}

	@Override
	public Object deserialize(InputStream in) throws IOException {
		byte[] bytes = in.readAllBytes();
		if (bytes.length <= MARKER.length || !Arrays.equals(bytes, 0, MARKER.length, MARKER, 0, MARKER.length)) {
			return this.javaReader.deserialize(new ByteArrayInputStream(bytes));
		}
		DataInputStream data = new DataInputStream(
				new ByteArrayInputStream(bytes, MARKER.length, bytes.length - MARKER.length));
		int version = data.readUnsignedByte();
		if (version != VERSION) {
			throw new IOException("unknown session attribute form " + version);
		}
		long userId = data.readLong();
		String username = data.readUTF();
		long unitId = data.readLong();
		String roleNames = data.readUTF();
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (!roleNames.isEmpty()) {
			Arrays.stream(roleNames.split(",")).map(Role::valueOf).forEach(roles::add);
		}
		String displayName = data.readUTF();
		boolean enabled = data.readBoolean();
		boolean mustChangePassword = data.readBoolean();
		SignedInUser user = new SignedInUser(new Viewer(userId, username, UnitId.of(unitId), roles), displayName, null,
				enabled, mustChangePassword);
		int count = data.readUnsignedShort();
		List<GrantedAuthority> authorities = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int kind = data.readUnsignedByte();
			String authority = data.readUTF();
			authorities.add((kind == FACTOR) ? FactorGrantedAuthority.withAuthority(authority)
				.issuedAt(Instant.ofEpochSecond(data.readLong(), data.readInt()))
				.build() : new SimpleGrantedAuthority(authority));
		}
		UsernamePasswordAuthenticationToken signIn = UsernamePasswordAuthenticationToken.authenticated(user, null,
				authorities);
		if (data.readBoolean()) {
			signIn.setDetails(new WebAuthenticationDetails(readNullable(data), readNullable(data)));
		}
		return new SecurityContextImpl(signIn);
	}

	/**
	 * The sign-in held by {@code value} if the small form keeps all of it: a security
	 * context of a user signed in with a password (checked and erased), as Spring
	 * Security and {@link SignedInUser} make it; anything else goes to Java
	 * serialisation.
	 */
	private static Authentication signedInUser(Object value) {
		if (value == null || value.getClass() != SecurityContextImpl.class) {
			return null;
		}
		Authentication signIn = ((SecurityContextImpl) value).getAuthentication();
		if (signIn == null || signIn.getClass() != UsernamePasswordAuthenticationToken.class
				|| !signIn.isAuthenticated() || signIn.getCredentials() != null
				|| !(signIn.getPrincipal() instanceof SignedInUser user) || user.getPassword() != null) {
			return null;
		}
		if (signIn.getDetails() != null && signIn.getDetails().getClass() != WebAuthenticationDetails.class) {
			return null;
		}
		for (GrantedAuthority granted : signIn.getAuthorities()) {
			if (granted.getClass() != SimpleGrantedAuthority.class
					&& granted.getClass() != FactorGrantedAuthority.class) {
				return null;
			}
		}
		return signIn;
	}

	private static void writeNullable(DataOutputStream data, String value) throws IOException {
		data.writeBoolean(value != null);
		if (value != null) {
			data.writeUTF(value);
		}
	}

	private static String readNullable(DataInputStream data) throws IOException {
		return data.readBoolean() ? data.readUTF() : null;
	}

}
