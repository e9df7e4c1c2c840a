package vn.hoagiai.audit;

/**
 * What happened to a record.
 */
public enum AuditAction {

	CREATE, UPDATE, WITHDRAW, DENIED, READ, EXPORT, LOGIN, LOGIN_FAILED, LOGOUT

}
