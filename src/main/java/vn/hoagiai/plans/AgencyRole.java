package vn.hoagiai.plans;

/** Cơ quan chủ trì (lead) or cơ quan phối hợp (coordinating). */
public enum AgencyRole {

	LEAD, COORDINATING

}
