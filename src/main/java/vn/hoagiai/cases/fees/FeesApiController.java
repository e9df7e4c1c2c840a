package vn.hoagiai.cases.fees;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.UnitId;

/**
 * {@code /api/v1/fees} and {@code /api/v1/fee-rates}: the fee list with totals, payment,
 * a breach of duty, and the rate tables. Scoped like the pages; writes carry versions
 * (stale → 409), bad input → 422.
 */
@RestController
class FeesApiController {

	private final Fees fees;

	private final FeeRates rates;

	FeesApiController(Fees fees, FeeRates rates) {
		this.fees = fees;
		this.rates = rates;
	}

	@GetMapping("/api/v1/fees")
	FeeList list(@RequestParam(required = false) Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) FeeFilter.State state) {
		return this.fees.list(FeePages.filter(unitId, from, to, state));
	}

	/**
	 * Body: {@code {"versions": {"12": 0, "13": 1}, "paidOn": "2025-12-01", "reference":
	 * "PC 15"}}.
	 */
	@PostMapping("/api/v1/fees/payments")
	Map<String, Integer> pay(@RequestBody PaymentRequest request) {
		return Map.of("paid", this.fees.pay((request.versions() != null) ? request.versions() : Map.of(),
				request.paidOn(), request.reference()));
	}

	@PostMapping("/api/v1/fees/{id}/breach")
	ResponseEntity<Void> breach(@PathVariable long id, @RequestBody BreachRequest request) {
		this.fees.recordBreach(id, requireVersion(request.version()), request.note());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/fee-rates")
	List<FeeRates.RateView> rates() {
		return this.rates.list();
	}

	@PostMapping("/api/v1/fee-rates")
	ResponseEntity<Map<String, Long>> createRate(@RequestBody RateForm form) {
		long id = this.rates.create((form.provinceId() != null) ? UnitId.of(form.provinceId()) : null, form.details());
		return ResponseEntity.created(URI.create("/api/v1/fee-rates/" + id)).body(Map.of("id", id));
	}

	@PutMapping("/api/v1/fee-rates/{id}")
	ResponseEntity<Void> updateRate(@PathVariable long id, @RequestBody RateForm form) {
		this.rates.update(id, requireVersion(form.version()), form.details());
		return ResponseEntity.noContent().build();
	}

	private static long requireVersion(Long version) {
		if (version == null) {
			throw new InvalidInput(List.of(FieldProblem.of("version", "validation.required")));
		}
		return version;
	}

	record PaymentRequest(Map<Long, Long> versions, LocalDate paidOn, String reference) {
	}

	record BreachRequest(Long version, String note) {
	}

}
