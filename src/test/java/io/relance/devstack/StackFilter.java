package io.relance.devstack;

import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Fault tests ({@code *FaultIT}) and the load test's cluster run ({@code *ClusterBenchmark}) need the cluster, the other integration tests the single-node
 * stack: each failsafe execution keeps only its own, even when {@code -Dit.test} names a class
 * (which overrides failsafe's includes and excludes).
 */
public class StackFilter implements PostDiscoveryFilter {

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        String kind = System.getProperty("relance.stack");
        String className = descriptor.getSource()
                .map(s -> s instanceof ClassSource c ? c.getClassName() : s instanceof MethodSource m ? m.getClassName() : null)
                .orElse(null);
        if (kind == null || className == null) {
            return FilterResult.included("not a stack's test");
        }
        // the load test's cluster run (bench profile) needs the cluster too
        boolean fault = className.endsWith("FaultIT") || className.endsWith("ClusterBenchmark");
        if ("cluster".equals(kind)) {
            return FilterResult.includedIf(fault, () -> "a fault test", () -> "not a fault test: runs on the single-node stack");
        }
        return FilterResult.includedIf(!fault, () -> "a single-node test", () -> "a fault test: runs in the faults profile");
    }
}
