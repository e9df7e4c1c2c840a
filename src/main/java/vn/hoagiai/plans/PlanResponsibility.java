package vn.hoagiai.plans;

/**
 * What one party must do to implement the plan (section VI, tổ chức thực hiện): the
 * agency when it is one in the agency list, its name as the plan writes it, and its
 * duties.
 */
public record PlanResponsibility(Long agencyId, String party, String duties) {

}
