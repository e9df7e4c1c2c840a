package vn.hoagiai.identity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignedInUserTests {

	@Test
	void survivesTheSessionStoresSerialisation() throws IOException, ClassNotFoundException {
		SignedInUser user = (SignedInUser) IdentityFixtures.ducXuanOfficer();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(user);
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			SignedInUser copy = (SignedInUser) in.readObject();
			assertThat(copy.viewer()).isEqualTo(user.viewer());
			assertThat(copy.getAuthorities().stream().map(Object::toString))
				.containsExactlyInAnyOrder("ROLE_COMMUNE_OFFICER");
		}
	}

	@Test
	void passwordChangeLiftsTheMustChangeFlag() {
		SignedInUser user = (SignedInUser) IdentityFixtures.officerWithTemporaryPassword();
		assertThat(user.mustChangePassword()).isTrue();
		assertThat(user.passwordChanged().mustChangePassword()).isFalse();
		assertThat(user.passwordChanged().viewer()).isEqualTo(user.viewer());
	}

}
