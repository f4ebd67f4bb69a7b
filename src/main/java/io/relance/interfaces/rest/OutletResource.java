package io.relance.interfaces.rest;

import io.relance.application.common.Bounds;
import io.relance.application.contacts.OutletQuery;
import io.relance.application.contacts.OutletRow;
import io.relance.application.contacts.OutletService;
import io.relance.application.imports.ExportService;
import io.relance.domain.contact.OutletDetails;
import io.relance.domain.contact.OutletInput;
import io.relance.domain.contact.OutletType;
import io.relance.domain.contact.Periodicity;
import io.relance.domain.contact.Tier;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;


/** Media outlets for API clients. */
@Path("/outlets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutletResource {

    @Inject
    OutletService outlets;

    @Inject
    ExportService exports;

    @GET
    public Page<OutletRow> list(@QueryParam("q") String q, @QueryParam("type") String type,
                                @QueryParam("periodicity") String periodicity, @QueryParam("tier") String tier,
                                @QueryParam("topic") String topic, @BeanParam Paging paging) {
        OutletQuery query = new OutletQuery(Bounds.search("q", q), ContactResource.parse(OutletType.class, type),
                ContactResource.parse(Periodicity.class, periodicity), ContactResource.parse(Tier.class, tier), Bounds.search("topic", topic),
                OutletQuery.Sort.NAME, true);
        return new Page<>(outlets.count(query), outlets.page(query, paging.first(), paging.size()));
    }

    @GET
    @Path("/{id}")
    public OutletDetails details(@PathParam("id") long id) {
        return outlets.details(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(OutletInput input) {
        return Created.id(outlets.create(input));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public OutletDetails update(@PathParam("id") long id, OutletInput input) {
        outlets.update(id, input);
        return outlets.details(id);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id) {
        outlets.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", Downloads.XLSX})
    public Response export(@QueryParam("format") @DefaultValue("csv") String format) {
        ExportService.Format f = "xlsx".equalsIgnoreCase(format) ? ExportService.Format.XLSX : ExportService.Format.CSV;
        StreamingOutput body = out -> exports.outlets(f, out);
        return Downloads.file(body, "medias", f);
    }
}
