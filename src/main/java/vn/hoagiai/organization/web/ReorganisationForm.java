package vn.hoagiai.organization.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.hoagiai.organization.AbolishLevelCommand;
import vn.hoagiai.organization.MergeCommand;
import vn.hoagiai.organization.MoveCommand;
import vn.hoagiai.organization.NewUnitSpec;
import vn.hoagiai.organization.RenameCommand;
import vn.hoagiai.organization.ReorganisationBasis;
import vn.hoagiai.organization.SplitCommand;
import vn.hoagiai.organization.UnitType;

/**
 * The fields of every reorganisation form; each kind reads the ones it needs. Split parts
 * are typed one name per line and children are assigned to part numbers from 1.
 */
record ReorganisationForm(@NotBlank(message = "{org.error.dateRequired}") String effectiveDate,
		@NotBlank(message = "{org.error.legalBasisRequired}") @Size(max = 200,
				message = "{org.validation.legalBasisLength}") String legalBasis,
		@Size(max = 2000, message = "{org.validation.noteLength}") String note, List<Long> sourceIds, Long targetId,
		@Size(max = 200, message = "{org.validation.nameLength}") String newName, UnitType newType,
		@Size(max = 20, message = "{org.validation.code}") String newCode, Long newParentId, Long unitId, Long sourceId,
		@Size(max = 4000, message = "{org.validation.noteLength}") String partNames, Map<Long, Integer> assignments,
		UnitType type, Long rootId, Boolean wholeLevel) {

	ReorganisationForm {
		sourceIds = (sourceIds != null) ? List.copyOf(sourceIds) : List.of();
		assignments = (assignments != null) ? new LinkedHashMap<>(assignments) : new LinkedHashMap<>();
	}

	static ReorganisationForm empty() {
		return new ReorganisationForm(null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null);
	}

	/** Names of the new units of a split, one a line, blanks skipped. */
	public List<String> parts() {
		return (this.partNames == null) ? List.of()
				: Arrays.stream(this.partNames.split("\\R")).map(String::strip).filter((n) -> !n.isEmpty()).toList();
	}

	MergeCommand merge(LocalDate date) {
		NewUnitSpec target = (this.targetId == null)
				? new NewUnitSpec(this.newType, this.newName, this.newCode, this.newParentId) : null;
		return new MergeCommand(this.sourceIds, this.targetId, target, basis(date));
	}

	SplitCommand split(LocalDate date) {
		List<NewUnitSpec> specs = parts().stream().map((n) -> new NewUnitSpec(null, n, null, null)).toList();
		Map<Long, Integer> zeroBased = new LinkedHashMap<>();
		this.assignments.forEach((child, part) -> {
			if (child != null && part != null) {
				zeroBased.put(child, part - 1);
			}
		});
		return new SplitCommand(this.sourceId, specs, zeroBased, basis(date));
	}

	RenameCommand rename(LocalDate date) {
		return new RenameCommand(this.unitId, this.newName, basis(date));
	}

	MoveCommand move(LocalDate date) {
		return new MoveCommand(this.unitId, this.newParentId, basis(date));
	}

	AbolishLevelCommand abolish(LocalDate date) {
		return new AbolishLevelCommand(this.unitId, (this.unitId != null) ? null : this.type,
				(this.unitId != null) ? null : this.rootId, Boolean.TRUE.equals(this.wholeLevel), basis(date));
	}

	private ReorganisationBasis basis(LocalDate date) {
		return new ReorganisationBasis(date, this.legalBasis, this.note);
	}

}
