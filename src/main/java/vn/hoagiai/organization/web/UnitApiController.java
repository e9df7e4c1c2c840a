package vn.hoagiai.organization.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.UnitId;

/**
 * Administrative units for other systems, limited to what the caller may see.
 */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Units", description = "Administrative units with validity dates")
class UnitApiController {

	private final UnitScope scope;

	private final UnitDirectory directory;

	UnitApiController(UnitScope scope, UnitDirectory directory) {
		this.scope = scope;
		this.directory = directory;
	}

	@GetMapping
	@Operation(
			summary = "Units the caller may see that exist on asOf (default today), with that day's names and parents")
	List<UnitResource> list(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		LocalDate date = (asOf != null) ? asOf : LocalDate.now();
		return this.directory.visible(this.scope.visibleUnits(), date).stream().map(UnitResource::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One unit as of asOf (default today); 404 when missing or outside the caller's scope")
	UnitResource one(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		UnitId unit = UnitId.of(id);
		UnitView view = this.directory.find(unit, (asOf != null) ? asOf : LocalDate.now())
			.orElseThrow(() -> new RecordNotFound("Unit", id));
		this.scope.requireVisible(unit, "Unit", id);
		return UnitResource.of(view);
	}

}
