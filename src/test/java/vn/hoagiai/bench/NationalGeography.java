package vn.hoagiai.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The two-tier map of 1 July 2025: 34 provinces, 3,321 communes and wards, and about 19
 * villages or residential groups in each (about 63,000). Every unit gets its org_unit,
 * org_unit_name and (below the provinces) org_unit_parent rows; ids are assigned here.
 */
final class NationalGeography {

	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	static final String[] PROVINCES = { "Thành phố Hà Nội", "Thành phố Huế", "Tỉnh Lai Châu", "Tỉnh Điện Biên",
			"Tỉnh Sơn La", "Tỉnh Lạng Sơn", "Tỉnh Quảng Ninh", "Tỉnh Thanh Hóa", "Tỉnh Nghệ An", "Tỉnh Hà Tĩnh",
			"Tỉnh Cao Bằng", "Tỉnh Tuyên Quang", "Tỉnh Lào Cai", "Tỉnh Thái Nguyên", "Tỉnh Phú Thọ", "Tỉnh Bắc Ninh",
			"Tỉnh Hưng Yên", "Thành phố Hải Phòng", "Tỉnh Ninh Bình", "Tỉnh Quảng Trị", "Thành phố Đà Nẵng",
			"Tỉnh Quảng Ngãi", "Tỉnh Gia Lai", "Tỉnh Khánh Hòa", "Tỉnh Lâm Đồng", "Tỉnh Đắk Lắk",
			"Thành phố Hồ Chí Minh", "Tỉnh Đồng Nai", "Tỉnh Tây Ninh", "Thành phố Cần Thơ", "Tỉnh Vĩnh Long",
			"Tỉnh Đồng Tháp", "Tỉnh Cà Mau", "Tỉnh An Giang" };

	/** Share of ethnic-minority communes per province, in percent (mountains high). */
	private static final int[] MINORITY_SHARE = { 3, 10, 90, 90, 85, 75, 20, 30, 25, 5, 95, 80, 80, 40, 30, 2, 1, 2, 10,
			15, 5, 35, 70, 30, 60, 65, 2, 10, 10, 5, 20, 3, 5, 25 };

	private final Connection connection;

	private final Random random;

	private final LocalDateTime now = LocalDateTime.now();

	private long nextId = 1;

	private long nextLinkId = 1;

	final List<Long> firstCommuneOfProvince = new ArrayList<>();

	final List<Long> communeIds = new ArrayList<>();

	final List<Village> villages = new ArrayList<>();

	NationalGeography(Connection connection, Random random) {
		this.connection = connection;
		this.random = random;
	}

	void write(int communes) throws SQLException {
		try (Batch units = new Batch(this.connection, "org_unit",
				"id, type, name, code, valid_from, ethnic_minority_area, difficult_area, households, version, created_at, updated_at");
				Batch names = new Batch(this.connection, "org_unit_name", "id, unit_id, name, valid_from", units);
				Batch parents = new Batch(this.connection, "org_unit_parent", "id, unit_id, parent_id, valid_from",
						units)) {
			int communeCode = 0;
			for (int p = 0; p < PROVINCES.length; p++) {
				long province = this.nextId++;
				add(units, names, province, "PROVINCE", PROVINCES[p], "%02d".formatted(p + 1), false, null);
				int count = communes / PROVINCES.length + ((p < communes % PROVINCES.length) ? 1 : 0);
				for (int c = 0; c < count; c++) {
					communeCode++;
					long commune = this.nextId++;
					if (c == 0) {
						this.firstCommuneOfProvince.add(commune);
					}
					this.communeIds.add(commune);
					boolean ward = this.random.nextInt(100) < 22;
					boolean minority = !ward && this.random.nextInt(100) < MINORITY_SHARE[p];
					String name = (ward ? "Phường " : "Xã ") + VietnameseNames.place(this.random);
					String code = "%05d".formatted(communeCode);
					add(units, names, commune, ward ? "WARD" : "COMMUNE", name, code, minority, null);
					parents.add(this.nextLinkId++, commune, province, REFORM);
					villages(units, names, parents, commune, code, ward, minority);
				}
			}
		}
	}

	private void villages(Batch units, Batch names, Batch parents, long commune, String code, boolean ward,
			boolean minority) throws SQLException {
		int count = 8 + this.random.nextInt(23);
		for (int v = 1; v <= count; v++) {
			long id = this.nextId++;
			boolean flagged = minority && this.random.nextInt(100) < 70;
			int households = 60 + this.random.nextInt(ward ? 900 : 400);
			String name = ward ? "Tổ dân phố " + v : (minority ? "Bản " : "Thôn ") + v;
			add(units, names, id, ward ? "RESIDENTIAL_GROUP" : "VILLAGE", name, code + "%02d".formatted(v), flagged,
					households);
			parents.add(this.nextLinkId++, id, commune, REFORM);
			this.villages.add(new Village(id, commune, name, households, minority || flagged));
		}
	}

	private void add(Batch units, Batch names, long id, String type, String name, String code, boolean minority,
			Integer households) throws SQLException {
		units.add(id, type, name, code, REFORM, minority, minority && this.random.nextInt(3) == 0, households, 0L,
				this.now, this.now);
		names.add(id, id, name, REFORM);
	}

	long units() {
		return this.nextId - 1;
	}

	long links() {
		return this.nextLinkId - 1;
	}

	/** A village as the mediator generator needs it. */
	record Village(long id, long commune, String name, int households, boolean ethnicArea) {
	}

}
