package vn.hoagiai.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.hoagiai.shared.UnitId;

@Component
class DirectoryMap implements AdministrativeMap {

	private final UnitDirectory directory;

	private final AgencyRepository agencies;

	DirectoryMap(UnitDirectory directory, AgencyRepository agencies) {
		this.directory = directory;
		this.agencies = agencies;
	}

	@Override
	public Optional<UnitView> unit(long id, LocalDate date) {
		return this.directory.find(UnitId.of(id), date);
	}

	@Override
	public List<UnitView> children(long parent, LocalDate date) {
		return this.directory.children(UnitId.of(parent), date);
	}

	@Override
	public List<UnitView> subtree(long root, LocalDate date) {
		return this.directory.subtree(UnitId.of(root), date);
	}

	@Override
	public List<AgencyView> agencies(long unit, LocalDate date) {
		return this.agencies.findByUnitIdOrderByName(unit)
			.stream()
			.filter((a) -> a.isValidOn(date))
			.map(Agency::view)
			.toList();
	}

}
