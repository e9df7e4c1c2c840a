package vn.hoagiai.mediators;

/**
 * The level a trainer works at; the national target is one trainer per 100 teams at
 * province level and per 80 teams at district level.
 */
public enum TrainerLevel {

	PROVINCE(100), DISTRICT(80);

	private final int teamsPerTrainer;

	TrainerLevel(int teamsPerTrainer) {
		this.teamsPerTrainer = teamsPerTrainer;
	}

	public int teamsPerTrainer() {
		return this.teamsPerTrainer;
	}

}
