package vn.hoagiai.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.organization.VisibleUnits;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Viewer;

/**
 * Surveys (khảo sát) of mediators or teams: officers create a questionnaire for their
 * unit; people below it answer in the app while it is open (their response counted for
 * their own unit), officers enter paper forms for a unit they see; results are counted
 * per unit directly below the survey's unit. Responses carry no personal data.
 */
@Service
@Transactional(readOnly = true)
public class SurveyService {

	private static final String RECORD = "PlanSurvey";

	private final SurveyRepository surveys;

	private final QuestionRepository questions;

	private final SurveyResponseRepository responses;

	private final AnswerRepository answers;

	private final UnitScope scope;

	private final UnitDirectory units;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	SurveyService(SurveyRepository surveys, QuestionRepository questions, SurveyResponseRepository responses,
			AnswerRepository answers, UnitScope scope, UnitDirectory units, JdbcClient jdbc, AuditTrail audit) {
		this.surveys = surveys;
		this.questions = questions;
		this.responses = responses;
		this.answers = answers;
		this.scope = scope;
		this.units = units;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Surveys of the viewer's units and of the units above them that reach them. */
	public List<SurveyView> list() {
		Viewer viewer = CurrentViewer.require();
		VisibleUnits visible = this.scope.visibleUnits(viewer);
		return this.surveys.findAllByOrderByOpensOnDescIdDesc()
			.stream()
			.filter((s) -> visible.contains(s.getUnitId()) || reaches(s, viewer))
			.map(this::view)
			.toList();
	}

	/** The units the viewer sees today, parents before children, for choosing one. */
	public List<UnitView> units() {
		return this.units.visible(this.scope.visibleUnits(), LocalDate.now());
	}

	public SurveyView view(long id) {
		return view(visible(id));
	}

	@Transactional
	public long create(SurveyDetails details, List<QuestionSpec> specs) {
		if (!PlanAccess.isOfficer(CurrentViewer.require())) {
			throw new AccessDeniedException("Officers create surveys");
		}
		InvalidInput.throwIfAny(SurveyRules.check(details, specs));
		this.scope.requireUnit(details.unitId());
		Survey survey = this.surveys.save(new Survey(details));
		for (int i = 0; i < specs.size(); i++) {
			this.questions.save(new Question(survey.getId(), i + 1, specs.get(i)));
		}
		this.audit.created(RECORD, survey.getId(), details.unitId(),
				Changes.of("title", null, details.title())
					.field("audience", null, details.audience())
					.field("questions", null, specs.size()));
		return survey.getId();
	}

	/**
	 * Records one filled-in questionnaire. In the app: while the survey is open, for the
	 * viewer's own unit. From paper: by an officer, for {@code unit} (a unit below the
	 * survey's that the officer sees).
	 */
	@Transactional
	public long respond(long surveyId, ResponseSource source, UnitId unit, List<AnswerInput> input) {
		Survey survey = visible(surveyId);
		Viewer viewer = CurrentViewer.require();
		UnitId respondent = (source == ResponseSource.PAPER) ? unit : viewer.unitId();
		List<FieldProblem> problems = new ArrayList<>();
		if (source == ResponseSource.PAPER && !PlanAccess.isOfficer(viewer)) {
			throw new AccessDeniedException("Officers enter paper forms");
		}
		if (source == ResponseSource.APP && !survey.isOpenOn(LocalDate.now())) {
			problems.add(FieldProblem.of("survey", "plans.survey.closed"));
		}
		if (respondent == null || !below(survey, respondent)
				|| (source == ResponseSource.PAPER && !this.scope.visibleUnits(viewer).contains(respondent))) {
			problems.add(FieldProblem.of("unitId", "plans.survey.unit"));
		}
		List<QuestionView> asked = questionsOf(survey);
		problems.addAll(SurveyRules.answers(asked, input));
		InvalidInput.throwIfAny(problems);
		SurveyResponse response = this.responses
			.save(new SurveyResponse(survey.getId(), respondent.value(), source, viewer.username()));
		input.stream()
			.filter((a) -> a.choice() != null || (a.text() != null && !a.text().isBlank()))
			.forEach((a) -> this.answers.save(new Answer(response.getId(), a)));
		this.audit.created("PlanSurveyResponse", response.getId(), respondent,
				Changes.of("surveyId", null, surveyId).field("source", null, source));
		return response.getId();
	}

	/**
	 * The answers counted per question, overall and per unit directly below the survey's.
	 */
	public SurveyResults results(long id) {
		Survey survey = visible(id);
		Map<Long, String> groups = new HashMap<>();
		List<SurveyResults.Row> rows = this.jdbc.sql("""
				select r.id, r.unit_id, a.question_id, a.choice, a.text from pln_answer a
				join pln_response r on r.id = a.response_id where r.survey_id = :s order by r.id, a.id""")
			.param("s", survey.getId())
			.query((rs, n) -> new SurveyResults.Row(rs.getLong(1),
					groups.computeIfAbsent(rs.getLong(2), (u) -> group(survey, UnitId.of(u))), rs.getLong(3),
					(Integer) rs.getObject(4), rs.getString(5)))
			.list();
		return SurveyResults.of(survey.getId(), survey.details().title(), questionsOf(survey), rows);
	}

	private SurveyView view(Survey survey) {
		SurveyDetails d = survey.details();
		long count = this.jdbc.sql("select count(*) from pln_response where survey_id = :s")
			.param("s", survey.getId())
			.query(Long.class)
			.single();
		return new SurveyView(survey.getId(), this.units.find(d.unitId()).map(UnitView::name).orElse(null), d,
				questionsOf(survey), count, survey.isOpenOn(LocalDate.now()));
	}

	private List<QuestionView> questionsOf(Survey survey) {
		return this.questions.findBySurveyIdOrderByPosition(survey.getId()).stream().map(Question::view).toList();
	}

	/** The unit directly below the survey's unit on the respondent's path, by name. */
	private String group(Survey survey, UnitId unit) {
		List<UnitView> chain = this.units.ancestry(unit, LocalDate.now());
		for (int i = 0; i < chain.size() - 1; i++) {
			if (chain.get(i).id().equals(survey.getUnitId())) {
				return chain.get(i + 1).name();
			}
		}
		return chain.isEmpty() ? String.valueOf(unit.value()) : chain.get(chain.size() - 1).name();
	}

	private boolean below(Survey survey, UnitId unit) {
		return this.units.subtreeIds(survey.getUnitId(), LocalDate.now()).contains(unit.value());
	}

	private boolean reaches(Survey survey, Viewer viewer) {
		return viewer.unitId() != null && below(survey, viewer.unitId());
	}

	private Survey visible(long id) {
		Survey survey = this.surveys.findById(id).orElseThrow(() -> new RecordNotFound(RECORD, id));
		Viewer viewer = CurrentViewer.require();
		if (!this.scope.visibleUnits(viewer).contains(survey.getUnitId()) && !reaches(survey, viewer)) {
			this.audit.denied(RECORD, id, survey.getUnitId());
			throw new RecordNotFound(RECORD, id);
		}
		return survey;
	}

}
