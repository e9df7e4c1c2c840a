package vn.hoagiai.organization;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Viewer;

/**
 * The one place that decides which units a signed-in user may see: their unit, every unit
 * below it today, and the units whose records passed to those (predecessors of a merge,
 * with what lay below them then). Never a sibling's. Administrators see the whole
 * deployment. Every module's service asks here before it answers; a record outside the
 * scope answers exactly like a missing one. Its reads join a caller's transaction and
 * otherwise run without one.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class UnitScope {

	private static final String CACHE_KEY = UnitScope.class.getName() + ".visible:";

	private final UnitDirectory directory;

	private final AuditTrail audit;

	UnitScope(UnitDirectory directory, AuditTrail audit) {
		this.directory = directory;
		this.audit = audit;
	}

	/** The units the current viewer may see. */
	public VisibleUnits visibleUnits() {
		return visibleUnits(CurrentViewer.require());
	}

	/**
	 * The units {@code viewer} may see. Computed once per HTTP request and kept in the
	 * request, so a page or an import that checks many records pays for it once; never
	 * kept longer, so a reorganisation shows on the next request.
	 */
	public VisibleUnits visibleUnits(Viewer viewer) {
		if (viewer.isAdmin()) {
			return VisibleUnits.everything();
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = CACHE_KEY + viewer.username() + ":" + viewer.unitId();
		if (request != null
				&& request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof VisibleUnits cached) {
			return cached;
		}
		VisibleUnits visible = VisibleUnits.only(expand(viewer.unitId()));
		if (request != null) {
			request.setAttribute(key, visible, RequestAttributes.SCOPE_REQUEST);
		}
		return visible;
	}

	public boolean canSee(UnitId unit) {
		return visibleUnits().contains(unit);
	}

	/**
	 * Passes when the current viewer may see {@code unit}; otherwise records the attempt
	 * in the audit log and throws {@link RecordNotFound} for
	 * {@code recordType}/{@code recordId}, exactly as a missing record would.
	 */
	public void requireVisible(UnitId unit, String recordType, Object recordId) {
		Viewer viewer = CurrentViewer.require();
		if (!visibleUnits(viewer).contains(unit)) {
			this.audit.denied(recordType, recordId, unit);
			throw new RecordNotFound(recordType, recordId);
		}
	}

	/** The unit itself, checked against the viewer's scope. */
	public UnitView requireUnit(UnitId unit) {
		UnitView view = this.directory.find(unit).orElseThrow(() -> new RecordNotFound("Unit", unit));
		requireVisible(unit, "Unit", unit);
		return view;
	}

	/**
	 * The root's subtree today, and the subtree of every unit whose records passed into
	 * it, as that unit stood on its last day, and so on back. Only the successions into
	 * the subtrees at hand are read, not every succession of the country (some ten
	 * thousand after the 2025 commune mergers).
	 */
	private Set<Long> expand(UnitId root) {
		UnitDirectory.Subtree today = this.directory.subtreeWithPredecessors(root, LocalDate.now());
		Set<Long> seen = new LinkedHashSet<>(today.ids());
		Deque<UnitDirectory.Predecessor> pending = new ArrayDeque<>(today.predecessors());
		Set<UnitDirectory.Predecessor> asked = new HashSet<>();
		while (!pending.isEmpty()) {
			UnitDirectory.Predecessor pre = pending.pop();
			if (!asked.add(pre)) {
				continue;
			}
			UnitDirectory.Subtree then = this.directory.subtreeWithPredecessors(pre.unit(), pre.lastDay());
			if (seen.addAll(then.ids())) {
				pending.addAll(then.predecessors());
			}
		}
		return seen;
	}

}
