package io.relance.interfaces.rest;

import io.relance.application.campaigns.SplitService;
import io.relance.application.campaigns.targeting.Board;
import io.relance.application.campaigns.targeting.WeightsService;
import io.relance.application.common.Refused;
import io.relance.domain.targeting.CallMode;
import io.relance.domain.targeting.Factor;
import io.relance.domain.targeting.Reason;
import io.relance.domain.targeting.ScoreWeights;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The targeting score for API clients: a campaign's targets with score, reasons and group, the
 * capacity arithmetic, a chef's move, "all send only", the campaign's topics, and the directeur's
 * weights with their preview on a past campaign.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TargetingResource {

    @Inject
    SplitService split;

    @Inject
    WeightsService weights;

    /** One target as listed: {@code exclusion} set when the pressure policy leaves it out. */
    public record Row(long contactId, String name, String outlet, Integer score, List<Reason> reasons, CallMode mode,
                      boolean pinned, String exclusion) {
    }

    /** A page of targets by score with the split's arithmetic. */
    public record BoardPage(long total, int toCall, int sendOnly, int excluded, long attemptsNeeded, long freeAttempts,
                            boolean overCapacity, List<Row> rows) {
    }

    public record Move(CallMode mode) {
    }

    public record TopicsBody(String topics) {
    }

    public record Weights(Map<Factor, Integer> weights, int callsPerCallerPerDay, int minutesPerAttempt) {
    }

    @GET
    @Path("campaigns/{id}/board")
    public BoardPage board(@PathParam("id") long id, @QueryParam("mode") CallMode mode, @BeanParam Paging paging) {
        return page(split.board(id), mode, paging.first(), paging.size());
    }

    @PUT
    @Path("campaigns/{id}/targets/{contactId}/mode")
    public BoardPage move(@PathParam("id") long id, @PathParam("contactId") long contactId, Move body) {
        if (body == null || body.mode() == null) {
            throw new Refused("mode", "target.mode.required");
        }
        split.move(id, List.of(contactId), body.mode());
        return page(split.board(id), null, 0, 50);
    }

    @POST
    @Path("campaigns/{id}/targets/send-only")
    public BoardPage allSendOnly(@PathParam("id") long id) {
        split.allSendOnly(id);
        return page(split.board(id), null, 0, 50);
    }

    @PUT
    @Path("campaigns/{id}/topics")
    public TopicsBody topics(@PathParam("id") long id, TopicsBody body) {
        split.topics(id, body == null ? null : body.topics());
        return new TopicsBody(split.topics(id));
    }

    @GET
    @Path("targeting/weights")
    public Weights weights() {
        return of(weights.weights());
    }

    @PUT
    @Path("targeting/weights")
    public Weights saveWeights(Weights body) {
        return of(weights.save(parse(body)));
    }

    @DELETE
    @Path("targeting/weights")
    public Weights resetWeights() {
        return of(weights.reset());
    }

    /** The draft weights on a past campaign (nothing saved). */
    @POST
    @Path("targeting/weights/preview/{campaignId}")
    public BoardPage preview(@PathParam("campaignId") long campaignId, Weights body, @BeanParam Paging paging) {
        return page(weights.preview(campaignId, parse(body)).board(), null, paging.first(), paging.size());
    }

    private static ScoreWeights parse(Weights body) {
        ScoreWeights w = ScoreWeights.defaults();
        if (body == null) {
            return w;
        }
        if (body.weights() != null) {
            for (var e : body.weights().entrySet()) {
                w = w.with(e.getKey(), e.getValue() == null ? -1 : e.getValue());
            }
        }
        return w.withCallsPerDay(body.callsPerCallerPerDay() == 0 ? w.callsPerCallerPerDay() : body.callsPerCallerPerDay())
                .withMinutesPerAttempt(body.minutesPerAttempt() == 0 ? w.minutesPerAttempt() : body.minutesPerAttempt());
    }

    private static Weights of(ScoreWeights w) {
        Map<Factor, Integer> map = new EnumMap<>(Factor.class);
        for (Factor f : Factor.values()) {
            map.put(f, w.of(f));
        }
        return new Weights(map, w.callsPerCallerPerDay(), w.minutesPerAttempt());
    }

    private static BoardPage page(Board b, CallMode mode, int first, int size) {
        List<Board.Row> rows = (mode == null ? b.rows() : b.group(mode)).stream()
                .sorted(Comparator.comparing((Board.Row r) -> r.score() == null ? 1 : -r.score()).thenComparing(r -> r.target().name()))
                .toList();
        int from = Math.min(first, rows.size());
        List<Row> page = rows.subList(from, Math.min(from + size, rows.size())).stream()
                .map(r -> new Row(r.contactId(), r.target().name(), r.target().outlet(), r.score(), r.reasons(), r.mode(), r.pinned(),
                        r.target().exclusion())).toList();
        return new BoardPage(rows.size(), b.toCall(), b.sendOnly(), b.excludedCount(), b.attemptsNeeded(), b.capacity().free(),
                b.overCapacity(), page);
    }
}
