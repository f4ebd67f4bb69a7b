package io.relance.application.contacts;

import io.relance.domain.contact.OutletType;
import io.relance.domain.contact.Periodicity;
import io.relance.domain.contact.Scale;
import io.relance.domain.contact.Tier;
import io.relance.domain.contact.Topics;

import java.io.Serializable;

/** One line of the outlets table, with its number of contacts, read in one query. */
public record OutletRow(Long id, String name, OutletType type, Periodicity periodicity, Integer closingWeekday,
                        Integer closingMonthDay, Scale scale, Tier tier, String topics, Long contacts) implements Serializable {

    public String topicsDisplay() {
        return Topics.display(topics);
    }
}
