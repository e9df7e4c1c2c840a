package vn.hoagiai.mediators;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.organization.AgencyView;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitHistory;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.Deployment;

/**
 * Demo trainers: a dozen at Thái Nguyên province level and at the former Bắc Kạn city
 * district level, linked to the demo agencies where those exist. Loaded only into an
 * empty trainer register of a demo deployment.
 */
@Component
@Order(16)
class TrainersDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TrainersDemoData.class);

	private static final LocalDate LAST_DISTRICT_DAY = TrainerRatio.DISTRICTS_ABOLISHED.minusDays(1);

	private static final String LAW = "Luật Hòa giải ở cơ sở; kỹ năng hòa giải";

	private static final List<Demo> PROVINCE = List.of(
			new Demo("Nguyễn Thị Thu Hà", "Sở Tư pháp tỉnh Thái Nguyên", TrainerBackground.JUSTICE_OFFICIAL,
					LAW + "; quy trình công nhận tổ hòa giải", true),
			new Demo("Trần Văn Hùng", "Tòa án nhân dân tỉnh Thái Nguyên", TrainerBackground.JUDGE,
					"Tranh chấp đất đai; hôn nhân và gia đình", true),
			new Demo("Lê Thị Minh Phương", "Viện kiểm sát nhân dân tỉnh Thái Nguyên", TrainerBackground.PROSECUTOR,
					"Phòng ngừa vi phạm pháp luật; bạo lực gia đình", true),
			new Demo("Hoàng Văn Tuấn", "Công an tỉnh Thái Nguyên", TrainerBackground.POLICE,
					"An ninh trật tự ở cơ sở; mâu thuẫn trong cộng đồng", true),
			new Demo("Phạm Thị Lan Anh", "Đoàn Luật sư tỉnh Thái Nguyên", TrainerBackground.LAWYER,
					"Hợp đồng dân sự; thừa kế", true),
			new Demo("Đỗ Minh Đức", "Sở Tư pháp tỉnh Thái Nguyên", TrainerBackground.LEGAL_DISSEMINATION_OFFICER,
					"Phổ biến, giáo dục pháp luật; chuyển đổi số trong hòa giải", true),
			new Demo("Ngô Thị Hồng Nhung", "Tòa án nhân dân tỉnh Thái Nguyên", TrainerBackground.PEOPLES_ASSESSOR,
					"Hòa giải, đối thoại tại Tòa án", true),
			new Demo("Vũ Quang Huy", "Sở Tư pháp tỉnh Thái Nguyên", TrainerBackground.JUSTICE_OFFICIAL, LAW, false));

	private static final List<Demo> DISTRICT = List.of(
			new Demo("Hoàng Thị Hường", "Phòng Tư pháp", TrainerBackground.JUSTICE_OFFICIAL,
					LAW + "; hòa giải ở vùng đồng bào dân tộc thiểu số", true),
			new Demo("Nông Văn Thắng", "Tòa án nhân dân", TrainerBackground.JUDGE, "Tranh chấp đất rừng; ranh giới",
					true),
			new Demo("Triệu Thị Mai", "Viện kiểm sát nhân dân", TrainerBackground.PROSECUTOR,
					"Phòng, chống bạo lực gia đình", true),
			new Demo("Lục Văn Toàn", "Công an thành phố", TrainerBackground.POLICE, "Mâu thuẫn hàng xóm; an ninh thôn",
					true));

	private final Deployment deployment;

	private final UnitDirectory units;

	private final UnitHistory history;

	private final TrainerRepository trainers;

	TrainersDemoData(Deployment deployment, UnitDirectory units, UnitHistory history, TrainerRepository trainers) {
		this.deployment = deployment;
		this.units = units;
		this.history = history;
		this.trainers = trainers;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.deployment.demo() || this.trainers.count() > 0) {
			return;
		}
		int count = add(this.units.findByName("Tỉnh Thái Nguyên", LocalDate.now()), TrainerLevel.PROVINCE, PROVINCE);
		count += add(this.units.findByName("Thành phố Bắc Kạn", LAST_DISTRICT_DAY), TrainerLevel.DISTRICT, DISTRICT);
		log.info("Demo trainers: {}", count);
	}

	private int add(Optional<UnitView> unit, TrainerLevel level, List<Demo> people) {
		if (unit.isEmpty()) {
			return 0;
		}
		List<AgencyView> agencies = this.history.agencies(unit.get().id())
			.stream()
			.map(UnitHistory.AgencyEntry::agency)
			.toList();
		for (Demo person : people) {
			Long agencyId = agencies.stream()
				.filter((a) -> a.name().equals(person.agency()))
				.map(AgencyView::id)
				.findFirst()
				.orElse(null);
			this.trainers.save(new Trainer(unit.get().id(),
					new TrainerDetails(person.name(), agencyId, (agencyId != null) ? null : person.agency(),
							person.background(), level, person.topics(), person.active())));
		}
		return people.size();
	}

	private record Demo(String name, String agency, TrainerBackground background, String topics, boolean active) {
	}

}
