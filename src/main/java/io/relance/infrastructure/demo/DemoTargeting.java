package io.relance.infrastructure.demo;

import io.relance.application.campaigns.SplitService;
import io.relance.application.campaigns.targeting.Board;
import io.relance.domain.targeting.CallMode;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.jboss.ejb3.annotation.RunAsPrincipal;

import java.util.Comparator;
import java.util.List;

/**
 * Julien targets the demo campaigns with the score: topics on the campaign, then the least likely
 * third of the list moved to "envoi seul" (his moves, kept on each target), before the running
 * campaign is launched and while the draft waits. The campaign pages then show scores, reasons and
 * both groups.
 */
@Stateless
@PermitAll
@RunAs("chef-de-projet")
@RunAsPrincipal("chef@agence-demo.fr")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoTargeting {

    @Inject
    SplitService split;

    /** Sets the campaign's topics, scores its targets and moves the lowest third to "envoi seul"; answers how many. */
    public int target(long campaignId, String topics) {
        split.topics(campaignId, topics);
        Board board = split.board(campaignId);
        List<Long> lowest = board.group(CallMode.CALL).stream()
                .sorted(Comparator.comparing((Board.Row r) -> r.score() == null ? 0 : r.score()))
                .limit(Math.max(1, board.group(CallMode.CALL).size() / 3)).map(Board.Row::contactId).toList();
        if (!lowest.isEmpty() && board.group(CallMode.CALL).size() > 1) {
            split.move(campaignId, lowest, CallMode.SEND_ONLY);
        }
        return lowest.size();
    }
}
