package vn.hoagiai.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

import vn.hoagiai.bench.NationalGeography.Village;
import vn.hoagiai.mediators.NameTokens;
import vn.hoagiai.shared.VietnameseText;

/**
 * About 1.43 teams per village (90,000) and 3 to 10 mediators per team (600,000), each
 * with its membership and name keys. About one team in ten breaks one rule of Art. 12 on
 * purpose (too few, no woman, no leader, two leaders, over quota, no minority member in
 * an ethnic-minority area), so that compliance filters have something to find.
 */
final class NationalMediators {

	private static final String[] BACKGROUNDS = { "LEGAL_DISSEMINATION_OFFICER", "COMMUNE_OFFICIAL",
			"GRASSROOTS_SECURITY", "POLICE", "MILITARY", "RETIRED_JUDGE", "VILLAGE_HEAD", "FATHERLAND_FRONT", "OTHER",
			"OTHER", "VILLAGE_HEAD", "FATHERLAND_FRONT" };

	private static final String[] TRAININGS = { "NONE", "NONE", "SHORT_COURSE", "SHORT_COURSE", "INTERMEDIATE",
			"BACHELOR" };

	private static final String[] METHODS = { "SHOW_OF_HANDS", "SECRET_BALLOT", "HOUSEHOLD_BALLOT" };

	private static final String[] OCCUPATIONS = { "Nông dân", "Cán bộ hưu trí", "Giáo viên", "Trưởng thôn",
			"Kinh doanh", "Công an viên", "Bí thư chi bộ" };

	/**
	 * Minority groups drawn in ethnic-minority areas: Tày, Thái, Mường, Nùng, Mông, Dao,
	 * Khơ-me, Gia-rai, Ê-đê.
	 */
	private static final String[] MINORITIES = { "02", "03", "06", "07", "08", "09", "05", "10", "12" };

	private final Connection connection;

	private final Random random;

	private final LocalDateTime now = LocalDateTime.now();

	long teams;

	long mediators;

	long reviews;

	long tokens;

	NationalMediators(Connection connection, Random random) {
		this.connection = connection;
		this.random = random;
	}

	void write(List<Village> villages) throws SQLException {
		try (Batch team = new Batch(this.connection, "med_team",
				"id, unit_id, name, decision_number, decision_date, decision_signer, quota, status, typical_model, version, created_at, updated_at");
				Batch review = new Batch(this.connection, "med_team_review",
						"id, team_id, review_year, review_date, changes, meets_law, reviewer, created_by, created_at",
						team);
				Members members = new Members(team)) {
			for (Village village : villages) {
				int count = (this.random.nextInt(100) < 43) ? 2 : 1;
				for (int n = 1; n <= count; n++) {
					long id = ++this.teams;
					LocalDate decided = LocalDate.of(2015, 1, 1).plusDays(this.random.nextInt(3650));
					Integer quota = (this.random.nextInt(10) < 8) ? 7 + this.random.nextInt(6) : null;
					String name = "Tổ hòa giải " + village.name() + ((n > 1) ? " số " + n : "");
					team.add(id, village.id(), name, id + "/QĐ-UBND", decided, "Chủ tịch UBND", quota, "ACTIVE",
							this.random.nextInt(50) == 0, 0L, this.now, this.now);
					int broken = (this.random.nextInt(10) == 0) ? 1 + this.random.nextInt(6) : 0;
					members.team(id, village, decided, quota, broken);
					if (this.random.nextInt(10) < 7) {
						review.add(++this.reviews, id, 2025, LocalDate.of(2025, 12, 10), "Rà soát định kỳ", broken == 0,
								"Công chức Tư pháp - Hộ tịch", "bench", this.now);
					}
				}
			}
		}
	}

	/** The mediators, memberships and name keys of one team after another. */
	private final class Members implements AutoCloseable {

		private final Batch mediator;

		private final Batch membership;

		private final Batch token;

		Members(Batch teams) throws SQLException {
			Connection c = NationalMediators.this.connection;
			this.mediator = new Batch(c, "med_mediator",
					"id, full_name, name_folded, sex, birth_year, ethnicity_code, phone, residence_unit_id, occupation, "
							+ "background, legal_training, election_method, election_date, votes_for, households, "
							+ "recognition_number, recognition_date, term_start, term_end, status, team_id, team_role, "
							+ "unit_id, version, created_at, updated_at",
					teams);
			this.membership = new Batch(c, "med_membership", "id, mediator_id, team_id, team_role, from_date",
					this.mediator);
			this.token = new Batch(c, "med_mediator_name_token", "mediator_id, token, name_folded", this.mediator);
		}

		void team(long team, Village village, LocalDate decided, Integer quota, int broken) throws SQLException {
			Random r = NationalMediators.this.random;
			int size = 3 + r.nextInt(8) + ((r.nextInt(6) == 0) ? 1 : 0);
			if (quota != null) {
				size = Math.min(size, quota);
			}
			switch (broken) {
				case 1 -> size = 2;
				case 5 -> size = (quota != null) ? quota + 1 : size;
				default -> {
				}
			}
			for (int i = 0; i < size; i++) {
				boolean woman = (i == 1 || r.nextInt(100) < 40) && broken != 2;
				String role = ((i == 0 && broken != 3) || (i == 1 && broken == 4)) ? "LEADER" : "MEMBER";
				boolean minority = village.ethnicArea() && broken != 6 && (i == 2 || r.nextInt(100) < 60);
				add(team, village, decided, woman, role, minority ? VietnameseNames.pick(r, MINORITIES) : "01");
			}
		}

		private void add(long team, Village village, LocalDate decided, boolean woman, String role, String ethnicity)
				throws SQLException {
			Random r = NationalMediators.this.random;
			long id = ++NationalMediators.this.mediators;
			String name = VietnameseNames.person(r, woman);
			LocalDate elected = decided.minusDays(10 + r.nextInt(20));
			int votes = village.households() / 2 + 1 + r.nextInt(Math.max(1, village.households() / 2 - 1));
			this.mediator.add(id, name, VietnameseText.fold(name), woman ? "FEMALE" : "MALE", 1950 + r.nextInt(50),
					ethnicity, "09" + (10_000_000 + r.nextInt(89_999_999)), village.id(),
					VietnameseNames.pick(r, OCCUPATIONS), VietnameseNames.pick(r, BACKGROUNDS),
					VietnameseNames.pick(r, TRAININGS), VietnameseNames.pick(r, METHODS), elected, votes,
					village.households(), id + "/QĐ-UBND", decided, decided, decided.plusYears(5), "ACTIVE", team, role,
					village.id(), 0L, NationalMediators.this.now, NationalMediators.this.now);
			this.membership.add(id, id, team, role, decided.plusDays(30));
			String folded = VietnameseText.fold(name);
			for (String key : NameTokens.of(name)) {
				this.token.add(id, key, folded);
				NationalMediators.this.tokens++;
			}
		}

		@Override
		public void close() throws SQLException {
			this.mediator.close();
			this.membership.close();
			this.token.close();
		}

	}

}
