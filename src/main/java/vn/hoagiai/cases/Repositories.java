package vn.hoagiai.cases;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseRepository extends JpaRepository<MediationCase, Long> {

}

interface CasePartyRepository extends JpaRepository<CaseParty, Long> {

	List<CaseParty> findByCaseIdOrderByPosition(long caseId);

}

interface CaseAssignmentRepository extends JpaRepository<CaseAssignment, Long> {

	List<CaseAssignment> findByCaseIdOrderByAssignedAt(long caseId);

}

interface CaseSessionRepository extends JpaRepository<CaseSession, Long> {

	List<CaseSession> findByCaseIdOrderByHeldOn(long caseId);

}

interface CaseFollowUpRepository extends JpaRepository<CaseFollowUp, Long> {

	List<CaseFollowUp> findByCaseIdOrderByDueOn(long caseId);

}

interface CaseAmendmentRepository extends JpaRepository<CaseAmendment, Long> {

	List<CaseAmendment> findByCaseIdOrderByMadeAt(long caseId);

}
