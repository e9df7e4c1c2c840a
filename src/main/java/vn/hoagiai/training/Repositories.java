package vn.hoagiai.training;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingEventRepository extends JpaRepository<TrainingEvent, Long> {

}

interface LibraryItemRepository extends JpaRepository<LibraryItem, Long> {

}

interface ContestRepository extends JpaRepository<Contest, Long> {

}
