package vn.hoagiai.mediators;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One search key of a mediator's name ({@link NameTokens}) with the whole folded name
 * beside it, so that a search reads its page in name order from the keys' index alone.
 */
@Embeddable
class NameKey {

	@Column(name = "token", nullable = false)
	private String token;

	@Column(name = "name_folded", nullable = false)
	private String nameFolded;

	protected NameKey() {
	}

	NameKey(String token, String nameFolded) {
		this.token = token;
		this.nameFolded = nameFolded;
	}

	/** The keys of a full name, whose folded form is {@code folded}. */
	static Set<NameKey> of(String fullName, String folded) {
		return NameTokens.of(fullName).stream().map((t) -> new NameKey(t, folded)).collect(Collectors.toSet());
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof NameKey key && this.token.equals(key.token) && this.nameFolded.equals(key.nameFolded);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.token, this.nameFolded);
	}

}
