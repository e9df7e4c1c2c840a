package vn.hoagiai.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import vn.hoagiai.shared.StaleVersion;

/**
 * Inspection visits and their recommendations (task 8.1 of the plan). Visible within the
 * viewer's unit scope; officers record visits, add recommendations and close them with
 * what was done. Open recommendations past their due date are listed as overdue.
 */
@Service
@Transactional(readOnly = true)
public class InspectionService {

	private static final String RECORD = "PlanInspection";

	private static final String RECOMMENDATION = "PlanRecommendation";

	private final InspectionRepository inspections;

	private final RecommendationRepository recommendations;

	private final Agencies agencies;

	private final UnitScope scope;

	private final UnitDirectory units;

	private final AuditTrail audit;

	InspectionService(InspectionRepository inspections, RecommendationRepository recommendations, Agencies agencies,
			UnitScope scope, UnitDirectory units, AuditTrail audit) {
		this.inspections = inspections;
		this.recommendations = recommendations;
		this.agencies = agencies;
		this.scope = scope;
		this.units = units;
		this.audit = audit;
	}

	/** Inspections in the viewer's units, latest first. */
	public List<InspectionView> list() {
		VisibleUnits visible = this.scope.visibleUnits();
		return views(this.inspections.findAllByOrderByVisitedOnDescIdDesc()
			.stream()
			.filter((i) -> visible.contains(i.getUnitId()))
			.toList());
	}

	/** The units the viewer sees today, parents before children, for choosing one. */
	public List<UnitView> units() {
		return this.units.visible(this.scope.visibleUnits(), LocalDate.now());
	}

	public InspectionView view(long id) {
		return views(List.of(visible(id))).get(0);
	}

	/**
	 * Open recommendations past their due date, in the viewer's units, oldest due first.
	 */
	public List<RecommendationView> overdue() {
		LocalDate today = LocalDate.now();
		return list().stream()
			.flatMap((i) -> i.recommendations().stream())
			.filter(RecommendationView::overdue)
			.sorted(Comparator.comparing(RecommendationView::dueOn).thenComparing(RecommendationView::id))
			.toList();
	}

	@Transactional
	public long create(InspectionDetails details, List<NewRecommendation> items) {
		requireOfficer();
		List<FieldProblem> problems = check(details);
		for (int i = 0; i < items.size(); i++) {
			problems.addAll(check(items.get(i), "recommendations[" + i + "]."));
		}
		InvalidInput.throwIfAny(problems);
		this.scope.requireUnit(details.unitId());
		Inspection inspection = this.inspections.save(new Inspection(details));
		this.audit.created(RECORD, inspection.getId(), details.unitId(),
				Changes.of("visitedOn", null, details.visitedOn())
					.field("inspectors", null, details.inspectors())
					.field("checked", null, details.checked())
					.field("findings", null, details.findings()));
		items.forEach((item) -> save(inspection, item));
		return inspection.getId();
	}

	@Transactional
	public long addRecommendation(long inspectionId, NewRecommendation item) {
		requireOfficer();
		Inspection inspection = visible(inspectionId);
		InvalidInput.throwIfAny(check(item, ""));
		return save(inspection, item);
	}

	/** Closes a recommendation with what was done; {@code version} is the one seen. */
	@Transactional
	public void close(long recommendationId, long version, LocalDate closedOn, String note) {
		requireOfficer();
		Recommendation item = this.recommendations.findById(recommendationId)
			.orElseThrow(() -> new RecordNotFound(RECOMMENDATION, recommendationId));
		Inspection inspection = visible(item.getInspectionId());
		if (item.getVersion() != version) {
			throw new StaleVersion(RECOMMENDATION, recommendationId);
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (item.getStatus() == RecommendationStatus.CLOSED) {
			problems.add(FieldProblem.of("status", "plans.recommendation.closed"));
		}
		if (closedOn == null || closedOn.isAfter(LocalDate.now())) {
			problems.add(FieldProblem.of("closedOn", "plans.recommendation.closedOn"));
		}
		if (note == null || note.isBlank()) {
			problems.add(FieldProblem.of("note", "validation.required"));
		}
		InvalidInput.throwIfAny(problems);
		item.close(closedOn, note.strip());
		this.audit.updated(RECOMMENDATION, recommendationId, inspection.getUnitId(),
				Changes.of("status", RecommendationStatus.OPEN, RecommendationStatus.CLOSED)
					.field("closedOn", null, closedOn)
					.field("closingNote", null, note.strip()));
		this.recommendations.flush();
	}

	private long save(Inspection inspection, NewRecommendation item) {
		Recommendation saved = this.recommendations
			.save(new Recommendation(inspection.getId(), item.text().strip(), item.owner().strip(), item.dueOn()));
		this.audit.created(RECOMMENDATION, saved.getId(), inspection.getUnitId(),
				Changes.of("text", null, item.text())
					.field("owner", null, item.owner())
					.field("dueOn", null, item.dueOn()));
		return saved.getId();
	}

	private Inspection visible(long id) {
		Inspection inspection = this.inspections.findById(id).orElseThrow(() -> new RecordNotFound(RECORD, id));
		this.scope.requireVisible(inspection.getUnitId(), RECORD, id);
		return inspection;
	}

	private List<InspectionView> views(List<Inspection> list) {
		LocalDate today = LocalDate.now();
		Map<Long, List<Recommendation>> byInspection = this.recommendations
			.findByInspectionIdInOrderByDueOnAscIdAsc(list.stream().map(Inspection::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(Recommendation::getInspectionId));
		List<InspectionView> views = new ArrayList<>();
		for (Inspection inspection : list) {
			InspectionDetails d = inspection.details();
			String unitName = this.units.find(d.unitId(), d.visitedOn()).map(UnitView::name).orElse(null);
			List<AgencyRef> named = this.agencies.byId(d.agencyIds())
				.values()
				.stream()
				.map((a) -> new AgencyRef(a.id(), a.name(), a.validTo() != null && !a.validTo().isAfter(today)))
				.toList();
			views.add(new InspectionView(inspection.getId(), unitName, d, named,
					byInspection.getOrDefault(inspection.getId(), List.of())
						.stream()
						.map((r) -> r.view(unitName, today))
						.toList(),
					inspection.getVersion()));
		}
		return views;
	}

	private static List<FieldProblem> check(InspectionDetails d) {
		List<FieldProblem> problems = new ArrayList<>();
		if (d.unitId() == null) {
			problems.add(FieldProblem.of("unitId", "validation.required"));
		}
		if (d.visitedOn() == null || d.visitedOn().isAfter(LocalDate.now())) {
			problems.add(FieldProblem.of("visitedOn", "plans.inspection.visitedOn"));
		}
		text(problems, "inspectors", d.inspectors(), 500, true);
		text(problems, "checked", d.checked(), 2000, true);
		text(problems, "findings", d.findings(), 4000, false);
		return problems;
	}

	private static List<FieldProblem> check(NewRecommendation r, String prefix) {
		List<FieldProblem> problems = new ArrayList<>();
		text(problems, prefix + "text", r.text(), 2000, true);
		text(problems, prefix + "owner", r.owner(), 200, true);
		if (r.dueOn() == null) {
			problems.add(FieldProblem.of(prefix + "dueOn", "validation.required"));
		}
		return problems;
	}

	private static void text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(FieldProblem.of(field, "validation.required"));
			}
		}
		else if (value.strip().length() > max) {
			problems.add(FieldProblem.of(field, "validation.tooLong", max));
		}
	}

	private static void requireOfficer() {
		if (!PlanAccess.isOfficer(CurrentViewer.require())) {
			throw new AccessDeniedException("Officers record inspections");
		}
	}

}
