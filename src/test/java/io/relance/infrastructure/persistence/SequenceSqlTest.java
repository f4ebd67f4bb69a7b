package io.relance.infrastructure.persistence;

import io.relance.domain.sequence.Transition;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The status lists rendered from the domain's table are the ones the statements always used. */
class SequenceSqlTest {

    @Test
    void theRenderedListsAreTheStatementsOwn() {
        assertEquals("'SCHEDULED','ACTIVE','CALLBACK','PAUSED'", SequenceSql.OPEN_SEQUENCES);
        assertEquals("'SCHEDULED','ACTIVE','CALLBACK'", SequenceSql.CALLABLE);
        assertEquals("'PLANNED','OPEN'", SequenceSql.TO_CALL);
        assertEquals("'SCHEDULED','ACTIVE'", SequenceSql.quoted(Transition.SLOT_MISSED.from()));
        assertEquals("'ACTIVE','CALLBACK'", SequenceSql.quoted(Transition.CALLBACK_MISSED.from()));
        assertEquals("'PLANNED','OPEN','PAUSED'", SequenceSql.quoted(Transition.WITHDRAWN.tasksFrom()));
        assertEquals("CLOSED_NON_PRIORITAIRE", Transition.SEQUENCE_ENDS.target().name());
    }
}
