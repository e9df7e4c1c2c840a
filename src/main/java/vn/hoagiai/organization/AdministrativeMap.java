package vn.hoagiai.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The read side that reorganisation planning needs, so that the planning rules can be
 * tested without a database.
 */
interface AdministrativeMap {

	/** The unit as of {@code date}, whether or not it exists then. */
	Optional<UnitView> unit(long id, LocalDate date);

	/** Units directly below {@code parent} on {@code date}. */
	List<UnitView> children(long parent, LocalDate date);

	/** {@code root} and every unit below it on {@code date}. */
	List<UnitView> subtree(long root, LocalDate date);

	/** Agencies of {@code unit} that exist on {@code date}. */
	List<AgencyView> agencies(long unit, LocalDate date);

}
