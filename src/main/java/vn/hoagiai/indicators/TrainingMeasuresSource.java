package vn.hoagiai.indicators;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.hoagiai.shared.UnitId;
import vn.hoagiai.training.TrainingMeasures;

/**
 * The training figures of targets 2 and 3 from the training module's named rules
 * ("trained in the period", "has used the material set").
 */
@Component
class TrainingMeasuresSource implements TrainingSource {

	private final TrainingMeasures measures;

	TrainingMeasuresSource(TrainingMeasures measures) {
		this.measures = measures;
	}

	@Override
	public Map<UnitId, Long> trainedMediators(Collection<UnitId> communes, LocalDate from, LocalDate to) {
		return this.measures.trainedMediators(communes, from, to);
	}

	@Override
	public Map<UnitId, Long> materialUsers(Collection<UnitId> communes, LocalDate from, LocalDate to) {
		return this.measures.materialUsers(communes, from, to);
	}

}
