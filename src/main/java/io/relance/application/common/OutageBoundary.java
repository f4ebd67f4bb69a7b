package io.relance.application.common;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * Around every enterprise bean of the application (WEB-INF/ejb-jar.xml, default interceptor): a
 * failure caused by the database being unreachable leaves the bean as {@link DatabaseUnavailable}.
 * Any other failure goes through untouched.
 */
public class OutageBoundary {

    @AroundInvoke
    public Object translate(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (DatabaseUnavailable already) {
            throw already;
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCause(e)) {
                throw new DatabaseUnavailable(e);
            }
            throw e;
        }
    }
}
