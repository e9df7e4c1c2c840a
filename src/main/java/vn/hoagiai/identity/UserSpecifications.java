package vn.hoagiai.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

import vn.hoagiai.organization.VisibleUnits;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.VietnameseText;

/**
 * The administrators' user search as a JPA criteria query, limited to the units they may
 * see.
 */
final class UserSpecifications {

	private UserSpecifications() {
	}

	static Specification<UserAccount> matching(UserFilter filter, VisibleUnits visible) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (!visible.all()) {
				where.add(visible.ids().isEmpty() ? cb.disjunction() : root.get("unitId").in(visible.ids()));
			}
			String text = VietnameseText.clean(filter.text());
			if (text != null && !text.isEmpty()) {
				String pattern = "%" + escape(text.toLowerCase(Locale.ROOT)) + "%";
				where.add(cb.or(cb.like(cb.lower(root.get("username")), pattern, '\\'),
						cb.like(cb.lower(root.get("displayName")), pattern, '\\')));
			}
			if (filter.unitId() != null) {
				where.add(cb.equal(root.get("unitId"), filter.unitId()));
			}
			if (filter.role() != null) {
				where.add(cb.isMember(filter.role(), root.<Set<Role>>get("roles")));
			}
			if (filter.active() != null) {
				where.add(cb.equal(root.get("active"), filter.active()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
