package vn.hoagiai.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import vn.hoagiai.organization.ReorganisationPlan.NewUnit;
import vn.hoagiai.organization.ReorganisationPlan.UnitRef;
import vn.hoagiai.shared.BusinessRuleViolation;

import static vn.hoagiai.organization.PlanBuilder.ref;

/**
 * Turns a reorganisation command into a {@link ReorganisationPlan} against the map as of
 * the effective date, or explains with a {@link BusinessRuleViolation} why it cannot be
 * done. Reads only.
 */
final class ReorganisationPlanner {

	private final AdministrativeMap map;

	private final PlanRules rules;

	ReorganisationPlanner(AdministrativeMap map) {
		this.map = map;
		this.rules = new PlanRules(map);
	}

	ReorganisationPlan merge(MergeCommand command) {
		LocalDate date = PlanRules.basis(command.basis());
		if (command.sourceIds().isEmpty()) {
			throw BusinessRuleViolation.onField("sourceIds", "org.error.mergeNoSource");
		}
		if (command.targetId() != null && command.sourceIds().contains(command.targetId())) {
			throw BusinessRuleViolation.onField("targetId", "org.error.targetAmongSources");
		}
		List<UnitView> sources = new ArrayList<>();
		for (Long id : new LinkedHashSet<>(command.sourceIds())) {
			sources.add(this.rules.endable(id, date, "sourceIds"));
		}
		PlanBuilder plan = new PlanBuilder(ReorganisationKind.MERGE, command.basis());
		UnitRef target = (command.targetId() != null) ? existingTarget(command.targetId(), sources, date)
				: newTarget(command.newTarget(), sources, date, plan);
		for (UnitView source : sources) {
			for (UnitView child : this.map.children(source.id().value(), date)) {
				plan.move(child, ref(source), target);
			}
			plan.end(source, target, true, this.map, date);
		}
		return plan.build();
	}

	private UnitRef existingTarget(Long targetId, List<UnitView> sources, LocalDate date) {
		UnitView target = this.rules.valid(targetId, date, "targetId");
		for (UnitView source : sources) {
			PlanRules.sameLevel(source.type(), source.name(), target, "targetId");
			if (this.rules.isBelow(target.id().value(), source.id().value(), date)) {
				throw BusinessRuleViolation.onField("targetId", "org.error.moveUnderDescendant", source.name(),
						target.name());
			}
		}
		return ref(target);
	}

	private UnitRef newTarget(NewUnitSpec spec, List<UnitView> sources, LocalDate date, PlanBuilder plan) {
		if (spec == null) {
			throw BusinessRuleViolation.onField("targetId", "org.error.unitRequired");
		}
		String name = PlanRules.name(spec.name(), "newName");
		UnitType type = (spec.type() != null) ? spec.type() : sources.get(0).type();
		for (UnitView source : sources) {
			PlanRules.sameLevel(source.type(), source.name(), probe(type, name), "newType");
		}
		UnitView parent = (spec.parentId() != null) ? this.rules.valid(spec.parentId(), date, "newParentId")
				: commonParent(sources, date);
		PlanRules.level(type, name, parent, "newParentId");
		return plan.create(new NewUnit(type, name, blankToNull(spec.code()), ref(parent)));
	}

	private UnitView commonParent(List<UnitView> sources, LocalDate date) {
		long distinct = sources.stream().map(UnitView::parentId).distinct().count();
		if (distinct > 1) {
			throw BusinessRuleViolation.onField("newParentId", "org.error.noCommonParent");
		}
		return (sources.get(0).parentId() != null)
				? this.rules.valid(sources.get(0).parentId().value(), date, "newParentId") : null;
	}

	ReorganisationPlan split(SplitCommand command) {
		LocalDate date = PlanRules.basis(command.basis());
		UnitView source = this.rules.endable(command.sourceId(), date, "sourceId");
		if (command.parts().size() < 2) {
			throw BusinessRuleViolation.onField("parts", "org.error.splitTooFew");
		}
		PlanBuilder plan = new PlanBuilder(ReorganisationKind.SPLIT, command.basis());
		UnitView sourceParent = (source.parentId() != null)
				? this.rules.valid(source.parentId().value(), date, "sourceId") : null;
		List<UnitRef> parts = new ArrayList<>();
		for (int i = 0; i < command.parts().size(); i++) {
			parts.add(part(command.parts().get(i), "parts[" + i + "]", source, sourceParent, date, plan));
		}
		for (UnitView child : this.map.children(source.id().value(), date)) {
			Integer index = command.assignments().get(child.id().value());
			if (index == null || index < 0 || index >= parts.size()) {
				throw BusinessRuleViolation.onField("assignments[" + child.id() + "]", "org.error.splitUnassigned",
						child.name());
			}
			plan.move(child, ref(source), parts.get(index));
		}
		plan.end(source, parts.get(0), true, this.map, date);
		for (UnitRef part : parts.subList(1, parts.size())) {
			plan.succession(source, part, false);
		}
		return plan.build();
	}

	private UnitRef part(NewUnitSpec spec, String field, UnitView source, UnitView sourceParent, LocalDate date,
			PlanBuilder plan) {
		String name = PlanRules.name((spec != null) ? spec.name() : null, field + ".name");
		UnitType type = (spec.type() != null) ? spec.type() : source.type();
		PlanRules.sameLevel(type, name, source, field + ".type");
		UnitView parent = (spec.parentId() != null) ? this.rules.valid(spec.parentId(), date, field + ".parentId")
				: sourceParent;
		PlanRules.level(type, name, parent, field + ".parentId");
		return plan.create(new NewUnit(type, name, blankToNull(spec.code()), ref(parent)));
	}

	ReorganisationPlan rename(RenameCommand command) {
		LocalDate date = PlanRules.basis(command.basis());
		UnitView unit = this.rules.endable(command.unitId(), date, "unitId");
		String name = PlanRules.name(command.newName(), "newName");
		if (name.equals(unit.name())) {
			throw BusinessRuleViolation.onField("newName", "org.error.sameName");
		}
		PlanBuilder plan = new PlanBuilder(ReorganisationKind.RENAME, command.basis());
		plan.rename(unit, name);
		return plan.build();
	}

	ReorganisationPlan move(MoveCommand command) {
		LocalDate date = PlanRules.basis(command.basis());
		UnitView unit = this.rules.valid(command.unitId(), date, "unitId");
		UnitView parent = this.rules.valid(command.newParentId(), date, "newParentId");
		if (unit.id().equals(parent.id())) {
			throw BusinessRuleViolation.onField("newParentId", "org.error.moveUnderItself");
		}
		if (this.rules.isBelow(parent.id().value(), unit.id().value(), date)) {
			throw BusinessRuleViolation.onField("newParentId", "org.error.moveUnderDescendant", unit.name(),
					parent.name());
		}
		if (parent.id().equals(unit.parentId())) {
			throw BusinessRuleViolation.onField("newParentId", "org.error.sameParent", parent.name());
		}
		PlanRules.level(unit.type(), unit.name(), parent, "newParentId");
		PlanBuilder plan = new PlanBuilder(ReorganisationKind.MOVE, command.basis());
		UnitView from = (unit.parentId() != null) ? this.map.unit(unit.parentId().value(), date).orElse(null) : null;
		plan.move(unit, ref(from), ref(parent));
		return plan.build();
	}

	ReorganisationPlan abolish(AbolishLevelCommand command) {
		LocalDate date = PlanRules.basis(command.basis());
		PlanBuilder plan = new PlanBuilder(ReorganisationKind.ABOLISH_LEVEL, command.basis());
		for (UnitView unit : abolished(command, date)) {
			String field = (command.unitId() != null) ? "unitId" : "type";
			if (unit.parentId() == null) {
				throw BusinessRuleViolation.onField(field, "org.error.abolishRoot", unit.name());
			}
			UnitView parent = this.rules.valid(unit.parentId().value(), date, field);
			for (UnitView child : this.map.children(unit.id().value(), date)) {
				plan.move(child, ref(unit), ref(parent));
			}
			plan.end(unit, ref(parent), true, this.map, date);
		}
		return plan.build();
	}

	private List<UnitView> abolished(AbolishLevelCommand command, LocalDate date) {
		if (command.unitId() != null) {
			return List.of(this.rules.endable(command.unitId(), date, "unitId"));
		}
		if (command.type() == null) {
			throw BusinessRuleViolation.onField("type", "org.error.typeRequired");
		}
		UnitView root = this.rules.valid(command.rootId(), date, "rootId");
		List<UnitView> units = this.map.subtree(root.id().value(), date)
			.stream()
			.filter((u) -> command.abolishes(u.type()) && !Objects.equals(u.id(), root.id()))
			.toList();
		if (units.isEmpty()) {
			throw BusinessRuleViolation.onField("type", "org.error.abolishNothing", root.name());
		}
		for (UnitView unit : units) {
			this.rules.endable(unit.id().value(), date, "type");
		}
		return units;
	}

	private static UnitView probe(UnitType type, String name) {
		return new UnitView(null, null, name, type, null, LocalDate.MIN, null, UnitFlags.none(), null);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
