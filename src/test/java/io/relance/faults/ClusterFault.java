package io.relance.faults;

import io.relance.devstack.ClusterStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every fault test starts and ends with: the faults profile's cluster, both nodes running and
 * in the balancer — mended before each test, and after it whatever the fault left behind.
 */
abstract class ClusterFault {

    protected final ClusterStack cluster = ClusterStack.current();

    @BeforeEach
    @AfterEach
    final void bothNodesUp() throws Exception {
        cluster.ensureAllUp();
    }
}
