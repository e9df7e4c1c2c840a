package vn.hoagiai.indicators;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import vn.hoagiai.shared.UnitId;

/**
 * Where the training figures come from. Implemented by the training module; while no
 * implementation is present the two training indicators show "no data source" instead of
 * a number.
 */
public interface TrainingSource {

	/**
	 * For each commune-level unit: its teams' mediators active on {@code to} who attended
	 * training between {@code from} and {@code to} (inclusive). Communes without any may
	 * be left out.
	 */
	Map<UnitId, Long> trainedMediators(Collection<UnitId> communes, LocalDate from, LocalDate to);

	/**
	 * For each commune-level unit: its teams' mediators active on {@code to} who used the
	 * training material set between {@code from} and {@code to} (inclusive).
	 */
	Map<UnitId, Long> materialUsers(Collection<UnitId> communes, LocalDate from, LocalDate to);

}
