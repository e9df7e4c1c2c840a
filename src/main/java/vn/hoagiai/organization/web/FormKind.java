package vn.hoagiai.organization.web;

import java.util.Arrays;
import java.util.Optional;

import vn.hoagiai.organization.ReorganisationKind;

/**
 * The reorganisation forms and the paths they live under.
 */
enum FormKind {

	MERGE("merge", ReorganisationKind.MERGE), SPLIT("split", ReorganisationKind.SPLIT),
	RENAME("rename", ReorganisationKind.RENAME), MOVE("move", ReorganisationKind.MOVE),
	ABOLISH("abolish", ReorganisationKind.ABOLISH_LEVEL);

	private final String path;

	private final ReorganisationKind kind;

	FormKind(String path, ReorganisationKind kind) {
		this.path = path;
		this.kind = kind;
	}

	public String getPath() {
		return this.path;
	}

	public ReorganisationKind getKind() {
		return this.kind;
	}

	static Optional<FormKind> of(String path) {
		return Arrays.stream(values()).filter((k) -> k.path.equals(path)).findFirst();
	}

}
