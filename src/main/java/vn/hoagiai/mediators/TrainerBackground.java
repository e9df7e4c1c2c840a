package vn.hoagiai.mediators;

/**
 * Where a trainer (tập huấn viên, báo cáo viên) comes from.
 */
public enum TrainerBackground {

	JUDGE, PROSECUTOR, PEOPLES_ASSESSOR, POLICE, LAWYER, JUSTICE_OFFICIAL, LEGAL_DISSEMINATION_OFFICER, OTHER

}
