package vn.hoagiai.plans;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRepository extends JpaRepository<Plan, Long> {

	List<Plan> findByParentIdOrderById(Long parentId);

	Optional<Plan> findFirstByNumberSymbol(String numberSymbol);

}

interface PhaseRepository extends JpaRepository<Phase, Long> {

	List<Phase> findByPlanIdOrderByNumber(Long planId);

}

interface TargetRepository extends JpaRepository<Target, Long> {

	List<Target> findByPlanIdOrderByPosition(Long planId);

}

interface ResponsibilityRepository extends JpaRepository<Responsibility, Long> {

	List<Responsibility> findByPlanIdOrderByPosition(Long planId);

}

interface PlanTaskRepository extends JpaRepository<PlanTask, Long> {

	List<PlanTask> findByPlanIdOrderByPosition(Long planId);

	List<PlanTask> findByIdIn(Collection<Long> ids);

}

interface TaskAgencyRepository extends JpaRepository<TaskAgency, Long> {

	List<TaskAgency> findByTaskIdInOrderByValidFromAscIdAsc(Collection<Long> taskIds);

	List<TaskAgency> findByAgencyIdAndValidToIsNull(Long agencyId);

	List<TaskAgency> findByValidToIsNull();

}

interface TaskYearRepository extends JpaRepository<TaskYear, Long> {

	List<TaskYear> findByTaskIdInOrderByYear(Collection<Long> taskIds);

	Optional<TaskYear> findByTaskIdAndYear(Long taskId, int year);

}

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	List<Evidence> findByTaskYearIdInAndWithdrawnFalseOrderById(Collection<Long> taskYearIds);

	List<Evidence> findByTaskYearIdIn(Collection<Long> taskYearIds);

}

interface HandoverRepository extends JpaRepository<Handover, Long> {

}

interface InspectionRepository extends JpaRepository<Inspection, Long> {

	List<Inspection> findAllByOrderByVisitedOnDescIdDesc();

}

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

	List<Recommendation> findByInspectionIdInOrderByDueOnAscIdAsc(Collection<Long> inspectionIds);

}

interface SurveyRepository extends JpaRepository<Survey, Long> {

	List<Survey> findAllByOrderByOpensOnDescIdDesc();

}

interface QuestionRepository extends JpaRepository<Question, Long> {

	List<Question> findBySurveyIdOrderByPosition(Long surveyId);

}

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

}

interface AnswerRepository extends JpaRepository<Answer, Long> {

}
