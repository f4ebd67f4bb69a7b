package io.relance.application.sms;

import io.relance.domain.sms.TargetPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Keeps the SMS providers' addresses, which any directeur types, out of our own network (SSRF):
 * checked when the settings are saved, and again on every connection with the very addresses the
 * socket then connects to, so that a name re-pointed at 127.0.0.1 after the save (DNS rebinding)
 * does not pass. The installation's operator may allow internal names or blocks with
 * {@code relance.sms.allowed-hosts} (RELANCE_SMS_ALLOWED_HOSTS, comma-separated); nothing by default.
 */
@ApplicationScoped
public class SmsTargets {

    private static final Logger LOG = Logger.getLogger(SmsTargets.class.getName());

    @Inject
    @ConfigProperty(name = "relance.sms.allowed-hosts") // empty is absent for MicroProfile Config
    Optional<String> allowedHosts;

    private TargetPolicy policy = TargetPolicy.strict();

    /** Outside a container (unit tests): with this policy. */
    public static SmsTargets of(TargetPolicy policy) {
        SmsTargets targets = new SmsTargets();
        targets.policy = policy;
        return targets;
    }

    @PostConstruct
    void read() {
        policy = TargetPolicy.allowing(allowedHosts.orElse(""));
        if (!policy.unreadable().isEmpty()) {
            LOG.warning("relance.sms.allowed-hosts: entries ignored (neither a host name nor an address block): "
                    + policy.unreadable());
        }
    }

    /**
     * Whether a host typed in the settings is refused now. A name that does not resolve passes (there
     * is nothing to reach yet, and every connection checks again).
     */
    public boolean refuses(String host) {
        if (host == null || host.isBlank() || policy.allowsName(host)) {
            return false;
        }
        try {
            return policy.refused(host, Arrays.asList(InetAddress.getAllByName(bare(host)))).isPresent();
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }

    /** Every address of the host, each allowed, for a connection to be made to them and no other. */
    public List<InetAddress> addresses(String host) throws SmsGatewayException {
        if (host == null || host.isBlank()) { // the JDK would answer loopback for no name at all
            throw new SmsGatewayException("No host", false, SmsGatewayException.Failure.UNREACHABLE, 0, null);
        }
        List<InetAddress> all;
        try {
            all = Arrays.asList(InetAddress.getAllByName(bare(host)));
        } catch (UnknownHostException e) {
            throw new SmsGatewayException("Unknown host " + host, false, SmsGatewayException.Failure.UNREACHABLE, 0, e);
        }
        if (policy.refused(host, all).isPresent()) {
            throw new InternalTargetException(host);
        }
        return all;
    }

    /** An IPv6 literal as it appears in a URL ({@code [::1]}) names the address inside the brackets. */
    private static String bare(String host) {
        String h = host.strip();
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }
}
