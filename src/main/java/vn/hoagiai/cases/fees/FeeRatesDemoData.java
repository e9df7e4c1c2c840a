package vn.hoagiai.cases.fees;

import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.Deployment;

/**
 * Demo fee rates: 200,000 VND for a successful case and 150,000 for an unsuccessful one,
 * ceiling 200,000, for Bắc Kạn (until its merger on 1/7/2025) and Thái Nguyên. Loaded
 * into an empty rate table of a demo deployment, before the demo cases close, so their
 * fees are computed.
 */
@Component
@Order(17)
class FeeRatesDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FeeRatesDemoData.class);

	/** Decree 15/2014/NĐ-CP took effect on this day. */
	static final LocalDate DECREE_15 = LocalDate.of(2014, 4, 25);

	static final LocalDate MERGED = LocalDate.of(2025, 7, 1);

	private static final String BASIS = "Mức chi mẫu theo Thông tư liên tịch 100/2014/TTLT-BTC-BTP "
			+ "(dữ liệu dùng thử, thay bằng Nghị quyết của HĐND tỉnh)";

	private final Deployment deployment;

	private final UnitDirectory units;

	private final FeeRateRepository rates;

	FeeRatesDemoData(Deployment deployment, UnitDirectory units, FeeRateRepository rates) {
		this.deployment = deployment;
		this.units = units;
		this.rates = rates;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.deployment.demo() || this.rates.count() > 0) {
			return;
		}
		int count = add(this.units.findByName("Tỉnh Bắc Kạn", MERGED.minusDays(1)), MERGED.minusDays(1));
		count += add(this.units.findByName("Tỉnh Thái Nguyên", LocalDate.now()), null);
		log.info("Demo fee rates: {}", count);
	}

	private int add(Optional<UnitView> province, LocalDate lastDay) {
		if (province.isEmpty()) {
			return 0;
		}
		this.rates.save(new FeeRate(province.get().id(),
				new RateDetails(200_000, 150_000, 200_000, BASIS, DECREE_15, lastDay)));
		return 1;
	}

}
