package vn.hoagiai.organization;

import java.time.LocalDate;

/**
 * An agency to create at {@code unitId}, existing from {@code validFrom}.
 */
public record NewAgencyCommand(Long unitId, AgencyKind kind, String name, LocalDate validFrom) {

}
