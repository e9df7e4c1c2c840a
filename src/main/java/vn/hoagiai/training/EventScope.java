package vn.hoagiai.training;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.organization.VisibleUnits;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Viewer;

/**
 * Which events a viewer sees: those organised in their scope, and those organised by the
 * units above them (a provincial course is meant for the communes too). Only events in
 * their own scope may be changed.
 */
@Component
class EventScope {

	private final UnitScope scope;

	private final UnitDirectory units;

	EventScope(UnitScope scope, UnitDirectory units) {
		this.scope = scope;
		this.units = units;
	}

	/** Units whose events the viewer may read; {@code all} for administrators. */
	VisibleUnits readable() {
		Viewer viewer = CurrentViewer.require();
		VisibleUnits visible = this.scope.visibleUnits(viewer);
		if (visible.all()) {
			return visible;
		}
		Set<Long> ids = new HashSet<>(visible.ids());
		for (UnitView above : this.units.ancestry(viewer.unitId(), LocalDate.now())) {
			ids.add(above.id().value());
		}
		return VisibleUnits.only(ids);
	}

	void requireReadable(UnitId organiser, long eventId) {
		requireReadable(organiser, TrainingEventService.RECORD, eventId);
	}

	void requireWritable(UnitId organiser, long eventId) {
		requireWritable(organiser, TrainingEventService.RECORD, eventId);
	}

	/**
	 * Passes when the viewer may read a record organised by {@code organiser}; 404
	 * otherwise.
	 */
	void requireReadable(UnitId organiser, String record, Object id) {
		if (!readable().contains(organiser)) {
			this.scope.requireVisible(organiser, record, id);
		}
	}

	/** Passes when {@code organiser} is in the viewer's own scope; 404 otherwise. */
	void requireWritable(UnitId organiser, String record, Object id) {
		this.scope.requireVisible(organiser, record, id);
	}

	boolean writable(UnitId organiser) {
		return this.scope.canSee(organiser);
	}

	VisibleUnits visible() {
		return this.scope.visibleUnits();
	}

}
