package vn.hoagiai.organization;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AdministrativeUnitRepository extends JpaRepository<AdministrativeUnit, Long> {

}

interface UnitParentLinkRepository extends JpaRepository<UnitParentLink, Long> {

	@Query("select l from UnitParentLink l where l.unitId = ?1 and l.validFrom <= ?2 and (l.validTo is null or l.validTo > ?2)")
	List<UnitParentLink> findParentOn(Long unitId, LocalDate date);

	@Query("select l from UnitParentLink l where l.parentId = ?1 and l.validFrom <= ?2 and (l.validTo is null or l.validTo > ?2)")
	List<UnitParentLink> findChildrenOn(Long parentId, LocalDate date);

	List<UnitParentLink> findByUnitIdOrderByValidFrom(Long unitId);

}

interface UnitNameRepository extends JpaRepository<UnitName, Long> {

	@Query("select n from UnitName n where n.unitId = ?1 and n.validFrom <= ?2 and (n.validTo is null or n.validTo > ?2)")
	List<UnitName> findOn(Long unitId, LocalDate date);

	List<UnitName> findByUnitIdOrderByValidFrom(Long unitId);

}

interface ReorganisationRepository extends JpaRepository<Reorganisation, Long> {

	List<Reorganisation> findAllByOrderByEffectiveDateDescIdDesc();

}

interface SuccessionRepository extends JpaRepository<Succession, Long> {

	List<Succession> findBySuccessorId(Long successorId);

	List<Succession> findByPredecessorId(Long predecessorId);

	List<Succession> findByReorganisationIdOrderById(Long reorganisationId);

}

interface AgencyRepository extends JpaRepository<Agency, Long> {

	List<Agency> findByUnitIdOrderByName(Long unitId);

}
