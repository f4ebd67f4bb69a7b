package io.relance.application.imports;

import io.relance.domain.imports.ImportMode;
import io.relance.domain.imports.ImportTarget;
import io.relance.application.tenant.TenantScope;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs an import in the background, so that the page can show a progress bar. The tenant is the
 * report's (captured from the verified token when the import was started), set before any
 * transaction opens a session.
 */
@Stateless
@PermitAll
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @Inject
    ImportWriter writer;

    @Inject
    ImportProgress progress;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(String tenant, long reportId, ImportTarget target, SpooledPlan plan, String upload, ImportMode mode,
                    Locale locale) {
        TenantScope.run(tenant, () -> {
            try {
                writer.write(reportId, target, plan, mode, locale);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Import " + reportId + " failed; nothing was imported", e);
                writer.fail(reportId, plan, locale);
            } finally {
                progress.end(reportId);
                // the file and its plan served their purpose: the report keeps what became of each line
                plan.delete();
                ImportFiles.delete(java.nio.file.Path.of(upload));
            }
        });
    }
}
