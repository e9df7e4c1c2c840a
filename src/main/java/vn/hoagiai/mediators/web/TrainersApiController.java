package vn.hoagiai.mediators.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.mediators.TrainerFilter;
import vn.hoagiai.mediators.TrainerLevel;
import vn.hoagiai.mediators.TrainerRatio;
import vn.hoagiai.mediators.TrainerRow;
import vn.hoagiai.mediators.TrainerService;
import vn.hoagiai.mediators.TrainerView;
import vn.hoagiai.mediators.UnitTrainerRatio;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.UnitId;

/**
 * {@code /api/v1/trainers}: the list, one trainer, and the trainer target of a unit (the
 * viewer's own unit when none is given); scoped like the pages.
 */
@RestController
@RequestMapping("/api/v1/trainers")
class TrainersApiController {

	private static final int MAX_PAGE_SIZE = 200;

	private final TrainerService trainers;

	private final MessageSource messages;

	TrainersApiController(TrainerService trainers, MessageSource messages) {
		this.trainers = trainers;
		this.messages = messages;
	}

	@GetMapping
	PageResponse<TrainerRow> list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String q,
			@RequestParam(required = false) TrainerLevel level, @RequestParam(required = false) Boolean active,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		TrainerFilter filter = new TrainerFilter((unitId != null) ? UnitId.of(unitId) : null, q, level, active);
		return PageResponse.of(this.trainers.list(filter,
				PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE))));
	}

	@GetMapping("/{id}")
	TrainerView trainer(@PathVariable long id) {
		return this.trainers.view(id);
	}

	@GetMapping("/ratio")
	RatioResponse ratio(@RequestParam(required = false) Long unitId, Locale locale) {
		UnitId unit = (unitId != null) ? UnitId.of(unitId) : CurrentViewer.require().unitId();
		UnitTrainerRatio result = this.trainers.ratio(unit);
		TrainerRatio r = result.ratio();
		List<String> gaps = r.gaps()
			.stream()
			.map((g) -> this.messages.getMessage(g.messageKey(), g.args().toArray(), g.messageKey(), locale))
			.toList();
		return new RatioResponse(result.unitId().value(), result.unitName(), r.teams(), r.provinceTrainers(),
				r.districtTrainers(), r.provinceTarget(), r.districtTarget(), r.status(),
				this.messages.getMessage(r.statusKey(), null, locale), gaps);
	}

	/** The target of one unit, with the status and the gaps in the request's language. */
	record RatioResponse(long unitId, String unitName, long teams, long provinceTrainers, long districtTrainers,
			long provinceTarget, long districtTarget, TrainerRatio.Status status, String statusText,
			List<String> gaps) {

	}

}
