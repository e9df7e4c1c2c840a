package vn.hoagiai.organization;

/**
 * The operations that change the administrative map.
 */
public enum ReorganisationKind {

	MERGE, SPLIT, RENAME, MOVE, ABOLISH_LEVEL

}
